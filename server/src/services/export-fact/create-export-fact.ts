import type { z } from "zod";
import { dateOrNull } from "@atlas/shared/calendar-day";
import { exportFactSearchText, type ZCreateExportFactInput } from "@atlas/shared/export-fact";
import { recordChange, snapshot } from "../common/change-log.ts";
import { exportFactSelect, toExportFactDto } from "./export-fact-select.ts";
import { assertFactReferences } from "./export-fact-rules.ts";
import type { WriteCall } from "../common/service-call.ts";

export async function createExportFact({ prisma, actorId, input }: WriteCall<z.output<typeof ZCreateExportFactInput>>) {
  return prisma.$transaction(async (tx) => {
    await assertFactReferences(tx, input);
    const created = await tx.exportFact.create({
      data: {
        ...input,
        periodStart: dateOrNull(input.periodStart),
        periodEnd: dateOrNull(input.periodEnd),
        searchText: exportFactSearchText(input.statement),
      },
      select: exportFactSelect,
    });
    await recordChange(tx, { entity: "exportFact", recordId: created.id, action: "CREATE", userId: actorId, changes: snapshot(input) });
    return toExportFactDto(created);
  });
}
