// One ordered stream of what happened and what is planned: contacts, agreement stage
// changes, events, and each stop of a tour.
import { z } from "zod";
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
  /** Also count every matching item by calendar month (UTC), beyond the limit. */
  byMonth: z.boolean().default(false),
});
export type TTimelineInput = z.input<typeof ZTimelineInput>;

export type TTimelinePartner = { id: string; name: string };

type Base = {
  /** The row's own id (an interaction, a stage change, an event, a tour stop). */
  id: string;
  /** The record to open: the interaction, agreement or event. */
  recordId: string;
  date: Date;
  title: string;
  partners: TTimelinePartner[];
};

export type TTimelineInteraction = Base & {
  kind: "interaction";
  endDate: Date | null;
  subtype: TInteractionKind;
  direction: TDirection | null;
  place: string | null;
};
export type TTimelineStageChange = Base & {
  kind: "stageChange";
  /** The stage reached. */
  subtype: TAgreementStage;
  fromStage: TAgreementStage | null;
};
/** An event without stops; a tour with stops appears as its stops instead. */
export type TTimelineEvent = Base & {
  kind: "event";
  endDate: Date | null;
  subtype: TEventKind;
  status: TEventStatus;
  place: string | null;
};
export type TTimelineTourStop = Base & {
  kind: "tourStop";
  /** The tour's kind (normally TOUR) and status. */
  subtype: TEventKind;
  status: TEventStatus;
  place: string;
  position: number;
};

export type TTimelineItem = TTimelineInteraction | TTimelineStageChange | TTimelineEvent | TTimelineTourStop;
export type TTimelineKind = TTimelineItem["kind"];

/**
 * `truncated`: more items matched than `limit`; narrow the filter to see the rest.
 * `total`: how many items matched in all. `from`/`to`: the window; with `all` and an
 * open end, the first/last item's date (now when nothing matched).
 */
export type TTimeline = {
  items: TTimelineItem[];
  truncated: boolean;
  total: number;
  from: Date;
  to: Date;
  /** With `byMonth`: months that have items, in order, "YYYY-MM" (UTC); otherwise null. */
  months: TTimelineMonth[] | null;
};
export type TTimelineMonth = { month: string; count: number };
