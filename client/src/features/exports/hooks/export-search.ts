// The exports list's filter and sort in the URL: period, category,
// destination (a partner, with everything below it), sort by period or value.
import { z } from "zod";
import type { TListExportFiguresInput } from "@atlas/shared/export";
import type { TDashboardFilter } from "@atlas/shared/dashboard";
import { listSortParams, searchDay, searchList, type SortDirection } from "../../../lib/search-params.ts";
import { orderedPeriod } from "../../../lib/dashboard-search.ts";

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
  dir?: SortDirection;
};

/** Newest periods and largest values first. */
export const exportSortParams = listSortParams(exportSortFields, "periodStart", () => "desc");

/** The route's `validateSearch`: anything in the address bar → a valid filter; broken values are dropped, never an error page. */
export const ZExportSearch = z
  .object({ from: searchDay, to: searchDay, category: searchList(z.uuid()), dest: searchList(z.uuid()), ...exportSortParams.shape })
  .transform((search): TExportSearch => exportSortParams.withoutDefaults(orderedPeriod(search)));

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
    sort: exportSortParams.current(search),
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
