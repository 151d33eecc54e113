import { utcDateToDay } from "@atlas/shared/calendar-day";
import type { TDeleteInput } from "@atlas/shared/common";
import type { PrismaClient } from "../../db.ts";
import { notFound } from "../../errors.ts";
import { recordChange, snapshot } from "../common/change-log.ts";
import { assertVersion, concurrentWriteConflict } from "../common/versioning.ts";

export async function deleteExportFigure({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: TDeleteInput }) {
  return prisma.$transaction(async (tx) => {
    const current = await tx.exportFigure.findFirst({ where: { id: input.id, deletedAt: null } });
    if (!current) throw notFound("Показатель экспорта", input.id);
    assertVersion(current, input.version, "Показатель экспорта");
    const written = await tx.exportFigure.updateMany({
      where: { id: input.id, version: input.version },
      data: { deletedAt: new Date(), version: { increment: 1 } },
    });
    if (written.count !== 1) throw concurrentWriteConflict("Показатель экспорта");
    // A figure has no name; the log keeps what identifies it.
    const { categoryId, destinationId, periodStart, periodEnd, value, currency, volume, unit } = current;
    await recordChange(tx, {
      entity: "exportFigure",
      recordId: input.id,
      action: "DELETE",
      userId: actorId,
      changes: snapshot({ categoryId, destinationId, periodStart: utcDateToDay(periodStart), periodEnd: utcDateToDay(periodEnd), value, currency, volume, unit }),
    });
    return { id: input.id };
  });
}
