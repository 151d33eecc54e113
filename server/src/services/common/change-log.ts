import type { Prisma } from "@atlas/db/generated/prisma/client";
import type { Tx } from "../../db.ts";
import type { TEntityName } from "@atlas/shared/history";

/** The kinds of record the log knows; the list lives in shared/ so that history.byRecord validates against it. */
export type EntityName = TEntityName;

type Json = Prisma.InputJsonValue;

/**
 * Values as they are stored in the change log: decimals as strings; a Date as its ISO
 * timestamp, which is right for instants (completedAt) only. Business dates must reach
 * the log as calendar days (`YYYY-MM-DD` strings): convert the stored record with
 * utcDateToDay/dayOrNull before diffFields/snapshot, as the services do. Entries written
 * before calendar days hold timestamps and stay as they are.
 */
function toJson(value: unknown): Json | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object" && value !== null && "toFixed" in value) return String(value);
  return value as Json;
}

/** The fields of `after` whose value differs from `before`, as { field: { from, to } }. */
export function diffFields(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, { from: Json | null; to: Json | null }> {
  const changes: Record<string, { from: Json | null; to: Json | null }> = {};
  for (const [field, next] of Object.entries(after)) {
    if (next === undefined) continue;
    const from = toJson(before[field]);
    const to = toJson(next);
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }
  return changes;
}

export function snapshot(values: Record<string, unknown>): Record<string, Json | null> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, toJson(v)]));
}

/** Records one change in the history; call it inside the transaction that makes the change. */
export async function recordChange(
  tx: Tx,
  entry: {
    entity: EntityName;
    recordId: string;
    action: "CREATE" | "UPDATE" | "DELETE" | "RESTORE" | "STAGE_CHANGE";
    userId: string | null;
    changes: Record<string, unknown>;
  },
): Promise<void> {
  await tx.changeLog.create({
    data: { entity: entry.entity, recordId: entry.recordId, action: entry.action, userId: entry.userId, changes: entry.changes as Json },
  });
}
