// What a date field of a form holds while the person types: a CalendarDay, "" for none,
// or text that is not (yet) a day. The shared schemas refuse such text with the API's
// message (ГГГГ-ММ-ДД); the person typed дд.мм.гггг, so forms say it in those terms.
import { isCalendarDay, type CalendarDay } from "@atlas/shared/calendar-day";
import type { FieldErrors } from "./validation.ts";

/** The message for typed text that is not a day (dayField.invalid in ru.ts). */
export const typedDayMessage = "Введите дату в формате дд.мм.гггг, например 13.11.2024";

/** Something was typed and it is not a day. */
export function isUnreadableDay(value: string | null | undefined): boolean {
  return typeof value === "string" && value.trim() !== "" && !isCalendarDay(value.trim());
}

/** "" and null are no day; a day stays; text stays text, so the schema refuses it. */
export function dayValue(value: string | null | undefined): CalendarDay | null {
  return value && value.trim() ? value.trim() : null;
}

/** Replaces the schema's messages on a date field holding typed text with the form's own. */
export function markUnreadableDays(errors: FieldErrors, days: Record<string, string | null | undefined>, message = typedDayMessage): void {
  for (const [path, value] of Object.entries(days)) {
    if (isUnreadableDay(value)) errors[path] = [message];
  }
}
