import type { z } from "zod";
import type { ZCreateExportCategoryInput } from "@atlas/shared/export";
import type { PrismaClient } from "../../db.ts";
import { recordChange, snapshot } from "../common/change-log.ts";
import { exportCategoryDetailSelect, toExportCategoryDetail } from "./export-category-select.ts";
import { assertNameFree, assertSourceExists } from "./export-category-rules.ts";

export async function createExportCategory({
  prisma,
  actorId,
  input,
}: {
  prisma: PrismaClient;
  actorId: string | null;
  input: z.output<typeof ZCreateExportCategoryInput>;
}) {
  return prisma.$transaction(async (tx) => {
    await assertNameFree(tx, input.name, null);
    await assertSourceExists(tx, input.sourceId);
    const created = await tx.exportCategory.create({ data: input, select: exportCategoryDetailSelect });
    await recordChange(tx, { entity: "exportCategory", recordId: created.id, action: "CREATE", userId: actorId, changes: snapshot(input) });
    return toExportCategoryDetail(created);
  });
}
