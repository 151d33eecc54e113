// The events list's view in the URL: the shared dashboard filter (text, sector, country,
// partner, period) plus what only this list has: upcoming/past/all, kind, and the sort.
// A copied link opens the same view; broken values are dropped, never an error page.
import { z } from "zod";
import { ZEventKind, type TEventKind } from "@atlas/shared/enums";
import type { TListEventsInput } from "@atlas/shared/event";
import { addDays, type CalendarDay } from "@atlas/shared/calendar-day";
import { dashboardFilter, dashboardSearchShape, orderedPeriod, type TDashboardSearch } from "../../../lib/dashboard-search.ts";
import { listSortParams, searchList, searchOption, type SortDirection } from "../../../lib/search-params.ts";

export const eventSortFields = ["startsAt", "title", "createdAt"] as const;
export type TEventSortField = (typeof eventSortFields)[number];

/**
 * Which events: those not over yet (the default), those that started before today (an
 * event running now is in both), or all.
 */
export const eventWhens = ["upcoming", "past", "all"] as const;
export type TEventWhen = (typeof eventWhens)[number];

export type TEventSearch = TDashboardSearch & {
  when?: Exclude<TEventWhen, "upcoming">;
  kind?: TEventKind[];
  sort?: TEventSortField;
  dir?: SortDirection;
};

export function eventWhen(search: TEventSearch): TEventWhen {
  return search.when ?? "upcoming";
}

/** Coming events soonest first; past ones most recent first; names A→Я; newest records first. */
export const eventSortParams = listSortParams(eventSortFields, "startsAt", (field, search: TEventSearch): SortDirection => {
  if (field === "title") return "asc";
  if (field === "createdAt") return "desc";
  return eventWhen(search) === "upcoming" ? "asc" : "desc";
});

/** The route's `validateSearch`: anything in the address bar → a valid view; broken values are dropped, never an error page. */
export const ZEventSearch = z
  .object({ ...dashboardSearchShape, when: searchOption(["past", "all"]), kind: searchList(ZEventKind), ...eventSortParams.shape })
  .transform((search): TEventSearch => eventSortParams.withoutDefaults(orderedPeriod(search)));

/** Switching upcoming/past keeps the filter; the direction follows the new default. */
export function withWhen(search: TEventSearch, when: TEventWhen): TEventSearch {
  const { dir: _dir, ...rest } = search;
  return eventSortParams.withoutDefaults({ ...rest, when: when === "upcoming" ? undefined : when });
}

/** The dashboard filter bar changed: its fields are replaced, ours stay. */
export function withDashboard({ when, kind, sort, dir }: TEventSearch, next: TDashboardSearch): TEventSearch {
  return { ...next, when, kind, sort, dir };
}

export function hasActiveFilter(search: TEventSearch): boolean {
  return Boolean(search.q || search.sector?.length || search.country?.length || search.partner?.length || search.from || search.to || search.kind?.length);
}

export const PAGE_SIZE = 50;

/** What event.list gets for this view (the infinite query adds the cursor); `today` is the home region's day. */
export function eventListInput(search: TEventSearch, today: CalendarDay): TListEventsInput {
  const filter: TListEventsInput["filter"] = { ...dashboardFilter(search) };
  const when = eventWhen(search);
  // Not over yet in the home region's calendar: the server knows that day; a month-long
  // event is over only when its month is.
  if (when === "upcoming") filter.upcoming = true;
  if (when === "past") {
    // Started before today: the period's end is cut at yesterday.
    const yesterday = addDays(today, -1);
    filter.to = filter.to && filter.to < yesterday ? filter.to : yesterday;
  }
  if (search.kind?.length) filter.kinds = search.kind;
  return { filter, sort: eventSortParams.current(search), limit: PAGE_SIZE };
}
