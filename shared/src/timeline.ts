// One ordered stream of what happened and what is planned: contacts, agreement stage
// changes, events, and each stop of a tour.
import { z } from "zod";
import type { CalendarDay, TDatePrecision } from "./calendar-day.ts";
import type { TAgreementStage, TDirection, TEventKind, TEventStatus, TInteractionKind } from "./enums.ts";
import { ZDashboardFilter } from "./dashboard.ts";

export const timelineKinds = ["interaction", "stageChange", "event", "tourStop"] as const;

export const ZTimelineInput = z.object({
  /** Without from/to the window is 12 months back to 12 months ahead (see `all`). */
  filter: ZDashboardFilter.default({}),
  limit: z.number().int().min(1).max(2000).default(500),
  /** Only these kinds of items (all four when absent). */
  kinds: z.array(z.enum(timelineKinds)).min(1).max(timelineKinds.length).optional(),
  /** Over the limit, keep the earliest items ("first", the default) or the latest ("last"). */
  keep: z.enum(["first", "last"]).default("first"),
  /** No default window: an end the filter does not give is open (all time). */
  all: z.boolean().default(false),
  /** Also count every matching item by calendar month, beyond the limit (see TTimeline.months). */
  byMonth: z.boolean().default(false),
});
export type TTimelineInput = z.input<typeof ZTimelineInput>;

export type TTimelinePartner = { id: string; name: string };

/**
 * Every item carries its days so the client can draw it as a span and print it as
 * precisely as it is known: `startsAt` is its (first) day, `endsAt` its last day when
 * it covers more than one (a visit over several days, or the month, quarter or year of
 * a vague date: «декабрь 2024 г.» is 2024-12-01..2024-12-31 with datePrecision MONTH),
 * else null. `date` is the day the item is placed at on the axis (= startsAt).
 */
type Dated = {
  date: CalendarDay;
  startsAt: CalendarDay;
  endsAt: CalendarDay | null;
  datePrecision: TDatePrecision;
};

type Base = {
  /** The row's own id (an interaction, a stage change, an event, a tour stop). */
  id: string;
  /** The record to open: the interaction, agreement or event. */
  recordId: string;
  title: string;
  partners: TTimelinePartner[];
};

export type TTimelineInteraction = Base &
  Dated & {
    kind: "interaction";
    subtype: TInteractionKind;
    direction: TDirection | null;
    place: string | null;
  };
export type TTimelineStageChange = Base &
  Dated & {
    kind: "stageChange";
    /** The stage reached. */
    subtype: TAgreementStage;
    fromStage: TAgreementStage | null;
  };
/** An event without stops; a tour with stops appears as its stops instead. */
export type TTimelineEvent = Base &
  Dated & {
    kind: "event";
    subtype: TEventKind;
    status: TEventStatus;
    place: string | null;
  };
/**
 * One stop of a tour. A stop the source gives no day for has `date`, `startsAt`,
 * `endsAt` and `datePrecision` null: it is not placed on the axis but listed with its
 * tour, in route order (after the dated stop before it, or at the tour's start), and
 * `tour` gives the tour's own days to show it within.
 */
export type TTimelineTourStop = Base & {
  kind: "tourStop";
  date: CalendarDay | null;
  startsAt: CalendarDay | null;
  endsAt: CalendarDay | null;
  datePrecision: TDatePrecision | null;
  /** The tour's kind (normally TOUR) and status. */
  subtype: TEventKind;
  status: TEventStatus;
  place: string;
  position: number;
  tour: { startsAt: CalendarDay; endsAt: CalendarDay | null; datePrecision: TDatePrecision };
};

export type TTimelineItem = TTimelineInteraction | TTimelineStageChange | TTimelineEvent | TTimelineTourStop;
export type TTimelineKind = TTimelineItem["kind"];

/**
 * `truncated`: more items matched than `limit`; narrow the filter to see the rest.
 * `total`: how many items matched in all. `from`/`to`: the window (days); with `all`
 * and an open end, the first/last item's day (the home region's today when nothing
 * matched). Items are in the window when their days overlap it; an undated tour stop
 * when its tour's days do.
 */
export type TTimeline = {
  items: TTimelineItem[];
  truncated: boolean;
  total: number;
  from: CalendarDay;
  to: CalendarDay;
  /**
   * With `byMonth`: months that have items, in order, "YYYY-MM"; otherwise null. Items
   * dated to a day or a month count in their (first) month; those known only to a
   * quarter or year, and undated tour stops, belong to no one month and are left out
   * (never filed under the first month of their period), so the counts may sum to less
   * than `total`.
   */
  months: TTimelineMonth[] | null;
};
export type TTimelineMonth = { month: string; count: number };

// ---------------------------------------------------------------------------------
// The summary: what the drawn axis needs at any volume. A region logs about 1,500
// contacts a year (100,000 in a large register), far more than an axis can show as
// marks, so the server counts each lane by week or month and sends individual items
// only where they matter or where a bucket holds so few that a count would hide them.

export const timelineLanes = ["contacts", "agreements", "events", "tours"] as const;
export type TTimelineLane = (typeof timelineLanes)[number];

/**
 * What makes an item «important»: it is always sent as itself (not only counted) and
 * keeps its label on the axis whatever else competes for the space. The one place this
 * is defined; the server builds its SQL from it.
 * - an agreement reaching SIGNED (a signing is the event the whole register exists for);
 * - a forum (the region's own set pieces, such as «Горизонт 2050»);
 * - every stop of a tour (a tour is read as its route; a stop alone means nothing);
 * - a visit at the highest level: a VISIT whose partners include a state (level COUNTRY),
 *   i.e. an ambassador's or a national delegation's, not a district's.
 */
export const timelineImportance = {
  signedStages: ["SIGNED"],
  eventKinds: ["FORUM"],
  tourStops: true,
  visitKinds: ["VISIT"],
  visitPartnerLevels: ["COUNTRY"],
} as const;

/** A bucket with at most this many items sends them as items: three marks read better than «3». */
export const TIMELINE_SPARSE_BUCKET = 3;
/**
 * At most this many items in one summary (important ones first). It bounds the response
 * and the page whatever the volume: 100,000 meetings or 5,000, the axis gets the same
 * handful of marks and the rest as counts.
 */
export const TIMELINE_SUMMARY_ITEMS = 240;
/** Windows up to this many days are counted by week, longer ones by month. */
export const TIMELINE_WEEK_BUCKETS_UP_TO_DAYS = 120;

export const ZTimelineSummaryInput = z.object({
  /** The window is the filter's period (the client sends the zoom's window as from/to). */
  filter: ZDashboardFilter.default({}),
  /** No window: the ends the filter leaves open are the first and last item's days. */
  all: z.boolean().default(false),
});
export type TTimelineSummaryInput = z.input<typeof ZTimelineSummaryInput>;

/** `start`: the bucket's first day (a Monday for weeks, the 1st for months). */
export type TTimelineBucket = { start: CalendarDay; count: number };

export type TTimelineLaneSummary = {
  lane: TTimelineLane;
  /** Every item of the lane in the window. */
  total: number;
  /** Only buckets with items, in order. */
  buckets: TTimelineBucket[];
  /**
   * Items whose date is vaguer than a bucket (a quarter or a year; a month when counting
   * by week): they belong to no one bucket, so they are counted here, never filed under
   * the first bucket of their period. Important ones come as items (drawn as spans).
   */
  unbucketed: number;
};

export type TTimelineSummaryItem = TTimelineItem & { important: boolean };

export type TTimelineSummary = {
  from: CalendarDay;
  to: CalendarDay;
  bucket: "week" | "month";
  lanes: TTimelineLaneSummary[];
  /** Important items and the items of sparse buckets, by day; dated items only. */
  items: TTimelineSummaryItem[];
  /** More items qualified than TIMELINE_SUMMARY_ITEMS: the latest routine ones stayed counts. */
  truncated: boolean;
};
