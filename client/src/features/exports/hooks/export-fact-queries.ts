import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import type { inferOutput } from "@trpc/tanstack-react-query";
import type { TListExportFactsInput } from "@atlas/shared/export-fact";
import { trpc } from "../../../lib/trpc.ts";
import type { TExportSearch } from "./export-search.ts";

export type ExportFactItem = inferOutput<typeof trpc.exportFact.list>["items"][number];

export const EXPORT_FACT_PAGE_SIZE = 20;

/** The facts under the Exports page's filter: period overlap, category, partner (with everything below it). */
export function exportFactListInput(search: TExportSearch): TListExportFactsInput {
  return {
    filter: {
      ...(search.from ? { from: search.from } : {}),
      ...(search.to ? { to: search.to } : {}),
      ...(search.category?.length ? { categoryIds: search.category } : {}),
      ...(search.dest?.length ? { partnerIds: search.dest } : {}),
    },
    // Latest periods first; facts the source gives no period for after them.
    sort: { field: "periodStart", direction: "desc" },
    limit: EXPORT_FACT_PAGE_SIZE,
  };
}

export function useExportFactList(search: TExportSearch) {
  return useInfiniteQuery(
    trpc.exportFact.list.infiniteQueryOptions(exportFactListInput(search), {
      getNextPageParam: (page) => page.nextCursor ?? undefined,
      placeholderData: keepPreviousData,
    }),
  );
}
