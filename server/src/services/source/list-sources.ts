import type { z } from "zod";
import type { ZListSourcesInput } from "@atlas/shared/source";
import type { Prisma, Tx } from "../../db.ts";
import { dateRange, paginate, textCondition } from "../common/filters.ts";
import { sourceListSelect } from "./source-select.ts";

export async function listSources({ prisma, input }: { prisma: Tx; input: z.output<typeof ZListSourcesInput> }) {
  const { filter, sort } = input;
  const published = dateRange(filter.from, filter.to);
  const where: Prisma.SourceWhereInput = {
    deletedAt: null,
    ...(published ? { publishedAt: published } : {}),
    ...(filter.kinds?.length ? { kind: { in: filter.kinds } } : {}),
    AND: textCondition(filter.q),
  };
  // Undated sources go last in either direction, not first as PostgreSQL puts NULLs in descending order.
  const orderBy: Prisma.SourceOrderByWithRelationInput[] = [
    sort.field === "publishedAt" ? { publishedAt: { sort: sort.direction, nulls: "last" } } : { [sort.field]: sort.direction },
    { id: sort.direction },
  ];
  return paginate({
    cursor: input.cursor,
    limit: input.limit,
    findMany: (page) => prisma.source.findMany({ where, select: sourceListSelect, orderBy, ...page }),
    count: () => prisma.source.count({ where }),
  });
}
