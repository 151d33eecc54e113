// Export categories (what the region sells) and export figures (how much of a
// category went to one destination partner over one period).
import { z } from "zod";
import { isCalendarDay, type CalendarDay } from "./calendar-day.ts";
import { optionalText, requiredText, ZCommonFilter, ZDay, ZId, listInput, updateInput } from "./common.ts";
import type { ErrorKey, ErrorParams } from "./error-keys.ts";

const optionalId = ZId.nullish().transform((v) => v ?? null);

// ---------------------------------------------------------------- categories

export const ZExportCategoryFields = z.object({
  name: requiredText(300),
  nameEn: optionalText(300),
  /** Harmonized System code, digits only ("0401"); spaces and dots as in "0401.10" are dropped. */
  hsCode: optionalText(30)
    .transform((v) => (v ? v.replace(/[\s.]/g, "") : null))
    .pipe(
      z
        .string()
        .regex(/^\d{2,10}$/, { error: "validation.hsCode" })
        .nullable(),
    ),
  description: optionalText(),
  /** "Vologda ice cream goes to 26 countries": the number a source states, not a count of figures. */
  reportedMarketsCount: z
    .number({ error: "validation.integer" })
    .int({ error: "validation.integer" })
    .min(0, { error: "validation.atLeast" })
    .max(1000, { error: "validation.atMost" })
    .nullish()
    .transform((v) => v ?? null),
  sourceId: optionalId,
});

export const ZCreateExportCategoryInput = ZExportCategoryFields;
export type TCreateExportCategoryInput = z.input<typeof ZCreateExportCategoryInput>;

export const ZUpdateExportCategoryInput = updateInput(ZExportCategoryFields);
export type TUpdateExportCategoryInput = z.input<typeof ZUpdateExportCategoryInput>;

/** `q` matches the name, the English name and the HS code. */
export const ZExportCategoryFilter = ZCommonFilter.pick({ q: true });

export const ZListExportCategoriesInput = listInput(ZExportCategoryFilter, ["name", "createdAt", "updatedAt"], {
  field: "name",
  direction: "asc",
});
export type TListExportCategoriesInput = z.input<typeof ZListExportCategoriesInput>;

// ---------------------------------------------------------------- figures

/**
 * A non-negative decimal with at most `scale` digits after the point. Takes a number
 * or a string as people type it ("1 234,5"); gives the canonical string ("1234.5"),
 * the same text Prisma's Decimal#toString() returns for the stored value, so the API
 * hands decimals out as strings and never loses precision in a JS number.
 */
function optionalDecimal(intDigits: number, scale: number) {
  return z
    .union([z.number(), z.string()], { error: "validation.numberExpected" })
    .nullish()
    .transform((raw, ctx) => {
      if (raw === null || raw === undefined) return null;
      const text = (typeof raw === "number" ? String(raw) : raw).replace(/[\s\u00a0]/g, "").replace(",", ".");
      if (text === "") return null;
      const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
      if (!match) {
        ctx.addIssue({ code: "custom", message: "validation.decimal", params: { scale }, input: raw });
        return z.NEVER;
      }
      const whole = (match[1] ?? "0").replace(/^0+(?=\d)/, "");
      const fraction = (match[2] ?? "").replace(/0+$/, "");
      if (fraction.length > scale) {
        ctx.addIssue({ code: "custom", message: "validation.decimalScale", params: { scale }, input: raw });
        return z.NEVER;
      }
      if (whole.length > intDigits) {
        ctx.addIssue({ code: "custom", message: "validation.decimalDigits", params: { digits: intDigits }, input: raw });
        return z.NEVER;
      }
      return fraction ? `${whole}.${fraction}` : whole;
    });
}

export const ZExportFigureFields = z.object({
  categoryId: ZId,
  /** The destination partner (a country, region, city or organisation). */
  destinationId: ZId,
  /** Calendar dates (stored without time): the first and the last day of the period. */
  periodStart: ZDay,
  periodEnd: ZDay,
  /** Money value; a decimal string in answers (Decimal(18,2)), with `currency`. */
  value: optionalDecimal(16, 2),
  /** ISO 4217 code, e.g. RUB, USD; required with a value. */
  currency: optionalText(20)
    .transform((v) => (v ? v.toUpperCase() : null))
    .pipe(
      z
        .string()
        .regex(/^[A-Z]{3}$/, { error: "validation.currencyCode" })
        .nullable(),
    ),
  /** Physical volume; a decimal string in answers (Decimal(18,3)), with `unit`. */
  volume: optionalDecimal(15, 3),
  /** Unit of the volume, e.g. "т", "тыс. банок". */
  unit: optionalText(50),
  sourceId: optionalId,
});

/** The figure's values that rules across fields look at (create input, or a stored figure merged with an update). */
export type TExportFigureValues = {
  periodStart: CalendarDay;
  periodEnd: CalendarDay;
  value: string | null;
  currency: string | null;
  volume: string | null;
  unit: string | null;
};

/**
 * Rules across fields, shared by the create schema and the update service (which
 * checks the stored figure merged with the change). Each problem names its field.
 */
export function exportFigureProblems(f: Partial<TExportFigureValues>): Array<{ field: keyof TExportFigureValues; message: ErrorKey }> {
  const problems: Array<{ field: keyof TExportFigureValues; message: ErrorKey }> = [];
  if (isCalendarDay(f.periodStart) && isCalendarDay(f.periodEnd) && f.periodEnd < f.periodStart) {
    problems.push({ field: "periodEnd", message: "validation.periodEndBeforeStart" });
  }
  if (!f.value && !f.volume) problems.push({ field: "value", message: "validation.valueOrVolume" });
  if (f.value && !f.currency) problems.push({ field: "currency", message: "validation.currencyRequired" });
  if (f.volume && !f.unit) problems.push({ field: "unit", message: "validation.unitRequired" });
  return problems;
}

export const ZCreateExportFigureInput = ZExportFigureFields.superRefine((figure, ctx) => {
  for (const p of exportFigureProblems(figure)) ctx.addIssue({ code: "custom", path: [p.field], message: p.message });
});
export type TCreateExportFigureInput = z.input<typeof ZCreateExportFigureInput>;

/** Cross-field rules are checked by the service on the stored figure merged with `data`. */
export const ZUpdateExportFigureInput = updateInput(ZExportFigureFields);
export type TUpdateExportFigureInput = z.input<typeof ZUpdateExportFigureInput>;

/**
 * partnerIds/countryCodes match the destination and every partner below it;
 * from/to keep figures whose period overlaps [from, to].
 */
export const ZExportFigureFilter = ZCommonFilter.pick({ partnerIds: true, countryCodes: true, from: true, to: true }).extend({
  categoryIds: z.array(ZId).max(50).optional(),
});

export const ZListExportFiguresInput = listInput(ZExportFigureFilter, ["periodStart", "value"], {
  field: "periodStart",
  direction: "desc",
});
export type TListExportFiguresInput = z.input<typeof ZListExportFiguresInput>;

// ---------------------------------------------------------------- table entry

/**
 * One cell of the entry table: a category (row) sent to a destination (column).
 * `figureId` + `version` name the stored figure the user saw; both absent for a new one.
 * `amount` is the value (measure "value", in the table's currency) or the volume
 * (measure "volume", in the table's unit); null clears it on a stored figure.
 */
export const ZExportTableCell = z
  .object({
    categoryId: ZId,
    destinationId: ZId,
    figureId: ZId.nullish().transform((v) => v ?? null),
    version: z
      .number()
      .int()
      .positive()
      .max(2_147_483_647, { error: "validation.numberTooBig" })
      .nullish()
      .transform((v) => v ?? null),
    amount: optionalDecimal(15, 3),
  })
  .superRefine((cell, ctx) => {
    if ((cell.figureId === null) !== (cell.version === null)) {
      ctx.addIssue({ code: "custom", path: ["version"], message: "validation.figureAndVersion" });
    }
    if (cell.figureId === null && cell.amount === null) {
      ctx.addIssue({ code: "custom", path: ["amount"], message: "validation.emptyCell" });
    }
  });

/** Every cell of one period at once (exportFigure.saveTable), in one transaction. */
export const ZSaveExportTableInput = z
  .object({
    periodStart: ZDay,
    periodEnd: ZDay,
    measure: z.enum(["value", "volume"], { error: "validation.chooseMeasure" }),
    /** For measure "value": ISO 4217 code of every value in the table. */
    currency: optionalText(20)
      .transform((v) => (v ? v.toUpperCase() : null))
      .pipe(
        z
          .string()
          .regex(/^[A-Z]{3}$/, { error: "validation.currencyCode" })
          .nullable(),
      ),
    /** For measure "volume": the unit of every volume in the table. */
    unit: optionalText(50),
    cells: z.array(ZExportTableCell).min(1, { error: "validation.emptyTable" }).max(5000, { error: "validation.tooManyCells" }),
  })
  .superRefine(
    (table, ctx) => {
      // Runs even when some cells are bad (see `when`), so every problem is reported at once; parts may be unparsed.
      const pathIssues = new Set(ctx.issues.map((issue) => issue.path?.join(".")));
      const add = (path: Array<string | number>, message: ErrorKey, params?: ErrorParams) => {
        if (!pathIssues.has(path.join("."))) ctx.addIssue({ code: "custom", path, message, ...(params ? { params } : {}) });
      };
      if (isCalendarDay(table.periodStart) && isCalendarDay(table.periodEnd) && table.periodEnd < table.periodStart)
        add(["periodEnd"], "validation.periodEndBeforeStart");
      if (table.measure === "value" && !table.currency) add(["currency"], "validation.currencyRequired");
      if (table.measure === "volume" && !table.unit) add(["unit"], "validation.unitRequired");
      const seen = new Map<string, number>();
      (Array.isArray(table.cells) ? table.cells : []).forEach((cell, i) => {
        if (!cell || typeof cell !== "object") return;
        if (table.measure === "value" && typeof cell.amount === "string" && (cell.amount.split(".")[1]?.length ?? 0) > 2) {
          add(["cells", i, "amount"], "validation.valueScale");
        }
        const key = `${cell.categoryId}:${cell.destinationId}`;
        const first = seen.get(key);
        if (first !== undefined) add(["cells", i, "amount"], "validation.duplicateCell", { number: first + 1 });
        else seen.set(key, i);
      });
    },
    { when: () => true },
  );
export type TSaveExportTableInput = z.input<typeof ZSaveExportTableInput>;
export type TSaveExportTableResult = { created: number; updated: number; unchanged: number };
