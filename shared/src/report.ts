// The periodic report for leadership (issue 15, item 4): a month, quarter or year,
// optionally narrowed to countries, partners or sectors. The period is named by its
// kind, year and number, never by a Date, so no time zone can move its first day.
import { z } from "zod";
import { addDays, addMonths, makeDay, maxYear, minYear, type CalendarDay } from "./calendar-day.ts";
import { ZId } from "./common.ts";
import type { TKeyFigures, TCountryActivity, TExportByCategory, TExportByDestination, TSectorActivity } from "./dashboard.ts";
import type { TAgreementStage } from "./enums.ts";
import type { TDatePrecision } from "./calendar-day.ts";

export const reportPeriodKinds = ["MONTH", "QUARTER", "YEAR"] as const;
export type TReportPeriodKind = (typeof reportPeriodKinds)[number];

export const ZReportPeriod = z
  .object({
    kind: z.enum(reportPeriodKinds),
    year: z.number().int().min(minYear, { error: "validation.dayRange" }).max(maxYear, { error: "validation.dayRange" }),
    /** The month (1–12) or the quarter (1–4); a year has only 1. */
    number: z.number().int().min(1).max(12).default(1),
  })
  .check((ctx) => {
    const { kind, number } = ctx.value;
    const most = kind === "MONTH" ? 12 : kind === "QUARTER" ? 4 : 1;
    if (number > most)
      ctx.issues.push({
        code: "custom",
        input: number,
        path: ["number"],
        message: "report.noSuchPeriod",
      });
  });
export type TReportPeriod = z.infer<typeof ZReportPeriod>;

/** Only what narrows a report: countries, partners, sectors (no text, no days: the period sets those). */
export const ZReportFilter = z.object({
  sectorIds: z.array(ZId).max(50).optional(),
  partnerIds: z.array(ZId).max(50).optional(),
  countryCodes: z
    .array(z.string().regex(/^[A-Z]{2}$/, { error: "validation.countryCode" }))
    .max(50)
    .optional(),
});
export type TReportFilter = z.infer<typeof ZReportFilter>;

export const ZReportInput = z.object({
  period: ZReportPeriod,
  filter: ZReportFilter.default({}),
});
export type TReportInput = z.input<typeof ZReportInput>;

export type TDaySpan = { from: CalendarDay; to: CalendarDay };

/** The period's first and last day. */
export function reportPeriodSpan({ kind, year, number }: TReportPeriod): TDaySpan {
  const from = kind === "MONTH" ? makeDay(year, number, 1) : kind === "QUARTER" ? makeDay(year, (number - 1) * 3 + 1, 1) : makeDay(year, 1, 1);
  const months = kind === "MONTH" ? 1 : kind === "QUARTER" ? 3 : 12;
  return { from, to: addDays(addMonths(from, months), -1) };
}

/** One figure of this period's elapsed span and of the same span a year earlier. */
export type TComparedFigure = { current: number; previous: number };

export type TStageMove = {
  agreementId: string;
  title: string;
  fromStage: TAgreementStage | null;
  toStage: TAgreementStage;
  changedAt: CalendarDay;
  datePrecision: TDatePrecision;
};

export type TUpcomingEvent = {
  eventId: string;
  title: string;
  startsAt: CalendarDay;
  endsAt: CalendarDay | null;
  datePrecision: TDatePrecision;
  place: string | null;
};
export type TOverdueFollowUp = {
  followUpId: string;
  title: string;
  dueDate: CalendarDay;
  ownerName: string | null;
};

export type TReport = {
  /** The home region's name, for the heading. */
  regionName: string | null;
  /** The names of what the filter narrows to, for the heading (countries, partners, sectors). */
  filterNames: { countries: string[]; partners: string[]; sectors: string[] };
  period: TReportPeriod;
  span: TDaySpan;
  /** The part of the period up to the home region's today (the whole period once it is over)… */
  elapsed: TDaySpan;
  /** …and the same days a year earlier: what the comparison sets side by side. */
  previous: TDaySpan;
  /** Whether the period is over by today; when not, the comparison covers only its elapsed days. */
  complete: boolean;
  compared: {
    meetings: TComparedFigure;
    agreementsSigned: TComparedFigure;
    events: TComparedFigure;
  };
  /** The overview's figures for the same filter (as of today, as the overview shows them). */
  keyFigures: TKeyFigures;
  /** The overview's activity for the same filter and the period. */
  byCountry: TCountryActivity[];
  bySector: TSectorActivity[];
  exports: {
    byCategory: TExportByCategory[];
    byDestination: TExportByDestination[];
  };
  stageMoves: TStageMove[];
  upcomingEvents: TUpcomingEvent[];
  overdueFollowUps: TOverdueFollowUp[];
};
