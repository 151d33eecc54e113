// The days an item stands for. An exact or approximate day is a point; a month, quarter
// or year is its whole period (drawn as a bar, listed under that period), never its
// first day. A tour stop may have no date: it is not on the axis, only in its tour's list.
import { addDays, dayToUtcDate, periodOf, type CalendarDay, type DayPeriod, type TDatePrecision } from "@atlas/shared/calendar-day";
import type { TimelineItem } from "../hooks/timeline-queries.ts";

export type DatedItem = TimelineItem & { date: CalendarDay; datePrecision: TDatePrecision };

export const hasDate = (item: TimelineItem): item is DatedItem => item.date !== null && item.datePrecision !== null;

const vague = new Set<TDatePrecision>(["MONTH", "QUARTER", "YEAR"]);

/** A month, quarter or year rather than a day. */
export const isVague = (item: DatedItem): boolean => vague.has(item.datePrecision);

/** The period the item's date stands for (a day is itself). */
export function periodOfItem(item: DatedItem): DayPeriod {
  return periodOf(item.date, item.datePrecision);
}

/** The instant the axis puts a day at: its UTC midnight, so no viewer's zone moves it. */
export const dayStart = (day: CalendarDay): Date => dayToUtcDate(day);
/** The instant a day ends on the axis (the next day's start). */
export const dayEnd = (day: CalendarDay): Date => dayToUtcDate(addDays(day, 1));

/** Order on the axis and in the list: by first day, then kind and id (as the server sorts). */
export function compareItems(a: DatedItem, b: DatedItem): number {
  const pa = periodOfItem(a).first;
  const pb = periodOfItem(b).first;
  return pa < pb ? -1 : pa > pb ? 1 : a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id);
}

/** The last day given for a contact or an event over several days (null for one day or a vague date, whose period says it). */
export const endOf = (item: TimelineItem): CalendarDay | null => (item.datePrecision === "DAY" || item.datePrecision === "APPROXIMATE" ? item.endsAt : null);

/** Still ahead of today: it has not begun yet. */
export const isPlanned = (item: DatedItem, today: CalendarDay): boolean => periodOfItem(item).first > today;
