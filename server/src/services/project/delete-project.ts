import type { TDeleteInput } from "@atlas/shared/common";
import type { PrismaClient } from "../../db.ts";
import { notFound } from "../../errors.ts";
import { recordChange } from "../common/change-log.ts";
import { assertVersion, concurrentWriteConflict } from "../common/versioning.ts";

/** Soft delete: the project leaves lists, keeps its sites and history, and can be restored. Returns the new version. */
export async function deleteProject({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: TDeleteInput }) {
  return prisma.$transaction(async (tx) => {
    const current = await tx.project.findFirst({ where: { id: input.id, deletedAt: null }, select: { id: true, title: true, version: true } });
    if (!current) throw notFound("Проект", input.id);
    assertVersion(current, input.version, "Проект");
    const written = await tx.project.updateMany({ where: { id: input.id, version: input.version }, data: { deletedAt: new Date(), version: { increment: 1 } } });
    if (written.count !== 1) throw concurrentWriteConflict("Проект");
    await recordChange(tx, { entity: "project", recordId: input.id, action: "DELETE", userId: actorId, changes: { title: current.title } });
    return { id: input.id, version: input.version + 1 };
  });
}
