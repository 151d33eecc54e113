import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { inferOutput } from "@trpc/tanstack-react-query";
import { trpc } from "../../../lib/trpc.ts";
import { useHomeToday } from "../../../lib/home-today.ts";
import { eventListInput, type TEventSearch } from "./event-search.ts";

export type EventListItem = inferOutput<typeof trpc.event.list>["items"][number];
export type EventDetail = inferOutput<typeof trpc.event.byId>;

/** The filtered list, page by page ("Показать ещё"); the previous rows stay while a new filter loads. */
export function useEventList(search: TEventSearch) {
  const today = useHomeToday();
  return useInfiniteQuery(
    trpc.event.list.infiniteQueryOptions(eventListInput(search, today), {
      getNextPageParam: (page) => page.nextCursor ?? undefined,
      placeholderData: keepPreviousData,
    }),
  );
}

export function useEvent(id: string) {
  return useQuery(trpc.event.byId.queryOptions({ id }));
}

/** Countries (with their ISO code) for the filter bar's country list. */
export function useCountryOptions() {
  return useQuery(
    trpc.partner.list.queryOptions(
      { filter: { levels: ["COUNTRY"] }, sort: { field: "name", direction: "asc" }, limit: 500 },
      {
        staleTime: 10 * 60_000,
        select: (page) => page.items.filter((p) => p.isoCode && !p.isHome).map((p) => ({ code: p.isoCode as string, name: p.name })),
      },
    ),
  );
}
