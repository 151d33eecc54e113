import type { z } from "zod";
import { textCondition } from "../common/text-search.ts";
import { dayToUtcDate, type CalendarDay } from "@atlas/shared/calendar-day";
import { openTaskStatuses, type ZListFollowUpsInput } from "@atlas/shared/follow-up";
import type { Prisma } from "../../db.ts";
import { dateRange, partnerScope } from "../common/filters.ts";
import { listPage, orderThenById, type ListCall } from "../common/list-page.ts";
import { followUpListSelect, toFollowUp } from "./follow-up-select.ts";

/**
 * `today` is the home region's day (ctx.calendar.today()): a task due on 4 December is
 * overdue from 5 December there, whatever the server's or the viewer's time zone.
 */
export async function listFollowUps<C extends boolean = true>({
  prisma,
  input,
  today,
  countTotal,
}: ListCall<z.output<typeof ZListFollowUpsInput>, C> & { today: CalendarDay }) {
  const { filter, sort } = input;
  const todayDate = dayToUtcDate(today);
  const scope = await partnerScope(prisma, filter);
  const open = { in: [...openTaskStatuses] };
  const conditions: Prisma.FollowUpWhereInput[] = [
    ...(await textCondition(prisma, filter.q)),
    // A task of a deleted meeting or agreement is gone with it, and back when it is restored.
    { OR: [{ interactionId: null }, { interaction: { deletedAt: null } }] },
    { OR: [{ agreementId: null }, { agreement: { deletedAt: null } }] },
    { OR: [{ planItemId: null }, { planItem: { agreement: { deletedAt: null } } }] },
  ];
  if (filter.overdue === true) conditions.push({ dueDate: { lt: todayDate }, status: open });
  // Written out rather than NOT(overdue): a NULL due date would make NOT(...) unknown in SQL.
  if (filter.overdue === false) conditions.push({ OR: [{ dueDate: null }, { dueDate: { gte: todayDate } }, { status: { notIn: [...openTaskStatuses] } }] });
  // A task belongs to the partners and sectors of the meeting or agreement it came from.
  if (scope) {
    conditions.push({
      OR: [{ interaction: { partners: { some: { partnerId: { in: scope } } } } }, { agreement: { parties: { some: { partnerId: { in: scope } } } } }],
    });
  }
  if (filter.sectorIds?.length) {
    const sectorId = { in: filter.sectorIds };
    conditions.push({ OR: [{ interaction: { sectors: { some: { sectorId } } } }, { agreement: { sectors: { some: { sectorId } } } }] });
  }
  const due = dateRange(filter.from, filter.to);
  const where: Prisma.FollowUpWhereInput = {
    deletedAt: null,
    ...(filter.statuses?.length ? { status: { in: filter.statuses } } : {}),
    ...(filter.ownerId ? { ownerId: filter.ownerId } : {}),
    ...(filter.interactionId ? { interactionId: filter.interactionId } : {}),
    ...(filter.agreementId ? { agreementId: filter.agreementId } : {}),
    ...(due ? { dueDate: due } : {}),
    AND: conditions,
  };
  // Tasks without a due date go last whichever way the dates are sorted.
  const orderBy: Prisma.FollowUpOrderByWithRelationInput[] = orderThenById(sort, ["dueDate"]);
  const page = await listPage({
    input,
    countTotal,
    findMany: (p) => prisma.followUp.findMany({ where, select: followUpListSelect, orderBy, ...p }),
    count: (take) => prisma.followUp.count({ where, take }),
  });
  return { ...page, items: page.items.map(toFollowUp) };
}
