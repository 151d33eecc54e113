import type { TRestoreProjectInput } from "@atlas/shared/project";
import type { PrismaClient } from "../../db.ts";
import { AppError, notFound } from "../../errors.ts";
import { recordChange } from "../common/change-log.ts";
import { assertVersion, concurrentWriteConflict } from "../common/versioning.ts";
import { getProject } from "./get-project.ts";

export async function restoreProject({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: TRestoreProjectInput }) {
  await prisma.$transaction(async (tx) => {
    const current = await tx.project.findUnique({ where: { id: input.id }, select: { id: true, title: true, version: true, deletedAt: true } });
    if (!current) throw notFound("Проект", input.id);
    if (input.version !== undefined) assertVersion(current, input.version, "Проект");
    if (!current.deletedAt) throw new AppError("CONFLICT", "Проект не удалён: восстанавливать нечего");
    const written = await tx.project.updateMany({
      where: { id: input.id, version: current.version, deletedAt: { not: null } },
      data: { deletedAt: null, version: { increment: 1 } },
    });
    if (written.count !== 1) throw concurrentWriteConflict("Проект");
    await recordChange(tx, { entity: "project", recordId: input.id, action: "RESTORE", userId: actorId, changes: { title: current.title } });
  });
  return getProject({ prisma, id: input.id });
}
