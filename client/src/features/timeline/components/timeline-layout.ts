// Where everything goes on the axis: pure geometry, no React. Items sit in four lanes
// (contacts, agreements, events, tours); each lane has a row of marks and rows of
// labels below it, filled first-fit from the left so labels never overlap (an item
// whose label does not fit keeps its mark and tooltip). Tours get tracks of their own,
// so two tours at the same time do not draw over each other.
import type { CalendarDay } from "@atlas/shared/calendar-day";
import type { TimelineItem } from "../hooks/timeline-queries.ts";
import { compareItems, dayEnd, dayStart, hasDate, isVague, periodOfItem, type DatedItem } from "./item-dates.ts";

export type LaneId = "contacts" | "agreements" | "events" | "tours";
export const laneOrder: LaneId[] = ["contacts", "agreements", "events", "tours"];

export const AXIS_TOP = 50;
const LANE_HEADER = 20;
const MARK_ROW = 18;
const LABEL_ROW = 16;
const LANE_GAP = 10;
const LABEL_ROWS: Record<LaneId, number> = { contacts: 3, agreements: 2, events: 2, tours: 2 };
const MAX_TOUR_TRACKS = 4;
const PAD_X = 14;
const MAX_LABEL = 26;

export function laneOf(item: TimelineItem): LaneId {
  switch (item.kind) {
    case "interaction":
      return "contacts";
    case "stageChange":
      return "agreements";
    case "event":
      return "events";
    case "tourStop":
      return "tours";
  }
}

/** Roughly how wide a 12-px label is; generous so that estimates err towards space. */
export function labelWidth(text: string): number {
  return text.length * 7.3 + 6;
}

export function shorten(text: string, max = MAX_LABEL): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

export type PlacedLabel = { text: string; x: number; y: number };
/** `x2`: where the bar of a month, quarter or year ends (null for a day, drawn as a mark at x). */
export type PlacedMark = { item: DatedItem; x: number; x2: number | null; y: number; label: PlacedLabel | null };
export type TourRoute = { recordId: string; title: string; x1: number; x2: number; y: number; stops: PlacedMark[] };
export type LaneBox = { id: LaneId; top: number; height: number; markY: number; count: number };
export type Tick = { date: Date; x: number; label: string | null; major: boolean };

export type Layout = {
  width: number;
  height: number;
  lanes: LaneBox[];
  marks: PlacedMark[];
  tours: TourRoute[];
  ticks: Tick[];
  todayX: number | null;
  x: (date: Date) => number;
};

/** The spans already taken on each label row. */
type Fit = { rows: Array<Array<[number, number]>> };
const newFit = (rows: number): Fit => ({ rows: Array.from({ length: rows }, () => []) });

/** First row where [x, x+w] clears every label already there; null when none does. */
function fitLabel(fit: Fit, x: number, w: number, width: number): { row: number; x: number } | null {
  const lx = Math.max(PAD_X / 2, Math.min(x - 3, width - PAD_X / 2 - w));
  for (let row = 0; row < fit.rows.length; row++) {
    const taken = fit.rows[row]!;
    if (taken.every(([a, b]) => lx + w + 8 <= a || lx >= b + 8)) {
      taken.push([lx, lx + w]);
      return { row, x: lx };
    }
  }
  return null;
}

export function layoutTimeline(options: {
  items: TimelineItem[];
  from: Date;
  to: Date;
  today: CalendarDay;
  width: number;
  labelOf: (item: TimelineItem) => string;
  tickLabel: (date: Date, unit: "month" | "year", withYear: boolean) => string;
}): Layout {
  const { today, width, labelOf } = options;
  // A tour stop without a date has no place on the axis (the list shows it with its tour).
  const items = options.items.filter(hasDate);
  let from = options.from.getTime();
  let to = options.to.getTime();
  if (to <= from) {
    from -= 15 * 86_400_000;
    to += 15 * 86_400_000;
  }
  const span = to - from;
  const inner = Math.max(1, width - 2 * PAD_X);
  const x = (date: Date) => PAD_X + ((date.getTime() - from) / span) * inner;
  // A day is a point at its start; a month, quarter or year a bar over the whole period.
  const at = (item: DatedItem) => x(dayStart(periodOfItem(item).first));
  const barEnd = (item: DatedItem) => (isVague(item) ? x(dayEnd(periodOfItem(item).last)) : null);
  const reachOf = (item: DatedItem) => barEnd(item) ?? at(item);

  const byLane: Record<LaneId, DatedItem[]> = { contacts: [], agreements: [], events: [], tours: [] };
  for (const item of items) byLane[laneOf(item)].push(item);

  // Tours: stops grouped by tour, each tour on the first track it fits on.
  const tourStops = new Map<string, DatedItem[]>();
  for (const stop of byLane.tours) tourStops.set(stop.recordId, [...(tourStops.get(stop.recordId) ?? []), stop]);
  const tourList = [...tourStops.values()].map((stops) => stops.sort((a, b) => (a.kind === "tourStop" && b.kind === "tourStop" ? a.position - b.position : 0)));
  tourList.sort((a, b) => compareItems(a[0]!, b[0]!));
  const trackEnds: number[] = [];
  const trackOf = new Map<string, number>();
  for (const stops of tourList) {
    const x1 = Math.min(...stops.map(at));
    const x2 = Math.max(...stops.map(reachOf));
    const reach = Math.max(x2, x1 + labelWidth(shorten(labelOf(stops[0]!))));
    let track = trackEnds.findIndex((end) => x1 > end + 12);
    if (track === -1) track = trackEnds.length < MAX_TOUR_TRACKS ? trackEnds.length : MAX_TOUR_TRACKS - 1;
    trackEnds[track] = Math.max(trackEnds[track] ?? 0, reach);
    trackOf.set(stops[0]!.recordId, track);
  }

  const lanes: LaneBox[] = [];
  const marks: PlacedMark[] = [];
  const tours: TourRoute[] = [];
  let top = AXIS_TOP + 8;
  for (const id of laneOrder) {
    const tracks = id === "tours" ? Math.max(1, trackEnds.length) : 1;
    const trackHeight = MARK_ROW + LABEL_ROWS[id] * LABEL_ROW;
    const height = LANE_HEADER + tracks * trackHeight;
    const markY = top + LANE_HEADER + MARK_ROW / 2;
    lanes.push({ id, top, height, markY, count: byLane[id].length });

    if (id === "tours") {
      const fits: Fit[] = Array.from({ length: tracks }, () => newFit(LABEL_ROWS.tours));
      for (const stops of tourList) {
        const track = trackOf.get(stops[0]!.recordId) ?? 0;
        const y = markY + track * trackHeight;
        const placed = stops.map((stop) => {
          const sx = at(stop);
          const text = shorten(labelOf(stop), 18);
          const spot = fitLabel(fits[track]!, sx, labelWidth(text), width);
          return { item: stop, x: sx, x2: barEnd(stop), y, label: spot ? { text, x: spot.x, y: y + MARK_ROW / 2 + (spot.row + 1) * LABEL_ROW - 3 } : null };
        });
        marks.push(...placed);
        tours.push({
          recordId: stops[0]!.recordId,
          title: stops[0]!.title,
          x1: Math.min(...placed.map((p) => p.x)),
          x2: Math.max(...placed.map((p) => p.x2 ?? p.x)),
          y,
          stops: placed,
        });
      }
    } else {
      const fit = newFit(LABEL_ROWS[id]);
      // Visits and planned items claim label space before routine contacts.
      const ordered = [...byLane[id]].sort(compareItems);
      const first = id === "contacts" ? ordered.filter((i) => i.kind === "interaction" && i.subtype === "VISIT") : [];
      const placedLabel = new Map<string, PlacedLabel>();
      const firstIds = new Set(first.map((i) => i.id));
      for (const item of [...first, ...ordered.filter((i) => !firstIds.has(i.id))]) {
        const ix = at(item);
        const text = shorten(labelOf(item));
        const spot = fitLabel(fit, ix, labelWidth(text), width);
        if (spot) placedLabel.set(item.id, { text, x: spot.x, y: markY + MARK_ROW / 2 + (spot.row + 1) * LABEL_ROW - 3 });
      }
      for (const item of ordered) marks.push({ item, x: at(item), x2: barEnd(item), y: markY, label: placedLabel.get(item.id) ?? null });
    }
    top += height + LANE_GAP;
  }

  const todayAt = dayStart(today).getTime();
  return { width, height: top, lanes, marks, tours, ticks: ticksFor(from, to, inner, x, options.tickLabel), todayX: todayAt >= from && todayAt <= to ? x(new Date(todayAt)) : null, x };
}

function ticksFor(from: number, to: number, inner: number, x: (d: Date) => number, label: (date: Date, unit: "month" | "year", withYear: boolean) => string): Tick[] {
  const months = (to - from) / (30.44 * 86_400_000);
  const pxPerMonth = inner / Math.max(months, 0.1);
  const ticks: Tick[] = [];
  // The first month start at or after `from`.
  const start = new Date(from);
  let y = start.getUTCFullYear();
  let m = start.getUTCMonth() + (Date.UTC(y, start.getUTCMonth(), 1) === from ? 0 : 1);
  let labelledOnce = false;
  for (;;) {
    if (m > 11) {
      y += 1;
      m = 0;
    }
    const date = new Date(Date.UTC(y, m, 1));
    if (date.getTime() > to) break;
    const isYear = m === 0;
    let text: string | null = null;
    let draw = true;
    if (pxPerMonth >= 52) text = label(date, "month", isYear || !labelledOnce);
    else if (pxPerMonth >= 18) {
      if (m % 3 === 0) text = isYear ? label(date, "year", true) : label(date, "month", !labelledOnce);
    } else {
      draw = pxPerMonth * 3 >= 10 ? m % 3 === 0 : isYear;
      if (isYear) text = label(date, "year", true);
    }
    if (draw) ticks.push({ date, x: x(date), label: text, major: isYear || text !== null });
    if (text) labelledOnce = true;
    m += 1;
  }
  return ticks;
}
