// Export facts that are not figures: what a source states in words about exports to a
// partner — a rank among its buyers or suppliers («входит в четвёрку крупнейших
// покупателей лесопродукции»), a growth rate («+34 % за первое полугодие»), or an
// intent to supply a category («заинтересованы в поставках замороженных ягод»).
// The statement is kept in the source's words; rank and growth make it sortable.
import { z } from "zod";
import { isCalendarDay, periodOf, type CalendarDay, type TDatePrecision } from "./calendar-day.ts";
import { ZCommonFilter, ZId, listInput, optionalDay, requiredText, updateInput } from "./common.ts";
import { normalizeSearchText } from "./search-text.ts";
import type { ErrorKey } from "./error-keys.ts";

export const exportFactKinds = ["RANK", "GROWTH", "INTENT"] as const;
export type TExportFactKind = (typeof exportFactKinds)[number];
export const ZExportFactKind = z.enum(exportFactKinds, { error: "validation.factKind" });

const optionalId = ZId.nullish().transform((v) => v ?? null);

export const exportFactLimits = { rankMin: 1, rankMax: 1000, growthMin: -1000, growthMax: 100_000, growthScale: 2 } as const;

/**
 * A growth rate in per cent, signed, with at most two digits after the point. Takes a
 * number or a string as people type it ("-5,5", "−5.5", "+34"); gives the canonical
 * decimal string ("-5.5", "34") — the text Prisma's Decimal#toString() returns for the
 * stored value, as export figures do, so no precision is lost in a JS number.
 */
const optionalGrowth = z
  .union([z.number(), z.string()], { error: "validation.growthNumber" })
  .nullish()
  .transform((raw, ctx) => {
    if (raw === null || raw === undefined) return null;
    if (typeof raw === "number" && !Number.isFinite(raw)) {
      ctx.addIssue({ code: "custom", message: "validation.growthNumber", input: raw });
      return z.NEVER;
    }
    const text = (typeof raw === "number" ? String(raw) : raw)
      .replace(/[\s\u00a0%]/g, "")
      .replace(",", ".")
      .replace("\u2212", "-");
    if (text === "") return null;
    const match = /^([+-]?)(\d+)(?:\.(\d+))?$/.exec(text);
    if (!match) {
      ctx.addIssue({ code: "custom", message: "validation.growthNumber", input: raw });
      return z.NEVER;
    }
    const whole = (match[2] ?? "0").replace(/^0+(?=\d)/, "");
    const fraction = (match[3] ?? "").replace(/0+$/, "");
    if (fraction.length > exportFactLimits.growthScale) {
      ctx.addIssue({ code: "custom", message: "validation.decimalScale", params: { scale: exportFactLimits.growthScale }, input: raw });
      return z.NEVER;
    }
    const unsigned = fraction ? `${whole}.${fraction}` : whole;
    const negative = match[1] === "-" && unsigned !== "0";
    // Compared as a number only for the range; the value itself stays text.
    const value = Number(unsigned) * (negative ? -1 : 1);
    if (whole.length > 7 || value < exportFactLimits.growthMin || value > exportFactLimits.growthMax) {
      ctx.addIssue({
        code: "custom",
        message: "validation.growthRange",
        params: { minimum: exportFactLimits.growthMin, maximum: exportFactLimits.growthMax },
        input: raw,
      });
      return z.NEVER;
    }
    return negative ? `-${unsigned}` : unsigned;
  });

export const ZExportFactFields = z.object({
  kind: ZExportFactKind,
  /** Whom the fact is about: the buyer (or supplier), a country, region, city or organisation. */
  partnerId: ZId,
  categoryId: optionalId,
  /** The period the fact covers, first and last day; both absent when the source gives none. */
  periodStart: optionalDay,
  periodEnd: optionalDay,
  /** RANK: the place among buyers or suppliers (4 for «в четвёрке»). */
  rank: z
    .number({ error: "validation.integer" })
    .int({ error: "validation.integer" })
    .min(exportFactLimits.rankMin, { error: "validation.atLeast" })
    .max(exportFactLimits.rankMax, { error: "validation.atMost" })
    .nullish()
    .transform((v) => v ?? null),
  /** GROWTH: the change in per cent; a decimal string in answers ("34", "-5.5"). */
  growthPercent: optionalGrowth,
  /** The fact in the source's words. */
  statement: requiredText(1000),
  sourceId: optionalId,
});

/** The values the rules across fields look at (create input, or a stored fact merged with an update). */
export type TExportFactValues = {
  kind: TExportFactKind;
  categoryId: string | null;
  periodStart: CalendarDay | null;
  periodEnd: CalendarDay | null;
  rank: number | null;
  growthPercent: string | null;
};

/**
 * Rules across fields, shared by the create schema and the update service (which checks
 * the stored fact merged with the change). Each problem names its field.
 */
export function exportFactProblems(f: Partial<TExportFactValues>): Array<{ field: keyof TExportFactValues; message: ErrorKey }> {
  const problems: Array<{ field: keyof TExportFactValues; message: ErrorKey }> = [];
  const start = f.periodStart ?? null;
  const end = f.periodEnd ?? null;
  if (isCalendarDay(start) && isCalendarDay(end) && end < start) problems.push({ field: "periodEnd", message: "validation.periodEndBeforeStart" });
  // A period is a span: «за первое полугодие» has both days; one day alone is no period.
  if (start && !end) problems.push({ field: "periodEnd", message: "validation.periodEndRequired" });
  if (end && !start) problems.push({ field: "periodStart", message: "validation.periodStartRequired" });
  if (f.kind === "RANK" && (f.rank === null || f.rank === undefined)) problems.push({ field: "rank", message: "validation.rankRequired" });
  if (f.kind !== undefined && f.kind !== "RANK" && f.rank !== null && f.rank !== undefined) {
    problems.push({ field: "rank", message: "validation.rankOnlyForRank" });
  }
  if (f.kind === "GROWTH" && (f.growthPercent === null || f.growthPercent === undefined))
    problems.push({ field: "growthPercent", message: "validation.growthRequired" });
  if (f.kind !== undefined && f.kind !== "GROWTH" && f.growthPercent !== null && f.growthPercent !== undefined) {
    problems.push({ field: "growthPercent", message: "validation.growthOnlyForGrowth" });
  }
  // An intent is to supply something: «заинтересованы в поставках замороженных ягод».
  if (f.kind === "INTENT" && !f.categoryId) problems.push({ field: "categoryId", message: "validation.intentCategory" });
  return problems;
}

export const ZCreateExportFactInput = ZExportFactFields.superRefine((fact, ctx) => {
  for (const p of exportFactProblems(fact)) ctx.addIssue({ code: "custom", path: [p.field], message: p.message });
});
export type TCreateExportFactInput = z.input<typeof ZCreateExportFactInput>;

/** Cross-field rules are checked by the service on the stored fact merged with `data`. */
export const ZUpdateExportFactInput = updateInput(ZExportFactFields);
export type TUpdateExportFactInput = z.input<typeof ZUpdateExportFactInput>;

/**
 * partnerIds/countryCodes match the fact's partner and every partner below them;
 * from/to keep facts whose period overlaps [from, to] (a fact without a period drops
 * out when either is set: it says nothing about that period); q matches the statement.
 */
export const ZExportFactFilter = ZCommonFilter.pick({ q: true, partnerIds: true, countryCodes: true, from: true, to: true }).extend({
  categoryIds: z.array(ZId).max(50).optional(),
  kinds: z.array(ZExportFactKind).max(3).optional(),
});

export const ZListExportFactsInput = listInput(ZExportFactFilter, ["periodStart", "createdAt"], {
  field: "createdAt",
  direction: "desc",
});
export type TListExportFactsInput = z.input<typeof ZListExportFactsInput>;

/** What the searchText column of a fact holds; the service and the seed both build it here. */
export function exportFactSearchText(statement: string): string {
  return normalizeSearchText(statement);
}

/**
 * The precision a fact's period can be shown with: a whole month, quarter or year is
 * shown as such («I кв. 2025 г.»); any other span (a half-year) as its two days.
 */
export function exportFactPeriodPrecision(start: CalendarDay, end: CalendarDay): TDatePrecision {
  if (!isCalendarDay(start) || !isCalendarDay(end)) return "DAY";
  for (const precision of ["YEAR", "QUARTER", "MONTH"] as const) {
    const period = periodOf(start, precision);
    if (period.first === start && period.last === end) return precision;
  }
  return "DAY";
}
