// Reference lists several features read; the query key is the same everywhere, so
// they share one cached answer.
import { useQuery } from "@tanstack/react-query";
import { trpc } from "./trpc.ts";

/** Sectors for the filters; a reference list that rarely changes. */
export function useSectorOptions() {
  return useQuery(trpc.sector.list.queryOptions({ limit: 500 }, { staleTime: 10 * 60_000 }));
}
