import { useEffect } from "react";
import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { inferOutput } from "@trpc/tanstack-react-query";
import type { CalendarDay } from "@atlas/shared/calendar-day";
import { trpc } from "../../../lib/trpc.ts";
import { exportListInput, type TExportSearch } from "./export-search.ts";

export type ExportFigureItem = inferOutput<typeof trpc.exportFigure.list>["items"][number];
export type ExportCategoryItem = inferOutput<typeof trpc.exportCategory.list>["items"][number];
export type PartnerOption = inferOutput<typeof trpc.partner.list>["items"][number];

/** The filtered list, page by page; the previous rows stay while a new filter loads. */
export function useExportFigureList(search: TExportSearch) {
  return useInfiniteQuery(
    trpc.exportFigure.list.infiniteQueryOptions(exportListInput(search), {
      getNextPageParam: (page) => page.nextCursor ?? undefined,
      placeholderData: keepPreviousData,
    }),
  );
}

/** Export categories, a short reference list: the rows of the entry table and a filter. */
export function useExportCategories() {
  return useQuery(trpc.exportCategory.list.queryOptions({ sort: { field: "name", direction: "asc" }, limit: 500 }, { staleTime: 5 * 60_000 }));
}

/** Partners an export usually goes to (countries, regions, cities), by name. */
export function useDestinationOptions() {
  return useQuery(
    trpc.partner.list.queryOptions(
      { filter: { levels: ["COUNTRY", "REGION", "CITY"] }, sort: { field: "name", direction: "asc" }, limit: 500 },
      { staleTime: 5 * 60_000 },
    ),
  );
}

/**
 * Every stored figure of exactly this period (the list matches periods that overlap,
 * so the rest are dropped here), all pages.
 */
export function usePeriodFigures(periodStart: CalendarDay, periodEnd: CalendarDay) {
  const query = useInfiniteQuery(
    trpc.exportFigure.list.infiniteQueryOptions(
      { filter: { from: periodStart, to: periodEnd }, sort: { field: "periodStart", direction: "asc" }, limit: 500 },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const { hasNextPage, isFetchingNextPage, isError, fetchNextPage } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isError, fetchNextPage]);
  // Periods are calendar days: the same period is the same two strings.
  const figures = query.data?.pages.flatMap((p) => p.items).filter((f) => f.periodStart === periodStart && f.periodEnd === periodEnd);
  return { ...query, figures, complete: Boolean(query.data) && !query.hasNextPage };
}
