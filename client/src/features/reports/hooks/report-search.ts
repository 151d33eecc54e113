// The report's settings live in the URL (?kind=QUARTER&year=2026&n=4&country=KZ), so a
// copied link opens the same report. The router keeps the raw strings; here they become
// a period, the current quarter of the home region's year when they name none.
import { dayParts, type CalendarDay } from "@atlas/shared/calendar-day";
import { reportPeriodKinds, type TReportInput, type TReportPeriod, type TReportPeriodKind } from "@atlas/shared/report";

export type TReportSearch = {
  kind?: string;
  year?: string;
  n?: string;
  country?: string;
  sector?: string;
};

const most = { MONTH: 12, QUARTER: 4, YEAR: 1 } as const;

export function reportPeriodOf(search: TReportSearch, today: CalendarDay): TReportPeriod {
  const { year: thisYear, month } = dayParts(today)!;
  const kind: TReportPeriodKind = (reportPeriodKinds as readonly string[]).includes(search.kind ?? "") ? (search.kind as TReportPeriodKind) : "QUARTER";
  const year = Number(search.year);
  const number = Number(search.n);
  const fallback = kind === "MONTH" ? month : kind === "QUARTER" ? Math.floor((month - 1) / 3) + 1 : 1;
  return {
    kind,
    year: Number.isInteger(year) && year >= 1900 && year <= thisYear ? year : thisYear,
    number: Number.isInteger(number) && number >= 1 && number <= most[kind] ? number : fallback,
  };
}

export function reportInputOf(search: TReportSearch, today: CalendarDay): TReportInput & { period: TReportPeriod } {
  return {
    period: reportPeriodOf(search, today),
    filter: {
      countryCodes: search.country ? [search.country] : undefined,
      sectorIds: search.sector ? [search.sector] : undefined,
    },
  };
}

/** The DOCX download's address: the same input as the page's, as the HTTP route reads it. */
export function reportDocxUrl(input: TReportInput): string {
  const params = new URLSearchParams({
    kind: input.period.kind,
    year: String(input.period.year),
    number: String(input.period.number ?? 1),
  });
  if (input.filter?.countryCodes?.length) params.set("countryCodes", input.filter.countryCodes.join(","));
  if (input.filter?.sectorIds?.length) params.set("sectorIds", input.filter.sectorIds.join(","));
  return `/api/report.docx?${params.toString()}`;
}

/** How many months or quarters a year's select offers: only those begun by today. */
export function periodsBegun(kind: TReportPeriodKind, year: number, today: CalendarDay): number {
  const { year: thisYear, month } = dayParts(today)!;
  if (year < thisYear) return most[kind];
  return kind === "MONTH" ? month : kind === "QUARTER" ? Math.floor((month - 1) / 3) + 1 : 1;
}
