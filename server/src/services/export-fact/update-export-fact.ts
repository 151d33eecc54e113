import type { z } from "zod";
import { dateOrNull, dayOrNull } from "@atlas/shared/calendar-day";
import { exportFactProblems, exportFactSearchText, type TExportFactKind, type ZUpdateExportFactInput } from "@atlas/shared/export-fact";
import type { PrismaClient } from "../../db.ts";
import { notFound } from "../../errors.ts";
import { diffFields, recordChange } from "../common/change-log.ts";
import { refuseRuleProblems, valueAfterUpdate as pick } from "../common/partial-update.ts";
import { assertVersion, concurrentWriteConflict } from "../common/versioning.ts";
import { exportFactSelect, toExportFactDto } from "./export-fact-select.ts";
import { assertFactReferences } from "./export-fact-rules.ts";

export async function updateExportFact({
  prisma,
  actorId,
  input,
}: {
  prisma: PrismaClient;
  actorId: string | null;
  input: z.output<typeof ZUpdateExportFactInput>;
}) {
  const { id, version, data } = input;
  return prisma.$transaction(async (tx) => {
    const current = await tx.exportFact.findFirst({ where: { id, deletedAt: null } });
    if (!current) throw notFound("exportFact", id);
    assertVersion(current, version, "exportFact");
    // Days and decimal text, so the rules and the change log compare what the API speaks.
    const stored = {
      ...current,
      kind: current.kind as TExportFactKind,
      periodStart: dayOrNull(current.periodStart),
      periodEnd: dayOrNull(current.periodEnd),
      growthPercent: current.growthPercent?.toString() ?? null,
    };
    // The rules of the create schema, on the fact as it will be after the update.
    const problems = exportFactProblems({
      kind: pick(data.kind, stored.kind),
      categoryId: pick(data.categoryId, stored.categoryId),
      periodStart: pick(data.periodStart, stored.periodStart),
      periodEnd: pick(data.periodEnd, stored.periodEnd),
      rank: pick(data.rank, stored.rank),
      growthPercent: pick(data.growthPercent, stored.growthPercent),
    });
    refuseRuleProblems(problems);
    await assertFactReferences(tx, {
      partnerId: data.partnerId !== current.partnerId ? data.partnerId : undefined,
      categoryId: data.categoryId !== current.categoryId ? data.categoryId : undefined,
      sourceId: data.sourceId !== current.sourceId ? data.sourceId : undefined,
    });
    const written = await tx.exportFact.updateMany({
      where: { id, version, deletedAt: null },
      data: {
        ...data,
        ...(data.periodStart !== undefined ? { periodStart: dateOrNull(data.periodStart) } : {}),
        ...(data.periodEnd !== undefined ? { periodEnd: dateOrNull(data.periodEnd) } : {}),
        ...(data.statement !== undefined ? { searchText: exportFactSearchText(data.statement) } : {}),
        version: { increment: 1 },
      },
    });
    if (written.count !== 1) throw concurrentWriteConflict("exportFact");
    await recordChange(tx, { entity: "exportFact", recordId: id, action: "UPDATE", userId: actorId, changes: diffFields(stored, data) });
    return toExportFactDto(await tx.exportFact.findUniqueOrThrow({ where: { id }, select: exportFactSelect }));
  });
}
