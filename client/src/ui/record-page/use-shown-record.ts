// The record a record page shows. The route's loader has put it in the cache (or answered
// "not found"), so the page reads it without a loading state of its own; the tab is named
// after the record, so the browser history says which one it was.
import { useSuspenseQuery, type QueryKey, type UseSuspenseQueryOptions } from "@tanstack/react-query";
import { useDocumentTitle } from "../../lib/use-document-title.ts";

export function useShownRecord<TQueryFnData, TError, TData, TQueryKey extends QueryKey>(
  options: UseSuspenseQueryOptions<TQueryFnData, TError, TData, TQueryKey>,
  nameOf: (record: TData) => string,
): TData {
  const { data } = useSuspenseQuery(options);
  useDocumentTitle(nameOf(data));
  return data;
}
