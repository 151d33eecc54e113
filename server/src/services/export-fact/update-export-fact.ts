import type { z } from "zod";
import { dateOrNull, dayOrNull } from "@atlas/shared/calendar-day";
import { exportFactProblems, exportFactSearchText, type TExportFactKind, type ZUpdateExportFactInput } from "@atlas/shared/export-fact";
import { changedValues, refuseRuleProblems, valueAfterUpdate as pick } from "../common/partial-update.ts";
import { readForUpdate, writeUpdate } from "../common/versioned-update.ts";
import { exportFactSelect, toExportFactDto } from "./export-fact-select.ts";
import { assertFactReferences } from "./export-fact-rules.ts";
import type { WriteCall } from "../common/service-call.ts";

export async function updateExportFact({ prisma, actorId, input }: WriteCall<z.output<typeof ZUpdateExportFactInput>>) {
  const { id, data } = input;
  return prisma.$transaction(async (tx) => {
    const target = { entity: "exportFact" as const, table: tx.exportFact, input };
    const current = await readForUpdate(target);
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
    await assertFactReferences(tx, changedValues(data, current, ["partnerId", "categoryId", "sourceId"]));
    await writeUpdate(
      tx,
      target,
      {
        ...data,
        ...(data.periodStart !== undefined ? { periodStart: dateOrNull(data.periodStart) } : {}),
        ...(data.periodEnd !== undefined ? { periodEnd: dateOrNull(data.periodEnd) } : {}),
        ...(data.statement !== undefined ? { searchText: exportFactSearchText(data.statement) } : {}),
        version: { increment: 1 },
      },
      { actorId, before: stored, given: data },
    );
    return toExportFactDto(await tx.exportFact.findUniqueOrThrow({ where: { id }, select: exportFactSelect }));
  });
}
