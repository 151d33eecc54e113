import type { z } from "zod";
import { textCondition } from "../common/text-search.ts";
import type { ZListEventsInput } from "@atlas/shared/event";
import type { CalendarDay } from "@atlas/shared/calendar-day";
import type { Prisma } from "../../db.ts";
import { partnerScope, spanOverlap } from "../common/filters.ts";
import { listPage, orderThenById, type ListCall } from "../common/list-page.ts";
import { eventListSelect, toEventListItem } from "./event-select.ts";

export async function listEvents<C extends boolean = true>({
  prisma,
  today,
  input,
  countTotal,
}: ListCall<z.output<typeof ZListEventsInput>, C> & { today: CalendarDay }) {
  const { filter, sort } = input;
  const scope = await partnerScope(prisma, filter);
  const and: Prisma.EventWhereInput[] = [...(await textCondition(prisma, filter.q))];
  // A tour concerns a country when one of its stops does, even if the country is not among its partners.
  if (scope) and.push({ OR: [{ partners: { some: { partnerId: { in: scope } } } }, { stops: { some: { partnerId: { in: scope } } } }] });
  // Overlap of [startsAt, endsAt ?? startsAt] with [from, to]; a month-precision event is
  // stored as the whole month, so it is in any period that touches that month.
  and.push(...spanOverlap("startsAt", "endsAt", filter));
  // Not over yet in the home region's calendar: its last day is today or later.
  if (filter.upcoming) and.push(...spanOverlap("startsAt", "endsAt", { from: today }));
  const where: Prisma.EventWhereInput = {
    deletedAt: null,
    ...(filter.sectorIds?.length ? { sectors: { some: { sectorId: { in: filter.sectorIds } } } } : {}),
    ...(filter.kinds?.length ? { kind: { in: filter.kinds } } : {}),
    ...(filter.statuses?.length ? { status: { in: filter.statuses } } : {}),
    AND: and,
  };
  const page = await listPage({
    input,
    countTotal,
    findMany: (p) => prisma.event.findMany({ where, select: eventListSelect, orderBy: orderThenById(sort), ...p }),
    count: (take) => prisma.event.count({ where, take }),
  });
  return { ...page, items: page.items.map(toEventListItem) };
}
