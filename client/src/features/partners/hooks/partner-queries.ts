import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { TPartnerLevel } from "@atlas/shared/enums";
import type { inferOutput } from "@trpc/tanstack-react-query";
import { trpc } from "../../../lib/trpc.ts";
import { useDebounced } from "../../../lib/use-debounced.ts";
import { partnerListInput, type TPartnerSearch } from "./partner-search.ts";

export type PartnerListItem = inferOutput<typeof trpc.partner.list>["items"][number];
export type PartnerDetail = inferOutput<typeof trpc.partner.byId>;

/** The filtered list, page by page ("Показать ещё"); the previous rows stay while a new filter loads. */
export function usePartnerList(search: TPartnerSearch) {
  return useInfiniteQuery(
    trpc.partner.list.infiniteQueryOptions(partnerListInput(search), {
      getNextPageParam: (page) => page.nextCursor ?? undefined,
      placeholderData: keepPreviousData,
    }),
  );
}

export function usePartner(id: string) {
  return useQuery(trpc.partner.byId.queryOptions({ id }));
}

/** Partners that others can belong to (countries, regions, cities), for the "part of" picker. */
export function useParentCandidates() {
  return useQuery(
    trpc.partner.list.queryOptions(
      { filter: { levels: ["COUNTRY", "REGION", "CITY"] }, sort: { field: "name", direction: "asc" }, limit: 500 },
      { staleTime: 60_000 },
    ),
  );
}

export type PartnerDossier = inferOutput<typeof trpc.partner.dossier>;

/** Everything about the partner and those below it (partner page, printed briefing). */
export function usePartnerDossier(id: string) {
  return useQuery(trpc.partner.dossier.queryOptions({ id }));
}
export type PartnerDossierQuery = ReturnType<typeof usePartnerDossier>;

/**
 * The duplicate guard of the partner form: partners already in the register named like
 * the one being typed (partner.findSimilar), of the chosen level if there is one.
 */
export function useSimilarPartners(name: string, level: TPartnerLevel | "", excludeId?: string) {
  const typed = useDebounced(name.trim(), 350);
  return useQuery(
    trpc.partner.findSimilar.queryOptions(
      { name: typed, ...(level ? { level } : {}), ...(excludeId ? { excludeId } : {}) },
      { enabled: typed.length >= 3, placeholderData: keepPreviousData, staleTime: 30_000 },
    ),
  );
}

export type PartnerStoryItem = inferOutput<typeof trpc.partner.story>["items"][number];

/** The partner's chronicle: the latest page first; «Раньше» fetches the page before the earliest shown. */
export function usePartnerStory(id: string) {
  return useInfiniteQuery(trpc.partner.story.infiniteQueryOptions({ id }, { getNextPageParam: (page) => page.earlier ?? undefined }));
}
