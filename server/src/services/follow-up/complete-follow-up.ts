import type { TCompleteFollowUpInput } from "@atlas/shared/follow-up";
import type { PrismaClient } from "../../db.ts";
import { notFound } from "../../errors.ts";
import { diffFields, recordChange } from "../common/change-log.ts";
import { assertVersion, concurrentWriteConflict } from "../common/versioning.ts";
import { getFollowUp } from "./get-follow-up.ts";

/** Marks the task done now. Completing a task that is already done changes nothing. */
export async function completeFollowUp({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: TCompleteFollowUpInput }) {
  const { id, version } = input;
  return prisma.$transaction(async (tx) => {
    const current = await tx.followUp.findFirst({ where: { id, deletedAt: null } });
    if (!current) throw notFound("followUp", id);
    assertVersion(current, version, "followUp");
    if (current.status === "DONE") return getFollowUp({ prisma: tx, id });
    const values = { status: "DONE" as const, completedAt: new Date() };
    const written = await tx.followUp.updateMany({ where: { id, version }, data: { ...values, version: { increment: 1 } } });
    if (written.count !== 1) throw concurrentWriteConflict("followUp");
    await recordChange(tx, { entity: "followUp", recordId: id, action: "UPDATE", userId: actorId, changes: diffFields(current, values) });
    return getFollowUp({ prisma: tx, id });
  });
}
