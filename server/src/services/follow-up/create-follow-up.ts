import type { z } from "zod";
import { dateOrNull } from "@atlas/shared/calendar-day";
import type { ZCreateFollowUpInput } from "@atlas/shared/follow-up";
import type { PrismaClient } from "../../db.ts";
import { recordChange, snapshot } from "../common/change-log.ts";
import { completedAtFor, followUpSearchText, resolveFollowUpLinks } from "./follow-up-rules.ts";
import { getFollowUp } from "./get-follow-up.ts";

export async function createFollowUp({
  prisma,
  actorId,
  input,
}: {
  prisma: PrismaClient;
  actorId: string | null;
  input: z.output<typeof ZCreateFollowUpInput>;
}) {
  return prisma.$transaction(async (tx) => {
    const { agreementId } = await resolveFollowUpLinks(tx, { next: input, previous: null, prefix: "" });
    const values = { ...input, agreementId, completedAt: completedAtFor(input.status, null, new Date()) };
    const created = await tx.followUp.create({
      data: { ...values, dueDate: dateOrNull(values.dueDate), searchText: followUpSearchText(values) },
      select: { id: true },
    });
    await recordChange(tx, { entity: "followUp", recordId: created.id, action: "CREATE", userId: actorId, changes: snapshot(values) });
    return getFollowUp({ prisma: tx, id: created.id });
  });
}
