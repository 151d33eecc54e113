// The reference lists the filter bars and forms offer as options. Each hook asks with
// the same input wherever it is used, so every page shares one cached answer; they
// change rarely, so the answer is kept ten minutes.
import { useQuery } from "@tanstack/react-query";
import { trpc } from "../../lib/trpc.ts";

const REFERENCE_STALE_MS = 10 * 60_000;

/** Sectors, for the sector select of the filters and the forms. */
export function useSectorOptions() {
  return useQuery(trpc.sector.list.queryOptions({ limit: 500 }, { staleTime: REFERENCE_STALE_MS }));
}

/**
 * Countries with an ISO code, for the filter bars' country select. The home country is
 * one of them: cooperation with other Russian regions is filtered by it too.
 */
export function useCountryOptions() {
  return useQuery(
    trpc.partner.list.queryOptions(
      { filter: { levels: ["COUNTRY"] }, sort: { field: "name", direction: "asc" }, limit: 500 },
      {
        staleTime: REFERENCE_STALE_MS,
        select: (page) => page.items.filter((p) => p.isoCode).map((p) => ({ code: p.isoCode as string, name: p.name })),
      },
    ),
  );
}
