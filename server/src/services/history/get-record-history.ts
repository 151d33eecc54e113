import type { z } from "zod";
import type { THistoryEntry, THistoryFieldChange, ZRecordHistoryInput } from "@atlas/shared/history";
import type { Prisma, Tx } from "../../db.ts";
import type { EntityName } from "../common/change-log.ts";
import { paginate } from "../common/filters.ts";

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
export async function getRecordHistory({ prisma, input }: { prisma: Tx; input: z.output<typeof ZRecordHistoryInput> }) {
  const own: Prisma.ChangeLogWhereInput = { entity: input.entity, recordId: input.id };
  const where: Prisma.ChangeLogWhereInput =
    input.entity === "agreement"
      ? { OR: [own, { entity: "planItem" satisfies EntityName, changes: { path: ["agreementId"], equals: input.id } }] }
      : own;
  const page = await paginate({
    cursor: input.cursor,
    limit: input.limit,
    // Timestamps have millisecond precision; the id only makes the order of ties stable.
    findMany: (p) => prisma.changeLog.findMany({ where, select: changeLogSelect, orderBy: [{ at: "desc" }, { id: "desc" }], ...p }),
    count: () => prisma.changeLog.count({ where }),
  });
  return { ...page, items: page.items.map(toEntry) };
}

function toEntry(row: ChangeLogRow): THistoryEntry {
  return {
    id: row.id,
    entity: row.entity as EntityName,
    recordId: row.recordId,
    action: row.action,
    at: row.at,
    user: row.user,
    changes: fieldChanges(row),
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isFromTo = (v: unknown): v is { from: unknown; to: unknown } =>
  isRecord(v) && "from" in v && "to" in v && Object.keys(v).length === 2;

/** The stored `changes` JSON as a list of fields: { field: { from, to } } for edits, a snapshot otherwise. */
function fieldChanges(row: ChangeLogRow): THistoryFieldChange[] {
  if (!isRecord(row.changes)) return [];
  const entries = Object.entries(row.changes);
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
