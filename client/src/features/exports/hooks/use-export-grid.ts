// The state of the export entry table: the period shown, the figures stored for it, and
// the form over them (lib/use-form.ts) — measure, currency or unit, and the typed text of
// every edited cell. Saving sends only the cells that differ from what is stored
// (exportFigure.saveTable); the schema's and the server's messages about "cells.N" land
// on the cell they mean.
import { useEffect, useMemo, useRef, useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ZSaveExportTableInput, type TSaveExportTableInput, type TSaveExportTableResult } from "@atlas/shared/export";
import { dayParts, makeDay, periodOf as periodOfDay, type CalendarDay } from "@atlas/shared/calendar-day";
import { trpc } from "../../../lib/trpc.ts";
import { useHomeToday } from "../../../lib/home-today.ts";
import { useFormat } from "../../../lib/format.ts";
import { errorCode, errorText } from "../../../lib/errors.ts";
import { useForm, type Prepared } from "../../../lib/use-form.ts";
import { issuesToFieldErrors, type FieldErrors } from "../../../lib/validation.ts";
import { useDestinationOptions, useExportCategories, usePeriodFigures, type ExportFigureItem } from "./export-queries.ts";
import { parseAmount, type PasteResult } from "./paste-table.ts";
import { invalidateAfter } from "../../../lib/invalidation.ts";

export type Part = "year" | "q1" | "q2" | "q3" | "q4" | `m${number}`;
export const PARTS: Part[] = ["year", "q1", "q2", "q3", "q4", ...Array.from({ length: 12 }, (_, i) => `m${i + 1}` as Part)];
export type Measure = "value" | "volume";

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

export const cellKey = (categoryId: string, destinationId: string) => `${categoryId}:${destinationId}`;

/** Messages about one cell are kept under "edits.<category>:<destination>". */
const cellPath = (key: string) => `edits.${key}`;

type GridValues = { measure: Measure; currency: string; unit: string; edits: Record<string, string> };
const settingFields = ["currency", "unit", "periodEnd", "periodStart"];

export function useExportGrid() {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const initial = lastQuarter(useHomeToday());
  const [year, setYear] = useState(initial.year);
  const [part, setPart] = useState<Part>(initial.part);
  const [extraColumns, setExtraColumns] = useState<string[]>([]);
  const [conflict, setConflict] = useState<string | null>(null);
  const [saved, setSaved] = useState<TSaveExportTableResult | null>(null);
  // The cell each "cells.N" of the last request stands for.
  const sentKeys = useRef<string[]>([]);

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
  const rows = useMemo(() => [...(categories.data?.items ?? [])].sort((a, b) => a.name.localeCompare(b.name, "ru")), [categories.data]);
  const destinationNames = useMemo(() => {
    const map = new Map<string, string>();
    for (const p of destinations.data?.items ?? []) map.set(p.id, p.name);
    for (const f of figures) map.set(f.destination.id, f.destination.name);
    return map;
  }, [destinations.data, figures]);
  const columns = useMemo(() => {
    const stored = [...new Set(figures.map((f) => f.destinationId))].sort((a, b) =>
      (destinationNames.get(a) ?? "").localeCompare(destinationNames.get(b) ?? "", "ru"),
    );
    return [...stored, ...extraColumns.filter((id) => !stored.includes(id))];
  }, [figures, extraColumns, destinationNames]);

  const save = useMutation(
    trpc.exportFigure.saveTable.mutationOptions({
      onSuccess: async () => {
        await invalidateAfter(queryClient, { entity: "exportFigure" });
      },
    }),
  );

  /** "cells.3.amount" → the message under the cell that was sent third. */
  const onCells = (found: FieldErrors): FieldErrors => {
    const out: FieldErrors = {};
    for (const [path, messages] of Object.entries(found)) {
      const index = /^cells\.(\d+)(?:\.|$)/.exec(path)?.[1];
      const key = index === undefined ? undefined : sentKeys.current[Number(index)];
      (out[key ? cellPath(key) : path] ??= []).push(...messages);
    }
    return out;
  };

  const form = useForm<GridValues, TSaveExportTableInput, TSaveExportTableResult>({
    initial: { measure: "value", currency: "USD", unit: "т", edits: {} },
    fields: [...settingFields, "edits"],
    prepare,
    save: (input) => save.mutateAsync(input),
    onSaved: (result) => {
      form.reset({ ...form.values, edits: {} });
      setSaved(result);
    },
    onRefused: (error) => {
      if (errorCode(error) !== "CONFLICT") return false;
      setConflict(errorText(error));
      return true;
    },
    fromServer: onCells,
  });
  const { measure, edits } = form.values;
  const dirty = Object.keys(edits).length > 0;

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const storedAmount = (f: ExportFigureItem | undefined) => (f ? (measure === "value" ? f.value : f.volume) : null);
  const editText = useMemo(() => new Intl.NumberFormat(format.locale, { useGrouping: false, maximumFractionDigits: 3 }), [format.locale]);

  /** The cells that differ from what is stored, as saveTable takes them; a cell that is not a number stops the save. */
  function prepare(values: GridValues): Prepared<TSaveExportTableInput> {
    const cells: TSaveExportTableInput["cells"] = [];
    const keys: string[] = [];
    const bad: FieldErrors = {};
    for (const [key, text] of Object.entries(values.edits)) {
      const [categoryId = "", destinationId = ""] = key.split(":");
      const amount = parseAmount(text);
      if (amount === undefined) {
        bad[cellPath(key)] = [t("exports.entry.notANumber")];
        continue;
      }
      const figure = byCell.get(key);
      const stored = figure ? (values.measure === "value" ? figure.value : figure.volume) : null;
      const sameUnit = values.measure === "value" ? figure?.currency === values.currency.trim().toUpperCase() : figure?.unit === values.unit.trim();
      if (figure && amount === stored && sameUnit) continue;
      if (!figure && amount === null) continue;
      cells.push({ categoryId, destinationId, amount, ...(figure ? { figureId: figure.id, version: figure.version } : {}) });
      keys.push(key);
    }
    if (Object.keys(bad).length) return { errors: bad };
    if (cells.length === 0) return { errors: { _: [t("exports.entry.nothingChanged")] } };
    sentKeys.current = keys;
    const input: TSaveExportTableInput = {
      periodStart: start,
      periodEnd: end,
      measure: values.measure,
      currency: values.measure === "value" ? values.currency : null,
      unit: values.measure === "volume" ? values.unit : null,
      cells,
    };
    const parsed = ZSaveExportTableInput.safeParse(input);
    return parsed.success ? { input } : { errors: onCells(issuesToFieldErrors(parsed.error, "")) };
  }

  const clearMessages = () => {
    setConflict(null);
    setSaved(null);
  };

  return {
    year,
    part,
    start,
    end,
    categories,
    destinations,
    period,
    figures,
    rows,
    columns,
    destinationNames,
    byCell,
    form,
    dirty,
    conflict,
    saved,
    storedAmount,
    editText,
    /** What a cell shows: the text typed, or the stored amount in the measure chosen. */
    cellText: (key: string) => {
      if (key in edits) return edits[key] ?? "";
      const amount = storedAmount(byCell.get(key));
      return amount ? editText.format(amount as unknown as number) : "";
    },
    cellInvalid: (key: string) => (key in edits && parseAmount(edits[key] ?? "") === undefined) || Boolean(form.errors[cellPath(key)]),
    /** The cells with a message, and their messages in the interface language. */
    cellErrors: Object.keys(form.errors)
      .filter((path) => path.startsWith("edits."))
      .map((path) => ({ key: path.slice("edits.".length), messages: form.error(path) ?? [] })),
    editCell: (key: string, text: string) => {
      form.setValues((v) => ({ ...v, edits: { ...v.edits, [key]: text } }));
      form.clearErrors(cellPath(key));
    },
    addColumn: (destinationId: string) => setExtraColumns((c) => [...c, destinationId]),
    /** Another period drops the edits of this one, after asking. Returns false when the user keeps them. */
    changePeriod: (next: { year?: number; part?: Part }) => {
      if (dirty && !window.confirm(t("exports.entry.discardConfirm"))) return false;
      form.reset({ ...form.values, edits: {} });
      setExtraColumns([]);
      clearMessages();
      if (next.year !== undefined) setYear(next.year);
      if (next.part !== undefined) setPart(next.part);
      return true;
    },
    discard: () => {
      form.reset({ ...form.values, edits: {} });
      clearMessages();
    },
    /** The cells of a pasted block become edits; its destinations become columns. */
    applyPaste: (result: PasteResult) => {
      form.reset(form.values, form.base);
      clearMessages();
      form.setValues((v) => ({
        ...v,
        edits: {
          ...v.edits,
          ...Object.fromEntries(result.cells.map((c) => [cellKey(c.categoryId, c.destinationId), editText.format(c.amount as unknown as number)])),
        },
      }));
      setExtraColumns((current) => [...current, ...result.destinationIds.filter((id) => !current.includes(id))]);
    },
    submit: () => {
      clearMessages();
      form.submit();
    },
    reloadAfterConflict: () => {
      setConflict(null);
      void period.refetch();
    },
  };
}

export type ExportGrid = ReturnType<typeof useExportGrid>;
