import type { z } from "zod";
import { textCondition } from "../common/text-search.ts";
import type { ZListProjectsInput } from "@atlas/shared/project";
import type { Prisma } from "../../db.ts";
import { instantRange, partnerScope } from "../common/filters.ts";
import { listPage, orderThenById, type ListCall } from "../common/list-page.ts";
import { projectListSelect } from "./project-select.ts";
import { withTimestamps } from "../common/timestamps.ts";

/**
 * The period filter applies to when a project was entered (createdAt, an instant): the
 * days [from, to] of the home calendar (`timeZone`, ctx.calendar.timeZone).
 */
export async function listProjects<C extends boolean = true>({
  prisma,
  input,
  timeZone,
  countTotal,
}: ListCall<z.output<typeof ZListProjectsInput>, C> & { timeZone: string }) {
  const { filter, sort } = input;
  const scope = await partnerScope(prisma, filter);
  const created = instantRange(filter.from, filter.to, timeZone);
  const where: Prisma.ProjectWhereInput = {
    deletedAt: null,
    ...(scope ? { partnerId: { in: scope } } : {}),
    ...(filter.sectorIds?.length ? { sectorId: { in: filter.sectorIds } } : {}),
    ...(filter.stages?.length ? { stage: { in: filter.stages } } : {}),
    ...(created ? { createdAt: created } : {}),
    AND: await textCondition(prisma, filter.q),
  };
  return listPage({
    input,
    countTotal,
    findMany: async (page) => (await prisma.project.findMany({ where, select: projectListSelect, orderBy: orderThenById(sort), ...page })).map(withTimestamps),
    count: (take) => prisma.project.count({ where, take }),
  });
}
