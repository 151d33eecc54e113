// Checks and helpers shared by the event services.
import { dateOrNull, dayOrNull, periodOf, type CalendarDay, type TDatePrecision } from "@atlas/shared/calendar-day";
import { eventRuleIssues } from "@atlas/shared/event";
import type { TEventKind } from "@atlas/shared/enums";
import { searchTextOf } from "@atlas/shared/search-text";
import type { Tx } from "../../db.ts";
import { AppError, problem, type FieldErrors } from "../../errors.ts";
import { missingIds } from "../common/references.ts";
import { missingSourcesProblem, missingSources } from "../source/source-links.ts";

export const eventSearchText = searchTextOf.event;

function badRequest(fieldErrors: FieldErrors): AppError {
  return new AppError("BAD_REQUEST", "request.checkFields", { fieldErrors });
}

/**
 * The cross-field rules (shared/src/event.ts) on the event as it will be stored.
 * `prefix` is "data." for update, so the keys match the input's field paths.
 */
export function assertEventRules(
  event: {
    kind: TEventKind;
    startsAt: CalendarDay;
    endsAt: CalendarDay | null;
    datePrecision: TDatePrecision;
    stops: ReadonlyArray<{ date: CalendarDay | null; datePrecision: TDatePrecision }>;
  },
  prefix = "",
): void {
  const issues = eventRuleIssues(event);
  if (issues.length === 0) return;
  const fieldErrors: FieldErrors = {};
  for (const issue of issues) (fieldErrors[prefix + issue.path.join(".")] ??= []).push(problem(issue.message, issue.params));
  throw badRequest(fieldErrors);
}

/**
 * Partners (of the event and of its stops), sectors and the sources must exist and not be
 * deleted; one query per table. Sources the event already cites (`knownSourceIds`) are not checked again.
 */
export async function assertEventReferences(
  tx: Tx,
  refs: {
    partnerIds?: string[];
    sectorIds?: string[];
    sourceIds?: string[];
    knownSourceIds?: string[];
    stops?: ReadonlyArray<{ partnerId: string | null }>;
  },
  prefix = "",
): Promise<void> {
  const fieldErrors: FieldErrors = {};
  // The event's partners and its stops' partners in one query.
  const missingPartners = new Set(
    await missingIds(tx, "partner", [...(refs.partnerIds ?? []), ...(refs.stops ?? []).flatMap((s) => (s.partnerId ? [s.partnerId] : []))]),
  );
  const missing = (refs.partnerIds ?? []).filter((id) => missingPartners.has(id));
  if (missing.length > 0) fieldErrors[`${prefix}partnerIds`] = [problem("reference.partnersMissing", { ids: missing.join(", ") })];
  (refs.stops ?? []).forEach((s, i) => {
    if (s.partnerId && missingPartners.has(s.partnerId)) fieldErrors[`${prefix}stops.${i}.partnerId`] = [problem("reference.partner")];
  });
  const missingSectors = await missingIds(tx, "sector", refs.sectorIds ?? []);
  if (missingSectors.length > 0) fieldErrors[`${prefix}sectorIds`] = [problem("reference.sectorsMissing", { ids: missingSectors.join(", ") })];
  const missingSourceIds = await missingSources(tx, refs.sourceIds, refs.knownSourceIds);
  if (missingSourceIds.length > 0) fieldErrors[`${prefix}sourceIds`] = [missingSourcesProblem(missingSourceIds.length)];
  if (Object.keys(fieldErrors).length > 0) throw badRequest(fieldErrors);
}

/** A stop with its date as a calendar day, as the input carries it and the change log records it. */
export type StopValues = {
  place: string;
  partnerId: string | null;
  date: CalendarDay | null;
  datePrecision: TDatePrecision;
  latitude: number | null;
  longitude: number | null;
  notes: string | null;
};

/** A stop dated to a month, quarter or year is stored as the first day of that period (as events are). */
export function storedStop(s: StopValues): StopValues {
  return { ...s, date: s.date ? periodOf(s.date, s.datePrecision).first : null };
}

/** A stop as the change log stores it, with a fixed key order so that diffs compare equal values as equal. */
export function stopForLog(s: StopValues) {
  return { place: s.place, partnerId: s.partnerId, date: s.date, datePrecision: s.datePrecision, latitude: s.latitude, longitude: s.longitude, notes: s.notes };
}

/** Stop rows for createMany: the position on the route is the index in the input; dates as Prisma writes a date column. */
export function stopRows(stops: ReadonlyArray<StopValues>) {
  return stops.map((s, position) => ({ ...storedStop(s), date: dateOrNull(storedStop(s).date), position }));
}

/** A stored stop read back with its date as a day. */
export function stopValuesOf(row: Omit<StopValues, "date"> & { date: Date | null }): StopValues {
  return {
    place: row.place,
    partnerId: row.partnerId,
    date: dayOrNull(row.date),
    datePrecision: row.datePrecision,
    latitude: row.latitude,
    longitude: row.longitude,
    notes: row.notes,
  };
}
