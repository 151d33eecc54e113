// A data table with server-side sorting (the parent owns the sort state, usually in
// the URL). Below 640 px each row becomes a card; cells label themselves via data-label.
import "./table.css";
import type { ReactNode } from "react";

export type SortDirection = "asc" | "desc";
export type SortState<K extends string = string> = { key: K; direction: SortDirection };

export type Column<T, K extends string = string> = {
  key: string;
  header: string;
  cell: (row: T) => ReactNode;
  /** Present when the server can sort by this column. */
  sortKey?: K;
  align?: "start" | "end";
  /** The cell that titles the card on narrow screens. */
  primary?: boolean;
  width?: string;
  /** The user may hide this column with the column picker (ui/column-picker.tsx); default true. */
  hideable?: boolean;
  /** Hidden until the user shows it in the column picker. */
  defaultHidden?: boolean;
};

type TableProps<T, K extends string> = {
  caption: string;
  columns: Array<Column<T, K>>;
  rows: T[];
  rowKey: (row: T) => string;
  sort?: SortState<K>;
  onSort?: (next: SortState<K>) => void;
  sortLabel?: (header: string) => string;
  loading?: boolean;
  /** Shown in place of the body when there are no rows and nothing is loading. */
  empty?: ReactNode;
  rowClassName?: (row: T) => string | undefined;
};

export function Table<T, K extends string = string>({
  caption,
  columns,
  rows,
  rowKey,
  sort,
  onSort,
  sortLabel,
  loading,
  empty,
  rowClassName,
}: TableProps<T, K>) {
  if (!loading && rows.length === 0 && empty) return <>{empty}</>;
  return (
    <div className="table-wrap">
      <table className="table" aria-busy={loading || undefined}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const active = c.sortKey && sort?.key === c.sortKey;
              const ariaSort = active ? (sort?.direction === "asc" ? "ascending" : "descending") : c.sortKey ? "none" : undefined;
              return (
                <th
                  key={c.key}
                  scope="col"
                  aria-sort={ariaSort}
                  className={c.align === "end" ? "num" : undefined}
                  style={c.width ? { width: c.width } : undefined}
                >
                  {c.sortKey && onSort ? (
                    <button
                      type="button"
                      className={`th-sort${active ? " th-sort--active" : ""}`}
                      title={sortLabel?.(c.header)}
                      onClick={() => onSort({ key: c.sortKey as K, direction: active && sort?.direction === "asc" ? "desc" : "asc" })}
                    >
                      {c.header}
                      <SortIcon direction={active ? sort?.direction : undefined} />
                    </button>
                  ) : (
                    c.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {loading && rows.length === 0
            ? Array.from({ length: 6 }, (_, i) => (
                <tr key={`skeleton-${i}`} className="table__skeleton" aria-hidden="true">
                  {columns.map((c) => (
                    <td key={c.key}>
                      <span className="skeleton__line" style={{ width: `${55 + ((i * 13 + c.key.length * 7) % 40)}%` }} />
                    </td>
                  ))}
                </tr>
              ))
            : rows.map((row) => (
                <tr key={rowKey(row)} className={rowClassName?.(row)}>
                  {columns.map((c) => (
                    <td
                      key={c.key}
                      data-label={c.header}
                      className={[c.align === "end" ? "num" : "", c.primary ? "cell--primary" : ""].filter(Boolean).join(" ") || undefined}
                    >
                      {c.cell(row)}
                    </td>
                  ))}
                </tr>
              ))}
        </tbody>
      </table>
    </div>
  );
}

function SortIcon({ direction }: { direction?: SortDirection }) {
  return (
    <svg className="th-sort__icon" aria-hidden="true" viewBox="0 0 12 16" width="10" height="14">
      <path d="M6 1 11 6H1z" fill="currentColor" opacity={direction === "asc" ? 1 : 0.3} />
      <path d="M6 15 1 10h10z" fill="currentColor" opacity={direction === "desc" ? 1 : 0.3} />
    </svg>
  );
}
