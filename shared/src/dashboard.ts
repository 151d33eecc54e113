// The dashboard's read model: key figures, activity by partner / country / sector /
// month, export totals, and the "needs attention" signals. Counts are computed in
// SQL under the common filter; see server/src/services/dashboard for the rules.
import { z } from "zod";
import type { CalendarDay, TDatePrecision } from "./calendar-day.ts";
import { ZCommonFilter, type TCommonFilter } from "./common.ts";
import type { TAgreementStage, TEventKind, TEventStatus, TInteractionKind, TPartnerLevel, TProjectStage, TTaskStatus } from "./enums.ts";

/** The common filter, with the period's ends in order. */
export const ZDashboardFilter = ZCommonFilter.check((ctx) => {
  const { from, to } = ctx.value;
  if (from && to && from > to) {
    ctx.issues.push({ code: "custom", input: to, path: ["to"], message: "validation.periodEndBeforeStart" });
  }
});

export const ZDashboardSummaryInput = z.object({ filter: ZDashboardFilter.default({}) });
export type TDashboardSummaryInput = z.input<typeof ZDashboardSummaryInput>;

export const ZDashboardSignalsInput = z.object({
  filter: ZDashboardFilter.default({}),
  /** A partner is listed when its last contact is older than this many months (or it has none). */
  noContactMonths: z.number().int().min(1, { error: "validation.atLeastMonths" }).max(120, { error: "validation.atMostMonths" }).default(6),
  /** An agreement is listed when it expires within this many days from the home region's today. */
  expiringWithinDays: z.number().int().min(1, { error: "validation.atLeastDays" }).max(3650, { error: "validation.atMostDays" }).default(90),
});
export type TDashboardSignalsInput = z.input<typeof ZDashboardSignalsInput>;

/** Chart data: the dashboard filter, plus what only the export charts look at. */
export const ZDashboardChartsInput = z.object({
  filter: ZDashboardFilter.default({}),
  /** Export figures count in the quarter (or year) their period starts in. */
  granularity: z.enum(["quarter", "year"]).default("quarter"),
  /** Export categories to keep (none: all). */
  categoryIds: z
    .array(z.uuid({ error: "validation.badId" }))
    .max(50)
    .optional(),
  /** How many categories / destinations get their own series; the rest are summed as "other". */
  top: z.number().int().min(1).max(20).default(8),
});
export type TDashboardChartsInput = z.input<typeof ZDashboardChartsInput>;

/** One stacked segment: a series (category or destination; null = all the others) in one period. */
export type TExportSeriesPoint = { period: string; key: string | null; value: string };
export type TExportSeries = { key: string | null; name: string | null; total: string };

export type TExportChart = {
  currency: string;
  /** Every period from the first to the last with a figure, in order ("2025-Q1" or "2025"). */
  periods: string[];
  byCategory: { series: TExportSeries[]; points: TExportSeriesPoint[] };
  byDestination: { series: TExportSeries[]; points: TExportSeriesPoint[] };
};

export type TDashboardCharts = {
  /** Money values by period, one chart per currency (most used first); figures with a volume only are not in them. */
  exports: TExportChart[];
};

export type TDashboardFilter = TCommonFilter;

/**
 * Figures as of the home region's today (ATLAS_TIME_ZONE). Each has its own window, so
 * the filter's period does not apply to them; its sectors, partners and text do.
 */
export type TKeyFigures = {
  /** Partners (not the home region or anything below it) with a contact held in the last 12 months. */
  activePartners: number;
  /** Current stage → number of agreements; every stage is present. */
  agreementsByStage: Record<TAgreementStage, number>;
  /**
   * Interactions held from 1 January of the home region's year to today (planned ones
   * not yet); one known only to its month, quarter or year counts once that period is over.
   */
  meetingsYearToDate: number;
  /** The same, a year earlier: 1 January to the same day of last year (like for like). */
  meetingsLastYearToDate: number;
  /** The two spans the meeting figures count, for their labels. */
  yearToDate: { from: CalendarDay; to: CalendarDay };
  lastYearToDate: { from: CalendarDay; to: CalendarDay };
  /** Events not over by today that start within today and the 90 days after it, cancelled ones left out. */
  eventsNext90Days: number;
  /** Follow-ups due before today and still OPEN or IN_PROGRESS. */
  overdueFollowUps: number;
};

/**
 * Activity counts under the whole filter. A record is in the period when its days
 * overlap it: an interaction's or event's [startsAt, endsAt] (a meeting «в декабре 2024»
 * is in any period touching December 2024, and in no November period); an agreement when
 * one of its stage changes (its day, month, quarter or year) does. Cancelled events never
 * count.
 */
export type TActivityCounts = { interactions: number; agreements: number; events: number };

export type TPartnerActivity = TActivityCounts & {
  partnerId: string;
  name: string;
  level: TPartnerLevel;
  isoCode: string | null;
  latitude: number | null;
  longitude: number | null;
  /** ISO code of the country the partner belongs to (itself for a country). */
  countryIsoCode: string | null;
  /**
   * The latest interaction under the filter that has taken place by today (a vaguer
   * date once its month, quarter or year is over): its (first) day and how precise it is.
   */
  lastContactAt: CalendarDay | null;
  lastContactPrecision: TDatePrecision | null;
};

/** A country's own records and those of everything below it, each record counted once. */
export type TCountryActivity = TActivityCounts & {
  partnerId: string;
  countryIsoCode: string | null;
  name: string;
};

export type TSectorActivity = TActivityCounts & { sectorId: string; code: string; name: string };

/**
 * Interactions per month "YYYY-MM". Counted: contacts dated to the day (exact or
 * approximate) or to the month. Those known only to their quarter or year are in no
 * month (never in the quarter's or year's first month); they count in the other totals.
 */
export type TMonthActivity = { month: string; interactions: number };
export type TMonthSectorActivity = { month: string; sectorCode: string; interactions: number };

/** Sums are decimal strings (null when no figure has a value); currency/unit only when all summed figures agree. */
export type TExportByCategory = {
  categoryId: string;
  name: string;
  value: string | null;
  currency: string | null;
  volume: string | null;
  unit: string | null;
};
export type TExportByDestination = { partnerId: string; name: string; value: string | null; currency: string | null };
export type TExportByPeriod = { year: number; value: string | null; currency: string | null };

export type TDashboardSummary = {
  keyFigures: TKeyFigures;
  byPartner: TPartnerActivity[];
  byCountry: TCountryActivity[];
  bySector: TSectorActivity[];
  /** Every month of the period (default: the last 24 months, the home region's current one included), zeros too. */
  activityByMonth: TMonthActivity[];
  /** Only months and sectors with activity; an interaction counts once per sector. */
  activityByMonthAndSector: TMonthSectorActivity[];
  exports: { byCategory: TExportByCategory[]; byDestination: TExportByDestination[]; byPeriod: TExportByPeriod[] };
  /** The latest things that happened under the filter, newest first (see TRecentActivityItem). */
  recentActivity: TRecentActivityItem[];
};

/** How many items `recentActivity` holds at most. */
export const RECENT_ACTIVITY_LIMIT = 8;

type TRecentBase = {
  /** The row's own id (an interaction, a stage change, an event, a project). */
  id: string;
  /** The record to open: the interaction, agreement, event or project. */
  recordId: string;
  /**
   * When it happened: the contact's (first) day, the stage change's day, or the home
   * region's day the record was created on. Show it with `datePrecision`: a MONTH date
   * is «декабрь 2024 г.», not its first day.
   */
  date: CalendarDay;
  /** The last day when it covers more than one (a visit over days, a month, quarter or year); else null. */
  endsAt: CalendarDay | null;
  datePrecision: TDatePrecision;
  title: string;
  /** Deleted partners left out, ordered by name. */
  partners: TSignalPartner[];
};

/**
 * What happened lately: contacts that took place, agreement stage changes, events held
 * (by the day they happened, not the day they were entered) and projects newly put on
 * record (two events and two projects at most). Nothing after the home region's today; the
 * filter's sectors, partners, text and period apply (the period to the item's days).
 * Newest first by the last day a date stands for.
 */
export type TRecentActivityItem =
  | (TRecentBase & { kind: "meeting"; subtype: TInteractionKind })
  | (TRecentBase & { kind: "stageChange"; subtype: TAgreementStage; fromStage: TAgreementStage | null })
  | (TRecentBase & {
      kind: "event";
      subtype: TEventKind;
      status: TEventStatus;
      /** The event's own dates (the same as `date`, `endsAt` and `datePrecision`). */
      startsAt: CalendarDay;
      eventEndsAt: CalendarDay | null;
      eventDatePrecision: TDatePrecision;
    })
  | (TRecentBase & { kind: "newProject"; subtype: TProjectStage });

export type TSignalPartner = { id: string; name: string };

export type TNoContactPartner = {
  partnerId: string;
  name: string;
  level: TPartnerLevel;
  isoCode: string | null;
  /**
   * The latest contact held with the partner or anything below it (the one whose days
   * end last): its (first) day and precision; null when never.
   */
  lastContactAt: CalendarDay | null;
  lastContactPrecision: TDatePrecision | null;
};

export type TExpiringAgreement = {
  agreementId: string;
  title: string;
  stage: TAgreementStage;
  expiresAt: CalendarDay;
  partners: TSignalPartner[];
};

export type TOverduePlanItem = {
  id: string;
  title: string;
  dueDate: CalendarDay;
  status: TTaskStatus;
  responsible: string | null;
  agreement: { id: string; title: string };
};

export type TDashboardSignals = {
  noContactPartners: TNoContactPartner[];
  expiringAgreements: TExpiringAgreement[];
  overduePlanItems: TOverduePlanItem[];
};
