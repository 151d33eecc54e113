// A business date is a day of the home region's calendar: "2024-11-13", the same for
// every viewer in every time zone. It travels as a `YYYY-MM-DD` string, is stored in a
// PostgreSQL `date` column, and is never turned into an instant (a JavaScript Date at
// some hour) except at the database boundary, where a day is UTC midnight by
// convention (PGlite and Prisma both read `date` that way).
//
// A date can be as vague as its source: «в декабре» is a month, «в 2024 году» a year.
// Such a date is stored as the first and last day of its period plus a precision, so
// filters select it by overlap and nothing presents the month as its first day.
import { z } from "zod";

/** `YYYY-MM-DD`. */
export type CalendarDay = string;

/** Business dates lie in this range; anything else is a typo or an attack (year 0, +275760). */
export const minYear = 1900;
export const maxYear = 2100;
export const minDay: CalendarDay = `${minYear}-01-01`;
export const maxDay: CalendarDay = `${maxYear}-12-31`;

/**
 * How precise a date is. APPROXIMATE is a day with «около» before it (≈ 10.10.2025): it
 * is filed under that day.
 */
export const datePrecisions = ["DAY", "MONTH", "QUARTER", "YEAR", "APPROXIMATE"] as const;
export type TDatePrecision = (typeof datePrecisions)[number];
export const ZDatePrecision = z.enum(datePrecisions, { error: "validation.unknownPrecision" });

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The parts of a well-formed day, or null. Checks that the day exists (no 2023-02-29). */
export function dayParts(day: string): { year: number; month: number; day: number } | null {
  const m = dayPattern.exec(day);
  if (!m) return null;
  const [year, month, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || d < 1 || d > daysInMonth(year, month)) return null;
  return { year, month, day: d };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

export function makeDay(year: number, month: number, day: number): CalendarDay {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** A day in the supported range (1900–2100). */
export function isCalendarDay(value: unknown): value is CalendarDay {
  if (typeof value !== "string") return false;
  const parts = dayParts(value);
  return parts !== null && parts.year >= minYear && parts.year <= maxYear;
}

/** UTC midnight of the day: the value Prisma writes to and reads from a `date` column. */
export function dayToUtcDate(day: CalendarDay): Date {
  const parts = dayParts(day);
  if (!parts) throw new RangeError(`Not a calendar day: ${day}`);
  return new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
}

/** The day of a `date` column as the database driver hands it over (UTC midnight). */
export function utcDateToDay(date: Date): CalendarDay {
  return date.toISOString().slice(0, 10);
}

/** `utcDateToDay` for a nullable column. */
export function dayOrNull(date: Date | null | undefined): CalendarDay | null {
  return date ? utcDateToDay(date) : null;
}

/** `dayToUtcDate` for a nullable value. */
export function dateOrNull(day: CalendarDay | null | undefined): Date | null {
  return day ? dayToUtcDate(day) : null;
}

/**
 * One formatter per time zone: building an Intl.DateTimeFormat costs about as much as a light
 * read's own work (0.3 ms a request in a profile of the server), and the server asks for
 * today on every request that has a calendar. A zone the runtime does not know throws before
 * it is kept; the known ones are a few hundred at most.
 */
const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayFormatIn(timeZone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(timeZone);
  if (!format) {
    // en-CA formats as YYYY-MM-DD; formatToParts keeps it independent of that detail.
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormats.set(timeZone, format);
  }
  return format;
}

/** The calendar day it is now in a time zone (IANA name, e.g. Europe/Moscow). */
export function todayIn(timeZone: string, now: Date = new Date()): CalendarDay {
  const parts = dayFormatIn(timeZone).formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return makeDay(get("year"), get("month"), get("day"));
}

/** Whether a string names a time zone this runtime knows. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export function addDays(day: CalendarDay, days: number): CalendarDay {
  const date = dayToUtcDate(day);
  date.setUTCDate(date.getUTCDate() + days);
  return utcDateToDay(date);
}

/** Adds whole months, clamping to the last day of a shorter month (31 Jan + 1 → 28/29 Feb). */
export function addMonths(day: CalendarDay, months: number): CalendarDay {
  const parts = dayParts(day);
  if (!parts) throw new RangeError(`Not a calendar day: ${day}`);
  const index = parts.year * 12 + (parts.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return makeDay(year, month, Math.min(parts.day, daysInMonth(year, month)));
}

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: CalendarDay, b: CalendarDay): number {
  return Math.round((dayToUtcDate(b).getTime() - dayToUtcDate(a).getTime()) / 86_400_000);
}

/** Days compare as strings; these read better at call sites. */
export const minOfDays = (a: CalendarDay, b: CalendarDay) => (a <= b ? a : b);
export const maxOfDays = (a: CalendarDay, b: CalendarDay) => (a >= b ? a : b);

export type DayPeriod = { first: CalendarDay; last: CalendarDay };

/** The period a date of this precision stands for: its month, quarter or year; a day (exact or approximate) is itself. */
export function periodOf(day: CalendarDay, precision: TDatePrecision): DayPeriod {
  const parts = dayParts(day);
  if (!parts) throw new RangeError(`Not a calendar day: ${day}`);
  const { year, month } = parts;
  switch (precision) {
    case "MONTH":
      return { first: makeDay(year, month, 1), last: makeDay(year, month, daysInMonth(year, month)) };
    case "QUARTER": {
      const firstMonth = Math.floor((month - 1) / 3) * 3 + 1;
      return { first: makeDay(year, firstMonth, 1), last: makeDay(year, firstMonth + 2, daysInMonth(year, firstMonth + 2)) };
    }
    case "YEAR":
      return { first: makeDay(year, 1, 1), last: makeDay(year, 12, 31) };
    default:
      return { first: day, last: day };
  }
}

/** Whether [first, last] overlaps the period [from, to] (either end open). */
export function overlaps(period: DayPeriod, from: CalendarDay | null | undefined, to: CalendarDay | null | undefined): boolean {
  return (!to || period.first <= to) && (!from || period.last >= from);
}

/**
 * Reads a day typed by a person as дд.мм.гггг (also д.м.гггг), or as ГГГГ-ММ-ДД. Only
 * dots are read day first: «11/12/2024» is how an American writes 12 November, so
 * slashes and dashes are refused rather than guessed. Null when it is not a day.
 */
export function parseTypedDay(text: string): CalendarDay | null {
  const trimmed = text.trim();
  const iso = dayParts(trimmed);
  if (iso) return isCalendarDay(trimmed) ? trimmed : null;
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(trimmed);
  if (!m) return null;
  const day = makeDay(Number(m[3]), Number(m[2]), Number(m[1]));
  return isCalendarDay(day) ? day : null;
}

/** 13.11.2024: the way the interface shows and accepts a day. */
export function formatTypedDay(day: CalendarDay): string {
  const parts = dayParts(day);
  return parts ? `${pad(parts.day)}.${pad(parts.month)}.${pad(parts.year, 4)}` : day;
}

// ---- zod ----

export const dayFormatMessage = "validation.dayFormat";
export const dayRangeMessage = "validation.dayRange";

/**
 * A required calendar day. Accepts `YYYY-MM-DD` only: null, "12.11.2024", "2024" and
 * timestamps are refused with a message, never guessed.
 */
export const ZCalendarDay = z
  .string({ error: (issue) => (issue.input === undefined || issue.input === null ? "validation.dayRequired" : dayFormatMessage) })
  .trim()
  .check((ctx) => {
    const parts = dayParts(ctx.value);
    if (!parts) {
      ctx.issues.push({ code: "custom", message: ctx.value === "" ? "validation.dayRequired" : dayFormatMessage, input: ctx.value });
    } else if (parts.year < minYear || parts.year > maxYear) {
      ctx.issues.push({ code: "custom", message: dayRangeMessage, input: ctx.value, params: { minYear, maxYear } });
    }
  });

/** An optional day: empty or absent is null, so clearing a field in a form clears the date. */
export const ZOptionalCalendarDay = z
  .string({ error: dayFormatMessage })
  .nullish()
  .transform((v) => (v?.trim() ? v.trim() : null))
  .pipe(ZCalendarDay.nullable());

/**
 * The stored span of a record's date: a month, quarter or year is stored as its first
 * and last day (so period filters select it by overlap); an exact or approximate day
 * keeps the end the user gave (a visit over several days), or none.
 */
export function spanFor(
  startsAt: CalendarDay,
  endsAt: CalendarDay | null | undefined,
  precision: TDatePrecision,
): { startsAt: CalendarDay; endsAt: CalendarDay | null } {
  if (precision === "MONTH" || precision === "QUARTER" || precision === "YEAR") {
    const period = periodOf(startsAt, precision);
    return { startsAt: period.first, endsAt: period.last };
  }
  return { startsAt, endsAt: endsAt ?? null };
}

/** A time of day, "09:30", for meetings whose hour is known; kept apart from the day. */
export const ZTimeOfDay = z
  .string({ error: "validation.timeFormat" })
  .nullish()
  .transform((v) => (v?.trim() ? v.trim() : null))
  .pipe(
    z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "validation.timeFormat" })
      .nullable(),
  );
