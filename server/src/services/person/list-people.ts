import type { z } from "zod";
import { textCondition } from "../common/text-search.ts";
import type { ZListPeopleInput } from "@atlas/shared/person";
import type { Prisma, Tx } from "../../db.ts";
import { paginate, partnerScope } from "../common/filters.ts";
import { personListSelect } from "./person-select.ts";

export async function listPeople<C extends boolean = true>({
  prisma,
  input,
  countTotal,
}: {
  prisma: Tx;
  input: z.output<typeof ZListPeopleInput>;
  countTotal?: C;
}) {
  const { filter, sort } = input;
  const scope = await partnerScope(prisma, filter);
  const where: Prisma.PersonWhereInput = {
    deletedAt: null,
    ...(scope ? { partnerId: { in: scope } } : {}),
    ...(filter.sides?.length ? { side: { in: filter.sides } } : {}),
    AND: await textCondition(prisma, filter.q),
  };
  return paginate({
    countTotal,
    cursor: input.cursor,
    limit: input.limit,
    findMany: (page) =>
      prisma.person.findMany({ where, select: personListSelect, orderBy: [{ [sort.field]: sort.direction }, { id: sort.direction }], ...page }),
    count: () => prisma.person.count({ where }),
  });
}
