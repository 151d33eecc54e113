import type { TDeleteInput } from "@atlas/shared/common";
import type { PrismaClient } from "../../db.ts";
import { notFound } from "../../errors.ts";
import { recordChange } from "../common/change-log.ts";
import { assertVersion, concurrentWriteConflict } from "../common/versioning.ts";

/** Soft delete: the task leaves every list but can be restored, with its history. */
export async function deleteFollowUp({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: TDeleteInput }) {
  return prisma.$transaction(async (tx) => {
    const current = await tx.followUp.findFirst({ where: { id: input.id, deletedAt: null }, select: { id: true, title: true, version: true } });
    if (!current) throw notFound("Поручение", input.id);
    assertVersion(current, input.version, "Поручение");
    const written = await tx.followUp.updateMany({ where: { id: input.id, version: input.version }, data: { deletedAt: new Date(), version: { increment: 1 } } });
    if (written.count !== 1) throw concurrentWriteConflict("Поручение");
    await recordChange(tx, { entity: "followUp", recordId: input.id, action: "DELETE", userId: actorId, changes: { title: current.title } });
    return { id: input.id };
  });
}
