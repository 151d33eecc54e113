import type { TDeleteInput } from "@atlas/shared/common";
import type { PrismaClient } from "../../db.ts";
import { AppError, notFound } from "../../errors.ts";
import { recordChange } from "../common/change-log.ts";
import { assertVersion, concurrentWriteConflict } from "../common/versioning.ts";

/** Soft delete: the partner disappears from lists but stays restorable, and its history stays intact. */
export async function deletePartner({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: TDeleteInput }) {
  return prisma.$transaction(async (tx) => {
    const current = await tx.partner.findFirst({ where: { id: input.id, deletedAt: null } });
    if (!current) throw notFound("Партнёр", input.id);
    assertVersion(current, input.version, "Партнёр");
    if (current.isHome) throw new AppError("CONFLICT", "Домашний регион нельзя удалить: сначала отметьте домашним другой");
    const children = await tx.partner.count({ where: { parentId: input.id, deletedAt: null } });
    if (children > 0) throw new AppError("CONFLICT", `У партнёра есть входящие в него партнёры (${children}); сначала удалите или перенесите их`);
    const written = await tx.partner.updateMany({ where: { id: input.id, version: input.version }, data: { deletedAt: new Date(), version: { increment: 1 } } });
    if (written.count !== 1) throw concurrentWriteConflict("Партнёр");
    await recordChange(tx, { entity: "partner", recordId: input.id, action: "DELETE", userId: actorId, changes: { name: current.name } });
    return { id: input.id };
  });
}
