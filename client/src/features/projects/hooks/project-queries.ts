import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { inferOutput } from "@trpc/tanstack-react-query";
import { trpc } from "../../../lib/trpc.ts";
import { projectListInput, type TProjectSearch } from "./project-search.ts";

export type ProjectListItem = inferOutput<typeof trpc.project.list>["items"][number];
export type ProjectDetail = inferOutput<typeof trpc.project.byId>;

export function useProjectList(search: TProjectSearch) {
  return useInfiniteQuery(
    trpc.project.list.infiniteQueryOptions(projectListInput(search), {
      getNextPageParam: (page) => page.nextCursor ?? undefined,
      placeholderData: keepPreviousData,
    }),
  );
}

export function useProject(id: string) {
  return useQuery(trpc.project.byId.queryOptions({ id }));
}
