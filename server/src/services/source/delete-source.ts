import type { TDeleteInput } from "@atlas/shared/common";
import type { PrismaClient } from "../../db.ts";
import { notFound } from "../../errors.ts";
import { recordChange } from "../common/change-log.ts";
import { assertVersion, concurrentWriteConflict } from "../common/versioning.ts";

/** Soft delete: records that cite the source keep their link to it. */
export async function deleteSource({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: TDeleteInput }) {
  return prisma.$transaction(async (tx) => {
    const current = await tx.source.findFirst({ where: { id: input.id, deletedAt: null } });
    if (!current) throw notFound("Источник", input.id);
    assertVersion(current, input.version, "Источник");
    const written = await tx.source.updateMany({ where: { id: input.id, version: input.version }, data: { deletedAt: new Date(), version: { increment: 1 } } });
    if (written.count !== 1) throw concurrentWriteConflict("Источник");
    await recordChange(tx, { entity: "source", recordId: input.id, action: "DELETE", userId: actorId, changes: { title: current.title } });
    return { id: input.id };
  });
}
