import type { TByIdInput } from "@atlas/shared/common";
import type { PrismaClient } from "../../db.ts";
import { AppError } from "../../errors.ts";
import { recordChange } from "../common/change-log.ts";
import { getFollowUp } from "./get-follow-up.ts";

export async function restoreFollowUp({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: TByIdInput }) {
  return prisma.$transaction(async (tx) => {
    const current = await tx.followUp.findFirst({ where: { id: input.id, deletedAt: { not: null } }, select: { title: true } });
    if (!current) throw new AppError("NOT_FOUND", `Удалённое поручение не найдено: ${input.id}`);
    await tx.followUp.updateMany({ where: { id: input.id, deletedAt: { not: null } }, data: { deletedAt: null, version: { increment: 1 } } });
    await recordChange(tx, { entity: "followUp", recordId: input.id, action: "RESTORE", userId: actorId, changes: { title: current.title } });
    return getFollowUp({ prisma: tx, id: input.id });
  });
}
