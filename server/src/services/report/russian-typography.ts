// Russian typography for the DOCX report: numbers grouped by non-breaking spaces
// (1 234), a non-breaking space before units and per cent, «ёлочки», the en dash
// between days of a span and the em dash for "nothing". The client words the same
// in its own texts; the server has no i18next, so these are its Russian words.
import { dayParts, type CalendarDay, type TDatePrecision } from "@atlas/shared/calendar-day";
import type { TDaySpan, TReportPeriod } from "@atlas/shared/report";

export const nbsp = "\u00a0";
export const emDash = "—";

const numberFormat = new Intl.NumberFormat("ru-RU", {
  useGrouping: "always",
  maximumFractionDigits: 2,
});

/** 1 234 and 12 345,5: ICU's separator for Russian is already U+00A0; the replace keeps it so whatever ICU a Node brings. */
export function formatNumber(value: number | string): string {
  return numberFormat.format(typeof value === "string" ? Number(value) : value).replace(/[\s\u202f]/g, nbsp);
}

/** The change from `previous` to `current` in per cent («+12 %», «−5 %»), or an em dash when there was nothing to compare with. */
export function formatChange(current: number, previous: number): string {
  if (previous === 0) return emDash;
  const percent = Math.round(((current - previous) / previous) * 100);
  const sign = percent > 0 ? "+" : percent < 0 ? "−" : "";
  return `${sign}${formatNumber(Math.abs(percent))}${nbsp}%`;
}

export const quoted = (text: string) => `«${text}»`;

const monthsGenitive = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
const monthsNominative = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];
const quarterNumerals = ["I", "II", "III", "IV"];

function parts(day: CalendarDay) {
  const found = dayParts(day);
  if (!found) throw new RangeError(`Not a calendar day: ${day}`);
  return found;
}

/** «5 декабря 2026 г.» */
export function formatDay(day: CalendarDay): string {
  const { year, month, day: d } = parts(day);
  return `${d}${nbsp}${monthsGenitive[month - 1]} ${year}${nbsp}г.`;
}

/** «1 октября – 31 декабря 2026 г.», «1 декабря 2025 г. – 31 января 2026 г.», or one day. */
export function formatSpan({ from, to }: TDaySpan): string {
  if (from === to) return formatDay(from);
  const a = parts(from);
  const b = parts(to);
  if (a.year !== b.year) return `${formatDay(from)} – ${formatDay(to)}`;
  return `${a.day}${nbsp}${monthsGenitive[a.month - 1]} – ${b.day}${nbsp}${monthsGenitive[b.month - 1]} ${b.year}${nbsp}г.`;
}

/** A date as precise as it is known: «декабрь 2026 г.», «IV квартал 2026 г.», «2026 г.», «около 5 декабря 2026 г.». */
export function formatDated(day: CalendarDay, precision: TDatePrecision): string {
  const { year, month } = parts(day);
  switch (precision) {
    case "MONTH":
      return `${monthsNominative[month - 1]} ${year}${nbsp}г.`;
    case "QUARTER":
      return `${quarterNumerals[Math.floor((month - 1) / 3)]}${nbsp}квартал ${year}${nbsp}г.`;
    case "YEAR":
      return `${year}${nbsp}г.`;
    case "APPROXIMATE":
      return `около ${formatDay(day)}`;
    case "DAY":
      return formatDay(day);
  }
}

/** «за октябрь 2026 г.», «за IV квартал 2026 г.», «за 2026 год». */
export function formatPeriodTitle({ kind, year, number }: TReportPeriod): string {
  if (kind === "MONTH") return `за ${monthsNominative[number - 1]} ${year}${nbsp}г.`;
  if (kind === "QUARTER") return `за ${quarterNumerals[number - 1]}${nbsp}квартал ${year}${nbsp}г.`;
  return `за ${year}${nbsp}год`;
}
