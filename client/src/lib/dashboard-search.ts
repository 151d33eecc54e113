// The dashboard's shared filter (sector, country or partner, period, text) and its
// place in the URL. Overview, Map, Timeline and the lists read the same params, so a
// copied link opens the same view on any of them and Back steps through changes.
import { z } from "zod";
import type { TDashboardFilter } from "@atlas/shared/dashboard";
import type { CalendarDay } from "@atlas/shared/calendar-day";
import { compactSearch, searchDay, searchList, searchText } from "./search-params.ts";

export type TDashboardSearch = {
  q?: string;
  sector?: string[];
  /** ISO 3166-1 alpha-2 codes. */
  country?: string[];
  partner?: string[];
  /** Calendar days, YYYY-MM-DD. */
  from?: string;
  to?: string;
};

/** The filter's params, for the schemas of the lists that add their own to it. */
export const dashboardSearchShape = {
  q: searchText,
  sector: searchList(z.uuid()),
  country: searchList(
    z
      .string()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/),
  ),
  partner: searchList(z.uuid()),
  from: searchDay,
  to: searchDay,
};

/** A period typed backwards is still a period. */
export function orderedPeriod<T extends { from?: string; to?: string }>(search: T): T {
  return search.from && search.to && search.from > search.to ? { ...search, from: search.to, to: search.from } : search;
}

/** The dashboard pages' `validateSearch`: anything in the address bar → a valid filter. */
export const ZDashboardSearch = z.object(dashboardSearchShape).transform((search): TDashboardSearch => compactSearch(orderedPeriod(search)));

export function hasDashboardFilter(search: TDashboardSearch): boolean {
  return Boolean(search.q || search.sector?.length || search.country?.length || search.partner?.length || search.from || search.to);
}

/** What the dashboard procedures get; the period is two calendar days, both included, as in the URL. */
export function dashboardFilter(search: TDashboardSearch): TDashboardFilter {
  return {
    ...(search.q ? { q: search.q } : {}),
    ...(search.sector?.length ? { sectorIds: search.sector } : {}),
    ...(search.country?.length ? { countryCodes: search.country } : {}),
    ...(search.partner?.length ? { partnerIds: search.partner } : {}),
    ...(search.from ? { from: search.from } : {}),
    ...(search.to ? { to: search.to } : {}),
  };
}

/** The same filter with the period replaced (e.g. "from today on" for what is coming). */
export function withPeriod(filter: TDashboardFilter, from: CalendarDay, to: CalendarDay): TDashboardFilter {
  return { ...filter, from, to };
}
