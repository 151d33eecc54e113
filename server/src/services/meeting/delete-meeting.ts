import type { TDeleteInput } from "@atlas/shared/common";
import type { PrismaClient } from "../../db.ts";
import { notFound } from "../../errors.ts";
import { recordChange } from "../common/change-log.ts";
import { assertVersion, concurrentWriteConflict } from "../common/versioning.ts";

/** Soft delete: the meeting leaves lists and byId, keeps its links and history, and can be restored. */
export async function deleteMeeting({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: TDeleteInput }) {
  return prisma.$transaction(async (tx) => {
    const current = await tx.interaction.findFirst({ where: { id: input.id, deletedAt: null }, select: { id: true, title: true, version: true } });
    if (!current) throw notFound("Встреча", input.id);
    assertVersion(current, input.version, "Встреча");
    const written = await tx.interaction.updateMany({ where: { id: input.id, version: input.version }, data: { deletedAt: new Date(), version: { increment: 1 } } });
    if (written.count !== 1) throw concurrentWriteConflict("Встреча");
    await recordChange(tx, { entity: "meeting", recordId: input.id, action: "DELETE", userId: actorId, changes: { title: current.title } });
    return { id: input.id };
  });
}
