// A record form that met a conflict starts again from the record as saved now
// (useRecordForm's `reload`): read fresh from the server, never from the cache, and
// turned into form values with the version the next save must name.
import type { FetchQueryOptions, QueryClient, QueryKey } from "@tanstack/react-query";

export async function fetchSavedRecord<R extends { version: number }, V, E, K extends QueryKey>(
  queryClient: QueryClient,
  query: FetchQueryOptions<R, E, R, K>,
  toValues: (record: R) => V,
): Promise<{ values: V; version: number }> {
  const current = await queryClient.fetchQuery({ ...query, staleTime: 0 });
  return { values: toValues(current), version: current.version };
}
