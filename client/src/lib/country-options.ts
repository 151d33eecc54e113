import { useQuery } from "@tanstack/react-query";
import { trpc } from "./trpc.ts";

/**
 * Countries with an ISO code, for the filter bars' country select (one request, kept ten
 * minutes; every page that filters by country shares it). The home country is one of
 * them: cooperation with other Russian regions is filtered by it too.
 */
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
