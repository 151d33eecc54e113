import type { z } from "zod";
import { deletedEntities, entityRegistry } from "@atlas/shared/entity-registry";
import type { TDeletedEntity, TDeletedRecord, TDeletedRecordsPage, ZDeletedRecordsInput } from "@atlas/shared/history";
import { LIST_COUNT_BOUND } from "@atlas/shared/common";
import { Prisma, type Tx } from "../../db.ts";
import { toTimestamp, type Timestamp } from "@atlas/shared/timestamp";

type Row = {
  total: number;
  entity: TDeletedEntity | null;
  id: string | null;
  title: string | null;
  version: number | null;
  deleted_at: Date | null;
  user_id: string | null;
  user_name: string | null;
  user_email: string | null;
};

/** The table behind each kind of record, as the change log names it. */
const tables = deletedEntities.map((entity) => ({ entity, table: entityRegistry[entity].table, title: entityRegistry[entity].titleColumn }));

const encodeCursor = (r: { deletedAt: Timestamp; entity: string; id: string }) => `${r.deletedAt}~${r.entity}~${r.id}`;

function decodeCursor(cursor: string): { at: Date; entity: string; id: string } {
  const [at, entity, id] = cursor.split("~") as [string, string, string];
  return { at: new Date(at), entity, id };
}

/**
 * Soft-deleted records of the kinds /admin/deleted shows (meetings, agreements, events
 * and projects, as the entity registry lists them), newest deletion first, each
 * with who deleted it (the latest DELETE entry of the change log), in one query: the
 * total under the filter comes with the page, and an empty page still brings it. Like
 * every list's (common/list-page.ts), the total counts at most LIST_COUNT_BOUND + 1 rows.
 * Keyset pagination on (deletedAt, entity, id), so restoring a row between pages
 * shifts nothing.
 */
export async function listDeleted({ prisma, input }: { prisma: Tx; input: z.output<typeof ZDeletedRecordsInput> }): Promise<TDeletedRecordsPage> {
  const wanted = input.entity ? tables.filter((t) => t.entity === input.entity) : tables;
  const union = Prisma.join(
    wanted.map(
      (t) => Prisma.sql`
        SELECT ${t.entity}::text AS entity, x.id, x.${Prisma.raw(`"${t.title}"`)} AS title, x.version, x."deletedAt" AS deleted_at
          FROM ${Prisma.raw(`"${t.table}"`)} x
         WHERE x."deletedAt" IS NOT NULL ${input.id ? Prisma.sql`AND x.id = ${input.id}::uuid` : Prisma.empty}`,
    ),
    " UNION ALL ",
  );
  const after = input.cursor ? decodeCursor(input.cursor) : null;
  const cursorCondition = after
    ? Prisma.sql`WHERE (d.deleted_at, d.entity, d.id::text) < (${after.at}::timestamp, ${after.entity}::text, ${after.id}::text)`
    : Prisma.empty;

  const rows = await prisma.$queryRaw<Row[]>`
    WITH deleted AS (${union}),
    page AS (
      SELECT d.entity, d.id::text AS id, d.title, d.version, d.deleted_at,
             u.id::text AS user_id, u.name AS user_name, u.email AS user_email
        FROM deleted d
        LEFT JOIN LATERAL (
          SELECT c."userId" FROM "ChangeLog" c
           WHERE c.entity = d.entity AND c."recordId" = d.id AND c.action = 'DELETE'
           ORDER BY c.at DESC, c.id DESC
           LIMIT 1
        ) del ON true
        LEFT JOIN "User" u ON u.id = del."userId"
        ${cursorCondition}
       ORDER BY d.deleted_at DESC, d.entity DESC, d.id::text DESC
       LIMIT ${input.limit + 1}
    )
    SELECT t.total, p.*
      FROM (SELECT count(*)::int AS total FROM (SELECT 1 FROM deleted LIMIT ${LIST_COUNT_BOUND + 1}) bounded) t
      LEFT JOIN page p ON true
     ORDER BY p.deleted_at DESC, p.entity DESC, p.id DESC`;

  const counted = rows[0]?.total ?? 0;
  const all: TDeletedRecord[] = rows
    .filter((r) => r.id !== null)
    .map((r) => ({
      entity: r.entity as TDeletedEntity,
      id: r.id as string,
      title: r.title as string,
      version: r.version as number,
      deletedAt: toTimestamp(r.deleted_at as Date),
      deletedBy: r.user_id ? { id: r.user_id, name: r.user_name as string, email: r.user_email as string } : null,
    }));
  const hasMore = all.length > input.limit;
  const items = hasMore ? all.slice(0, input.limit) : all;
  const last = items.at(-1);
  return {
    items,
    nextCursor: hasMore && last ? encodeCursor(last) : null,
    total: Math.min(counted, LIST_COUNT_BOUND),
    totalIsLowerBound: counted > LIST_COUNT_BOUND,
  };
}
