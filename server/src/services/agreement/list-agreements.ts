import type { z } from "zod";
import type { ZListAgreementsInput } from "@atlas/shared/agreement";
import type { Prisma, Tx } from "../../db.ts";
import { dateRange, paginate, partnerScope, textCondition } from "../common/filters.ts";
import { agreementListSelect, flattenLinks } from "./agreement-select.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

export async function listAgreements({ prisma, input }: { prisma: Tx; input: z.output<typeof ZListAgreementsInput> }) {
  const { filter, sort } = input;
  const scope = await partnerScope(prisma, filter);
  const period = dateRange(filter.from, filter.to);
  const now = new Date();
  const and: Prisma.AgreementWhereInput[] = [...textCondition(filter.q)];
  if (filter.stages?.length) and.push({ stage: { in: filter.stages } });
  if (filter.expiringWithinDays) {
    and.push(
      { expiresAt: { gte: now, lte: new Date(now.getTime() + filter.expiringWithinDays * DAY_MS) } },
      // Already over: nothing left to expire.
      { stage: { notIn: ["EXPIRED", "TERMINATED"] } },
    );
  }
  const where: Prisma.AgreementWhereInput = {
    deletedAt: null,
    // An agreement concerns a partner when any of its parties is that partner or lies below it.
    ...(scope ? { parties: { some: { partnerId: { in: scope } } } } : {}),
    ...(filter.sectorIds?.length ? { sectors: { some: { sectorId: { in: filter.sectorIds } } } } : {}),
    // "Active in the period": something happened to its stage then.
    ...(period ? { stageHistory: { some: { changedAt: period } } } : {}),
    ...(filter.kinds?.length ? { kind: { in: filter.kinds } } : {}),
    AND: and,
  };
  // Agreements without a term go last whichever way the term is sorted.
  const primary: Prisma.AgreementOrderByWithRelationInput =
    sort.field === "expiresAt" ? { expiresAt: { sort: sort.direction, nulls: "last" } } : { [sort.field]: sort.direction };
  const page = await paginate({
    cursor: input.cursor,
    limit: input.limit,
    findMany: (p) => prisma.agreement.findMany({ where, select: agreementListSelect, orderBy: [primary, { id: sort.direction }], ...p }),
    count: () => prisma.agreement.count({ where }),
  });
  return {
    ...page,
    items: page.items.map(({ _count, ...row }) => ({ ...flattenLinks(row), openPlanItemCount: _count.planItems })),
  };
}
