// Building blocks for list filters shared by every entity.
import { searchTerms } from "@atlas/shared/search-text";
import type { TCommonFilter } from "@atlas/shared/common";
import { Prisma } from "@atlas/db/generated/prisma/client";
import type { Tx } from "../../db.ts";

/**
 * The partners named by a filter (by id or by country ISO code) and every partner
 * below them in the hierarchy, in one recursive query. Returns null when the filter
 * names no partner (no restriction), an empty array when it names unknown ones.
 */
export async function partnerScope(tx: Tx, filter: Pick<TCommonFilter, "partnerIds" | "countryCodes">): Promise<string[] | null> {
  const ids = filter.partnerIds ?? [];
  const codes = filter.countryCodes ?? [];
  if (ids.length === 0 && codes.length === 0) return null;
  const rows = await tx.$queryRaw<Array<{ id: string }>>`
    WITH RECURSIVE scope AS (
      SELECT p.id FROM "Partner" p
      WHERE p."deletedAt" IS NULL
        AND (p.id = ANY(${ids}::uuid[]) OR (p.level = 'COUNTRY' AND p."isoCode" = ANY(${codes}::text[])))
      UNION
      SELECT c.id FROM "Partner" c JOIN scope s ON c."parentId" = s.id WHERE c."deletedAt" IS NULL
    )
    SELECT id::text AS id FROM scope`;
  return rows.map((r) => r.id);
}

/** Every word of the query must occur in the record's searchText column. */
export function textCondition(q: string | undefined): Array<{ searchText: { contains: string } }> {
  return searchTerms(q).map((term) => ({ searchText: { contains: term } }));
}

/** A date column inside [from, to] (both ends inclusive, either may be open). */
export function dateRange(from: Date | undefined, to: Date | undefined): Prisma.DateTimeFilter | undefined {
  if (!from && !to) return undefined;
  return { ...(from ? { gte: from } : {}), ...(to ? { lte: to } : {}) };
}

/**
 * One page of a list: `limit` rows after the cursor row, plus the total under the
 * same filter. Sorting always ends with id so that pages are stable when the
 * sorted field has equal values.
 */
export async function paginate<T extends { id: string }>(args: {
  cursor: string | null | undefined;
  limit: number;
  findMany: (page: { take: number; skip?: number; cursor?: { id: string } }) => Promise<T[]>;
  count: () => Promise<number>;
}): Promise<{ items: T[]; nextCursor: string | null; total: number }> {
  const [rows, total] = await Promise.all([
    args.findMany({ take: args.limit + 1, ...(args.cursor ? { skip: 1, cursor: { id: args.cursor } } : {}) }),
    args.count(),
  ]);
  const hasMore = rows.length > args.limit;
  const items = hasMore ? rows.slice(0, args.limit) : rows;
  return { items, nextCursor: hasMore ? (items.at(-1)?.id ?? null) : null, total };
}
