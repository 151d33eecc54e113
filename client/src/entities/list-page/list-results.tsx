// The results block every register page shows under its filters: the table, the
// "shown N of M" count with "Показать ещё", and the pending, error and empty states.
// The page owns the query and the filter (in the URL); this block only presents them,
// so every list behaves the same when it loads, fails, comes back empty or pages on.
import type { ReactNode } from "react";
import type { InfiniteData, UseInfiniteQueryResult } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { ListPage as SharedListPage } from "@atlas/shared/common";
import { countedTotal, useShownText, useTotalText, type CountedTotal } from "../../lib/list-total.ts";
import { isNetworkError } from "../../lib/errors.ts";
import { Table, type Column, type SortState } from "../../ui/table.tsx";
import { EmptyState, ErrorState } from "../../ui/states.tsx";
import { Button } from "../../ui/button.tsx";
import { Spinner } from "../../ui/spinner.tsx";
import { DownloadMenu, type DownloadTarget } from "../downloads/download-menu.tsx";

/** One page of a server-paged list, as every `*.list` procedure answers (shared ListPage). */
export type ListPage<T> = Pick<SharedListPage<T>, "items" | "total" | "totalIsLowerBound">;

/** An infinite query over such pages (whatever its error type). */
export type InfiniteList<T> = UseInfiniteQueryResult<InfiniteData<ListPage<T>, unknown>, unknown>;

/** The rows loaded so far and the server's total (null until the first page arrives). */
export function useListRows<T>(list: InfiniteList<T>): { rows: T[]; total: CountedTotal | null } {
  const first = list.data?.pages[0];
  return { rows: list.data?.pages.flatMap((p) => p.items) ?? [], total: first ? countedTotal(first) : null };
}

type ListResultsProps<T, K extends string> = {
  list: InfiniteList<T>;
  caption: string;
  columns: Array<Column<T, K>>;
  rowKey: (row: T) => string;
  sort?: SortState<K>;
  onSort?: (next: SortState<K>) => void;
  sortLabel?: (header: string) => string;
  rowClassName?: (row: T) => string | undefined;
  /** What shows when no row matches (see ListEmptyState). */
  empty: ReactNode;
  /** Extra class of the results block (a page's own layout). */
  className?: string;
  /** Above the table, inside the block (e.g. the column picker). */
  toolbar?: ReactNode;
  /** A list inside a page section is a plain block, not a section of its own. */
  as?: "section" | "div";
  /** The list and its current query input: «Скачать» (CSV, XLSX) for analysts and above. */
  download?: DownloadTarget;
};

export function ListResults<T, K extends string = string>({
  list,
  caption,
  columns,
  rowKey,
  sort,
  onSort,
  sortLabel,
  rowClassName,
  empty,
  className,
  toolbar,
  as: Block = "section",
  download,
}: ListResultsProps<T, K>): ReactNode {
  const { t } = useTranslation();
  const shownText = useShownText();
  const { rows, total } = useListRows(list);

  // Nothing loaded at all: the whole block is the error, with a retry.
  if (list.isError && !list.data) {
    return <ErrorState message={isNetworkError(list.error) ? t("errors.network") : t("errors.load")} onRetry={() => void list.refetch()} />;
  }
  const classes = ["results", className, list.isPlaceholderData ? "results--stale" : null].filter(Boolean).join(" ");
  return (
    <Block className={classes} aria-busy={list.isFetching || undefined}>
      {toolbar}
      {download && <DownloadMenu target={download} />}
      <Table
        caption={caption}
        columns={columns}
        rows={rows}
        rowKey={rowKey}
        loading={list.isPending}
        sort={sort}
        onSort={onSort}
        sortLabel={sortLabel}
        rowClassName={rowClassName}
        empty={empty}
      />
      {rows.length > 0 && total !== null && (
        <div className="results__footer">
          <p className="results__count" aria-live="polite">
            {shownText(rows.length, total)}
          </p>
          {list.hasNextPage && (
            <Button onClick={() => void list.fetchNextPage()} busy={list.isFetchingNextPage}>
              {list.isFetchingNextPage ? t("common.loadingMore") : t("common.loadMore")}
            </Button>
          )}
          {list.isFetching && !list.isFetchingNextPage && <Spinner size="sm" label={t("common.loading")} />}
        </div>
      )}
      {/* A later page failed: what was loaded stays, the error sits under it. */}
      {list.isError && list.data && <ErrorState message={t("errors.load")} onRetry={() => void list.refetch()} />}
    </Block>
  );
}

type ListEmptyStateProps = {
  /** The filter hides rows: say so and offer to clear it, instead of "nothing here yet". */
  filtered: boolean;
  filteredTitle: string;
  filteredText?: ReactNode;
  resetLabel: string;
  onReset: () => void;
  /** The register itself is empty. */
  title: string;
  text?: ReactNode;
  /** Usually "add the first one", for those who may. */
  action?: ReactNode;
};

/** The two empty states every register distinguishes: the filter hides everything, or there is nothing yet. */
export function ListEmptyState({ filtered, filteredTitle, filteredText, resetLabel, onReset, title, text, action }: ListEmptyStateProps): ReactNode {
  return filtered ? (
    <EmptyState title={filteredTitle} text={filteredText} action={<Button onClick={onReset}>{resetLabel}</Button>} />
  ) : (
    <EmptyState icon="folder" title={title} text={text} action={action} />
  );
}

/** "12 встреч" (or «более 10 000 встреч») beside a register's title, once the total is known. */
export function ListTotal({ total, label }: { total: CountedTotal | null; label: (count: number, formatted: string) => string }): ReactNode {
  const totalText = useTotalText();
  return total !== null ? <span className="count">{label(total.count, totalText(total))}</span> : null;
}
