// The meeting form works on what the inputs hold (day strings, picked options with
// their labels); these functions turn a saved meeting into form values and form values
// into the API input, checked with the shared schemas. Two rules belong to this form,
// not to the API (which also stores planned contacts and imports without a summary):
// a logged meeting has a summary, and it has already happened.
//
// Dates are calendar days ("2024-11-14") as the inputs hold them: nothing here goes
// through a JavaScript Date or the browser's time zone. «Today» is the home region's
// day, handed in by the form (useHomeToday).
import { isCalendarDay, periodOf, type CalendarDay, type TDatePrecision } from "@atlas/shared/calendar-day";
import type { TDirection, TInteractionFormat, TInteractionKind } from "@atlas/shared/enums";
import {
  ZCreateMeetingInput,
  ZMeetingFollowUpInput,
  ZUpdateMeetingInput,
  type TAgreementMention,
  type TCreateMeetingInput,
  type TMeetingFollowUpInput,
} from "@atlas/shared/meeting";
import type { TSourceRef } from "@atlas/shared/source";
import { issuesToFieldErrors, issueText, type FieldErrors } from "../../../lib/validation.ts";
import { dayValue, markUnreadableDays, typedDayMessage } from "../../../lib/day-input.ts";
import type { EntityOption } from "../../../ui/entity-picker.tsx";

export const meetingFormFields = [
  "title",
  "startsAt",
  "datePrecision",
  "endsAt",
  "startTime",
  "kind",
  "direction",
  "format",
  "place",
  "partnerIds",
  "participants",
  "sectorIds",
  "agreements",
  "eventId",
  "summary",
  "outcomes",
  "followUps",
  "sources",
  "sourceIds",
] as const;

/** An agreement named at the meeting, with how it figured there. */
export type AgreementLinkValue = { agreementId: string; label: string; description: string; mention: TAgreementMention };
export type ParticipantValue = { personId: string; label: string; description: string; role: string };
export type FollowUpValue = { key: string; title: string; dueDate: string; ownerId: string };

export type MeetingFormValues = {
  title: string;
  /** A day (YYYY-MM-DD; for a month, quarter or year its first day), "" or text typed that is not a day. */
  startsAt: string;
  datePrecision: TDatePrecision;
  /** The last day of a visit over several days (exact or approximate dates only), or "". */
  endsAt: string;
  /** ЧЧ:ММ or "". */
  startTime: string;
  kind: TInteractionKind;
  direction: TDirection | "";
  format: TInteractionFormat;
  place: string;
  partnerIds: EntityOption[];
  participants: ParticipantValue[];
  sectorIds: EntityOption[];
  agreements: AgreementLinkValue[];
  /** The event the meeting was part of, or null. */
  eventId: EntityOption | null;
  summary: string;
  outcomes: string;
  /** New tasks; a saved meeting's tasks are managed on its page. */
  followUps: FollowUpValue[];
  /** The sources it cites, whole (title, outlet, date), so a restored draft shows them without a request. */
  sources: TSourceRef[];
};

const isVague = (p: TDatePrecision) => p === "MONTH" || p === "QUARTER" || p === "YEAR";

export function newFollowUp(ownerId: string): FollowUpValue {
  return { key: Math.random().toString(36).slice(2), title: "", dueDate: "", ownerId };
}

/** A new meeting is dated `today` (the home region's day) until the user says otherwise. */
export function emptyMeetingValues(kind: TInteractionKind, today: CalendarDay): MeetingFormValues {
  return {
    title: "",
    startsAt: today,
    datePrecision: "DAY",
    endsAt: "",
    startTime: "",
    kind,
    direction: "",
    format: "IN_PERSON",
    place: "",
    partnerIds: [],
    participants: [],
    sectorIds: [],
    agreements: [],
    eventId: null,
    summary: "",
    outcomes: "",
    followUps: [],
    sources: [],
  };
}

type MeetingRecord = {
  title: string;
  startsAt: CalendarDay;
  endsAt: CalendarDay | null;
  datePrecision?: TDatePrecision | null;
  startTime?: string | null;
  kind: TInteractionKind;
  direction: TDirection | null;
  format: TInteractionFormat;
  place: string | null;
  summary: string | null;
  outcomes: string | null;
  /** Absent in fixtures written before meetings cited several sources. */
  sources?: TSourceRef[];
  partners: Array<{ id: string; name: string }>;
  sectors: Array<{ id: string; name: string }>;
  participants: Array<{ personId: string; fullName: string; post: string | null; role: string | null }>;
  /** Absent on records read before meetings named agreements and events (and in fixtures). */
  agreements?: Array<{ id: string; title: string; mention: TAgreementMention }>;
  event?: { id: string; title: string } | null;
};

export function meetingToValues(m: MeetingRecord): MeetingFormValues {
  const precision = m.datePrecision ?? "DAY";
  return {
    title: m.title,
    startsAt: m.startsAt,
    datePrecision: precision,
    // A month's, quarter's or year's end is the period's, set by the server: not the user's end day.
    endsAt: isVague(precision) ? "" : (m.endsAt ?? ""),
    startTime: m.startTime ?? "",
    kind: m.kind,
    direction: m.direction ?? "",
    format: m.format,
    place: m.place ?? "",
    partnerIds: m.partners.map((p) => ({ id: p.id, label: p.name })),
    participants: m.participants.map((p) => ({ personId: p.personId, label: p.fullName, description: p.post ?? "", role: p.role ?? "" })),
    sectorIds: m.sectors.map((s) => ({ id: s.id, label: s.name })),
    agreements: (m.agreements ?? []).map((a) => ({ agreementId: a.id, label: a.title, description: "", mention: a.mention })),
    eventId: m.event ? { id: m.event.id, label: m.event.title } : null,
    summary: m.summary ?? "",
    outcomes: m.outcomes ?? "",
    followUps: [],
    sources: m.sources ?? [],
  };
}

/** "Визит: Республика Казахстан" when the title is left empty. */
export function suggestedTitle(values: MeetingFormValues, kindLabel: string): string {
  const partners = values.partnerIds.map((p) => p.label).join(", ");
  return partners ? `${kindLabel}: ${partners}` : "";
}

/** A follow-up row nobody typed into is not a task. */
const isBlankRow = (f: FollowUpValue) => !f.title.trim() && !f.dueDate;

export type PreparedMeeting = {
  meeting: TCreateMeetingInput;
  /** Only when editing: tasks to add to the saved meeting. */
  newFollowUps: TMeetingFollowUpInput[];
  /** The version the update is based on (null when creating). */
  version: number | null;
};

export function prepareMeeting(
  values: MeetingFormValues,
  {
    kindLabel,
    editing,
    messages,
    today,
    saved = null,
  }: {
    kindLabel: string;
    editing: { id: string; version: number } | null;
    /** The form's own rules, in the interface language. */
    messages: { futureDate: string; summaryRequired: string; invalidDay?: string };
    /** The home region's day (useHomeToday). */
    today: CalendarDay;
    /**
     * The saved record's values when editing: its own date and its missing summary are
     * left alone (a planned call or an imported record stays editable); the rules apply
     * to what the user changes.
     */
    saved?: { startsAt: string; summary: string } | null;
  },
): { input: PreparedMeeting } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const add = (path: string, message: string) => (errors[path] ??= []).push(message);

  const rows = values.followUps.filter((f) => !isBlankRow(f));
  const followUps = rows.map((f) => ({ title: f.title, dueDate: dayValue(f.dueDate), ownerId: f.ownerId || null }));
  // Row numbers in messages follow the rows on screen, blank ones included.
  const rowIndex = rows.map((r) => values.followUps.indexOf(r));

  const meeting: TCreateMeetingInput = {
    title: values.title.trim() || suggestedTitle(values, kindLabel),
    kind: values.kind,
    direction: values.direction || null,
    format: values.format,
    startsAt: values.startsAt.trim(),
    datePrecision: values.datePrecision,
    // The server stores a vague date's period itself; an end day belongs to exact dates only.
    endsAt: isVague(values.datePrecision) ? null : dayValue(values.endsAt),
    startTime: isVague(values.datePrecision) ? null : values.startTime.trim() || null,
    place: values.place,
    summary: values.summary,
    outcomes: values.outcomes,
    // Sources are created (or found) in the picker, before the meeting is saved.
    sourceIds: (values.sources ?? []).map((s) => s.id),
    partnerIds: values.partnerIds.map((p) => p.id),
    participants: values.participants.map((p) => ({ personId: p.personId, role: p.role })),
    sectorIds: values.sectorIds.map((s) => s.id),
    agreements: values.agreements.map((a) => ({ agreementId: a.agreementId, mention: a.mention })),
    eventId: values.eventId?.id ?? null,
    followUps: editing ? [] : followUps,
  };

  const parsed = editing ? ZUpdateMeetingInput.safeParse({ id: editing.id, version: editing.version, data: meeting }) : ZCreateMeetingInput.safeParse(meeting);
  if (!parsed.success) {
    for (const [path, list] of Object.entries(issuesToFieldErrors(parsed.error))) {
      const key = path.startsWith("followUps.") ? remapRow(path, rowIndex) : path;
      for (const m of list) add(key, m);
    }
  }
  if (editing) {
    followUps.forEach((row, i) => {
      const checked = ZMeetingFollowUpInput.safeParse(row);
      if (!checked.success) for (const issue of checked.error.issues) add(`followUps.${rowIndex[i]}.${issue.path.join(".")}`, issueText(issue));
    });
  }
  if (!values.summary.trim() && !(saved && !saved.summary.trim())) add("summary", messages.summaryRequired);
  // A month or year that has begun has happened in part: only a period wholly ahead is «future».
  const starts = isCalendarDay(values.startsAt) ? periodOf(values.startsAt, values.datePrecision).first : null;
  if (starts && starts > today && values.startsAt !== saved?.startsAt) add("startsAt", messages.futureDate);
  if (!values.startsAt.trim()) errors.startsAt = ["Укажите дату"];
  const invalidDay = messages.invalidDay ?? typedDayMessage;
  markUnreadableDays(errors, { startsAt: values.startsAt, endsAt: isVague(values.datePrecision) ? "" : values.endsAt }, invalidDay);
  values.followUps.forEach((f, i) => markUnreadableDays(errors, { [`followUps.${i}.dueDate`]: f.dueDate }, invalidDay));

  if (Object.keys(errors).length) return { errors };
  return {
    input: {
      meeting,
      newFollowUps: editing ? followUps.map((f) => ZMeetingFollowUpInput.parse(f)) : [],
      version: editing?.version ?? null,
    },
  };
}

function remapRow(path: string, rowIndex: number[]): string {
  const [, n, ...rest] = path.split(".");
  const index = rowIndex[Number(n)] ?? Number(n);
  return ["followUps", String(index), ...rest].join(".");
}
