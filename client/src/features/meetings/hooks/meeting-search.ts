// The meetings list's filter and sort in the URL: the dashboard's shared params
// (q, sector, country, partner, from, to — lib/dashboard-search.ts) plus the kind of
// contact and the sort, so a view copied from the overview keeps its filter here.
import { z } from "zod";
import { ZInteractionKind, type TInteractionKind } from "@atlas/shared/enums";
import type { TListMeetingsInput } from "@atlas/shared/meeting";
import { dashboardFilter, dashboardSearchShape, hasDashboardFilter, orderedPeriod, type TDashboardSearch } from "../../../lib/dashboard-search.ts";
import { listSortParams, searchList, type SortDirection } from "../../../lib/search-params.ts";

export const meetingSortFields = ["startsAt", "title", "createdAt"] as const;
export type TMeetingSortField = (typeof meetingSortFields)[number];

export type TMeetingSearch = TDashboardSearch & {
  kind?: TInteractionKind[];
  sort?: TMeetingSortField;
  dir?: SortDirection;
};

/** Newest first by date and by entry; titles A→Я. */
export const meetingSortParams = listSortParams(meetingSortFields, "startsAt", (field) => (field === "title" ? "asc" : "desc"));

/** The route's `validateSearch`: anything in the address bar → a valid filter; broken values are dropped, never an error page. */
export const ZMeetingSearch = z
  .object({ ...dashboardSearchShape, kind: searchList(ZInteractionKind), ...meetingSortParams.shape })
  .transform((search): TMeetingSearch => meetingSortParams.withoutDefaults(orderedPeriod(search)));

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
    sort: meetingSortParams.current(search),
    limit: PAGE_SIZE,
  };
}
