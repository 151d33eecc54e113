import type { z } from "zod";
import type { ZListExportFiguresInput } from "@atlas/shared/export";
import type { Prisma } from "../../db.ts";
import { partnerScope, periodOverlap } from "../common/filters.ts";
import { listPage, orderThenById, type ListCall } from "../common/list-page.ts";
import { exportFigureListSelect, toExportFigureDto } from "./export-figure-select.ts";

export async function listExportFigures<C extends boolean = true>({ prisma, input, countTotal }: ListCall<z.output<typeof ZListExportFiguresInput>, C>) {
  const { filter, sort } = input;
  const scope = await partnerScope(prisma, filter);
  const where: Prisma.ExportFigureWhereInput = {
    deletedAt: null,
    ...(scope ? { destinationId: { in: scope } } : {}),
    ...(filter.categoryIds?.length ? { categoryId: { in: filter.categoryIds } } : {}),
    ...periodOverlap(filter),
  };
  // Figures without a value (a volume only) go last whichever way values are sorted.
  const orderBy: Prisma.ExportFigureOrderByWithRelationInput[] = orderThenById(sort, ["value"]);
  const page = await listPage({
    input,
    countTotal,
    findMany: (p) => prisma.exportFigure.findMany({ where, select: exportFigureListSelect, orderBy, ...p }),
    count: (take) => prisma.exportFigure.count({ where, take }),
  });
  return { ...page, items: page.items.map(toExportFigureDto) };
}
