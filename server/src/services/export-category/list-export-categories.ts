import type { z } from "zod";
import type { ZListExportCategoriesInput } from "@atlas/shared/export";
import type { Prisma, Tx } from "../../db.ts";
import { paginate } from "../common/filters.ts";
import { exportCategoryListSelect } from "./export-category-select.ts";
import { categoryIdsMatching } from "./export-category-rules.ts";

export async function listExportCategories({ prisma, input }: { prisma: Tx; input: z.output<typeof ZListExportCategoriesInput> }) {
  const { filter, sort } = input;
  const matching = await categoryIdsMatching(prisma, filter.q);
  const where: Prisma.ExportCategoryWhereInput = { deletedAt: null, ...(matching ? { id: { in: matching } } : {}) };
  return paginate({
    cursor: input.cursor,
    limit: input.limit,
    findMany: (page) =>
      prisma.exportCategory.findMany({
        where,
        select: exportCategoryListSelect,
        orderBy: [{ [sort.field]: sort.direction }, { id: sort.direction }],
        ...page,
      }),
    count: () => prisma.exportCategory.count({ where }),
  });
}
