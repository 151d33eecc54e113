import type { z } from "zod";
import { textCondition } from "../common/text-search.ts";
import type { ZListMeetingsInput } from "@atlas/shared/meeting";
import type { Prisma } from "../../db.ts";
import { partnerScope, spanOverlap } from "../common/filters.ts";
import { listPage, orderThenById, type ListCall } from "../common/list-page.ts";
import { meetingListCounts, meetingListSelect, toMeetingListItem } from "./meeting-select.ts";

export async function listMeetings<C extends boolean = true>({ prisma, input, countTotal }: ListCall<z.output<typeof ZListMeetingsInput>, C>) {
  const { filter, sort } = input;
  const scope = await partnerScope(prisma, filter);
  const where: Prisma.InteractionWhereInput = {
    deletedAt: null,
    // Any one of the meeting's partners inside the scope is enough.
    ...(scope ? { partners: { some: { partnerId: { in: scope } } } } : {}),
    ...(filter.sectorIds?.length ? { sectors: { some: { sectorId: { in: filter.sectorIds } } } } : {}),
    ...(filter.kinds?.length ? { kind: { in: filter.kinds } } : {}),
    ...(filter.directions?.length ? { direction: { in: filter.directions } } : {}),
    ...(filter.formats?.length ? { format: { in: filter.formats } } : {}),
    ...(filter.personId ? { participants: { some: { personId: filter.personId } } } : {}),
    // In the period when its days overlap it: a month-precision meeting is in any filter that touches its month.
    AND: [...(await textCondition(prisma, filter.q)), ...spanOverlap("startsAt", "endsAt", filter)],
  };
  const page = await listPage({
    input,
    countTotal,
    findMany: (p) => prisma.interaction.findMany({ where, select: meetingListSelect, orderBy: orderThenById(sort), ...p }),
    count: () => prisma.interaction.count({ where }),
  });
  const counts = await meetingListCounts(
    prisma,
    page.items.map((m) => m.id),
  );
  return { ...page, items: page.items.map((m) => toMeetingListItem(m, counts.get(m.id))) };
}
