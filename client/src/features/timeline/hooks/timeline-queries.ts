// The timeline's data: two requests under the same filter. The axis asks the server for
// a summary of the window (counts per week or month and the items that matter; see
// summarizeTimeline), so it costs the same at 5,000 meetings as at 100,000. The list
// below the axis asks for one month at a time: a month of a busy region is about 150
// records, a year 1,500.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { inferOutput } from "@trpc/tanstack-react-query";
import { addDays, addMonths, maxOfDays, minOfDays, type CalendarDay } from "@atlas/shared/calendar-day";
import { trpc } from "../../../lib/trpc.ts";
import { dashboardFilter, withPeriod } from "../../../lib/dashboard-search.ts";
import { viewOf, zoomWindow, type TTimelineSearch } from "./timeline-search.ts";

/**
 * Items carry calendar days with the precision of their source (a month is its first and
 * last day plus MONTH, never a day to show); a tour stop may have no date at all (null)
 * and keeps its place on the route.
 */
export type Timeline = inferOutput<typeof trpc.timeline.list>;
export type TimelineItem = Timeline["items"][number];
export type TimelineSummary = inferOutput<typeof trpc.timeline.summary>;
export type SummaryItem = TimelineSummary["items"][number];

/** At most this many records of one month come to the list (a month of a large register can hold more). */
export const MONTH_LIMIT = 600;

/** The summary's input for the view in the URL. */
export function summaryInput(search: TTimelineSearch, today: CalendarDay) {
  const view = viewOf(search);
  const filter = dashboardFilter(search);
  if (view.kind === "period") return { filter, all: false };
  const window = zoomWindow(view.zoom, view.at ?? today);
  return window ? { filter: withPeriod(filter, window.from, window.to), all: false } : { filter, all: true };
}

export function useTimelineSummary(search: TTimelineSearch, today: CalendarDay) {
  return useQuery(trpc.timeline.summary.queryOptions(summaryInput(search, today), { placeholderData: keepPreviousData }));
}

/** One month of the list ("YYYY-MM"), under the same filter (its own period aside: the month is the period). */
export function useTimelineMonth(search: TTimelineSearch, month: string) {
  const base = dashboardFilter(search);
  // Within a period from the filter bar, the month's part of it.
  const first = maxOfDays(`${month}-01`, base.from ?? `${month}-01`);
  const last = minOfDays(addDays(addMonths(`${month}-01`, 1), -1), base.to ?? "2100-12-31");
  const filter = withPeriod(base, first, last < first ? first : last);
  return useQuery(trpc.timeline.list.queryOptions({ filter, limit: MONTH_LIMIT }, { placeholderData: keepPreviousData }));
}
