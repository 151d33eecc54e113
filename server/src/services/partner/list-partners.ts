import type { z } from "zod";
import { textCondition } from "../common/text-search.ts";
import type { ZListPartnersInput } from "@atlas/shared/partner";
import type { Prisma, Tx } from "../../db.ts";
import { paginate, partnerScope, spanOverlap } from "../common/filters.ts";
import { partnerListSelect } from "./partner-select.ts";

export async function listPartners<C extends boolean = true>({
  prisma,
  input,
  countTotal,
}: {
  prisma: Tx;
  input: z.output<typeof ZListPartnersInput>;
  countTotal?: C;
}) {
  const { filter, sort } = input;
  const scope = await partnerScope(prisma, filter);
  const where: Prisma.PartnerWhereInput = {
    deletedAt: null,
    ...(scope ? { id: { in: scope } } : {}),
    ...(filter.levels?.length ? { level: { in: filter.levels } } : {}),
    ...(filter.kinds?.length ? { kind: { in: filter.kinds } } : {}),
    // A partner "is in" a sector or a period when it had contacts there.
    ...(filter.sectorIds?.length || filter.from || filter.to
      ? {
          interactions: {
            some: {
              interaction: {
                deletedAt: null,
                ...(filter.sectorIds?.length ? { sectors: { some: { sectorId: { in: filter.sectorIds } } } } : {}),
                // A contact over several days, or known only to its month, counts where its days overlap the period.
                AND: spanOverlap("startsAt", "endsAt", filter),
              },
            },
          },
        }
      : {}),
    AND: await textCondition(prisma, filter.q),
  };
  return paginate({
    countTotal,
    cursor: input.cursor,
    limit: input.limit,
    findMany: (page) =>
      prisma.partner.findMany({ where, select: partnerListSelect, orderBy: [{ [sort.field]: sort.direction }, { id: sort.direction }], ...page }),
    count: () => prisma.partner.count({ where }),
  });
}
