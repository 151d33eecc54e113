// The projects list's view in the URL: text, stage and the sort.
import { z } from "zod";
import { ZProjectStage, type TProjectStage } from "@atlas/shared/enums";
import type { TListProjectsInput } from "@atlas/shared/project";
import { listOf } from "../../../lib/search-params.ts";

export const projectSortFields = ["updatedAt", "title", "stage"] as const;
export type TProjectSortField = (typeof projectSortFields)[number];

export type TProjectSearch = { q?: string; stage?: TProjectStage[]; sort?: TProjectSortField; dir?: "asc" | "desc" };

const ZSort = z.enum(projectSortFields);
const ZDir = z.enum(["asc", "desc"]);

/** Newest changes first; titles A→Я; stages from the idea onwards. */
export function defaultDirection(field: TProjectSortField): "asc" | "desc" {
  return field === "updatedAt" ? "desc" : "asc";
}

export function parseProjectSearch(raw: Record<string, unknown>): TProjectSearch {
  const search: TProjectSearch = {};
  const q = typeof raw.q === "string" ? raw.q.trim().slice(0, 200) : "";
  if (q) search.q = q;
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
  return Boolean(search.q || search.stage?.length);
}

export const PAGE_SIZE = 50;

export function projectListInput(search: TProjectSearch): TListProjectsInput {
  return {
    filter: {
      ...(search.q ? { q: search.q } : {}),
      ...(search.stage?.length ? { stages: search.stage } : {}),
    },
    sort: projectSort(search),
    limit: PAGE_SIZE,
  };
}
