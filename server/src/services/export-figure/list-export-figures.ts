import type { z } from "zod";
import { dayToUtcDate } from "@atlas/shared/calendar-day";
import type { ZListExportFiguresInput } from "@atlas/shared/export";
import type { Prisma, Tx } from "../../db.ts";
import { paginate, partnerScope } from "../common/filters.ts";
import { exportFigureListSelect, toExportFigureDto } from "./export-figure-select.ts";

export async function listExportFigures({ prisma, input }: { prisma: Tx; input: z.output<typeof ZListExportFiguresInput> }) {
  const { filter, sort } = input;
  const scope = await partnerScope(prisma, filter);
  const where: Prisma.ExportFigureWhereInput = {
    deletedAt: null,
    ...(scope ? { destinationId: { in: scope } } : {}),
    ...(filter.categoryIds?.length ? { categoryId: { in: filter.categoryIds } } : {}),
    // A period overlaps [from, to] when it ends on or after `from` and starts on or before `to`.
    ...(filter.from ? { periodEnd: { gte: dayToUtcDate(filter.from) } } : {}),
    ...(filter.to ? { periodStart: { lte: dayToUtcDate(filter.to) } } : {}),
  };
  const orderBy: Prisma.ExportFigureOrderByWithRelationInput[] =
    sort.field === "value"
      ? [{ value: { sort: sort.direction, nulls: "last" } }, { id: sort.direction }]
      : [{ periodStart: sort.direction }, { id: sort.direction }];
  const page = await paginate({
    cursor: input.cursor,
    limit: input.limit,
    findMany: (p) => prisma.exportFigure.findMany({ where, select: exportFigureListSelect, orderBy, ...p }),
    count: () => prisma.exportFigure.count({ where }),
  });
  return { ...page, items: page.items.map(toExportFigureDto) };
}
