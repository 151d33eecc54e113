import type { z } from "zod";
import { dateOrNull, dayOrNull } from "@atlas/shared/calendar-day";
import type { ZUpdateFollowUpInput } from "@atlas/shared/follow-up";
import type { PrismaClient } from "../../db.ts";
import { notFound } from "../../errors.ts";
import { diffFields, recordChange } from "../common/change-log.ts";
import { stripUndefined } from "../common/partial-update.ts";
import { assertVersion, concurrentWriteConflict } from "../common/versioning.ts";
import { completedAtFor, followUpSearchText, resolveFollowUpLinks } from "./follow-up-rules.ts";
import { getFollowUp } from "./get-follow-up.ts";

export async function updateFollowUp({
  prisma,
  actorId,
  input,
}: {
  prisma: PrismaClient;
  actorId: string | null;
  input: z.output<typeof ZUpdateFollowUpInput>;
}) {
  const { id, version } = input;
  const data = stripUndefined(input.data);
  return prisma.$transaction(async (tx) => {
    const current = await tx.followUp.findFirst({ where: { id, deletedAt: null } });
    if (!current) throw notFound("followUp", id);
    assertVersion(current, version, "followUp");
    // The due date as a day, so the change log compares (and records) days.
    const stored = { ...current, dueDate: dayOrNull(current.dueDate) };
    const merged = { ...stored, ...data };
    const { agreementId } = await resolveFollowUpLinks(tx, { next: merged, previous: current, prefix: "data." });
    const values = { ...data, agreementId, completedAt: completedAtFor(merged.status, current, new Date()) };
    const written = await tx.followUp.updateMany({
      where: { id, version },
      data: {
        ...values,
        ...(values.dueDate !== undefined ? { dueDate: dateOrNull(values.dueDate) } : {}),
        searchText: followUpSearchText(merged),
        version: { increment: 1 },
      },
    });
    if (written.count !== 1) throw concurrentWriteConflict("followUp");
    await recordChange(tx, { entity: "followUp", recordId: id, action: "UPDATE", userId: actorId, changes: diffFields(stored, values) });
    return getFollowUp({ prisma: tx, id });
  });
}
