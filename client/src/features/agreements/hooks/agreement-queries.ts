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

/** Countries (with an ISO code) for the shared filter bar's country select. */
export function useCountryOptions() {
  return useQuery(
    trpc.partner.list.queryOptions(
      { filter: { levels: ["COUNTRY"] }, sort: { field: "name", direction: "asc" }, limit: 500 },
      {
        staleTime: 10 * 60_000,
        select: (page) => page.items.filter((p) => p.isoCode).map((p) => ({ code: p.isoCode as string, name: p.name })),
      },
    ),
  );
}
