import type { TDeleteInput } from "@atlas/shared/common";
import type { TRestorableEntity, TSoftDeletableEntity } from "@atlas/shared/entity-registry";
import type { PrismaClient, Tx } from "../../db.ts";
import { AppError, notFound } from "../../errors.ts";
import { recordChange } from "./change-log.ts";
import { assertVersion, concurrentWriteConflict } from "./versioning.ts";

type SoftDeletableRow = { id: string; version: number; deletedAt: Date | null };

/** What the helper needs of a Prisma model (tx.partner, tx.interaction…): one row by id and a conditional write. */
type SoftDeletableTable<Row extends SoftDeletableRow> = {
  findUnique(args: { where: { id: string } }): PromiseLike<Row | null>;
  updateMany(args: {
    where: { id: string; version: number; deletedAt: null | { not: null } };
    data: { deletedAt: Date | null; version: { increment: number } };
  }): PromiseLike<{ count: number }>;
};

/** One kind of record as soft delete and restore see it; the rest of the contract is the same for every kind. */
export type SoftDeletion<Row extends SoftDeletableRow, Entity extends TSoftDeletableEntity = TSoftDeletableEntity> = {
  entity: Entity;
  table: (tx: Tx) => SoftDeletableTable<Row>;
  /** What the change log keeps of the record when it is deleted or restored: its name, or what identifies it. */
  logged: (row: Row) => Record<string, unknown>;
  /** The kind's own reasons to refuse a delete (the home region, a category with figures); they throw. */
  refuseDelete?: (tx: Tx, row: Row) => Promise<void>;
};

/** Declares a kind's soft deletion; a function only so that the row type is inferred from `table`. */
export function softDeletion<Row extends SoftDeletableRow, Entity extends TSoftDeletableEntity>(spec: SoftDeletion<Row, Entity>): SoftDeletion<Row, Entity> {
  return spec;
}

/** What a delete or restore procedure passes to its service (both take `{ id, version }`). */
export type SoftDeleteCall = { prisma: PrismaClient; actorId: string | null; input: TDeleteInput };

/**
 * Soft delete, the same for every kind: the record leaves lists and pages, keeps its
 * links and history, and (for restorable kinds) can come back. Answers NOT_FOUND for an
 * unknown id, CONFLICT with the current record when it is already deleted or the
 * version is stale, and the new version, which restore takes.
 */
export function softDelete<Row extends SoftDeletableRow>(spec: SoftDeletion<Row>, { prisma, actorId, input }: SoftDeleteCall) {
  return prisma.$transaction((tx) => changeDeletion(tx, spec, input, actorId, "DELETE"));
}

/** Brings a soft-deleted record back as it was, with the same answers as softDelete; answers the record as its page reads it. */
export async function restoreDeleted<Row extends SoftDeletableRow, Detail>(
  spec: SoftDeletion<Row, TRestorableEntity>,
  { prisma, actorId, input }: SoftDeleteCall,
  readBack: (read: { prisma: Tx; id: string }) => Promise<Detail>,
): Promise<Detail> {
  await prisma.$transaction((tx) => changeDeletion(tx, spec, input, actorId, "RESTORE"));
  // Read after the commit: Prisma loads a detail's relations in parallel, which one
  // transaction connection (node-postgres) must not be asked to do.
  return readBack({ prisma, id: input.id });
}

async function changeDeletion<Row extends SoftDeletableRow>(
  tx: Tx,
  spec: SoftDeletion<Row>,
  input: TDeleteInput,
  actorId: string | null,
  action: "DELETE" | "RESTORE",
): Promise<{ id: string; version: number }> {
  const deleting = action === "DELETE";
  const table = spec.table(tx);
  const current = await table.findUnique({ where: { id: input.id } });
  if (!current) throw notFound(spec.entity, input.id);
  if (deleting === (current.deletedAt !== null)) {
    throw new AppError("CONFLICT", deleting ? "record.alreadyDeleted" : "record.notDeleted", { params: { record: spec.entity }, current });
  }
  assertVersion(current, input.version, spec.entity);
  if (deleting) await spec.refuseDelete?.(tx, current);
  // Conditional on the version and the state read above: a concurrent delete or restore makes it match nothing.
  const written = await table.updateMany({
    where: { id: input.id, version: input.version, deletedAt: deleting ? null : { not: null } },
    data: { deletedAt: deleting ? new Date() : null, version: { increment: 1 } },
  });
  if (written.count !== 1) throw concurrentWriteConflict(spec.entity);
  await recordChange(tx, { entity: spec.entity, recordId: input.id, action, userId: actorId, changes: spec.logged(current) });
  return { id: input.id, version: input.version + 1 };
}
