import type { z } from "zod";
import type { ZUpdateExportCategoryInput } from "@atlas/shared/export";
import type { PrismaClient } from "../../db.ts";
import { notFound } from "../../errors.ts";
import { diffFields, recordChange } from "../common/change-log.ts";
import { assertVersion, concurrentWriteConflict } from "../common/versioning.ts";
import { exportCategoryDetailSelect, toExportCategoryDetail } from "./export-category-select.ts";
import { assertNameFree, assertSourceExists } from "./export-category-rules.ts";

export async function updateExportCategory({
  prisma,
  actorId,
  input,
}: {
  prisma: PrismaClient;
  actorId: string | null;
  input: z.output<typeof ZUpdateExportCategoryInput>;
}) {
  const { id, version, data } = input;
  return prisma.$transaction(async (tx) => {
    const current = await tx.exportCategory.findFirst({ where: { id, deletedAt: null } });
    if (!current) throw notFound("exportCategory", id);
    assertVersion(current, version, "exportCategory");
    if (data.name !== undefined && data.name !== current.name) await assertNameFree(tx, data.name, id);
    if (data.sourceId !== undefined && data.sourceId !== current.sourceId) await assertSourceExists(tx, data.sourceId);
    const written = await tx.exportCategory.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (written.count !== 1) throw concurrentWriteConflict("exportCategory");
    await recordChange(tx, { entity: "exportCategory", recordId: id, action: "UPDATE", userId: actorId, changes: diffFields(current, data) });
    return toExportCategoryDetail(await tx.exportCategory.findUniqueOrThrow({ where: { id }, select: exportCategoryDetailSelect }));
  });
}
