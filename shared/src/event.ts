import { z } from "zod";
import { listInput, optionalDate, optionalText, requiredText, updateInput, ZCommonFilter, ZDate, ZId, ZLatitude, ZLongitude } from "./common.ts";
import { ZEventKind, ZEventStatus, type TEventKind } from "./enums.ts";

const uniqueIds = z
  .array(ZId)
  .max(100, { error: "Не больше 100" })
  .transform((ids) => [...new Set(ids)]);

/** One stop of a tour; its position on the route is its index in `stops`. */
export const ZEventStopInput = z.object({
  place: requiredText(300),
  partnerId: ZId.nullish().transform((v) => v ?? null),
  date: ZDate,
  latitude: ZLatitude.nullish().transform((v) => v ?? null),
  longitude: ZLongitude.nullish().transform((v) => v ?? null),
  notes: optionalText(),
});
export type TEventStopInput = z.input<typeof ZEventStopInput>;

export const ZEventFields = z.object({
  title: requiredText(300),
  kind: ZEventKind,
  status: ZEventStatus.default("PLANNED"),
  startsAt: ZDate,
  endsAt: optionalDate,
  place: optionalText(300),
  latitude: ZLatitude.nullish().transform((v) => v ?? null),
  longitude: ZLongitude.nullish().transform((v) => v ?? null),
  description: optionalText(),
  sourceId: ZId.nullish().transform((v) => v ?? null),
  partnerIds: uniqueIds.default([]),
  sectorIds: uniqueIds.default([]),
  stops: z.array(ZEventStopInput).max(100, { error: "Не больше 100 остановок" }).default([]),
});

export type EventRuleIssue = { path: Array<string | number>; message: string };

const validDate = (d: unknown): d is Date => d instanceof Date && !Number.isNaN(d.getTime());
const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The rules that tie an event's fields together: the end is not before the start, only
 * a tour has stops and a tour has at least one, and the stops follow the route in time
 * within the tour's dates. Used by the create schema (so forms show the messages next
 * to the fields) and by the server on the merged record when an update changes part of it.
 */
export function eventRuleIssues(e: {
  kind: TEventKind;
  startsAt: Date;
  endsAt: Date | null | undefined;
  stops: ReadonlyArray<{ date: Date }>;
}): EventRuleIssue[] {
  const issues: EventRuleIssue[] = [];
  const startsAt = validDate(e.startsAt) ? e.startsAt : null;
  const endsAt = validDate(e.endsAt) ? e.endsAt : null;
  if (startsAt && endsAt && endsAt < startsAt) issues.push({ path: ["endsAt"], message: "Окончание не может быть раньше начала" });
  const stops = Array.isArray(e.stops) ? e.stops : [];
  if (e.kind !== "TOUR") {
    if (stops.length > 0) issues.push({ path: ["stops"], message: "Остановки бывают только у тура" });
    return issues;
  }
  if (stops.length === 0) issues.push({ path: ["stops"], message: "У тура должна быть хотя бы одна остановка" });
  const last = endsAt && startsAt && endsAt >= startsAt ? endsAt : startsAt;
  let previous: Date | null = null;
  stops.forEach((stop, i) => {
    const date = stop?.date;
    if (!validDate(date)) return;
    if (previous && date < previous) {
      issues.push({ path: ["stops", i, "date"], message: "Дата остановки раньше даты предыдущей: остановки идут по маршруту" });
    } else if (startsAt && last && (date < startsAt || date > last)) {
      issues.push({ path: ["stops", i, "date"], message: `Дата остановки вне сроков тура (${day(startsAt)} — ${day(last)})` });
    }
    previous = date;
  });
  return issues;
}

export const ZCreateEventInput = ZEventFields.superRefine((e, ctx) => {
  for (const issue of eventRuleIssues(e)) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
});
export type TCreateEventInput = z.input<typeof ZCreateEventInput>;

/**
 * partnerIds, sectorIds and stops, when present, replace the current sets. The
 * cross-field rules are checked by the server against the record as it would be.
 */
export const ZUpdateEventInput = updateInput(ZEventFields);
export type TUpdateEventInput = z.input<typeof ZUpdateEventInput>;

/**
 * Restore of a soft-deleted event. `version` (as delete returned it) is checked when
 * given; it is optional because a deleted record cannot be read back to learn it.
 */
export const ZRestoreEventInput = z.object({ id: ZId, version: z.number().int().positive().optional() });
export type TRestoreEventInput = z.input<typeof ZRestoreEventInput>;

/** from/to select events whose [startsAt, endsAt ?? startsAt] overlaps the period. */
export const ZEventFilter = ZCommonFilter.extend({
  kinds: z.array(ZEventKind).optional(),
  statuses: z.array(ZEventStatus).optional(),
  /** true: only events starting today or later (false or absent: no restriction). */
  upcoming: z.boolean().optional(),
});

export const ZListEventsInput = listInput(ZEventFilter, ["startsAt", "title", "createdAt"], { field: "startsAt", direction: "asc" });
export type TListEventsInput = z.input<typeof ZListEventsInput>;
