// The map's data: the activity summary under the filter, the coming events, the home
// region (where the lines start) and the optional tile layer from configuration.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { inferOutput } from "@trpc/tanstack-react-query";
import { trpc } from "../../../lib/trpc.ts";
import { addDays } from "@atlas/shared/calendar-day";
import { dashboardFilter, withPeriod, type TDashboardSearch } from "../../../lib/dashboard-search.ts";
import { useHomeToday } from "../../../lib/home-today.ts";
import { unwrapAntimeridian, type NamedShape } from "../components/map-shapes.ts";

export type DashboardSummary = inferOutput<typeof trpc.dashboard.summary>;
export type PartnerActivity = DashboardSummary["byPartner"][number];
export type TimelineItem = inferOutput<typeof trpc.timeline.list>["items"][number];

export const MAP_EVENT_DAYS = 180;

export function useMapSummary(search: TDashboardSearch) {
  return useQuery(trpc.dashboard.summary.queryOptions({ filter: dashboardFilter(search) }, { placeholderData: keepPreviousData }));
}

export function useMapConfig() {
  return useQuery(trpc.auth.publicConfig.queryOptions(undefined, { staleTime: Infinity, select: (c) => c.map }));
}

/** The home region: the lines on the map start there. */
export function useHomeRegion() {
  return useQuery(
    trpc.partner.list.queryOptions(
      { filter: { levels: ["REGION"] }, sort: { field: "name", direction: "asc" }, limit: 500 },
      { staleTime: 10 * 60_000, select: (page) => page.items.find((p) => p.isHome) ?? null },
    ),
  );
}

/** Events and tour stops from the home region's today on, MAP_EVENT_DAYS days ahead. */
export function useUpcomingEvents(search: TDashboardSearch) {
  const from = useHomeToday();
  const to = addDays(from, MAP_EVENT_DAYS - 1);
  return useQuery(
    trpc.timeline.list.queryOptions(
      { filter: withPeriod(dashboardFilter(search), from, to), limit: 500 },
      {
        placeholderData: keepPreviousData,
        select: (data) => data.items.filter((item) => (item.kind === "event" || item.kind === "tourStop") && item.status !== "CANCELLED"),
      },
    ),
  );
}

/**
 * Regions' own boundaries (attached by an administrator where the bundled shapes are older
 * than the region), by the code the region layer draws them under: the ISO 3166-2 code,
 * or the partner's id for a region without one.
 */
export function useOwnRegionShapes() {
  return useQuery(
    trpc.partner.boundaries.queryOptions(undefined, {
      staleTime: 10 * 60_000,
      select: (rows) => {
        const features: NamedShape[] = rows.map((r) => ({
          type: "Feature",
          id: regionShapeCode(r),
          properties: { name: "" },
          geometry: structuredClone(r.boundary),
        }));
        // Like the bundled shapes, a ring across 180° is made whole (on a copy: the cache keeps what the server sent).
        return new Map(unwrapAntimeridian({ type: "FeatureCollection", features }).features.map((f) => [String(f.id), f]));
      },
    }),
  );
}

export function regionShapeCode(region: { partnerId: string; isoCode: string | null }): string {
  return region.isoCode?.includes("-") ? region.isoCode : `partner:${region.partnerId}`;
}
