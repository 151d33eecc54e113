import type { z } from "zod";
import type { ZUpdatePlanItemInput } from "@atlas/shared/agreement";
import { dayToUtcDate, utcDateToDay } from "@atlas/shared/calendar-day";
import type { PrismaClient } from "../../db.ts";
import { notFound } from "../../errors.ts";
import { diffFields, recordChange } from "../common/change-log.ts";
import { assertVersion, concurrentWriteConflict } from "../common/versioning.ts";
import { planItemSelect, toPlanItem } from "./agreement-select.ts";

/** Edits a plan item; marking it DONE stamps completedAt, reopening it clears that. */
export async function updatePlanItem({
  prisma,
  actorId,
  input,
}: {
  prisma: PrismaClient;
  actorId: string | null;
  input: z.output<typeof ZUpdatePlanItemInput>;
}) {
  const { id, version, data } = input;
  return prisma.$transaction(async (tx) => {
    // A plan item of a deleted agreement is out of reach until the agreement is restored.
    const row = await tx.planItem.findFirst({ where: { id, agreement: { deletedAt: null } } });
    if (!row) throw notFound("planItem", id);
    assertVersion(row, version, "planItem");
    const current = { ...row, dueDate: utcDateToDay(row.dueDate) };
    const completedAt = data.status === undefined || data.status === current.status ? undefined : data.status === "DONE" ? new Date() : null;
    const values = { ...data, ...(completedAt !== undefined ? { completedAt } : {}) };
    const written = await tx.planItem.updateMany({
      where: { id, version },
      data: { ...values, ...(values.dueDate !== undefined ? { dueDate: dayToUtcDate(values.dueDate) } : {}), version: { increment: 1 } },
    });
    if (written.count !== 1) throw concurrentWriteConflict("planItem");
    await recordChange(tx, {
      entity: "planItem",
      recordId: id,
      action: "UPDATE",
      userId: actorId,
      changes: { ...diffFields(current, values), agreementId: current.agreementId },
    });
    return toPlanItem(await tx.planItem.findUniqueOrThrow({ where: { id }, select: planItemSelect }));
  });
}
