import type { Tx } from "../../db.ts";
import { notFound } from "../../errors.ts";
import { exportCategoryDetailSelect, toExportCategoryDetail } from "./export-category-select.ts";

export async function getExportCategory({ prisma, id }: { prisma: Tx; id: string }) {
  const category = await prisma.exportCategory.findFirst({ where: { id, deletedAt: null }, select: exportCategoryDetailSelect });
  if (!category) throw notFound("exportCategory", id);
  return toExportCategoryDetail(category);
}
