import type { z } from "zod";
import type { ZListExportCategoriesInput } from "@atlas/shared/export";
import type { Prisma, Tx } from "../../db.ts";
import { listPage, orderThenById } from "../common/list-page.ts";
import { exportCategoryListSelect } from "./export-category-select.ts";
import { categoryIdsMatching } from "./export-category-rules.ts";
import { withTimestamps } from "../common/timestamps.ts";

export async function listExportCategories({ prisma, input }: { prisma: Tx; input: z.output<typeof ZListExportCategoriesInput> }) {
  const { filter, sort } = input;
  const matching = await categoryIdsMatching(prisma, filter.q);
  const where: Prisma.ExportCategoryWhereInput = { deletedAt: null, ...(matching ? { id: { in: matching } } : {}) };
  return listPage({
    input,
    findMany: async (page) =>
      (await prisma.exportCategory.findMany({ where, select: exportCategoryListSelect, orderBy: orderThenById(sort), ...page })).map(withTimestamps),
    count: (take) => prisma.exportCategory.count({ where, take }),
  });
}
