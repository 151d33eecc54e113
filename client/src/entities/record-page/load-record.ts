// Route loaders of record pages: the record is in the cache before the page renders, and a
// record that is not there (deleted, or an address that was never valid) is the route's
// "not found", not an error.
import { notFound } from "@tanstack/react-router";
import type { EnsureQueryDataOptions, QueryClient, QueryKey } from "@tanstack/react-query";
import { errorCode } from "../../lib/errors.ts";

/** NOT_FOUND, or BAD_REQUEST for an id that is not one (a mistyped address). */
export function isMissingRecord(error: unknown): boolean {
  const code = errorCode(error);
  return code === "NOT_FOUND" || code === "BAD_REQUEST";
}

/** For a route's `loader`: fetch the record unless cached; the page then reads it with `useSuspenseQuery` and the same options. */
export async function ensureRecord<TData, TError, TKey extends QueryKey>(
  queryClient: QueryClient,
  options: EnsureQueryDataOptions<TData, TError, TData, TKey>,
): Promise<void> {
  try {
    await queryClient.ensureQueryData(options);
  } catch (error) {
    if (isMissingRecord(error)) throw notFound();
    throw error;
  }
}
