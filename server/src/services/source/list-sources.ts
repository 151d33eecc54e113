import type { z } from "zod";
import { textCondition } from "../common/text-search.ts";
import { dayToUtcDate, periodOf } from "@atlas/shared/calendar-day";
import type { ZListSourcesInput } from "@atlas/shared/source";
import type { Prisma, Tx } from "../../db.ts";
import { listPage, orderThenById } from "../common/list-page.ts";
import { sourceListSelect, toSourceDto } from "./source-select.ts";

export async function listSources({ prisma, input }: { prisma: Tx; input: z.output<typeof ZListSourcesInput> }) {
  const { filter, sort } = input;
  const where: Prisma.SourceWhereInput = {
    deletedAt: null,
    ...(filter.kinds?.length ? { kind: { in: filter.kinds } } : {}),
    AND: [...(await textCondition(prisma, filter.q)), ...(filter.from || filter.to ? publishedIn(filter.from, filter.to) : [])],
  };
  // Undated sources go last in either direction, not first as PostgreSQL puts NULLs in descending order.
  const orderBy: Prisma.SourceOrderByWithRelationInput[] = orderThenById(sort, ["publishedAt"]);
  const page = await listPage({
    input,
    findMany: (p) => prisma.source.findMany({ where, select: sourceListSelect, orderBy, ...p }),
    count: (take) => prisma.source.count({ where, take }),
  });
  return { ...page, items: page.items.map(toSourceDto) };
}

/**
 * Sources whose publication period overlaps [from, to]. A vague date is stored as its
 * period's first day, so its period ends on or after `from` exactly when it starts on or
 * after the first day of the month (quarter, year) `from` falls in; undated sources drop out.
 */
function publishedIn(from: string | undefined, to: string | undefined): Prisma.SourceWhereInput[] {
  const conditions: Prisma.SourceWhereInput[] = [{ publishedAt: { not: null } }];
  if (to) conditions.push({ publishedAt: { lte: dayToUtcDate(to) } });
  if (from) {
    conditions.push({
      OR: [
        { publishedPrecision: { in: ["DAY", "APPROXIMATE"] }, publishedAt: { gte: dayToUtcDate(from) } },
        ...(["MONTH", "QUARTER", "YEAR"] as const).map((precision) => ({
          publishedPrecision: precision,
          publishedAt: { gte: dayToUtcDate(periodOf(from, precision).first) },
        })),
      ],
    });
  }
  return conditions;
}
