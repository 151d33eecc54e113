// The event form works on what the inputs hold (strings, picked partners with their
// names); these turn a record into form values and form values into the API input,
// checked with the shared schema so the messages land under the same paths the
// server uses ("stops.1.date").
import type { TEventKind, TEventStatus } from "@atlas/shared/enums";
import { ZCreateEventInput, type TCreateEventInput, type TUpdateEventInput } from "@atlas/shared/event";
import type { CalendarDay, TDatePrecision } from "@atlas/shared/calendar-day";
import type { TSourceRef } from "@atlas/shared/source";
import { issuesToFieldErrors, type FieldErrors } from "../../../lib/validation.ts";
import { dayValue, markUnreadableDays, typedDayMessage } from "../../../lib/day-input.ts";

const isVague = (p: TDatePrecision) => p === "MONTH" || p === "QUARTER" || p === "YEAR";

export const eventFormFields = [
  "title",
  "kind",
  "status",
  "startsAt",
  "datePrecision",
  "endsAt",
  "place",
  "description",
  "partnerIds",
  "sectorIds",
  "stops",
  "sources",
  "sourceIds",
] as const;

export type StopValues = {
  /** Stable across moves, for React and focus; not sent. */
  key: string;
  place: string;
  partner: { id: string; name: string } | null;
  /** A day (a vague date: its period's first day), "" when the date is not known, or typed text. */
  date: string;
  datePrecision: TDatePrecision;
  notes: string;
  latitude: number | null;
  longitude: number | null;
};

export type EventFormValues = {
  title: string;
  kind: TEventKind | "";
  status: TEventStatus;
  /** A day (a vague date: its period's first day), "" or typed text. */
  startsAt: string;
  datePrecision: TDatePrecision;
  /** The last day of an event over several days (exact or approximate dates only), or "". */
  endsAt: string;
  place: string;
  description: string;
  partnerIds: Array<{ id: string; name: string }>;
  sectorIds: string[];
  stops: StopValues[];
  /** The sources it cites, whole, so a restored draft shows them without a request. */
  sources: TSourceRef[];
};

let counter = 0;
export function newStopKey(): string {
  counter += 1;
  return `s${Date.now().toString(36)}${counter}`;
}

export function emptyStop(): StopValues {
  return { key: newStopKey(), place: "", partner: null, date: "", datePrecision: "DAY", notes: "", latitude: null, longitude: null };
}

export function emptyEventValues(tour = false): EventFormValues {
  return {
    title: "",
    kind: tour ? "TOUR" : "",
    status: "PLANNED",
    startsAt: "",
    datePrecision: "DAY",
    endsAt: "",
    place: "",
    description: "",
    partnerIds: [],
    sectorIds: [],
    stops: tour ? [emptyStop()] : [],
    sources: [],
  };
}

type EventRecord = {
  title: string;
  kind: TEventKind;
  status: TEventStatus;
  startsAt: CalendarDay;
  endsAt: CalendarDay | null;
  datePrecision?: TDatePrecision | null;
  place: string | null;
  description?: string | null;
  partners: Array<{ id: string; name: string }>;
  sectors: Array<{ id: string }>;
  stops: Array<{
    id: string;
    place: string;
    date: CalendarDay | null;
    datePrecision?: TDatePrecision | null;
    partner: { id: string; name: string } | null;
    notes?: string | null;
    latitude: number | null;
    longitude: number | null;
  }>;
  /** Absent in fixtures written before events cited several sources. */
  sources?: TSourceRef[];
};

export function eventToValues(e: EventRecord): EventFormValues {
  const precision = e.datePrecision ?? "DAY";
  return {
    title: e.title,
    kind: e.kind,
    status: e.status,
    startsAt: e.startsAt,
    datePrecision: precision,
    // A month's, quarter's or year's end is the period's, set by the server: not an end the user gave.
    endsAt: isVague(precision) ? "" : (e.endsAt ?? ""),
    place: e.place ?? "",
    description: e.description ?? "",
    partnerIds: e.partners.map((p) => ({ id: p.id, name: p.name })),
    sectorIds: e.sectors.map((s) => s.id),
    stops: e.stops.map((s) => ({
      key: s.id,
      place: s.place,
      partner: s.partner ? { id: s.partner.id, name: s.partner.name } : null,
      date: s.date ?? "",
      datePrecision: s.datePrecision ?? "DAY",
      notes: s.notes ?? "",
      latitude: s.latitude,
      longitude: s.longitude,
    })),
    sources: e.sources ?? [],
  };
}

export type EventSaveInput = { create: TCreateEventInput } | { update: TUpdateEventInput };

/** The whole record is checked with the create schema (it carries the cross-field rules) also when editing. */
export function prepareEvent(
  values: EventFormValues,
  id: string | null,
  version: number | null,
  messages: { kindRequired: string; invalidDay?: string },
): { input: EventSaveInput } | { errors: FieldErrors } {
  const isTour = values.kind === "TOUR";
  const data = {
    title: values.title,
    kind: values.kind as TEventKind,
    status: values.status,
    startsAt: values.startsAt.trim(),
    endsAt: isVague(values.datePrecision) ? null : dayValue(values.endsAt),
    datePrecision: values.datePrecision,
    place: values.place,
    description: values.description,
    partnerIds: values.partnerIds.map((p) => p.id),
    sectorIds: values.sectorIds,
    // Sent whole on update too, so an edit keeps the sources (they replace the set).
    sourceIds: (values.sources ?? []).map((s) => s.id),
    stops: isTour
      ? values.stops.map((s) => ({
          place: s.place,
          partnerId: s.partner?.id ?? null,
          // Empty: «дата неизвестна»; the stop keeps its place on the route.
          date: dayValue(s.date),
          datePrecision: s.datePrecision,
          notes: s.notes,
          latitude: s.latitude,
          longitude: s.longitude,
        }))
      : [],
  };
  const parsed = ZCreateEventInput.safeParse(data);
  const unreadable: FieldErrors = {};
  const invalidDay = messages.invalidDay ?? typedDayMessage;
  markUnreadableDays(unreadable, { startsAt: values.startsAt, endsAt: isVague(values.datePrecision) ? "" : values.endsAt }, invalidDay);
  if (isTour) values.stops.forEach((s, i) => markUnreadableDays(unreadable, { [`stops.${i}.date`]: s.date }, invalidDay));
  if (!parsed.success || Object.keys(unreadable).length) {
    const errors = parsed.success ? {} : issuesToFieldErrors(parsed.error);
    // The schema's own message lists the enum's codes; a person gets a plain request.
    if (values.kind === "" && errors.kind) errors.kind = [messages.kindRequired];
    return { errors: { ...errors, ...unreadable } };
  }
  if (id !== null && version !== null) return { input: { update: { id, version, data: parsed.data } } };
  return { input: { create: parsed.data } };
}
