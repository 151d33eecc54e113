import type { z } from "zod";
import { textCondition } from "../common/text-search.ts";
import type { ZListPartnersInput } from "@atlas/shared/partner";
import type { Prisma } from "../../db.ts";
import { partnerScope, spanOverlap } from "../common/filters.ts";
import { listPage, orderThenById, type ListCall } from "../common/list-page.ts";
import { partnerListSelect } from "./partner-select.ts";
import { withTimestamps } from "../common/timestamps.ts";

export async function listPartners<C extends boolean = true>({ prisma, input, countTotal }: ListCall<z.output<typeof ZListPartnersInput>, C>) {
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
  return listPage({
    input,
    countTotal,
    findMany: async (page) => (await prisma.partner.findMany({ where, select: partnerListSelect, orderBy: orderThenById(sort), ...page })).map(withTimestamps),
    count: (take) => prisma.partner.count({ where, take }),
  });
}
