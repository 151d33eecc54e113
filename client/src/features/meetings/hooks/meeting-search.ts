// The meetings list's filter and sort in the URL: the dashboard's shared params
// (q, sector, country, partner, from, to — lib/dashboard-search.ts) plus the kind of
// contact and the sort, so a view copied from the overview keeps its filter here.
import { z } from "zod";
import { ZInteractionKind, type TInteractionKind } from "@atlas/shared/enums";
import type { TListMeetingsInput } from "@atlas/shared/meeting";
import { dashboardFilter, hasDashboardFilter, parseDashboardSearch, type TDashboardSearch } from "../../../lib/dashboard-search.ts";
import { listOf } from "../../../lib/search-params.ts";

export const meetingSortFields = ["startsAt", "title", "createdAt"] as const;
export type TMeetingSortField = (typeof meetingSortFields)[number];

export type TMeetingSearch = TDashboardSearch & {
  kind?: TInteractionKind[];
  sort?: TMeetingSortField;
  dir?: "asc" | "desc";
};

const ZSort = z.enum(meetingSortFields);
const ZDir = z.enum(["asc", "desc"]);

/** Newest first by date and by entry; titles A→Я. */
export function defaultDirection(field: TMeetingSortField): "asc" | "desc" {
  return field === "title" ? "asc" : "desc";
}

/** Anything in the address bar → a valid filter; broken values are dropped, never an error page. */
export function parseMeetingSearch(raw: Record<string, unknown>): TMeetingSearch {
  const search: TMeetingSearch = parseDashboardSearch(raw);
  const kind = listOf(raw.kind, (v) => ZInteractionKind.safeParse(v).data);
  if (kind) search.kind = kind;
  const sort = ZSort.safeParse(raw.sort).data;
  if (sort && sort !== "startsAt") search.sort = sort;
  const dir = ZDir.safeParse(raw.dir).data;
  if (dir && dir !== defaultDirection(sort ?? "startsAt")) search.dir = dir;
  return search;
}

export function meetingSort(search: TMeetingSearch): { field: TMeetingSortField; direction: "asc" | "desc" } {
  const field = search.sort ?? "startsAt";
  return { field, direction: search.dir ?? defaultDirection(field) };
}

export function withSort(search: TMeetingSearch, field: TMeetingSortField, direction: "asc" | "desc"): TMeetingSearch {
  return parseMeetingSearch({ ...search, sort: field, dir: direction } as Record<string, unknown>);
}

export function hasMeetingFilter(search: TMeetingSearch): boolean {
  return hasDashboardFilter(search) || Boolean(search.kind?.length);
}

/** The dashboard part only (what the shared filter bar edits). */
export function dashboardPart({ kind: _kind, sort: _sort, dir: _dir, ...rest }: TMeetingSearch): TDashboardSearch {
  return rest;
}

export const PAGE_SIZE = 50;

export function meetingListInput(search: TMeetingSearch): TListMeetingsInput {
  return {
    filter: {
      ...dashboardFilter(search),
      ...(search.kind?.length ? { kinds: search.kind } : {}),
    },
    sort: meetingSort(search),
    limit: PAGE_SIZE,
  };
}
