// A table over one plain query (a short list loaded whole, not a server-paged register):
// when the query fails, the error with a retry stands in its place; otherwise the table
// with its loading and empty states. (Paged registers use entities/list-page/list-results.tsx.)
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { isNetworkError } from "../../lib/errors.ts";
import { ErrorState } from "../states.tsx";
import { Table, type Column } from "../table.tsx";

/** What these pieces read of a TanStack query. */
type FailedQuery = { error: unknown; refetch: () => unknown };
type RowsQuery<T> = FailedQuery & { data: T[] | undefined; isPending: boolean; isError: boolean };

/** A failed query: "no connection" or "could not load", with a retry. */
export function QueryErrorState({ query }: { query: FailedQuery }): ReactNode {
  const { t } = useTranslation();
  return <ErrorState message={isNetworkError(query.error) ? t("errors.network") : t("errors.load")} onRetry={() => void query.refetch()} />;
}

type QueryTableProps<T> = {
  query: RowsQuery<T>;
  caption: string;
  columns: Array<Column<T>>;
  rowKey: (row: T) => string;
  rowClassName?: (row: T) => string | undefined;
  empty: ReactNode;
};

export function QueryTable<T>({ query, caption, columns, rowKey, rowClassName, empty }: QueryTableProps<T>): ReactNode {
  if (query.isError) return <QueryErrorState query={query} />;
  return (
    <Table caption={caption} columns={columns} rows={query.data ?? []} rowKey={rowKey} loading={query.isPending} rowClassName={rowClassName} empty={empty} />
  );
}
