// Event dates are calendar days: the form sends YYYY-MM-DD (midnight UTC), so they are
// shown and edited in UTC, and the same day appears in every time zone.
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { intlLocale } from "../../../lib/i18n.ts";

export function useEventDates() {
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  return useMemo(() => {
    const long = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    const short = new Intl.DateTimeFormat(locale, { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" });
    const dayMonth = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", timeZone: "UTC" });
    const day = (v: Date | string) => long.format(new Date(v));
    return {
      day,
      short: (v: Date | string) => short.format(new Date(v)),
      dayMonth: (v: Date | string) => dayMonth.format(new Date(v)),
      /** "12 декабря 2026" or "14 декабря 2026 — 31 декабря 2026". */
      range: (start: Date | string, end: Date | string | null | undefined) => {
        const a = day(start);
        if (!end) return a;
        const b = day(end);
        return a === b ? a : `${a} — ${b}`;
      },
      shortRange: (start: Date | string, end: Date | string | null | undefined) => {
        const a = short.format(new Date(start));
        if (!end) return a;
        const b = short.format(new Date(end));
        return a === b ? a : `${a} — ${b}`;
      },
    };
  }, [locale]);
}

/** A date as the value of <input type="date">. */
export function toDayInput(value: Date | string | null | undefined): string {
  if (!value) return "";
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? "" : d.toISOString().slice(0, 10);
}
