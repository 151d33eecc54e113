import type { z } from "zod";
import { textCondition } from "../common/text-search.ts";
import type { ZListPeopleInput } from "@atlas/shared/person";
import type { Prisma } from "../../db.ts";
import { partnerScope } from "../common/filters.ts";
import { listPage, orderThenById, type ListCall } from "../common/list-page.ts";
import { personListSelect } from "./person-select.ts";
import { withTimestamps } from "../common/timestamps.ts";

export async function listPeople<C extends boolean = true>({ prisma, input, countTotal }: ListCall<z.output<typeof ZListPeopleInput>, C>) {
  const { filter, sort } = input;
  const scope = await partnerScope(prisma, filter);
  const where: Prisma.PersonWhereInput = {
    deletedAt: null,
    ...(scope ? { partnerId: { in: scope } } : {}),
    ...(filter.sides?.length ? { side: { in: filter.sides } } : {}),
    AND: await textCondition(prisma, filter.q),
  };
  return listPage({
    input,
    countTotal,
    findMany: async (page) => (await prisma.person.findMany({ where, select: personListSelect, orderBy: orderThenById(sort), ...page })).map(withTimestamps),
    count: (take) => prisma.person.count({ where, take }),
  });
}
