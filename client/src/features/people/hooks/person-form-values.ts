// The person form works on strings (what the inputs hold); these turn a record into
// form values and form values into the API input, checked with the shared schema.
import type { TPersonSide } from "@atlas/shared/enums";
import type { CalendarDay } from "@atlas/shared/calendar-day";
import { ZCreatePersonInput, type TCreatePersonInput, type TUpdatePersonInput } from "@atlas/shared/person";
import { issuesToFieldErrors, type FieldErrors } from "../../../lib/validation.ts";
import { dayValue, markUnreadableDays } from "../../../lib/day-input.ts";

export const personFormFields = ["fullName", "fullNameEn", "positions", "side", "partnerId", "email", "phone", "notes"] as const;

/** One row of the posts editor; days as DayField holds them (a day, "" or typed text). */
export type PositionValues = {
  /** Stable while rows are added and removed, for React and focus; not sent. */
  key: string;
  post: string;
  organisation: string;
  startsOn: string;
  endsOn: string;
};

export type PersonFormValues = {
  fullName: string;
  fullNameEn: string;
  positions: PositionValues[];
  side: TPersonSide;
  partnerId: string;
  email: string;
  phone: string;
  notes: string;
};

let counter = 0;
export function emptyPosition(): PositionValues {
  counter += 1;
  return { key: `p${Date.now().toString(36)}${counter}`, post: "", organisation: "", startsOn: "", endsOn: "" };
}

/** A new person starts with one empty post to fill in; left empty, it is not sent. */
export function emptyPersonValues(): PersonFormValues {
  return { fullName: "", fullNameEn: "", positions: [emptyPosition()], side: "PARTNER", partnerId: "", email: "", phone: "", notes: "" };
}

type PersonRecord = {
  fullName: string;
  fullNameEn: string | null;
  side: TPersonSide;
  partnerId: string | null;
  email: string | null;
  phone: string | null;
  notes?: string | null;
  positions: Array<{ id: string; post: string; organisation: string | null; startsOn: CalendarDay | null; endsOn: CalendarDay | null }>;
};

export function personToValues(p: PersonRecord): PersonFormValues {
  return {
    fullName: p.fullName,
    fullNameEn: p.fullNameEn ?? "",
    positions: p.positions.map((x) => ({ key: x.id, post: x.post, organisation: x.organisation ?? "", startsOn: x.startsOn ?? "", endsOn: x.endsOn ?? "" })),
    side: p.side,
    partnerId: p.partnerId ?? "",
    email: p.email ?? "",
    phone: p.phone ?? "",
    notes: p.notes ?? "",
  };
}

export type PersonSaveInput = { create: TCreatePersonInput } | { update: TUpdatePersonInput };

const blank = (p: PositionValues) => !p.post.trim() && !p.organisation.trim() && !p.startsOn.trim() && !p.endsOn.trim();
const sent = (rows: PositionValues[]) =>
  rows.filter((p) => !blank(p)).map((p) => ({ post: p.post, organisation: p.organisation, startsOn: dayValue(p.startsOn), endsOn: dayValue(p.endsOn) }));

/**
 * `savedPositions` are the rows the edit started from: when the posts were not touched
 * they are not sent, so saving a phone number leaves the positions (and a person known
 * only by an organisation, written before positions existed) as they are.
 */
export function preparePerson(
  values: PersonFormValues,
  id: string | null,
  version: number | null,
  savedPositions: PositionValues[] = [],
): { input: PersonSaveInput } | { errors: FieldErrors } {
  // Blank rows are dropped, so error paths are counted over the rows that remain.
  const rows = values.positions.filter((p) => !blank(p));
  const positions = sent(rows);
  const { positions: _rows, ...fields } = values;
  const data = { ...fields, partnerId: values.partnerId || null, positions };
  const parsed = ZCreatePersonInput.safeParse(data);
  const unreadable: FieldErrors = {};
  rows.forEach((p, i) => markUnreadableDays(unreadable, { [`positions.${i}.startsOn`]: p.startsOn, [`positions.${i}.endsOn`]: p.endsOn }));
  if (!parsed.success || Object.keys(unreadable).length) {
    const errors = parsed.success ? {} : issuesToFieldErrors(parsed.error);
    return { errors: remapRows({ ...errors, ...unreadable }, values.positions) };
  }
  if (id !== null && version !== null) {
    const unchanged = JSON.stringify(positions) === JSON.stringify(sent(savedPositions));
    const { positions: given, post: _post, organisation: _organisation, ...rest } = parsed.data;
    return { input: { update: { id, version, data: unchanged ? rest : { ...rest, positions: given } } } };
  }
  const { post: _post, organisation: _organisation, ...rest } = parsed.data;
  return { input: { create: rest } };
}

/** Error paths count the non-blank rows; the form shows them under the row on screen. */
function remapRows(errors: FieldErrors, all: PositionValues[]): FieldErrors {
  const onScreen = all.map((p, i) => (blank(p) ? -1 : i)).filter((i) => i >= 0);
  return Object.fromEntries(
    Object.entries(errors).map(([path, messages]) => {
      const m = /^positions\.(\d+)\.(.+)$/.exec(path);
      return [m ? `positions.${onScreen[Number(m[1])] ?? m[1]}.${m[2]}` : path, messages];
    }),
  );
}
