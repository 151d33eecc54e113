import type { z } from "zod";
import type { ZAddPlanItemInput } from "@atlas/shared/agreement";
import { dayToUtcDate } from "@atlas/shared/calendar-day";
import type { PrismaClient } from "../../db.ts";
import { notFound } from "../../errors.ts";
import { recordChange, snapshot } from "../common/change-log.ts";
import { assertVersion } from "../common/versioning.ts";
import { planItemSelect, toPlanItem } from "./agreement-select.ts";

/** Adds a dated item to the agreement's implementation plan ("план мероприятий"). */
export async function addPlanItem({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: z.output<typeof ZAddPlanItemInput> }) {
  const { agreementId, agreementVersion, ...fields } = input;
  return prisma.$transaction(async (tx) => {
    const agreement = await tx.agreement.findFirst({ where: { id: agreementId, deletedAt: null }, select: { id: true, version: true } });
    if (!agreement) throw notFound("agreement", agreementId);
    if (agreementVersion !== undefined) assertVersion(agreement, agreementVersion, "agreement");
    const created = await tx.planItem.create({ data: { ...fields, dueDate: dayToUtcDate(fields.dueDate), agreementId }, select: planItemSelect });
    await recordChange(tx, { entity: "planItem", recordId: created.id, action: "CREATE", userId: actorId, changes: snapshot({ agreementId, ...fields }) });
    return toPlanItem(created);
  });
}
