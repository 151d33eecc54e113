// One ordered stream of what happened and what is planned: contacts, agreement stage
// changes, events, and each stop of a tour.
import { z } from "zod";
import type { TAgreementStage, TDirection, TEventKind, TEventStatus, TInteractionKind } from "./enums.ts";
import { ZDashboardFilter } from "./dashboard.ts";

export const ZTimelineInput = z.object({
  /** Without from/to the window is 12 months back to 12 months ahead. */
  filter: ZDashboardFilter.default({}),
  limit: z.number().int().min(1).max(2000).default(500),
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

/** `truncated`: more items matched than `limit`; narrow the filter to see the rest. */
export type TTimeline = { items: TTimelineItem[]; truncated: boolean; from: Date; to: Date };
