import type { TByIdInput } from "@atlas/shared/common";
import type { PrismaClient } from "../../db.ts";
import { AppError } from "../../errors.ts";
import { recordChange } from "../common/change-log.ts";
import { getMeeting } from "./get-meeting.ts";

export async function restoreMeeting({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: TByIdInput }) {
  return prisma.$transaction(async (tx) => {
    const current = await tx.interaction.findFirst({ where: { id: input.id, deletedAt: { not: null } }, select: { title: true } });
    if (!current) throw new AppError("NOT_FOUND", `Удалённая встреча не найдена: ${input.id}`);
    await tx.interaction.updateMany({ where: { id: input.id, deletedAt: { not: null } }, data: { deletedAt: null, version: { increment: 1 } } });
    await recordChange(tx, { entity: "meeting", recordId: input.id, action: "RESTORE", userId: actorId, changes: { title: current.title } });
    return getMeeting({ prisma: tx, id: input.id });
  });
}
