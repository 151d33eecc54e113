// The overview's data: three procedures, which the batch link sends as one request.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { inferOutput } from "@trpc/tanstack-react-query";
import { trpc } from "../../../lib/trpc.ts";
import { addDays } from "@atlas/shared/calendar-day";
import { dashboardFilter, withPeriod, type TDashboardSearch } from "../../../lib/dashboard-search.ts";
import { useHomeToday } from "../../../lib/home-today.ts";

export type DashboardSummary = inferOutput<typeof trpc.dashboard.summary>;
export type DashboardSignals = inferOutput<typeof trpc.dashboard.signals>;
export type TimelineItem = inferOutput<typeof trpc.timeline.list>["items"][number];

/** How far ahead "what's next" looks. */
export const COMING_DAYS = 180;
export const NO_CONTACT_MONTHS = 6;
export const EXPIRING_DAYS = 90;

export function useOverviewSummary(search: TDashboardSearch) {
  return useQuery(trpc.dashboard.summary.queryOptions({ filter: dashboardFilter(search) }, { placeholderData: keepPreviousData }));
}

export function useOverviewSignals(search: TDashboardSearch) {
  return useQuery(
    trpc.dashboard.signals.queryOptions(
      { filter: dashboardFilter(search), noContactMonths: NO_CONTACT_MONTHS, expiringWithinDays: EXPIRING_DAYS },
      { placeholderData: keepPreviousData },
    ),
  );
}

/**
 * Coming events and tour stops: the filter's sectors, partners and text, but always from
 * the home region's today on (a day, so the query key stays the same all day). An event
 * known only to its month is in it while the month overlaps the window.
 */
export function useComingUp(search: TDashboardSearch) {
  const from = useHomeToday();
  const to = addDays(from, COMING_DAYS - 1);
  return useQuery(
    trpc.timeline.list.queryOptions(
      { filter: withPeriod(dashboardFilter(search), from, to), limit: 300 },
      {
        placeholderData: keepPreviousData,
        select: (data) => data.items.filter((item) => (item.kind === "event" || item.kind === "tourStop") && item.status !== "CANCELLED"),
      },
    ),
  );
}
