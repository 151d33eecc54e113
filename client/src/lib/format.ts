// Dates and numbers through Intl in the interface language.
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { intlLocale } from "./i18n.ts";

export function useFormat() {
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  return useMemo(() => {
    const date = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric" });
    const shortDate = new Intl.DateTimeFormat(locale, { day: "2-digit", month: "2-digit", year: "numeric" });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "short" });
    const integer = new Intl.NumberFormat(locale);
    const coordinate = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 4 });
    return {
      locale,
      date: (value: Date | string | number) => date.format(new Date(value)),
      /** For table cells: 25.11.2026. */
      shortDate: (value: Date | string | number) => shortDate.format(new Date(value)),
      dateTime: (value: Date | string | number) => dateTime.format(new Date(value)),
      number: (value: number) => integer.format(value),
      coordinate: (value: number) => coordinate.format(value),
    };
  }, [locale]);
}

/** Reads a number typed the Russian way (48,5) or the English way (48.5); "" is null, garbage is NaN. */
export function parseLocaleNumber(text: string): number | null {
  const cleaned = text.trim().replace(/\s/g, "").replace(",", ".").replace("−", "-");
  if (cleaned === "") return null;
  return /^[-+]?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}
