// The exports list's filter and sort in the URL (conventions 13): period, category,
// destination (a partner, with everything below it), sort by period or value.
import { z } from "zod";
import type { TListExportFiguresInput } from "@atlas/shared/export";
import type { TDashboardFilter } from "@atlas/shared/dashboard";
import { isCalendarDay, type CalendarDay } from "@atlas/shared/calendar-day";
import { listOf } from "../../../lib/search-params.ts";

export const exportSortFields = ["periodStart", "value"] as const;
export type TExportSortField = (typeof exportSortFields)[number];

export type TExportSearch = {
  /** Calendar days, YYYY-MM-DD; figures whose period overlaps [from, to]. */
  from?: string;
  to?: string;
  category?: string[];
  /** Destination partners (a country includes its regions and cities). */
  dest?: string[];
  sort?: TExportSortField;
  dir?: "asc" | "desc";
};

const ZUuid = z.uuid();
/** A real day in the supported range (no 2024-02-30, no year 0). */
const dayOf = (raw: unknown): CalendarDay | undefined => (isCalendarDay(raw) ? raw : undefined);
const ZSort = z.enum(exportSortFields);
const ZDir = z.enum(["asc", "desc"]);

/** Anything in the address bar → a valid filter; broken values are dropped, never an error page. */
export function parseExportSearch(raw: Record<string, unknown>): TExportSearch {
  const search: TExportSearch = {};
  let from = dayOf(raw.from);
  let to = dayOf(raw.to);
  if (from && to && from > to) [from, to] = [to, from];
  if (from) search.from = from;
  if (to) search.to = to;
  const category = listOf(raw.category, (v) => ZUuid.safeParse(v).data);
  if (category) search.category = category.slice(0, 50);
  const dest = listOf(raw.dest, (v) => ZUuid.safeParse(v).data);
  if (dest) search.dest = dest.slice(0, 50);
  const sort = ZSort.safeParse(raw.sort).data;
  if (sort && sort !== "periodStart") search.sort = sort;
  const dir = ZDir.safeParse(raw.dir).data;
  if (dir && dir !== "desc") search.dir = dir;
  return search;
}

export function exportSort(search: TExportSearch): { field: TExportSortField; direction: "asc" | "desc" } {
  return { field: search.sort ?? "periodStart", direction: search.dir ?? "desc" };
}

/** Newest periods and largest values first; the default sort stays out of the URL. */
export function withExportSort(search: TExportSearch, field: TExportSortField, direction: "asc" | "desc"): TExportSearch {
  return parseExportSearch({ ...search, sort: field, dir: direction } as Record<string, unknown>);
}

export function hasExportFilter(search: TExportSearch): boolean {
  return Boolean(search.from || search.to || search.category?.length || search.dest?.length);
}

export const EXPORT_PAGE_SIZE = 50;

export function exportListInput(search: TExportSearch): TListExportFiguresInput {
  return {
    filter: {
      ...(search.from ? { from: search.from } : {}),
      ...(search.to ? { to: search.to } : {}),
      ...(search.category?.length ? { categoryIds: search.category } : {}),
      ...(search.dest?.length ? { partnerIds: search.dest } : {}),
    },
    sort: exportSort(search),
    limit: EXPORT_PAGE_SIZE,
  };
}

/** The same filter for the export chart (dashboard.charts). */
export function exportChartFilter(search: TExportSearch): TDashboardFilter {
  return {
    ...(search.from ? { from: search.from } : {}),
    ...(search.to ? { to: search.to } : {}),
    ...(search.dest?.length ? { partnerIds: search.dest } : {}),
  };
}
