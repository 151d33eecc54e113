// Paging shared by every list service: Prisma's cursor over an order that always ends
// with id, and the total under the same filter unless the caller skips it. The total
// never scans a large table: it is exact when a cheap source knows it (the meetings'
// tallies) or when at most LIST_COUNT_BOUND rows match, and otherwise only known to be
// more than that (issue 16: an exact COUNT under a filter was most of a page's cost).
import { LIST_COUNT_BOUND } from "@atlas/shared/common";
import type { Tx } from "../../db.ts";

/**
 * What a procedure or a download passes to a list service. `countTotal: false` skips the
 * count under the filter: a download reads page after page and shows no total.
 */
export type ListCall<TInput, C extends boolean> = { prisma: Tx; input: TInput; countTotal?: C };

/** A page's total: counted unless the caller said `countTotal: false`. */
export type PageTotal<C extends boolean> = C extends false ? null : number;

/** The rows Prisma reads for a page: one more than the limit, to tell whether another page follows. */
export type PageWindow = { take: number; skip?: number; cursor?: { id: string } };

type SortDirection = "asc" | "desc";

/**
 * A list's order: the field the user sorts by, then id the same way, so that rows with
 * equal values keep their place from one page to the next. Fields named in `nullsLast`
 * may be empty, and a row without a value goes last whichever way the list is sorted
 * (PostgreSQL would put it first in a descending sort).
 */
export function orderThenById<F extends string>(sort: { field: F; direction: SortDirection }, nullsLast: readonly F[] = []) {
  const primary = nullsLast.includes(sort.field) ? { sort: sort.direction, nulls: "last" as const } : sort.direction;
  return [{ [sort.field]: primary }, { id: sort.direction }];
}

/**
 * The total of a filter from a count that stops after `take` rows (Prisma's
 * `count({ where, take })` is `SELECT count(*) FROM (SELECT … LIMIT take)`): it reads at
 * most one row more than the bound, whatever the table's size.
 */
export async function boundedTotal(
  countAtMost: (take: number) => Promise<number>,
  bound: number = LIST_COUNT_BOUND,
): Promise<{ total: number; totalIsLowerBound: boolean }> {
  const counted = await countAtMost(bound + 1);
  return counted > bound ? { total: bound, totalIsLowerBound: true } : { total: counted, totalIsLowerBound: false };
}

/** One page of a list: `limit` rows after the cursor row, and the total under the same filter. */
export async function listPage<T extends { id: string }, C extends boolean = true>(args: {
  input: { cursor?: string | null; limit: number };
  countTotal?: C;
  findMany: (window: PageWindow) => Promise<T[]>;
  /** Counts the rows under the filter, stopping after `take` of them (`prisma.x.count({ where, take })`). */
  count: (take: number) => Promise<number>;
  /** Where the count stops (LIST_COUNT_BOUND unless the list says otherwise: SEARCH_COUNT_BOUND under a text search). */
  countBound?: number;
  /** The exact total when something cheaper than counting rows knows it (a maintained tally); null when it cannot tell. */
  knownTotal?: () => Promise<number | null>;
}): Promise<{
  items: T[];
  nextCursor: string | null;
  total: PageTotal<C>;
  /** More than `total` rows match: the count stopped at its bound. */
  totalIsLowerBound: boolean;
}> {
  const { cursor, limit } = args.input;
  const total = async () => {
    const known = args.knownTotal ? await args.knownTotal() : null;
    return known !== null ? { total: known, totalIsLowerBound: false } : boundedTotal(args.count, args.countBound);
  };
  const [rows, counted] = await Promise.all([
    args.findMany({ take: limit + 1, ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}) }),
    args.countTotal === false ? { total: null, totalIsLowerBound: false } : total(),
  ]);
  const hasMore = rows.length > limit;
  const items = hasMore ? rows.slice(0, limit) : rows;
  return {
    items,
    nextCursor: hasMore ? (items.at(-1)?.id ?? null) : null,
    total: counted.total as PageTotal<C>,
    totalIsLowerBound: counted.totalIsLowerBound,
  };
}
