// Colours and number/period formatting of every chart in one place,
// so the series of one kind look the same everywhere and follow the interface language.
import { dayToUtcDate, isCalendarDay } from "@atlas/shared/calendar-day";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../lib/format.ts";

/** Distinguishable on white, in the product's palette first; the summed rest is always grey. */
export const SERIES_COLOURS = ["#1a56b0", "#e3a73b", "#146c43", "#5b3fb0", "#b42318", "#0f7b8a", "#c75a12", "#a23b72", "#234a7a", "#6b8e23"] as const;
export const OTHER_COLOUR = "#a9b4c4";
export const AXIS_COLOUR = "#566275";
export const GRID_COLOUR = "#d8dee8";

export function seriesColour(index: number, isOther = false): string {
  return isOther ? OTHER_COLOUR : SERIES_COLOURS[index % SERIES_COLOURS.length]!;
}

/** Number, money and period labels for charts and their tables. */
export function useChartFormat() {
  const format = useFormat();
  const { t } = useTranslation();
  const locale = format.locale;
  return useMemo(() => {
    const compact = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
    const month = new Intl.DateTimeFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" });
    const monthShort = new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" });
    const exact = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
    const moneyCache = new Map<string, Intl.NumberFormat>();
    const moneyFormat = (currency: string, digits: number) => {
      let f = moneyCache.get(`${currency}:${digits}`);
      if (!f) {
        try {
          f = new Intl.NumberFormat(locale, { style: "currency", currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
        } catch {
          f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
        }
        moneyCache.set(`${currency}:${digits}`, f);
      }
      return f;
    };
    // Intl formats decimal strings exactly; the cast is for older lib typings.
    const asNumber = (v: number | string) => v as unknown as number;
    return {
      locale,
      count: (v: number) => format.number(v),
      compact: (v: number) => compact.format(v),
      /** An exact decimal ("1234.5") in the locale (1 234,5). */
      decimal: (v: number | string) => exact.format(asNumber(v)),
      /** Rounded to whole units (tooltips). */
      money: (v: number | string, currency: string) => moneyFormat(currency, 0).format(asNumber(v)),
      /** To the cent (tables: the exact sums). */
      moneyExact: (v: number | string, currency: string) => moneyFormat(currency, 2).format(asNumber(v)),
      /** "2025-03" → "мар. 2025 г."; short: "мар." */
      month: (key: string, short = false) => {
        // The month's first day at UTC midnight, formatted in UTC: no viewer's zone can shift it.
        const first = `${key}-01`;
        return isCalendarDay(first) ? (short ? monthShort : month).format(dayToUtcDate(first)) : key;
      },
      /** "2025-Q1" → "I кв. 2025" / "Q1 2025"; "2025" stays. */
      period: (key: string) => {
        const m = /^(\d{4})-Q([1-4])$/.exec(key);
        return m ? t("charts.quarter", { year: m[1], quarter: ["I", "II", "III", "IV"][Number(m[2]) - 1], n: m[2] }) : key;
      },
    };
  }, [locale, format, t]);
}
