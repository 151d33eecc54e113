import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { inferOutput } from "@trpc/tanstack-react-query";
import { trpc } from "../../../lib/trpc.ts";
import { useDebounced } from "../../../lib/use-debounced.ts";

export type PersonDetail = inferOutput<typeof trpc.person.byId>;

export function usePerson(id: string) {
  return useQuery(trpc.person.byId.queryOptions({ id }));
}

/** Partners a person can belong to, for the form's picker. */
export function usePartnerOptions() {
  return useQuery(trpc.partner.list.queryOptions({ sort: { field: "name", direction: "asc" }, limit: 500 }, { staleTime: 60_000 }));
}

/**
 * The duplicate guard: existing people named like the one being typed (person.findSimilar),
 * once at least three letters are there. `excludeId` leaves out the person being edited.
 */
export function useSimilarPeople(fullName: string, excludeId?: string) {
  const name = useDebounced(fullName.trim(), 350);
  return useQuery(
    trpc.person.findSimilar.queryOptions(
      { fullName: name, ...(excludeId ? { excludeId } : {}) },
      { enabled: name.length >= 3, placeholderData: keepPreviousData, staleTime: 30_000 },
    ),
  );
}
