// The timeline's data: two requests under the same filter and window. Agreements'
// stage changes, events and tour stops are few and come whole; contacts can be
// thousands, so at most CONTACT_LIMIT of them come, the latest kept, and the page
// says how many more there are; their count by month is drawn as density.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { inferOutput } from "@trpc/tanstack-react-query";
import type { CalendarDay } from "@atlas/shared/calendar-day";
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

export const CONTACT_LIMIT = 1500;
export const RECORD_LIMIT = 2000;

function input(search: TTimelineSearch, today: CalendarDay) {
  const view = viewOf(search);
  const filter = dashboardFilter(search);
  if (view.kind === "period") return { filter, all: false };
  const window = zoomWindow(view.zoom, today);
  return window ? { filter: withPeriod(filter, window.from, window.to), all: false } : { filter, all: true };
}

export function useTimeline(search: TTimelineSearch, today: CalendarDay) {
  const base = input(search, today);
  const records = useQuery(
    trpc.timeline.list.queryOptions(
      { ...base, kinds: ["stageChange", "event", "tourStop"], limit: RECORD_LIMIT },
      { placeholderData: keepPreviousData },
    ),
  );
  const contacts = useQuery(
    trpc.timeline.list.queryOptions(
      { ...base, kinds: ["interaction"], limit: CONTACT_LIMIT, keep: "last", byMonth: true },
      { placeholderData: keepPreviousData },
    ),
  );
  return { records, contacts };
}

/** Countries for the filter bar (ISO codes), a reference list that rarely changes. */
export function useCountryOptions() {
  return useQuery(
    trpc.partner.list.queryOptions(
      { filter: { levels: ["COUNTRY"] }, sort: { field: "name", direction: "asc" }, limit: 500 },
      {
        staleTime: 10 * 60_000,
        select: (page) => page.items.filter((p) => p.isoCode && /^[A-Z]{2}$/.test(p.isoCode)).map((p) => ({ code: p.isoCode as string, name: p.name })),
      },
    ),
  );
}
