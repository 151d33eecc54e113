import type { z } from "zod";
import type { ZListEventsInput } from "@atlas/shared/event";
import type { Prisma, Tx } from "../../db.ts";
import { paginate, partnerScope, textCondition } from "../common/filters.ts";
import { eventListSelect, toEventListItem } from "./event-select.ts";

function startOfToday(now = new Date()): Date {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  return d;
}

export async function listEvents({ prisma, input }: { prisma: Tx; input: z.output<typeof ZListEventsInput> }) {
  const { filter, sort } = input;
  const scope = await partnerScope(prisma, filter);
  const and: Prisma.EventWhereInput[] = [...textCondition(filter.q)];
  // A tour concerns a country when one of its stops does, even if the country is not among its partners.
  if (scope) and.push({ OR: [{ partners: { some: { partnerId: { in: scope } } } }, { stops: { some: { partnerId: { in: scope } } } }] });
  // Overlap of [startsAt, endsAt ?? startsAt] with [from, to].
  if (filter.to) and.push({ startsAt: { lte: filter.to } });
  if (filter.from) and.push({ OR: [{ endsAt: { gte: filter.from } }, { endsAt: null, startsAt: { gte: filter.from } }] });
  if (filter.upcoming) and.push({ startsAt: { gte: startOfToday() } });
  const where: Prisma.EventWhereInput = {
    deletedAt: null,
    ...(filter.sectorIds?.length ? { sectors: { some: { sectorId: { in: filter.sectorIds } } } } : {}),
    ...(filter.kinds?.length ? { kind: { in: filter.kinds } } : {}),
    ...(filter.statuses?.length ? { status: { in: filter.statuses } } : {}),
    AND: and,
  };
  const page = await paginate({
    cursor: input.cursor,
    limit: input.limit,
    findMany: (p) =>
      prisma.event.findMany({ where, select: eventListSelect, orderBy: [{ [sort.field]: sort.direction }, { id: sort.direction }], ...p }),
    count: () => prisma.event.count({ where }),
  });
  return { ...page, items: page.items.map(toEventListItem) };
}
