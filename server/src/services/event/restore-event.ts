import type { TRestoreEventInput } from "@atlas/shared/event";
import type { PrismaClient } from "../../db.ts";
import { AppError, notFound } from "../../errors.ts";
import { recordChange } from "../common/change-log.ts";
import { assertVersion, concurrentWriteConflict } from "../common/versioning.ts";
import { getEvent } from "./get-event.ts";

export async function restoreEvent({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: TRestoreEventInput }) {
  await prisma.$transaction(async (tx) => {
    const current = await tx.event.findUnique({ where: { id: input.id }, select: { id: true, title: true, version: true, deletedAt: true } });
    if (!current) throw notFound("Мероприятие", input.id);
    if (input.version !== undefined) assertVersion(current, input.version, "Мероприятие");
    if (!current.deletedAt) throw new AppError("CONFLICT", "Мероприятие не удалено: восстанавливать нечего");
    const written = await tx.event.updateMany({
      where: { id: input.id, version: current.version, deletedAt: { not: null } },
      data: { deletedAt: null, version: { increment: 1 } },
    });
    if (written.count !== 1) throw concurrentWriteConflict("Мероприятие");
    await recordChange(tx, { entity: "event", recordId: input.id, action: "RESTORE", userId: actorId, changes: { title: current.title } });
  });
  return getEvent({ prisma, id: input.id });
}
