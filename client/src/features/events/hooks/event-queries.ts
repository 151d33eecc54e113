import { keepPreviousData, useInfiniteQuery, useQueries, useQuery } from "@tanstack/react-query";
import type { inferOutput } from "@trpc/tanstack-react-query";
import { trpc } from "../../../lib/trpc.ts";
import { useHomeToday } from "../../../lib/home-today.ts";
import { countedTotal, type CountedTotal } from "../../../lib/list-total.ts";
import { eventListInput, eventWhens, withWhen, type TEventSearch, type TEventWhen } from "./event-search.ts";

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

/**
 * While a text search is typed, how many events each tab holds under it: a search
 * searches every tab, so «Горизонт» under «Предстоящие» can say the forum is under «Все».
 * One one-row page per tab (the server counts); none without a text search.
 */
export function useEventTabCounts(search: TEventSearch): Partial<Record<TEventWhen, CountedTotal>> | null {
  const today = useHomeToday();
  const active = Boolean(search.q?.trim());
  const results = useQueries({
    queries: eventWhens.map((when) => ({
      ...trpc.event.list.queryOptions({ ...eventListInput(withWhen(search, when), today), limit: 1 }),
      enabled: active,
      placeholderData: keepPreviousData,
    })),
  });
  if (!active) return null;
  const counts: Partial<Record<TEventWhen, CountedTotal>> = {};
  eventWhens.forEach((when, i) => {
    const page = results[i]?.data;
    if (page) counts[when] = countedTotal(page);
  });
  return counts;
}

export function useEvent(id: string) {
  return useQuery(trpc.event.byId.queryOptions({ id }));
}
