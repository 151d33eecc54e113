// Where everything goes on the drawn axis: pure geometry, no React. The axis draws the
// server's summary (see summarizeTimeline): each lane (contacts, agreements, events,
// tours) has a row of cells, one per week or month, shaded by how many items fall in it
// and numbered where the number fits; under it a row of marks for the items sent one by
// one (the important ones, and those of sparse buckets); under that, rows of labels.
// Labels are placed first-fit, important items first, with real text widths (measured by
// the caller), so no two overlap and none is cut: a label that does not fit whole is
// tried in its short form (the name in «quotes») and otherwise left out; its mark keeps
// the full title on hover and focus. Tours get tracks of their own, so two tours at the
// same time do not draw over each other.
import { addDays, addMonths, dayToUtcDate, type CalendarDay } from "@atlas/shared/calendar-day";
import type { TTimelineLane } from "@atlas/shared/timeline";
import type { SummaryItem, TimelineSummary } from "../hooks/timeline-queries.ts";
import { compareItems, dayEnd, dayStart, hasDate, isVague, periodOfItem, type DatedItem } from "./item-dates.ts";

export type LaneId = TTimelineLane;
export const laneOrder: LaneId[] = ["contacts", "agreements", "events", "tours"];

export const AXIS_TOP = 44;
const LANE_HEADER = 18;
const CELL_ROW = 22;
const MARK_ROW = 18;
const LABEL_ROW = 16;
const LANE_GAP = 8;
const LABEL_ROWS: Record<LaneId, number> = { contacts: 2, agreements: 2, events: 2, tours: 2 };
const MAX_TOUR_TRACKS = 3;
export const PAD_X = 14;
/** Space kept clear between two labels on one row. */
const LABEL_GAP = 10;

export function laneOf(item: { kind: SummaryItem["kind"] }): LaneId {
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

/** The Monday of a day's week (ISO weeks, as PostgreSQL's date_trunc('week') counts them). */
export function weekOf(day: CalendarDay): CalendarDay {
  const weekday = (dayToUtcDate(day).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

/** The bucket a day belongs to, and the first day of the next one. */
export function bucketOf(day: CalendarDay, unit: "week" | "month"): CalendarDay {
  return unit === "week" ? weekOf(day) : `${day.slice(0, 7)}-01`;
}
export const bucketAfter = (start: CalendarDay, unit: "week" | "month"): CalendarDay => (unit === "week" ? addDays(start, 7) : addMonths(start, 1));

/**
 * The bucket an item is counted in, as the server counts it: its first day's, when its
 * date is no vaguer than the bucket; null for a quarter or a year (and a month by week).
 */
export function itemBucket(item: DatedItem, unit: "week" | "month"): CalendarDay | null {
  const p = item.datePrecision;
  if (p === "QUARTER" || p === "YEAR" || (p === "MONTH" && unit === "week")) return null;
  return bucketOf(item.date, unit);
}

/** The name in «quotes» of a title, the short form a label falls back to. */
export function shortLabel(text: string): string | null {
  const quoted = /«([^»]{2,40})»/.exec(text)?.[1];
  return quoted && quoted !== text ? `«${quoted}»` : null;
}

export type PlacedLabel = { text: string; x: number; y: number; width: number };
/** `x2`: where the bar of a month, quarter or year ends (null for a day, drawn as a mark at x). */
export type PlacedMark = { item: DatedItem & SummaryItem; x: number; x2: number | null; y: number; label: PlacedLabel | null };
export type TourRoute = { recordId: string; title: string; x1: number; x2: number; y: number };
export type LaneBox = { id: LaneId; top: number; height: number; cellY: number; markY: number; total: number; unbucketed: number };
export type Cell = {
  lane: LaneId;
  start: CalendarDay;
  end: CalendarDay;
  x: number;
  width: number;
  y: number;
  count: number;
  shown: number;
  level: number;
  text: string | null;
};
export type Tick = { date: Date; x: number; label: string | null; major: boolean };

export type Layout = {
  width: number;
  height: number;
  lanes: LaneBox[];
  cells: Cell[];
  marks: PlacedMark[];
  tours: TourRoute[];
  ticks: Tick[];
  todayX: number | null;
  x: (date: Date) => number;
};

/** The spans already taken on each label row. */
type Fit = { rows: Array<Array<[number, number]>> };
const newFit = (rows: number): Fit => ({ rows: Array.from({ length: rows }, () => []) });

/** First row where [x, x+w] clears every label already there (and stays inside the axis); null when none does. */
function fitLabel(fit: Fit, x: number, w: number, width: number): { row: number; x: number } | null {
  if (w > width - PAD_X) return null;
  const lx = Math.max(PAD_X / 2, Math.min(x - 3, width - PAD_X / 2 - w));
  for (let row = 0; row < fit.rows.length; row++) {
    const taken = fit.rows[row]!;
    if (taken.every(([a, b]) => lx + w + LABEL_GAP <= a || lx >= b + LABEL_GAP)) {
      taken.push([lx, lx + w]);
      return { row, x: lx };
    }
  }
  return null;
}

/** Important first; among them records before visits (a visit is the commonest important item); then by day. */
const labelPriority = (a: DatedItem & SummaryItem, b: DatedItem & SummaryItem) =>
  Number(b.important) - Number(a.important) || Number(a.kind === "interaction") - Number(b.kind === "interaction") || compareItems(a, b);

export function layoutTimeline(options: {
  summary: TimelineSummary;
  today: CalendarDay;
  width: number;
  /** The label's text in full; a short form is tried when it does not fit. */
  labelOf: (item: SummaryItem) => string;
  /** The width in px of a label as drawn. */
  measure: (text: string) => number;
  tickLabel: (date: Date, unit: "month" | "year", withYear: boolean) => string;
  countText: (count: number) => string;
}): Layout {
  const { summary, today, width, labelOf, measure } = options;
  const items = summary.items.filter((i): i is DatedItem & SummaryItem => hasDate(i));
  let from = dayStart(summary.from).getTime();
  let to = dayEnd(summary.to).getTime();
  if (to <= from) {
    from -= 15 * 86_400_000;
    to += 15 * 86_400_000;
  }
  const span = to - from;
  const inner = Math.max(1, width - 2 * PAD_X);
  const x = (date: Date) => PAD_X + ((Math.min(Math.max(date.getTime(), from), to) - from) / span) * inner;
  // A day is a point at its start; a month, quarter or year a bar over the whole period.
  const at = (item: DatedItem) => x(dayStart(periodOfItem(item).first));
  const barEnd = (item: DatedItem) => (isVague(item) ? x(dayEnd(periodOfItem(item).last)) : null);
  const reachOf = (item: DatedItem) => barEnd(item) ?? at(item);

  const byLane: Record<LaneId, Array<DatedItem & SummaryItem>> = { contacts: [], agreements: [], events: [], tours: [] };
  for (const item of items) byLane[laneOf(item)].push(item);

  /** A label for an item: the full text if it fits somewhere, else the short form, else none. */
  const place = (fit: Fit, item: DatedItem & SummaryItem, ix: number, y: number): PlacedLabel | null => {
    const full = labelOf(item);
    for (const text of [full, shortLabel(full)]) {
      if (!text) continue;
      const w = measure(text);
      const spot = fitLabel(fit, ix, w, width);
      if (spot) return { text, x: spot.x, y: y + MARK_ROW / 2 + (spot.row + 1) * LABEL_ROW - 3, width: w };
    }
    return null;
  };

  // Tours: stops grouped by tour, each tour on the first track it fits on.
  const tourStops = new Map<string, Array<DatedItem & SummaryItem>>();
  for (const stop of byLane.tours) tourStops.set(stop.recordId, [...(tourStops.get(stop.recordId) ?? []), stop]);
  const tourList = [...tourStops.values()].map((stops) => stops.sort((a, b) => (a.kind === "tourStop" && b.kind === "tourStop" ? a.position - b.position : 0)));
  tourList.sort((a, b) => compareItems(a[0]!, b[0]!));
  const trackEnds: number[] = [];
  const trackOf = new Map<string, number>();
  for (const stops of tourList) {
    const x1 = Math.min(...stops.map(at));
    const x2 = Math.max(...stops.map(reachOf));
    let track = trackEnds.findIndex((end) => x1 > end + 12);
    if (track === -1) track = trackEnds.length < MAX_TOUR_TRACKS ? trackEnds.length : MAX_TOUR_TRACKS - 1;
    trackEnds[track] = Math.max(trackEnds[track] ?? 0, x2);
    trackOf.set(stops[0]!.recordId, track);
  }

  const lanes: LaneBox[] = [];
  const cells: Cell[] = [];
  const marks: PlacedMark[] = [];
  const tours: TourRoute[] = [];
  let top = AXIS_TOP + 8;
  for (const id of laneOrder) {
    const lane = summary.lanes.find((l) => l.lane === id) ?? { lane: id, total: 0, buckets: [], unbucketed: 0 };
    const tracks = id === "tours" ? Math.max(1, trackEnds.length) : 1;
    const trackHeight = MARK_ROW + LABEL_ROWS[id] * LABEL_ROW;
    const height = LANE_HEADER + CELL_ROW + tracks * trackHeight;
    const cellY = top + LANE_HEADER;
    const markY = cellY + CELL_ROW + MARK_ROW / 2;
    lanes.push({ id, top, height, cellY, markY, total: lane.total, unbucketed: lane.unbucketed });

    // Cells: shaded on a square-root scale, so a quiet month still shows beside a busy one.
    const shown = new Map<string, number>();
    for (const item of byLane[id]) {
      const b = itemBucket(item, summary.bucket);
      if (b) shown.set(b, (shown.get(b) ?? 0) + 1);
    }
    const max = Math.max(1, ...lane.buckets.map((b) => b.count));
    for (const b of lane.buckets) {
      const end = bucketAfter(b.start, summary.bucket);
      const x1 = x(dayStart(b.start));
      const x2 = x(dayStart(end));
      const text = options.countText(b.count);
      const w = Math.max(2, x2 - x1 - 1);
      cells.push({
        lane: id,
        start: b.start,
        end: addDays(end, -1),
        x: x1,
        width: w,
        y: cellY,
        count: b.count,
        shown: shown.get(b.start) ?? 0,
        level: Math.sqrt(b.count / max),
        text: measure(text) + 6 <= w ? text : null,
      });
    }

    if (id === "tours") {
      const fits: Fit[] = Array.from({ length: tracks }, () => newFit(LABEL_ROWS.tours));
      for (const stops of tourList) {
        const track = trackOf.get(stops[0]!.recordId) ?? 0;
        const y = markY + track * trackHeight;
        const placed = stops.map((stop) => ({ item: stop, x: at(stop), x2: barEnd(stop), y, label: place(fits[track]!, stop, at(stop), y) }));
        marks.push(...placed);
        tours.push({
          recordId: stops[0]!.recordId,
          title: stops[0]!.title,
          x1: Math.min(...placed.map((p) => p.x)),
          x2: Math.max(...placed.map((p) => p.x2 ?? p.x)),
          y,
        });
      }
    } else {
      const fit = newFit(LABEL_ROWS[id]);
      const labels = new Map<string, PlacedLabel>();
      for (const item of [...byLane[id]].sort(labelPriority)) {
        const label = place(fit, item, at(item), markY);
        if (label) labels.set(item.id, label);
      }
      for (const item of [...byLane[id]].sort(compareItems)) marks.push({ item, x: at(item), x2: barEnd(item), y: markY, label: labels.get(item.id) ?? null });
    }
    top += height + LANE_GAP;
  }

  const todayAt = dayStart(today).getTime();
  return {
    width,
    height: top,
    lanes,
    cells,
    marks,
    tours,
    ticks: ticksFor(from, to, inner, x, options.tickLabel, measure),
    todayX: todayAt >= from && todayAt <= to ? x(new Date(todayAt)) : null,
    x,
  };
}

/** Month ticks, labelled as often as their labels fit side by side. */
function ticksFor(
  from: number,
  to: number,
  inner: number,
  x: (d: Date) => number,
  label: (date: Date, unit: "month" | "year", withYear: boolean) => string,
  measure: (text: string) => number,
): Tick[] {
  const months = (to - from) / (30.44 * 86_400_000);
  const pxPerMonth = inner / Math.max(months, 0.1);
  const ticks: Tick[] = [];
  const start = new Date(from);
  let y = start.getUTCFullYear();
  let m = start.getUTCMonth() + (Date.UTC(y, start.getUTCMonth(), 1) === from ? 0 : 1);
  let labelledOnce = false;
  let lastEnd = -Infinity;
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
    const tx = x(date);
    // A tick label that would run into the previous one is dropped (the tick stays).
    if (text && tx + 3 < lastEnd + 6) text = null;
    if (draw) ticks.push({ date, x: tx, label: text, major: isYear || text !== null });
    if (text) {
      labelledOnce = true;
      lastEnd = tx + 3 + measure(text);
    }
    m += 1;
  }
  return ticks;
}
