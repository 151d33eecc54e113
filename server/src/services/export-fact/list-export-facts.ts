import type { z } from "zod";
import { textCondition } from "../common/text-search.ts";
import type { ZListExportFactsInput } from "@atlas/shared/export-fact";
import type { Prisma, Tx } from "../../db.ts";
import { partnerScope, periodOverlap } from "../common/filters.ts";
import { listPage, orderThenById } from "../common/list-page.ts";
import { exportFactSelect, toExportFactDto } from "./export-fact-select.ts";

export async function listExportFacts({ prisma, input }: { prisma: Tx; input: z.output<typeof ZListExportFactsInput> }) {
  const { filter, sort } = input;
  const scope = await partnerScope(prisma, filter);
  const where: Prisma.ExportFactWhereInput = {
    deletedAt: null,
    ...(scope ? { partnerId: { in: scope } } : {}),
    ...(filter.categoryIds?.length ? { categoryId: { in: filter.categoryIds } } : {}),
    ...(filter.kinds?.length ? { kind: { in: filter.kinds } } : {}),
    // A fact has both days of its period or neither; one without a period drops out here.
    ...periodOverlap(filter),
    AND: await textCondition(prisma, filter.q),
  };
  const orderBy: Prisma.ExportFactOrderByWithRelationInput[] = orderThenById(sort, ["periodStart"]);
  const page = await listPage({
    input,
    findMany: (p) => prisma.exportFact.findMany({ where, select: exportFactSelect, orderBy, ...p }),
    count: (take) => prisma.exportFact.count({ where, take }),
  });
  return { ...page, items: page.items.map(toExportFactDto) };
}
