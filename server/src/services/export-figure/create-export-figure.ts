import type { z } from "zod";
import { dayToUtcDate } from "@atlas/shared/calendar-day";
import type { ZCreateExportFigureInput } from "@atlas/shared/export";
import { recordChange, snapshot } from "../common/change-log.ts";
import { exportFigureDetailSelect, toExportFigureDto } from "./export-figure-select.ts";
import { assertFigureReferences } from "./export-figure-rules.ts";
import type { WriteCall } from "../common/service-call.ts";

export async function createExportFigure({ prisma, actorId, input }: WriteCall<z.output<typeof ZCreateExportFigureInput>>) {
  return prisma.$transaction(async (tx) => {
    await assertFigureReferences(tx, input);
    const created = await tx.exportFigure.create({
      data: { ...input, periodStart: dayToUtcDate(input.periodStart), periodEnd: dayToUtcDate(input.periodEnd) },
      select: exportFigureDetailSelect,
    });
    await recordChange(tx, { entity: "exportFigure", recordId: created.id, action: "CREATE", userId: actorId, changes: snapshot(input) });
    return toExportFigureDto(created);
  });
}
