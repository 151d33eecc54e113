// Dates and numbers through Intl in the interface language.
//
// Business dates are calendar days ("2024-11-13", shared/src/calendar-day.ts): they are
// formatted in UTC, where a day is its own midnight, so no viewer's time zone can move
// them. Instants (createdAt, a history entry's time) are shown in the viewer's zone.
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { dayParts, dayToUtcDate, isCalendarDay, periodOf, type CalendarDay, type TDatePrecision } from "@atlas/shared/calendar-day";
import { intlLocale } from "./i18n.ts";

const romanQuarters = ["I", "II", "III", "IV"] as const;

export function useFormat() {
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  return useMemo(() => {
    const utc = { timeZone: "UTC" } as const;
    const longDay = new Intl.DateTimeFormat(locale, { ...utc, day: "numeric", month: "long", year: "numeric" });
    const numericDay = new Intl.DateTimeFormat(locale, { ...utc, day: "2-digit", month: "2-digit", year: "numeric" });
    const dayMonth = new Intl.DateTimeFormat(locale, { ...utc, day: "numeric", month: "long" });
    const monthYear = new Intl.DateTimeFormat(locale, { ...utc, month: "long", year: "numeric" });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "short" });
    const instantDay = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric" });
    const instantShortDay = new Intl.DateTimeFormat(locale, { day: "2-digit", month: "2-digit", year: "numeric" });
    const integer = new Intl.NumberFormat(locale);
    const coordinate = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 4 });
    const russian = locale.startsWith("ru");
    const asDate = (day: CalendarDay) => dayToUtcDate(day);

    /** A date as precise as its source: 13 ноября 2024 г., декабрь 2024 г., IV кв. 2024 г., 2024 г., ≈ 10.10.2025. */
    const preciseDate = (day: CalendarDay, precision: TDatePrecision = "DAY", style: "long" | "short" = "long"): string => {
      if (!isCalendarDay(day)) return String(day);
      const { year, month } = dayParts(day)!;
      switch (precision) {
        case "MONTH":
          return monthYear.format(asDate(day));
        case "QUARTER": {
          const q = Math.floor((month - 1) / 3);
          return russian ? `${romanQuarters[q]} кв. ${year} г.` : `Q${q + 1} ${year}`;
        }
        case "YEAR":
          return russian ? `${year} г.` : String(year);
        case "APPROXIMATE":
          return `≈ ${numericDay.format(asDate(day))}`;
        default:
          return style === "long" ? longDay.format(asDate(day)) : numericDay.format(asDate(day));
      }
    };

    // «с ноября 2024 г.»: after a preposition Russian wants the month in the genitive, which
    // Intl gives only beside a day number; the day is dropped from those parts.
    const monthGenitive = new Intl.DateTimeFormat(locale, { ...utc, day: "numeric", month: "long", year: "numeric" });
    /** A date after «с», «до», «от»: the same as preciseDate, with a month in the genitive where the language has one. */
    const preciseDateAfterPreposition = (day: CalendarDay, precision: TDatePrecision = "DAY", style: "long" | "short" = "long"): string => {
      if (precision !== "MONTH" || !russian || !isCalendarDay(day)) return preciseDate(day, precision, style);
      const parts = monthGenitive.formatToParts(asDate(day));
      const dayIndex = parts.findIndex((p) => p.type === "day");
      // Drop the day and the space after it: «1 ноября 2024 г.» → «ноября 2024 г.».
      return parts
        .filter((_, i) => i !== dayIndex && i !== dayIndex + 1)
        .map((p) => p.value)
        .join("");
    };

    return {
      locale,
      preciseDateAfterPreposition,
      /** A calendar day in words: 13 ноября 2024 г. */
      date: (day: CalendarDay) => (isCalendarDay(day) ? longDay.format(asDate(day)) : String(day)),
      /** A day without its year, where the year is said beside it: 13 ноября. */
      dayAndMonth: (day: CalendarDay) => (isCalendarDay(day) ? dayMonth.format(asDate(day)) : String(day)),
      /** For table cells: 13.11.2024. */
      shortDate: (day: CalendarDay) => (isCalendarDay(day) ? numericDay.format(asDate(day)) : String(day)),
      preciseDate,
      /**
       * A span: one day, a range of days (13–15.11.2024 as two short dates), or a vague
       * date, which is its period and is shown as such, never as the period's first day.
       */
      span: (startsAt: CalendarDay, endsAt: CalendarDay | null | undefined, precision: TDatePrecision = "DAY", style: "long" | "short" = "long") => {
        if (precision !== "DAY" && precision !== "APPROXIMATE") return preciseDate(startsAt, precision);
        const first = preciseDate(startsAt, precision, style);
        return endsAt && endsAt !== startsAt && isCalendarDay(endsAt) ? `${first} — ${preciseDate(endsAt, "DAY", style)}` : first;
      },
      /** The last day a vague date may stand for (for sorting and "is it past?" questions). */
      lastDayOf: (day: CalendarDay, precision: TDatePrecision = "DAY") => periodOf(day, precision).last,
      /** An instant (when something was recorded), in the viewer's own time zone. */
      dateTime: (value: Date | string | number) => dateTime.format(new Date(value)),
      /** The day of an instant (a record's createdAt, updatedAt), in the viewer's own time zone: 13 ноября 2024 г. (short: 13.11.2024). */
      instantDate: (value: Date | string | number, style: "long" | "short" = "long") =>
        (style === "long" ? instantDay : instantShortDay).format(new Date(value)),
      number: (value: number) => integer.format(value),
      coordinate: (value: number) => coordinate.format(value),
    };
  }, [locale]);
}

/**
 * The `dateTime` attribute of a <time> for a date of this precision: 2024-11-13, 2024-12
 * (a month), 2024 (a year); none for a quarter, which HTML cannot express.
 */
export function dateTimeAttribute(day: CalendarDay | null | undefined, precision: TDatePrecision = "DAY"): string | undefined {
  if (!day || !isCalendarDay(day)) return undefined;
  if (precision === "MONTH") return day.slice(0, 7);
  if (precision === "YEAR") return day.slice(0, 4);
  return precision === "QUARTER" ? undefined : day;
}

/** Reads a number typed the Russian way (48,5) or the English way (48.5); "" is null, garbage is NaN. */
export function parseLocaleNumber(text: string): number | null {
  const cleaned = text.trim().replace(/\s/g, "").replace(",", ".").replace("−", "-");
  if (cleaned === "") return null;
  return /^[-+]?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}
