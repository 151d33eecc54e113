// The dashboard's shared filter (sector, country or partner, period, text) and its
// place in the URL (conventions 13). Overview and Map read the same params, so a
// copied link opens the same view on either page and Back steps through changes.
import { z } from "zod";
import type { TDashboardFilter } from "@atlas/shared/dashboard";
import { isCalendarDay, type CalendarDay } from "@atlas/shared/calendar-day";
import { listOf } from "./search-params.ts";

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

const ZUuid = z.uuid();
const ZCountry = z.string().regex(/^[A-Z]{2}$/);
/** A real day in the supported range (no 2024-02-30, no year 0). */
const dayOf = (raw: unknown): CalendarDay | undefined => (isCalendarDay(raw) ? raw : undefined);

/** Anything in the address bar → a valid filter; broken values are dropped, never an error page. */
export function parseDashboardSearch(raw: Record<string, unknown>): TDashboardSearch {
  const search: TDashboardSearch = {};
  const q = typeof raw.q === "string" ? raw.q.trim().slice(0, 200) : "";
  if (q) search.q = q;
  const sector = listOf(raw.sector, (v) => ZUuid.safeParse(v).data);
  if (sector) search.sector = sector.slice(0, 50);
  const country = listOf(raw.country, (v) => ZCountry.safeParse(v.toUpperCase()).data);
  if (country) search.country = country.slice(0, 50);
  const partner = listOf(raw.partner, (v) => ZUuid.safeParse(v).data);
  if (partner) search.partner = partner.slice(0, 50);
  let from = dayOf(raw.from);
  let to = dayOf(raw.to);
  // A period typed backwards is still a period.
  if (from && to && from > to) [from, to] = [to, from];
  if (from) search.from = from;
  if (to) search.to = to;
  return search;
}

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
