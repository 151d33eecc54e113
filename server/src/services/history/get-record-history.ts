import type { z } from "zod";
import type { THistoryEntry, THistoryFieldChange, THistoryValue, TRecordHistoryPage, ZRecordHistoryInput } from "@atlas/shared/history";
import { entityNames, entityRegistry } from "@atlas/shared/entity-registry";
import { Prisma, type Tx } from "../../db.ts";
import type { EntityName } from "../common/change-log.ts";
import { listPage } from "../common/list-page.ts";
import { toTimestamp } from "@atlas/shared/timestamp";

const changeLogSelect = {
  id: true,
  entity: true,
  recordId: true,
  action: true,
  at: true,
  changes: true,
  user: { select: { id: true, name: true, email: true } },
} satisfies Prisma.ChangeLogSelect;

type ChangeLogRow = Prisma.ChangeLogGetPayload<{ select: typeof changeLogSelect }>;

/**
 * The change log of one record, newest first. An agreement's history also holds the
 * entries of its plan items: each of them carries the agreementId in its changes
 * (add, edit and remove all write it), so removed plan items are found too, in the
 * same query. A record that no longer exists still has its history; an id that never
 * existed has an empty one.
 */
export async function getRecordHistory({ prisma, input }: { prisma: Tx; input: z.output<typeof ZRecordHistoryInput> }): Promise<TRecordHistoryPage> {
  const own: Prisma.ChangeLogWhereInput = { entity: input.entity, recordId: input.id };
  const where: Prisma.ChangeLogWhereInput =
    input.entity === "agreement" ? { OR: [own, { entity: "planItem" satisfies EntityName, changes: { path: ["agreementId"], equals: input.id } }] } : own;
  const page = await listPage({
    input,
    // Timestamps have millisecond precision; the id only makes the order of ties stable.
    findMany: (p) => prisma.changeLog.findMany({ where, select: changeLogSelect, orderBy: [{ at: "desc" }, { id: "desc" }], ...p }),
    count: (take) => prisma.changeLog.count({ where, take }),
  });
  const items = page.items.map(toEntry);
  return { ...page, items, names: await namesOf(prisma, items, input.entity) };
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every id a value holds: related records are logged as ids, lists of ids, or objects with ids (stops, participants). */
function collectIds(value: unknown, into: Set<string>): void {
  if (typeof value === "string") {
    if (uuidPattern.test(value)) into.add(value.toLowerCase());
  } else if (Array.isArray(value)) {
    for (const v of value) collectIds(v, into);
  } else if (isRecord(value)) {
    for (const [k, v] of Object.entries(value)) {
      // Participants' roles are keyed by the person's id.
      if (uuidPattern.test(k)) into.add(k.toLowerCase());
      collectIds(v, into);
    }
  }
}

/** The tables whose records have a name, as the entity registry lists them. */
const namedTables = entityNames.flatMap((entity) => {
  const { table, titleColumn } = entityRegistry[entity];
  return titleColumn === null ? [] : [{ table, titleColumn }];
});

/**
 * Names of the records the changes refer to by id (partners, sectors, people…), so the
 * history reads "Партнёры: Казахстан → Казахстан, Алматинская область" instead of ids;
 * also the related records whose entries the page holds (plan items of an agreement).
 * One query over the tables those ids can point to, deleted records included: a name
 * in the history stays readable after the record is gone.
 */
async function namesOf(prisma: Tx, entries: THistoryEntry[], entity: string): Promise<Record<string, string>> {
  const ids = new Set<string>();
  for (const entry of entries) {
    for (const change of entry.changes) collectIds([change.from, change.to], ids);
    // A related record's entry (a plan item of an agreement) is titled by that record.
    if (entry.entity !== entity) ids.add(entry.recordId.toLowerCase());
  }
  if (ids.size === 0) return {};
  const list = [...ids];
  const rows = await prisma.$queryRaw<Array<{ id: string; name: string }>>`${Prisma.join(
    namedTables.map(
      (t) => Prisma.sql`SELECT id::text AS id, ${Prisma.raw(`"${t.titleColumn}"`)} AS name FROM ${Prisma.raw(`"${t.table}"`)} WHERE id = ANY(${list}::uuid[])`,
    ),
    " UNION ALL ",
  )}`;
  return Object.fromEntries(rows.map((r) => [r.id, r.name]));
}

function toEntry(row: ChangeLogRow): THistoryEntry {
  return {
    id: row.id,
    entity: row.entity as EntityName,
    recordId: row.recordId,
    action: row.action,
    at: toTimestamp(row.at),
    user: row.user,
    changes: fieldChanges(row),
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isFromTo = (v: unknown): v is { from: THistoryValue; to: THistoryValue } => isRecord(v) && "from" in v && "to" in v && Object.keys(v).length === 2;

/** The stored `changes` JSON as a list of fields: { field: { from, to } } for edits, a snapshot otherwise. */
function fieldChanges(row: ChangeLogRow): THistoryFieldChange[] {
  if (!isRecord(row.changes)) return [];
  // The column is JSON: every value in it is a JSON value.
  const entries = Object.entries(row.changes as Record<string, THistoryValue>);
  switch (row.action) {
    case "UPDATE":
    case "STAGE_CHANGE":
      return (
        entries
          // A plan item's edit carries its agreementId as context (update-plan-item.ts), not as a change.
          .filter(([field, value]) => !(row.entity === "planItem" && field === "agreementId" && !isFromTo(value)))
          .map(([field, value]) => (isFromTo(value) ? { field, from: value.from, to: value.to } : { field, from: null, to: value }))
      );
    case "DELETE":
      return entries.map(([field, value]) => ({ field, from: value, to: null }));
    case "CREATE":
    case "RESTORE":
      return entries.map(([field, value]) => ({ field, from: null, to: value }));
  }
}
