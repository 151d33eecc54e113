import type { z } from "zod";
import type { ZRemovePlanItemInput } from "@atlas/shared/agreement";
import { utcDateToDay } from "@atlas/shared/calendar-day";
import type { PrismaClient } from "../../db.ts";
import { notFound } from "../../errors.ts";
import { recordChange, snapshot } from "../common/change-log.ts";
import { assertVersion, concurrentWriteConflict } from "../common/versioning.ts";

/** Deletes a plan item for good; the change log keeps what it was. Its follow-ups stay, unlinked. */
export async function removePlanItem({
  prisma,
  actorId,
  input,
}: {
  prisma: PrismaClient;
  actorId: string | null;
  input: z.output<typeof ZRemovePlanItemInput>;
}) {
  const { id, version } = input;
  return prisma.$transaction(async (tx) => {
    const current = await tx.planItem.findFirst({ where: { id, agreement: { deletedAt: null } } });
    if (!current) throw notFound("planItem", id);
    assertVersion(current, version, "planItem");
    const removed = await tx.planItem.deleteMany({ where: { id, version } });
    if (removed.count !== 1) throw concurrentWriteConflict("planItem");
    const { agreementId, title, dueDate, status, responsible, completedAt } = current;
    await recordChange(tx, {
      entity: "planItem",
      recordId: id,
      action: "DELETE",
      userId: actorId,
      changes: snapshot({ agreementId, title, dueDate: utcDateToDay(dueDate), status, responsible, completedAt }),
    });
    return { id, agreementId };
  });
}
