// Entering one period's export figures as one table: rows are export categories,
// columns are destinations, each cell a value (in the table's currency) or a volume
// (in its unit). A block copied from a spreadsheet fills the table; saving writes
// every changed cell in one transaction (exportFigure.saveTable).
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { Link } from "@tanstack/react-router";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ZSaveExportTableInput, type TSaveExportTableInput, type TSaveExportTableResult } from "@atlas/shared/export";
import { dayParts, makeDay, periodOf as periodOfDay, type CalendarDay } from "@atlas/shared/calendar-day";
import { trpc } from "../../../lib/trpc.ts";
import { useHomeToday } from "../../../lib/home-today.ts";
import { useFormat } from "../../../lib/format.ts";
import { errorCode, isNetworkError, serverFieldErrors, serverMessage } from "../../../lib/errors.ts";
import { issuesToFieldErrors, type FieldErrors } from "../../../lib/validation.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { PageHeader } from "../../../ui/page-header.tsx";
import { Alert } from "../../../ui/alert.tsx";
import { Button, buttonClass } from "../../../ui/button.tsx";
import { EmptyState, ErrorState } from "../../../ui/states.tsx";
import { Spinner } from "../../../ui/spinner.tsx";
import { Icon } from "../../../ui/icons.tsx";
import { useDestinationOptions, useExportCategories, usePeriodFigures, type ExportFigureItem } from "../hooks/export-queries.ts";
import { parseAmount, parsePastedTable, type PasteProblem } from "../hooks/paste-table.ts";
import "./exports.css";

type Part = "year" | "q1" | "q2" | "q3" | "q4" | `m${number}`;
const PARTS: Part[] = ["year", "q1", "q2", "q3", "q4", ...Array.from({ length: 12 }, (_, i) => `m${i + 1}` as Part)];

/** The first and the last calendar day of a year, quarter or month. */
export function periodOf(year: number, part: Part): { start: CalendarDay; end: CalendarDay } {
  const first = part === "year" ? 1 : part.startsWith("q") ? (Number(part.slice(1)) - 1) * 3 + 1 : Number(part.slice(1));
  const precision = part === "year" ? "YEAR" : part.startsWith("q") ? "QUARTER" : "MONTH";
  const period = periodOfDay(makeDay(year, first, 1), precision);
  return { start: period.first, end: period.last };
}

/** The last quarter that has ended in the home region's calendar: what one usually enters. */
function lastQuarter(today: CalendarDay): { year: number; part: Part } {
  const { year, month } = dayParts(today)!;
  const q = Math.floor((month - 1) / 3);
  return q === 0 ? { year: year - 1, part: "q4" } : { year, part: `q${q}` as Part };
}

const cellKey = (categoryId: string, destinationId: string) => `${categoryId}:${destinationId}`;

export function ExportEntryPage(): ReactNode {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const ids = useId();
  const queryClient = useQueryClient();
  useDocumentTitle(t("exports.entry.title"));

  const initial = lastQuarter(useHomeToday());
  const [year, setYear] = useState(initial.year);
  const [yearText, setYearText] = useState(String(initial.year));
  const [part, setPart] = useState<Part>(initial.part);
  const [measure, setMeasure] = useState<"value" | "volume">("value");
  const [currency, setCurrency] = useState("USD");
  const [unit, setUnit] = useState("т");
  const [extraColumns, setExtraColumns] = useState<string[]>([]);
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [addColumn, setAddColumn] = useState("");
  const [pasteText, setPasteText] = useState("");
  const [pasteProblems, setPasteProblems] = useState<PasteProblem[]>([]);
  const [pasteDone, setPasteDone] = useState<number | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [cellErrors, setCellErrors] = useState<Record<string, string[]>>({});
  const [conflict, setConflict] = useState<string | null>(null);
  const [general, setGeneral] = useState<string | null>(null);
  const [saved, setSaved] = useState<TSaveExportTableResult | null>(null);
  const gridRef = useRef<HTMLTableElement>(null);

  const { start, end } = periodOf(year, part);
  const categories = useExportCategories();
  const destinations = useDestinationOptions();
  const period = usePeriodFigures(start, end);
  const figures = useMemo(() => period.figures ?? [], [period.figures]);

  const byCell = useMemo(() => {
    const map = new Map<string, ExportFigureItem>();
    for (const f of figures) if (!map.has(cellKey(f.categoryId, f.destinationId))) map.set(cellKey(f.categoryId, f.destinationId), f);
    return map;
  }, [figures]);

  const rows = useMemo(
    () => [...(categories.data?.items ?? [])].sort((a, b) => a.name.localeCompare(b.name, "ru")),
    [categories.data],
  );
  const destinationNames = useMemo(() => {
    const map = new Map<string, string>();
    for (const p of destinations.data?.items ?? []) map.set(p.id, p.name);
    for (const f of figures) map.set(f.destination.id, f.destination.name);
    return map;
  }, [destinations.data, figures]);
  const columns = useMemo(() => {
    const stored = [...new Set(figures.map((f) => f.destinationId))].sort((a, b) => (destinationNames.get(a) ?? "").localeCompare(destinationNames.get(b) ?? "", "ru"));
    return [...stored, ...extraColumns.filter((id) => !stored.includes(id))];
  }, [figures, extraColumns, destinationNames]);

  const dirty = Object.keys(edits).length > 0;
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const editText = useMemo(() => new Intl.NumberFormat(format.locale, { useGrouping: false, maximumFractionDigits: 3 }), [format.locale]);
  const storedAmount = (f: ExportFigureItem | undefined) => (f ? (measure === "value" ? f.value : f.volume) : null);
  const cellText = (key: string) => {
    if (key in edits) return edits[key] ?? "";
    const amount = storedAmount(byCell.get(key));
    return amount ? editText.format(amount as unknown as number) : "";
  };
  const cellInvalid = (key: string) => key in edits && parseAmount(edits[key] ?? "") === undefined;

  const resetMessages = () => {
    setErrors({});
    setCellErrors({});
    setConflict(null);
    setGeneral(null);
    setSaved(null);
  };

  const changePeriod = (next: { year?: number; part?: Part }) => {
    if (dirty && !window.confirm(t("exports.entry.discardConfirm"))) return false;
    setEdits({});
    setExtraColumns([]);
    resetMessages();
    if (next.year !== undefined) setYear(next.year);
    if (next.part !== undefined) setPart(next.part);
    return true;
  };

  const names = { category: (id: string) => rows.find((r) => r.id === id)?.name ?? "?", destination: (id: string) => destinationNames.get(id) ?? "?" };

  /** The cells that differ from what is stored, as saveTable takes them. */
  function changedCells(): { cells: NonNullable<TSaveExportTableInput["cells"]>; keys: string[]; bad: string[] } {
    const cells: TSaveExportTableInput["cells"] = [];
    const keys: string[] = [];
    const bad: string[] = [];
    for (const [key, text] of Object.entries(edits)) {
      const [categoryId = "", destinationId = ""] = key.split(":");
      const amount = parseAmount(text);
      if (amount === undefined) {
        bad.push(key);
        continue;
      }
      const figure = byCell.get(key);
      const stored = storedAmount(figure);
      const sameUnit = measure === "value" ? figure?.currency === currency.trim().toUpperCase() : figure?.unit === unit.trim();
      if (figure && amount === stored && sameUnit) continue;
      if (!figure && amount === null) continue;
      cells.push({ categoryId, destinationId, amount, ...(figure ? { figureId: figure.id, version: figure.version } : {}) });
      keys.push(key);
    }
    return { cells, keys, bad };
  }

  const save = useMutation(
    trpc.exportFigure.saveTable.mutationOptions({
      onSuccess: async (result) => {
        setEdits({});
        setSaved(result);
        await Promise.all([
          queryClient.invalidateQueries(trpc.exportFigure.pathFilter()),
          queryClient.invalidateQueries(trpc.dashboard.pathFilter()),
          queryClient.invalidateQueries(trpc.history.pathFilter()),
        ]);
      },
    }),
  );

  function submit() {
    resetMessages();
    const { cells, keys, bad } = changedCells();
    if (bad.length > 0) {
      setCellErrors(Object.fromEntries(bad.map((key) => [key, [t("exports.entry.notANumber")]])));
      setGeneral(t("exports.entry.fixCells", { count: bad.length }));
      return;
    }
    if (cells.length === 0) {
      setGeneral(t("exports.entry.nothingChanged"));
      return;
    }
    const input: TSaveExportTableInput = { periodStart: start, periodEnd: end, measure, currency: measure === "value" ? currency : null, unit: measure === "volume" ? unit : null, cells };
    const applyErrors = (fieldErrors: FieldErrors) => {
      const byCellKey: Record<string, string[]> = {};
      const top: FieldErrors = {};
      for (const [path, messages] of Object.entries(fieldErrors)) {
        const m = /^cells\.(\d+)(?:\.|$)/.exec(path);
        const key = m ? keys[Number(m[1])] : undefined;
        if (key) (byCellKey[key] ??= []).push(...messages);
        else (top[path] ??= []).push(...messages);
      }
      setCellErrors(byCellKey);
      setErrors(top);
      const other = Object.entries(top).filter(([path]) => !["currency", "unit", "periodEnd", "periodStart"].includes(path));
      if (Object.keys(byCellKey).length > 0 || other.length > 0) setGeneral(t("exports.entry.fixCells", { count: Object.keys(byCellKey).length + other.length }));
    };
    const parsed = ZSaveExportTableInput.safeParse(input);
    if (!parsed.success) {
      applyErrors(issuesToFieldErrors(parsed.error, ""));
      return;
    }
    save.mutate(input, {
      onError: (error) => {
        const code = errorCode(error);
        if (code === "CONFLICT") setConflict(serverMessage(error) ?? t("exports.entry.conflict"));
        else if (code === "BAD_REQUEST") applyErrors(serverFieldErrors(error, ""));
        else setGeneral(isNetworkError(error) ? t("errors.network") : (serverMessage(error) ?? t("errors.generic")));
      },
    });
  }

  function applyPaste() {
    resetMessages();
    setPasteDone(null);
    const result = parsePastedTable(
      pasteText,
      rows,
      [...(destinations.data?.items ?? []), ...figures.map((f) => ({ id: f.destination.id, name: f.destination.name }))],
    );
    setPasteProblems(result.problems);
    if (result.problems.length > 0) return;
    setEdits((current) => ({ ...current, ...Object.fromEntries(result.cells.map((c) => [cellKey(c.categoryId, c.destinationId), editText.format(c.amount as unknown as number)])) }));
    setExtraColumns((current) => [...current, ...result.destinationIds.filter((id) => !current.includes(id))]);
    setPasteDone(result.cells.length);
  }

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

  const loading = categories.isPending || destinations.isPending || period.isPending || !period.complete;
  const loadError = categories.isError || destinations.isError || period.isError;
  const availableColumns = (destinations.data?.items ?? []).filter((p) => !p.isHome && !columns.includes(p.id));
  const partLabel = (p: Part) =>
    p === "year"
      ? t("exports.entry.wholeYear")
      : p.startsWith("q")
        ? t("charts.quarter", { year, quarter: ["I", "II", "III", "IV"][Number(p.slice(1)) - 1], n: p.slice(1) })
        : new Intl.DateTimeFormat(format.locale, { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2000, Number(p.slice(1)) - 1, 1)));
  const problemText = (p: PasteProblem): string => {
    switch (p.kind) {
      case "empty":
        return t("exports.paste.empty");
      case "noData":
        return t("exports.paste.noData");
      case "unknownCategory":
        return p.name ? t("exports.paste.unknownCategory", { row: p.row, name: p.name }) : t("exports.paste.noCategory", { row: p.row });
      case "unknownDestination":
        return t("exports.paste.unknownDestination", { column: p.column, name: p.name });
      case "duplicateCategory":
        return t("exports.paste.duplicateCategory", { row: p.row, name: p.name });
      case "duplicateDestination":
        return t("exports.paste.duplicateDestination", { column: p.column, name: p.name });
      case "badNumber":
        return t("exports.paste.badNumber", { row: p.row, column: p.column, text: p.text });
    }
  };
  const cellErrorList = Object.entries(cellErrors).map(([key, messages]) => {
    const [c = "", d = ""] = key.split(":");
    return { key, text: `${names.category(c)} → ${names.destination(d)}: ${messages.join("; ")}` };
  });

  return (
    <div className="page">
      <PageHeader
        title={t("exports.entry.title")}
        intro={t("exports.entry.intro")}
        breadcrumb={
          <nav className="breadcrumb" aria-label={t("nav.breadcrumb")}>
            <Link to="/exports" className="quiet-link">
              {t("exports.title")}
            </Link>
          </nav>
        }
      />

      <form
        className="entry"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <section className="card entry__settings" aria-labelledby={`${ids}-settings`}>
          <h2 className="card__title" id={`${ids}-settings`}>
            {t("exports.entry.settings")}
          </h2>
          <div className="entry__fields">
            <div className="field entry__field--year">
              <label className="field__label" htmlFor={`${ids}-year`}>
                {t("exports.entry.year")}
              </label>
              <input
                id={`${ids}-year`}
                className="input"
                inputMode="numeric"
                value={yearText}
                onChange={(e) => {
                  const text = e.target.value.trim();
                  setYearText(text);
                  // A whole year typed switches the table at once; a half-typed one waits.
                  const y = Number(text);
                  if (/^\d{4}$/.test(text) && y >= 1990 && y <= 2100 && y !== year && !changePeriod({ year: y })) setYearText(String(year));
                }}
                onBlur={() => setYearText(String(year))}
                onKeyDown={(e) => {
                  if (e.key === "Enter") e.preventDefault();
                }}
                aria-describedby={`${ids}-year-hint`}
              />
              <p className="field__hint" id={`${ids}-year-hint`}>
                {t("exports.entry.yearHint")}
              </p>
            </div>
            <div className="field">
              <label className="field__label" htmlFor={`${ids}-part`}>
                {t("exports.entry.period")}
              </label>
              <select id={`${ids}-part`} className="input select" value={part} onChange={(e) => changePeriod({ part: e.target.value as Part })}>
                {PARTS.map((p) => (
                  <option key={p} value={p}>
                    {partLabel(p)}
                  </option>
                ))}
              </select>
              <p className="field__hint">
                {format.date(start)} – {format.date(end)}
              </p>
            </div>
            <div className="field">
              <label className="field__label" htmlFor={`${ids}-measure`}>
                {t("exports.entry.measure")}
              </label>
              <select id={`${ids}-measure`} className="input select" value={measure} onChange={(e) => setMeasure(e.target.value as "value" | "volume")}>
                <option value="value">{t("exports.entry.measureValue")}</option>
                <option value="volume">{t("exports.entry.measureVolume")}</option>
              </select>
            </div>
            {measure === "value" ? (
              <div className={`field entry__field--short${errors.currency ? " field--invalid" : ""}`}>
                <label className="field__label" htmlFor={`${ids}-currency`}>
                  {t("exports.entry.currency")}
                </label>
                <input
                  id={`${ids}-currency`}
                  className="input"
                  value={currency}
                  maxLength={3}
                  autoCapitalize="characters"
                  onChange={(e) => setCurrency(e.target.value.toUpperCase())}
                  aria-invalid={errors.currency ? true : undefined}
                  aria-describedby={errors.currency ? `${ids}-currency-error` : undefined}
                />
                {errors.currency && (
                  <p className="field__error" id={`${ids}-currency-error`}>
                    {errors.currency[0]}
                  </p>
                )}
              </div>
            ) : (
              <div className={`field entry__field--short${errors.unit ? " field--invalid" : ""}`}>
                <label className="field__label" htmlFor={`${ids}-unit`}>
                  {t("exports.entry.unit")}
                </label>
                <input
                  id={`${ids}-unit`}
                  className="input"
                  value={unit}
                  maxLength={50}
                  onChange={(e) => setUnit(e.target.value)}
                  aria-invalid={errors.unit ? true : undefined}
                  aria-describedby={errors.unit ? `${ids}-unit-error` : undefined}
                />
                {errors.unit && (
                  <p className="field__error" id={`${ids}-unit-error`}>
                    {errors.unit[0]}
                  </p>
                )}
              </div>
            )}
          </div>
          {errors.periodEnd && <p className="field__error">{errors.periodEnd[0]}</p>}
        </section>

        <section className="card entry__paste" aria-labelledby={`${ids}-paste`}>
          <h2 className="card__title" id={`${ids}-paste`}>
            {t("exports.paste.title")}
          </h2>
          <div className="field">
            <label className="field__label" htmlFor={`${ids}-paste-text`}>
              {t("exports.paste.label")}
            </label>
            <textarea
              id={`${ids}-paste-text`}
              className="input input--multiline entry__paste-text"
              rows={4}
              value={pasteText}
              spellCheck={false}
              placeholder={t("exports.paste.placeholder")}
              onChange={(e) => setPasteText(e.target.value)}
              aria-describedby={`${ids}-paste-hint`}
            />
            <p className="field__hint" id={`${ids}-paste-hint`}>
              {t("exports.paste.hint")}
            </p>
          </div>
          <div className="entry__actions">
            <Button onClick={applyPaste} disabled={loading || pasteText.trim() === ""}>
              {t("exports.paste.apply")}
            </Button>
          </div>
          {pasteProblems.length > 0 && (
            <Alert tone="error" title={t("exports.paste.problemsTitle", { count: pasteProblems.length })}>
              <ul className="entry__problems">
                {pasteProblems.map((p, i) => (
                  <li key={i}>{problemText(p)}</li>
                ))}
              </ul>
            </Alert>
          )}
          {pasteDone !== null && <Alert tone="success">{t("exports.paste.done", { count: pasteDone })}</Alert>}
        </section>

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
                  setExtraColumns((c) => [...c, addColumn]);
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
                void categories.refetch();
                void destinations.refetch();
                void period.refetch();
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
                        const invalid = cellInvalid(key) || Boolean(cellErrors[key]);
                        const otherUnit = figure && storedAmount(figure) && (measure === "value" ? figure.currency !== currency : figure.unit !== unit) ? (measure === "value" ? figure.currency : figure.unit) : null;
                        return (
                          <td key={destinationId} className={[changed ? "entry-grid__cell--changed" : "", invalid ? "entry-grid__cell--invalid" : ""].filter(Boolean).join(" ") || undefined}>
                            <input
                              className="entry-grid__input"
                              inputMode="decimal"
                              autoComplete="off"
                              data-cell={`${r}:${c}`}
                              aria-label={`${category.name} → ${destinationNames.get(destinationId) ?? ""}`}
                              aria-invalid={invalid || undefined}
                              value={cellText(key)}
                              onChange={(e) => {
                                const value = e.target.value;
                                setEdits((current) => ({ ...current, [key]: value }));
                                if (cellErrors[key]) setCellErrors(({ [key]: _, ...rest }) => rest);
                              }}
                              onKeyDown={(e) => moveFocus(e, r, c)}
                            />
                            {otherUnit && <span className="entry-grid__unit" title={t("exports.entry.otherUnit", { unit: otherUnit })}>{otherUnit}</span>}
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

        {cellErrorList.length > 0 && (
          <Alert tone="error" title={t("exports.entry.cellErrorsTitle")}>
            <ul className="entry__problems">
              {cellErrorList.map((e) => (
                <li key={e.key}>{e.text}</li>
              ))}
            </ul>
          </Alert>
        )}
        {general && cellErrorList.length === 0 && <Alert tone="error">{general}</Alert>}
        {conflict && (
          <Alert
            tone="warning"
            title={t("exports.entry.conflictTitle")}
            actions={
              <Button
                onClick={() => {
                  setConflict(null);
                  void period.refetch();
                }}
              >
                {t("exports.entry.reload")}
              </Button>
            }
          >
            {conflict}
          </Alert>
        )}
        {saved && (
          <Alert
            tone="success"
            title={t("exports.entry.saved")}
            actions={
              <Link to="/exports" className={buttonClass("secondary")}>
                {t("exports.entry.toList")}
              </Link>
            }
          >
            {t("exports.entry.savedText", { created: saved.created, updated: saved.updated })}
          </Alert>
        )}

        <div className="entry__footer">
          <Button type="submit" variant="primary" busy={save.isPending} icon={<Icon name="edit" />}>
            {t("exports.entry.save")}
          </Button>
          {dirty && <span className="muted small">{t("exports.entry.changedCells", { count: Object.keys(edits).length })}</span>}
          {dirty && (
            <Button variant="ghost" onClick={() => { setEdits({}); resetMessages(); }}>
              {t("exports.entry.discard")}
            </Button>
          )}
        </div>
      </form>
    </div>
  );
}
