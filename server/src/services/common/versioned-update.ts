import type { Tx } from "../../db.ts";
import { notFound, type RecordKind } from "../../errors.ts";
import { diffFields, recordChange, type EntityName } from "./change-log.ts";
import { assertVersion, concurrentWriteConflict } from "./versioning.ts";

/**
 * An update of a soft-deletable record, the same for every kind around the kind's own
 * rules: read the live record the caller's version is based on, then write the change
 * only if no one saved meanwhile and log it. Only what differs per kind (the rules, how
 * API values are stored) stays in each service.
 */

/** What an update needs of a Prisma model (tx.exportFact, …): the live row by id and a write conditional on its version. */
type VersionedTable<Row extends { version: number }, Data> = {
  findFirst(args: { where: { id: string; deletedAt: null } }): PromiseLike<Row | null>;
  updateMany(args: { where: { id: string; version: number; deletedAt: null }; data: Data }): PromiseLike<{ count: number }>;
};

type UpdateTarget<Row extends { version: number }, Data> = {
  entity: RecordKind & EntityName;
  table: VersionedTable<Row, Data>;
  input: { id: string; version: number };
};

/** The record as the update finds it: NOT_FOUND when it is missing or deleted, CONFLICT with it when the version is stale. */
export async function readForUpdate<Row extends { version: number }, Data>({ entity, table, input }: UpdateTarget<Row, Data>): Promise<Row> {
  const current = await table.findFirst({ where: { id: input.id, deletedAt: null } });
  if (!current) throw notFound(entity, input.id);
  assertVersion(current, input.version, entity);
  return current;
}

/**
 * Writes `data` (which raises the version) on the version read, and logs the fields that
 * differ from `before`: the stored record in the values the API speaks, and `given`, the
 * fields as the caller sent them.
 */
export async function writeUpdate<Row extends { version: number }, Data>(
  tx: Tx,
  { entity, table, input }: UpdateTarget<Row, Data>,
  data: Data,
  log: { actorId: string | null; before: Record<string, unknown>; given: Record<string, unknown> },
): Promise<void> {
  const written = await table.updateMany({ where: { id: input.id, version: input.version, deletedAt: null }, data });
  if (written.count !== 1) throw concurrentWriteConflict(entity);
  await recordChange(tx, { entity, recordId: input.id, action: "UPDATE", userId: log.actorId, changes: diffFields(log.before, log.given) });
}
