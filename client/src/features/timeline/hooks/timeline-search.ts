// The timeline's place in the URL: the shared dashboard filter (same params as Overview
// and Map) plus the view: `zoom` (how much of the axis is shown), `at` (the day the
// window is anchored on, after panning; today when absent) and `month` (the page of the
// list below the axis; today's month when absent). A period chosen in the filter bar is
// itself the view: while from/to are set, `zoom` and `at` are dropped, and a zoom button
// drops from/to, so the address always says what is on screen.
import { z } from "zod";
import { addDays, addMonths, daysBetween, isCalendarDay, type CalendarDay } from "@atlas/shared/calendar-day";
import { dashboardSearchShape, orderedPeriod, type TDashboardSearch } from "../../../lib/dashboard-search.ts";
import { compactSearch, searchDay, searchOption } from "../../../lib/search-params.ts";

export const zooms = ["3m", "1y", "3y", "all"] as const;
export type TZoom = (typeof zooms)[number];
export const DEFAULT_ZOOM: TZoom = "1y";

export type TTimelineSearch = TDashboardSearch & { zoom?: TZoom; at?: CalendarDay; month?: string };

/** "YYYY-MM" within the supported years; anything else is dropped like any broken value. */
const searchMonth = z
  .unknown()
  .transform((raw) => (typeof raw === "string" && /^\d{4}-(0[1-9]|1[0-2])$/.test(raw) && isCalendarDay(`${raw}-01`) ? raw : undefined))
  .optional();

/** The route's `validateSearch`: a period in the filter replaces the zoom and its anchor; the default zoom stays out of the URL. */
export const ZTimelineSearch = z
  .object({ ...dashboardSearchShape, zoom: searchOption(zooms), at: searchDay, month: searchMonth })
  .transform(({ zoom, at, ...rest }): TTimelineSearch => {
    const search = orderedPeriod(rest);
    const byZoom = !search.from && !search.to;
    return compactSearch({
      ...search,
      zoom: byZoom && zoom !== DEFAULT_ZOOM ? zoom : undefined,
      at: byZoom && zoom !== "all" ? at : undefined,
    });
  });

/** What the timeline shows: a zoom level around a day (today unless panned), or the filter's period. */
export type TView = { kind: "zoom"; zoom: TZoom; at: CalendarDay | null } | { kind: "period" };

export function viewOf(search: TTimelineSearch): TView {
  return search.from || search.to ? { kind: "period" } : { kind: "zoom", zoom: search.zoom ?? DEFAULT_ZOOM, at: search.at ?? null };
}

/** The filter part only (for links to Overview and Map, which know no zoom). */
export function dashboardPart(search: TTimelineSearch): TDashboardSearch {
  const { zoom: _zoom, at: _at, month: _month, ...rest } = search;
  return rest;
}

/**
 * Each zoom's window around its anchor day: [days or months back, ahead]. «3 месяца» and
 * «Год» are centred on the day (what was just done and what comes next weigh the same);
 * «3 года» looks mostly back (two and a half years back, half a year ahead), because
 * plans are rarely made further ahead, and so the stories of the last years (the forum
 * and the tour of December 2024) are on it with today.
 */
const spans: Record<Exclude<TZoom, "all">, { unit: "day" | "month"; back: number; ahead: number }> = {
  "3m": { unit: "day", back: 45, ahead: 45 },
  "1y": { unit: "month", back: 6, ahead: 6 },
  "3y": { unit: "month", back: 30, ahead: 6 },
};

/** The zoom's window around `at`, both ends included, or null for all time. */
export function zoomWindow(zoom: TZoom, at: CalendarDay): { from: CalendarDay; to: CalendarDay } | null {
  if (zoom === "all") return null;
  const { unit, back, ahead } = spans[zoom];
  return unit === "day" ? { from: addDays(at, -back), to: addDays(at, ahead) } : { from: addMonths(at, -back), to: addMonths(at, ahead) };
}

/** One step of panning: a quarter of the window, so what was at the edge stays in sight. */
export function panStep(zoom: TZoom, at: CalendarDay): number {
  const w = zoomWindow(zoom, at);
  return w ? Math.max(7, Math.round((daysBetween(w.from, w.to) + 1) / 4)) : 0;
}

/** The next zoom in (−1, finer) or out (+1, wider) from this one; null past either end. */
export function nextZoom(zoom: TZoom, direction: -1 | 1): TZoom | null {
  return zooms[zooms.indexOf(zoom) + direction] ?? null;
}

/** "YYYY-MM" of a day. */
export const monthOf = (day: CalendarDay): string => day.slice(0, 7);
