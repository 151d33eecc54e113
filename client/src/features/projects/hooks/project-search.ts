// The projects list's view in the URL: the shared dashboard filter (text, sector, country,
// partner, period of the project's entry) plus the stage and the sort.
import { z } from "zod";
import { ZProjectStage, type TProjectStage } from "@atlas/shared/enums";
import type { TListProjectsInput } from "@atlas/shared/project";
import { listSortParams, searchList, type SortDirection } from "../../../lib/search-params.ts";
import { dashboardFilter, dashboardSearchShape, orderedPeriod, type TDashboardSearch } from "../../../lib/dashboard-search.ts";

export const projectSortFields = ["updatedAt", "title", "stage"] as const;
export type TProjectSortField = (typeof projectSortFields)[number];

export type TProjectSearch = TDashboardSearch & { stage?: TProjectStage[]; sort?: TProjectSortField; dir?: SortDirection };

/** Newest changes first; titles A→Я; stages from the idea onwards. */
export const projectSortParams = listSortParams(projectSortFields, "updatedAt", (field) => (field === "updatedAt" ? "desc" : "asc"));

/** The route's `validateSearch`: anything in the address bar → a valid view; broken values are dropped, never an error page. */
export const ZProjectSearch = z
  .object({ ...dashboardSearchShape, stage: searchList(ZProjectStage), ...projectSortParams.shape })
  .transform((search): TProjectSearch => projectSortParams.withoutDefaults(orderedPeriod(search)));

export function hasActiveFilter(search: TProjectSearch): boolean {
  return Boolean(search.q || search.sector?.length || search.country?.length || search.partner?.length || search.from || search.to || search.stage?.length);
}

/** The dashboard filter bar changed: its fields are replaced, ours stay. */
export function withDashboard({ stage, sort, dir }: TProjectSearch, next: TDashboardSearch): TProjectSearch {
  return { ...next, stage, sort, dir };
}

export const PAGE_SIZE = 50;

export function projectListInput(search: TProjectSearch): TListProjectsInput {
  return {
    filter: {
      ...dashboardFilter(search),
      ...(search.stage?.length ? { stages: search.stage } : {}),
    },
    sort: projectSortParams.current(search),
    limit: PAGE_SIZE,
  };
}
