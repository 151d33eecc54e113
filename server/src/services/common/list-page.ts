// Paging shared by every list service: Prisma's cursor over an order that always ends
// with id, and the total under the same filter unless the caller skips it.
import type { Tx } from "../../db.ts";

/**
 * What a procedure or a download passes to a list service. `countTotal: false` skips the
 * exact COUNT under the filter: a download reads page after page and shows no total, and
 * on a large table that count, repeated for every page, took most of its time.
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

/** One page of a list: `limit` rows after the cursor row, and the total under the same filter. */
export async function listPage<T extends { id: string }, C extends boolean = true>(args: {
  input: { cursor?: string | null; limit: number };
  countTotal?: C;
  findMany: (window: PageWindow) => Promise<T[]>;
  count: () => Promise<number>;
}): Promise<{ items: T[]; nextCursor: string | null; total: PageTotal<C> }> {
  const { cursor, limit } = args.input;
  const [rows, total] = await Promise.all([
    args.findMany({ take: limit + 1, ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}) }),
    args.countTotal === false ? null : args.count(),
  ]);
  const hasMore = rows.length > limit;
  const items = hasMore ? rows.slice(0, limit) : rows;
  return { items, nextCursor: hasMore ? (items.at(-1)?.id ?? null) : null, total: total as PageTotal<C> };
}
