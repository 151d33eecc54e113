// The projects list's view in the URL: the shared dashboard filter (text, sector, country,
// partner, period of the project's entry) plus the stage and the sort.
import { z } from "zod";
import { ZProjectStage, type TProjectStage } from "@atlas/shared/enums";
import type { TListProjectsInput } from "@atlas/shared/project";
import { listOf } from "../../../lib/search-params.ts";
import { dashboardFilter, parseDashboardSearch, type TDashboardSearch } from "../../../lib/dashboard-search.ts";

export const projectSortFields = ["updatedAt", "title", "stage"] as const;
export type TProjectSortField = (typeof projectSortFields)[number];

export type TProjectSearch = TDashboardSearch & { stage?: TProjectStage[]; sort?: TProjectSortField; dir?: "asc" | "desc" };

const ZSort = z.enum(projectSortFields);
const ZDir = z.enum(["asc", "desc"]);

/** Newest changes first; titles A→Я; stages from the idea onwards. */
export function defaultDirection(field: TProjectSortField): "asc" | "desc" {
  return field === "updatedAt" ? "desc" : "asc";
}

export function parseProjectSearch(raw: Record<string, unknown>): TProjectSearch {
  const search: TProjectSearch = parseDashboardSearch(raw);
  const stage = listOf(raw.stage, (v) => ZProjectStage.safeParse(v).data);
  if (stage) search.stage = stage;
  const sort = ZSort.safeParse(raw.sort).data;
  if (sort && sort !== "updatedAt") search.sort = sort;
  const dir = ZDir.safeParse(raw.dir).data;
  if (dir && dir !== defaultDirection(sort ?? "updatedAt")) search.dir = dir;
  return search;
}

export function projectSort(search: TProjectSearch): { field: TProjectSortField; direction: "asc" | "desc" } {
  const field = search.sort ?? "updatedAt";
  return { field, direction: search.dir ?? defaultDirection(field) };
}

export function withSort(search: TProjectSearch, field: TProjectSortField, direction: "asc" | "desc"): TProjectSearch {
  return parseProjectSearch({ ...search, sort: field, dir: direction } as Record<string, unknown>);
}

export function hasActiveFilter(search: TProjectSearch): boolean {
  return Boolean(search.q || search.sector?.length || search.country?.length || search.partner?.length || search.from || search.to || search.stage?.length);
}

/** The dashboard filter bar changed: its fields are replaced, ours stay. */
export function withDashboard(search: TProjectSearch, next: TDashboardSearch): TProjectSearch {
  const { stage, sort, dir } = search;
  return parseProjectSearch({ ...next, stage, sort, dir } as Record<string, unknown>);
}

export const PAGE_SIZE = 50;

export function projectListInput(search: TProjectSearch): TListProjectsInput {
  return {
    filter: {
      ...dashboardFilter(search),
      ...(search.stage?.length ? { stages: search.stage } : {}),
    },
    sort: projectSort(search),
    limit: PAGE_SIZE,
  };
}
