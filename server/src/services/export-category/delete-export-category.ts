import type { TDeleteInput } from "@atlas/shared/common";
import type { PrismaClient } from "../../db.ts";
import { AppError, notFound } from "../../errors.ts";
import { recordChange } from "../common/change-log.ts";
import { assertVersion, concurrentWriteConflict } from "../common/versioning.ts";

/** Soft delete, refused while live figures belong to the category (they would point at a hidden category). */
export async function deleteExportCategory({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: TDeleteInput }) {
  return prisma.$transaction(async (tx) => {
    const current = await tx.exportCategory.findFirst({ where: { id: input.id, deletedAt: null } });
    if (!current) throw notFound("Категория экспорта", input.id);
    assertVersion(current, input.version, "Категория экспорта");
    const figures = await tx.exportFigure.count({ where: { categoryId: input.id, deletedAt: null } });
    if (figures > 0) throw new AppError("CONFLICT", `В категории есть показатели экспорта (${figures}); сначала удалите или перенесите их`);
    const written = await tx.exportCategory.updateMany({
      where: { id: input.id, version: input.version },
      data: { deletedAt: new Date(), version: { increment: 1 } },
    });
    if (written.count !== 1) throw concurrentWriteConflict("Категория экспорта");
    await recordChange(tx, { entity: "exportCategory", recordId: input.id, action: "DELETE", userId: actorId, changes: { name: current.name } });
    return { id: input.id };
  });
}
