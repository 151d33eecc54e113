import type { z } from "zod";
import type { ZUpdateExportCategoryInput } from "@atlas/shared/export";
import { readForUpdate, writeUpdate } from "../common/versioned-update.ts";
import { exportCategoryDetailSelect, toExportCategoryDetail } from "./export-category-select.ts";
import { assertNameFree, assertSourceExists } from "./export-category-rules.ts";
import type { WriteCall } from "../common/service-call.ts";

export async function updateExportCategory({ prisma, actorId, input }: WriteCall<z.output<typeof ZUpdateExportCategoryInput>>) {
  const { id, data } = input;
  return prisma.$transaction(async (tx) => {
    const target = { entity: "exportCategory" as const, table: tx.exportCategory, input };
    const current = await readForUpdate(target);
    if (data.name !== undefined && data.name !== current.name) await assertNameFree(tx, data.name, id);
    if (data.sourceId !== undefined && data.sourceId !== current.sourceId) await assertSourceExists(tx, data.sourceId);
    await writeUpdate(tx, target, { ...data, version: { increment: 1 } }, { actorId, before: current, given: data });
    return toExportCategoryDetail(await tx.exportCategory.findUniqueOrThrow({ where: { id }, select: exportCategoryDetailSelect }));
  });
}
