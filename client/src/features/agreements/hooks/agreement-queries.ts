import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { inferOutput } from "@trpc/tanstack-react-query";
import { trpc } from "../../../lib/trpc.ts";
import { agreementListInput, type TAgreementSearch } from "./agreement-search.ts";

export type AgreementListItem = inferOutput<typeof trpc.agreement.list>["items"][number];
export type AgreementDetail = inferOutput<typeof trpc.agreement.byId>;
export type PlanItem = AgreementDetail["planItems"][number];

/** The filtered list, page by page ("Показать ещё"); the previous rows stay while a new filter loads. */
export function useAgreementList(search: TAgreementSearch) {
  return useInfiniteQuery(
    trpc.agreement.list.infiniteQueryOptions(agreementListInput(search), {
      getNextPageParam: (page) => page.nextCursor ?? undefined,
      placeholderData: keepPreviousData,
    }),
  );
}

export function useAgreement(id: string) {
  return useQuery(trpc.agreement.byId.queryOptions({ id }));
}
