import type { z } from "zod";
import { dayToUtcDate, utcDateToDay } from "@atlas/shared/calendar-day";
import { exportFigureProblems, type ZUpdateExportFigureInput } from "@atlas/shared/export";
import type { PrismaClient } from "../../db.ts";
import { notFound } from "../../errors.ts";
import { diffFields, recordChange } from "../common/change-log.ts";
import { refuseRuleProblems, valueAfterUpdate as pick } from "../common/partial-update.ts";
import { assertVersion, concurrentWriteConflict } from "../common/versioning.ts";
import { exportFigureDetailSelect, toExportFigureDto } from "./export-figure-select.ts";
import { assertFigureReferences } from "./export-figure-rules.ts";

export async function updateExportFigure({
  prisma,
  actorId,
  input,
}: {
  prisma: PrismaClient;
  actorId: string | null;
  input: z.output<typeof ZUpdateExportFigureInput>;
}) {
  const { id, version, data } = input;
  return prisma.$transaction(async (tx) => {
    const current = await tx.exportFigure.findFirst({ where: { id, deletedAt: null } });
    if (!current) throw notFound("exportFigure", id);
    assertVersion(current, version, "exportFigure");
    // The period as days, so the rules and the change log compare days.
    const stored = { ...current, periodStart: utcDateToDay(current.periodStart), periodEnd: utcDateToDay(current.periodEnd) };
    // The cross-field rules of the create schema, on the figure as it will be after the update.
    const problems = exportFigureProblems({
      periodStart: pick(data.periodStart, stored.periodStart),
      periodEnd: pick(data.periodEnd, stored.periodEnd),
      value: pick(data.value, current.value?.toString() ?? null),
      currency: pick(data.currency, current.currency),
      volume: pick(data.volume, current.volume?.toString() ?? null),
      unit: pick(data.unit, current.unit),
    });
    refuseRuleProblems(problems);
    await assertFigureReferences(tx, {
      categoryId: data.categoryId !== current.categoryId ? data.categoryId : undefined,
      destinationId: data.destinationId !== current.destinationId ? data.destinationId : undefined,
      sourceId: data.sourceId !== current.sourceId ? data.sourceId : undefined,
    });
    const written = await tx.exportFigure.updateMany({
      where: { id, version },
      data: {
        ...data,
        ...(data.periodStart !== undefined ? { periodStart: dayToUtcDate(data.periodStart) } : {}),
        ...(data.periodEnd !== undefined ? { periodEnd: dayToUtcDate(data.periodEnd) } : {}),
        version: { increment: 1 },
      },
    });
    if (written.count !== 1) throw concurrentWriteConflict("exportFigure");
    await recordChange(tx, { entity: "exportFigure", recordId: id, action: "UPDATE", userId: actorId, changes: diffFields(stored, data) });
    return toExportFigureDto(await tx.exportFigure.findUniqueOrThrow({ where: { id }, select: exportFigureDetailSelect }));
  });
}
