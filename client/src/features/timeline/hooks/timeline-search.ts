// The timeline's place in the URL: the shared dashboard filter (same params as Overview
// and Map) plus `zoom`, how much of the axis around today is shown. A period chosen in
// the filter bar is itself the view: while from/to are set, `zoom` is dropped, and a
// zoom button drops from/to, so the address always says what is on screen.
import { addMonths, type CalendarDay } from "@atlas/shared/calendar-day";
import { parseDashboardSearch, type TDashboardSearch } from "../../../lib/dashboard-search.ts";

export const zooms = ["3m", "1y", "3y", "all"] as const;
export type TZoom = (typeof zooms)[number];
export const DEFAULT_ZOOM: TZoom = "1y";

export type TTimelineSearch = TDashboardSearch & { zoom?: TZoom };

export function parseTimelineSearch(raw: Record<string, unknown>): TTimelineSearch {
  const search: TTimelineSearch = parseDashboardSearch(raw);
  if (!search.from && !search.to && typeof raw.zoom === "string" && (zooms as readonly string[]).includes(raw.zoom) && raw.zoom !== DEFAULT_ZOOM) {
    search.zoom = raw.zoom as TZoom;
  }
  return search;
}

/** What the timeline shows: a zoom level around today, or the filter's period. */
export type TView = { kind: "zoom"; zoom: TZoom } | { kind: "period" };

export function viewOf(search: TTimelineSearch): TView {
  return search.from || search.to ? { kind: "period" } : { kind: "zoom", zoom: search.zoom ?? DEFAULT_ZOOM };
}

/** The filter part only (for links to Overview and Map, which know no zoom). */
export function dashboardPart(search: TTimelineSearch): TDashboardSearch {
  const { zoom: _zoom, ...rest } = search;
  return rest;
}

/** Months back and ahead of today for each zoom; `all` has no window. */
const spans: Record<Exclude<TZoom, "all">, [number, number]> = { "3m": [2, 1], "1y": [9, 3], "3y": [30, 6] };

/** The zoom's window around `today` (the home region's day), both ends included, or null for all time. */
export function zoomWindow(zoom: TZoom, today: CalendarDay): { from: CalendarDay; to: CalendarDay } | null {
  if (zoom === "all") return null;
  const [back, ahead] = spans[zoom];
  return { from: addMonths(today, -back), to: addMonths(today, ahead) };
}
