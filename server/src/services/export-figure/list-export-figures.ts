import type { z } from "zod";
import type { ZListExportFiguresInput } from "@atlas/shared/export";
import type { Prisma, Tx } from "../../db.ts";
import { paginate, partnerScope, periodOverlap } from "../common/filters.ts";
import { exportFigureListSelect, toExportFigureDto } from "./export-figure-select.ts";

export async function listExportFigures<C extends boolean = true>({
  prisma,
  input,
  countTotal,
}: {
  prisma: Tx;
  input: z.output<typeof ZListExportFiguresInput>;
  countTotal?: C;
}) {
  const { filter, sort } = input;
  const scope = await partnerScope(prisma, filter);
  const where: Prisma.ExportFigureWhereInput = {
    deletedAt: null,
    ...(scope ? { destinationId: { in: scope } } : {}),
    ...(filter.categoryIds?.length ? { categoryId: { in: filter.categoryIds } } : {}),
    ...periodOverlap(filter),
  };
  const orderBy: Prisma.ExportFigureOrderByWithRelationInput[] =
    sort.field === "value"
      ? [{ value: { sort: sort.direction, nulls: "last" } }, { id: sort.direction }]
      : [{ periodStart: sort.direction }, { id: sort.direction }];
  const page = await paginate({
    countTotal,
    cursor: input.cursor,
    limit: input.limit,
    findMany: (p) => prisma.exportFigure.findMany({ where, select: exportFigureListSelect, orderBy, ...p }),
    count: () => prisma.exportFigure.count({ where }),
  });
  return { ...page, items: page.items.map(toExportFigureDto) };
}
