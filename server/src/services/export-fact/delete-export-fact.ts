import { dayOrNull } from "@atlas/shared/calendar-day";
import type { TDeleteInput } from "@atlas/shared/common";
import type { PrismaClient } from "../../db.ts";
import { notFound } from "../../errors.ts";
import { recordChange, snapshot } from "../common/change-log.ts";
import { assertVersion, concurrentWriteConflict } from "../common/versioning.ts";

/** Soft delete: the fact leaves every list and the dossier; its history stays. */
export async function deleteExportFact({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: TDeleteInput }) {
  return prisma.$transaction(async (tx) => {
    const current = await tx.exportFact.findFirst({ where: { id: input.id, deletedAt: null } });
    if (!current) throw notFound("Факт об экспорте", input.id);
    assertVersion(current, input.version, "Факт об экспорте");
    const written = await tx.exportFact.updateMany({
      where: { id: input.id, version: input.version, deletedAt: null },
      data: { deletedAt: new Date(), version: { increment: 1 } },
    });
    if (written.count !== 1) throw concurrentWriteConflict("Факт об экспорте");
    const { kind, partnerId, categoryId, periodStart, periodEnd, rank, growthPercent, statement, sourceId } = current;
    await recordChange(tx, {
      entity: "exportFact",
      recordId: input.id,
      action: "DELETE",
      userId: actorId,
      changes: snapshot({ kind, partnerId, categoryId, periodStart: dayOrNull(periodStart), periodEnd: dayOrNull(periodEnd), rank, growthPercent, statement, sourceId }),
    });
    return { id: input.id };
  });
}
