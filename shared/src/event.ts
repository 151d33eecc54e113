import { z } from "zod";
import { isCalendarDay, periodOf, ZDatePrecision, type CalendarDay, type TDatePrecision } from "./calendar-day.ts";
import { listInput, optionalDay, optionalText, requiredText, updateInput, ZCommonFilter, ZDay, ZId, ZLatitude, ZLongitude } from "./common.ts";
import { ZEventKind, ZEventStatus, type TEventKind } from "./enums.ts";
import { ZSourceIds } from "./source.ts";
import type { ErrorKey, ErrorParams } from "./error-keys.ts";

const uniqueIds = z
  .array(ZId)
  .max(100, { error: "validation.atMost" })
  .transform((ids) => [...new Set(ids)]);

/**
 * One stop of a tour; its position on the route is its index in `stops`. A stop may have
 * no date (a release says «посетит 9 стран» before naming Astana's day), or only a month.
 */
export const ZEventStopInput = z.object({
  place: requiredText(300),
  partnerId: ZId.nullish().transform((v) => v ?? null),
  date: optionalDay,
  datePrecision: ZDatePrecision.default("DAY"),
  latitude: ZLatitude.nullish().transform((v) => v ?? null),
  longitude: ZLongitude.nullish().transform((v) => v ?? null),
  notes: optionalText(),
});
export type TEventStopInput = z.input<typeof ZEventStopInput>;

export const ZEventFields = z.object({
  title: requiredText(300),
  kind: ZEventKind,
  status: ZEventStatus.default("PLANNED"),
  /** First day (or the first day of its month, quarter or year: see datePrecision). */
  startsAt: ZDay,
  endsAt: optionalDay,
  datePrecision: ZDatePrecision.default("DAY"),
  place: optionalText(300),
  latitude: ZLatitude.nullish().transform((v) => v ?? null),
  longitude: ZLongitude.nullish().transform((v) => v ?? null),
  description: optionalText(),
  /** The sources that report it (source.find / source.create first); on update, when sent, they replace the set. */
  sourceIds: ZSourceIds.default([]),
  partnerIds: uniqueIds.default([]),
  sectorIds: uniqueIds.default([]),
  stops: z.array(ZEventStopInput).max(100, { error: "validation.tooManyStops" }).default([]),
});

export type EventRuleIssue = { path: Array<string | number>; message: ErrorKey; params?: ErrorParams };

/**
 * The rules that tie an event's fields together: the end is not before the start, only
 * a tour has stops and a tour has at least one, and the stops follow the route in time
 * within the tour's dates. Used by the create schema (so forms show the messages next
 * to the fields) and by the server on the merged record when an update changes part of it.
 */
export function eventRuleIssues(e: {
  kind: TEventKind;
  startsAt: CalendarDay;
  endsAt: CalendarDay | null | undefined;
  datePrecision?: TDatePrecision;
  stops: ReadonlyArray<{ date?: CalendarDay | null; datePrecision?: TDatePrecision }>;
}): EventRuleIssue[] {
  const issues: EventRuleIssue[] = [];
  const precision = e.datePrecision ?? "DAY";
  const span = isCalendarDay(e.startsAt) ? periodOf(e.startsAt, precision) : null;
  const startsAt = span?.first ?? null;
  const givenEnd = isCalendarDay(e.endsAt) ? e.endsAt : null;
  if (startsAt && givenEnd && givenEnd < startsAt) issues.push({ path: ["endsAt"], message: "validation.endsBeforeStart" });
  // The last day the event may cover: its given end, or the end of its month/quarter/year.
  const last = span ? (givenEnd && givenEnd > span.last ? givenEnd : span.last) : null;
  const stops = Array.isArray(e.stops) ? e.stops : [];
  if (e.kind !== "TOUR") {
    if (stops.length > 0) issues.push({ path: ["stops"], message: "validation.stopsOnlyForTours" });
    return issues;
  }
  if (stops.length === 0) issues.push({ path: ["stops"], message: "validation.tourNeedsStop" });
  // Stops without a date keep their place on the route; the dated ones go forward in time.
  let previous: CalendarDay | null = null;
  stops.forEach((stop, i) => {
    const date = stop?.date;
    if (!isCalendarDay(date)) return;
    const period = periodOf(date, stop.datePrecision ?? "DAY");
    if (previous && period.last < previous) {
      issues.push({ path: ["stops", i, "date"], message: "validation.stopBeforePrevious" });
    } else if (startsAt && last && (period.last < startsAt || period.first > last)) {
      issues.push({
        path: ["stops", i, "date"],
        message: "validation.stopOutsideTour",
        params: { from: startsAt, to: last },
      });
    }
    previous = period.first;
  });
  return issues;
}

export const ZCreateEventInput = ZEventFields.superRefine((e, ctx) => {
  for (const issue of eventRuleIssues(e))
    ctx.addIssue({ code: "custom", path: issue.path, message: issue.message, ...(issue.params ? { params: issue.params } : {}) });
});
export type TCreateEventInput = z.input<typeof ZCreateEventInput>;

/**
 * partnerIds, sectorIds and stops, when present, replace the current sets. The
 * cross-field rules are checked by the server against the record as it would be.
 */
export const ZUpdateEventInput = updateInput(ZEventFields);
export type TUpdateEventInput = z.input<typeof ZUpdateEventInput>;

/** from/to select events whose [startsAt, endsAt ?? startsAt] overlaps the period. */
export const ZEventFilter = ZCommonFilter.extend({
  kinds: z.array(ZEventKind).optional(),
  statuses: z.array(ZEventStatus).optional(),
  /** true: only events not yet over in the home region's calendar (false or absent: no restriction). */
  upcoming: z.boolean().optional(),
});

export const ZListEventsInput = listInput(ZEventFilter, ["startsAt", "title", "createdAt"], { field: "startsAt", direction: "asc" });
export type TListEventsInput = z.input<typeof ZListEventsInput>;
