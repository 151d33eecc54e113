import type { z } from "zod";
import { dayToUtcDate, utcDateToDay } from "@atlas/shared/calendar-day";
import { exportFigureProblems, type ZUpdateExportFigureInput } from "@atlas/shared/export";
import { changedValues, refuseRuleProblems, valueAfterUpdate as pick } from "../common/partial-update.ts";
import { readForUpdate, writeUpdate } from "../common/versioned-update.ts";
import { exportFigureDetailSelect, toExportFigureDto } from "./export-figure-select.ts";
import { assertFigureReferences } from "./export-figure-rules.ts";
import type { WriteCall } from "../common/service-call.ts";

export async function updateExportFigure({ prisma, actorId, input }: WriteCall<z.output<typeof ZUpdateExportFigureInput>>) {
  const { id, data } = input;
  return prisma.$transaction(async (tx) => {
    const target = { entity: "exportFigure" as const, table: tx.exportFigure, input };
    const current = await readForUpdate(target);
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
    await assertFigureReferences(tx, changedValues(data, current, ["categoryId", "destinationId", "sourceId"]));
    await writeUpdate(
      tx,
      target,
      {
        ...data,
        ...(data.periodStart !== undefined ? { periodStart: dayToUtcDate(data.periodStart) } : {}),
        ...(data.periodEnd !== undefined ? { periodEnd: dayToUtcDate(data.periodEnd) } : {}),
        version: { increment: 1 },
      },
      { actorId, before: stored, given: data },
    );
    return toExportFigureDto(await tx.exportFigure.findUniqueOrThrow({ where: { id }, select: exportFigureDetailSelect }));
  });
}
