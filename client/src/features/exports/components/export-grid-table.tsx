// The entry table itself: export categories down, destinations across, one input per
// cell. Arrows and Enter move between cells as in a spreadsheet; a destination without
// figures yet is added as a column.
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../../ui/button.tsx";
import { EmptyState, ErrorState } from "../../../ui/states.tsx";
import { Spinner } from "../../../ui/spinner.tsx";
import { cellKey, type ExportGrid, type Part } from "../hooks/use-export-grid.ts";

type Props = { grid: ExportGrid; loading: boolean; loadError: boolean; partLabel: (part: Part) => string };

export function ExportGridTable({ grid, loading, loadError, partLabel }: Props): ReactNode {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const gridRef = useRef<HTMLTableElement>(null);
  const [addColumn, setAddColumn] = useState("");
  const { year, part, rows, columns, destinationNames, byCell, storedAmount } = grid;
  const { measure, currency, unit, edits } = grid.form.values;
  const availableColumns = (grid.destinations.data?.items ?? []).filter((p) => !p.isHome && !columns.includes(p.id));

  function moveFocus(event: KeyboardEvent<HTMLInputElement>, row: number, col: number) {
    const input = event.currentTarget;
    // Left and right move between cells like in a spreadsheet when the caret is at the
    // edge of the text or the whole cell is selected (as after arriving by arrow key).
    const all = input.selectionStart === 0 && input.selectionEnd === input.value.length;
    const atStart = all || (input.selectionStart === 0 && input.selectionEnd === 0);
    const atEnd = all || (input.selectionStart === input.value.length && input.selectionEnd === input.value.length);
    let next: [number, number] | null = null;
    if (event.key === "ArrowDown" || (event.key === "Enter" && !event.shiftKey)) next = [row + 1, col];
    else if (event.key === "ArrowUp" || (event.key === "Enter" && event.shiftKey)) next = [row - 1, col];
    else if (event.key === "ArrowLeft" && atStart) next = [row, col - 1];
    else if (event.key === "ArrowRight" && atEnd) next = [row, col + 1];
    if (!next) return;
    const target = gridRef.current?.querySelector<HTMLInputElement>(`[data-cell="${next[0]}:${next[1]}"]`);
    if (target) {
      event.preventDefault();
      target.focus();
      target.select();
    } else if (event.key === "Enter") event.preventDefault();
  }

  return (
    <section className="card entry__table-card" aria-labelledby={`${ids}-table`}>
      <div className="entry__table-head">
        <h2 className="card__title" id={`${ids}-table`}>
          {t("exports.entry.tableTitle", { period: part === "year" ? String(year) : part.startsWith("q") ? partLabel(part) : `${partLabel(part)} ${year}` })}
        </h2>
        <div className="entry__add">
          <label className="visually-hidden" htmlFor={`${ids}-add`}>
            {t("exports.entry.addColumn")}
          </label>
          <select id={`${ids}-add`} className="input select" value={addColumn} onChange={(e) => setAddColumn(e.target.value)}>
            <option value="">{t("exports.entry.addColumnPlaceholder")}</option>
            {availableColumns.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <Button
            disabled={!addColumn}
            onClick={() => {
              grid.addColumn(addColumn);
              setAddColumn("");
            }}
          >
            {t("exports.entry.add")}
          </Button>
        </div>
      </div>
      <p className="muted small">{t("exports.entry.keyboardHint")}</p>

      {loadError ? (
        <ErrorState
          message={t("errors.load")}
          onRetry={() => {
            void grid.categories.refetch();
            void grid.destinations.refetch();
            void grid.period.refetch();
          }}
        />
      ) : loading ? (
        <Spinner label={t("common.loading")} />
      ) : rows.length === 0 ? (
        <EmptyState icon="folder" title={t("exports.entry.noCategories")} text={t("exports.entry.noCategoriesText")} />
      ) : columns.length === 0 ? (
        <EmptyState icon="folder" title={t("exports.entry.noColumns")} text={t("exports.entry.noColumnsText")} />
      ) : (
        <div className="entry__grid-wrap">
          <table className="entry-grid" ref={gridRef} aria-describedby={`${ids}-table`}>
            <caption className="visually-hidden">{t("exports.entry.caption", { unit: measure === "value" ? currency : unit })}</caption>
            <thead>
              <tr>
                <th scope="col" className="entry-grid__corner">
                  {t("exports.entry.categoryHeader")}
                </th>
                {columns.map((id) => (
                  <th key={id} scope="col">
                    {destinationNames.get(id) ?? id}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((category, r) => (
                <tr key={category.id}>
                  <th scope="row">{i18n.language === "en" && category.nameEn ? category.nameEn : category.name}</th>
                  {columns.map((destinationId, c) => {
                    const key = cellKey(category.id, destinationId);
                    const figure = byCell.get(key);
                    const changed = key in edits;
                    const invalid = grid.cellInvalid(key);
                    const otherUnit =
                      figure && storedAmount(figure) && (measure === "value" ? figure.currency !== currency : figure.unit !== unit)
                        ? measure === "value"
                          ? figure.currency
                          : figure.unit
                        : null;
                    return (
                      <td
                        key={destinationId}
                        className={
                          [changed ? "entry-grid__cell--changed" : "", invalid ? "entry-grid__cell--invalid" : ""].filter(Boolean).join(" ") || undefined
                        }
                      >
                        <input
                          className="entry-grid__input"
                          inputMode="decimal"
                          autoComplete="off"
                          data-cell={`${r}:${c}`}
                          aria-label={`${category.name} → ${destinationNames.get(destinationId) ?? ""}`}
                          aria-invalid={invalid || undefined}
                          value={grid.cellText(key)}
                          onChange={(e) => grid.editCell(key, e.target.value)}
                          onKeyDown={(e) => moveFocus(e, r, c)}
                        />
                        {otherUnit && (
                          <span className="entry-grid__unit" title={t("exports.entry.otherUnit", { unit: otherUnit })}>
                            {otherUnit}
                          </span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
