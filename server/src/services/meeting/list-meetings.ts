import type { z } from "zod";
import { parseTextQuery, textWhere } from "../common/text-search.ts";
import type { ZListMeetingsInput } from "@atlas/shared/meeting";
import { SEARCH_COUNT_BOUND } from "@atlas/shared/common";
import { Prisma, type Tx } from "../../db.ts";
import { resolvePartnerScope, spanOverlap } from "../common/filters.ts";
import { listPage, orderThenById, type ListCall } from "../common/list-page.ts";
import { addMonths, dayParts, makeDay, type CalendarDay } from "@atlas/shared/calendar-day";
import { anySector, interactionTally, scopeContacts, tallyScope } from "../dashboard/interaction-tally.ts";
import { and, interactionConditions, type SqlFilter } from "../dashboard/sql-filters.ts";
import { meetingListCounts, meetingListSelect, toMeetingListItem } from "./meeting-select.ts";

export async function listMeetings<C extends boolean = true>({ prisma, input, countTotal }: ListCall<z.output<typeof ZListMeetingsInput>, C>) {
  const { filter, sort } = input;
  const scope = await resolvePartnerScope(prisma, filter);
  const text = await parseTextQuery(prisma, filter.q);
  const where: Prisma.InteractionWhereInput = {
    deletedAt: null,
    // Any one of the meeting's partners inside the scope is enough.
    ...(scope ? { partners: { some: { partnerId: { in: scope.ids } } } } : {}),
    ...(filter.sectorIds?.length ? { sectors: { some: { sectorId: { in: filter.sectorIds } } } } : {}),
    ...(filter.kinds?.length ? { kind: { in: filter.kinds } } : {}),
    ...(filter.directions?.length ? { direction: { in: filter.directions } } : {}),
    ...(filter.formats?.length ? { format: { in: filter.formats } } : {}),
    ...(filter.personId ? { participants: { some: { personId: filter.personId } } } : {}),
    // In the period when its days overlap it: a month-precision meeting is in any filter that touches its month.
    AND: [...textWhere(text), ...spanOverlap("startsAt", "endsAt", filter)],
  };
  const tallied: SqlFilter = {
    scope: scope?.ids ?? null,
    scopeRoots: scope?.roots ?? null,
    sectorIds: filter.sectorIds?.length ? filter.sectorIds : null,
    text,
    from: filter.from ?? null,
    to: filter.to ?? null,
  };
  // The tallies know nothing of kind, direction, format or participants.
  const onlyTallied = !filter.kinds?.length && !filter.directions?.length && !filter.formats?.length && !filter.personId;
  const page = await listPage({
    input,
    countTotal,
    findMany: (p) => prisma.interaction.findMany({ where, select: meetingListSelect, orderBy: orderThenById(sort), ...p }),
    count: (take) => countMeetingsAtMost(prisma, tallied, filter, take),
    // Text is matched meeting by meeting: a search counts to a thousand, not ten.
    ...(text.length > 0 ? { countBound: SEARCH_COUNT_BOUND } : {}),
    knownTotal: () => (onlyTallied ? talliedMeetingTotal(prisma, tallied) : Promise.resolve(null)),
  });
  const counts = await meetingListCounts(
    prisma,
    page.items.map((m) => m.id),
  );
  return { ...page, items: page.items.map((m) => toMeetingListItem(m, counts.get(m.id))) };
}

/**
 * The exact number of live meetings under the filter, from the maintained tallies
 * (InteractionTally, dashboard/interaction-tally.ts) when they can answer it: no text, at
 * most one partner and one sector (a meeting under two of them would count twice). A
 * period ending mid-month reads that month's meetings one by one (interactionTally); one
 * starting mid-month reads, one by one too, the meetings whose last day falls in
 * its first month (an indexed range on that day per partner, scopeContacts), and takes the
 * rest from the tallies from the next month on. Null otherwise: the list then counts rows,
 * up to its bound.
 */
async function talliedMeetingTotal(prisma: Tx, f: SqlFilter): Promise<number | null> {
  const scope = tallyScope(f);
  if ((f.sectorIds && f.sectorIds.length > 1) || !scope) return null;
  const firstMonth = f.from ? monthOf(f.from) : null;
  // The whole months of the period: all of it, or from the month after a mid-month start.
  const wholeFrom = f.from && firstMonth !== f.from ? addMonths(firstMonth!, 1) : f.from;
  // The meetings in the period still going on the first whole month (or later); the tallies
  // answer this exactly even when that month is after the period's end.
  const sectorId = f.sectorIds?.[0] ?? null;
  // Every meeting counts once under the rows of any sector, and once under each of its sectors.
  const tally = interactionTally(f, { from: wholeFrom, to: f.to }, { onlySector: sectorId ?? anySector });
  if (!tally) return null;
  const parts = [Prisma.sql`SELECT COALESCE(sum(t.n), 0)::int AS n FROM (${tally}) t`];
  if (f.from && wholeFrom !== f.from) {
    // In the period and over before the first whole month: not in the tally part above. The
    // scope's contacts of that span of last days (an index range per partner, scopeContacts).
    const overEarly = scopeContacts(scope, f, sectorId, [
      Prisma.sql`c."lastDay" >= ${f.from}::date`,
      Prisma.sql`c."lastDay" < ${wholeFrom}::date`,
      ...(f.to ? [Prisma.sql`c."startsAt" <= ${f.to}::date`] : []),
    ]);
    parts.push(Prisma.sql`SELECT count(*)::int FROM (${overEarly}) e`);
  }
  const [row] = await prisma.$queryRaw<Array<{ total: number }>>`
    SELECT COALESCE(sum(p.n), 0)::int AS total FROM (${Prisma.join(parts, " UNION ALL ")}) p(n)`;
  return row?.total ?? 0;
}

const monthOf = (day: CalendarDay) => {
  const p = dayParts(day)!;
  return makeDay(p.year, p.month, 1);
};

/**
 * The meetings under the filter, counted up to `take`: the list's `where` in SQL (the
 * dashboard's conditions, plus the filters only the list has). Not Prisma's
 * `count({ where, take })`, which orders its rows by id before the LIMIT, so that the
 * database sorts every match (all of a common word's 16 %) before it can stop; without an
 * order the count stops at the `take`-th match.
 */
async function countMeetingsAtMost(prisma: Tx, f: SqlFilter, filter: z.output<typeof ZListMeetingsInput>["filter"], take: number): Promise<number> {
  const conditions = [
    ...interactionConditions("i", f),
    ...(filter.kinds?.length ? [Prisma.sql`i.kind = ANY(${filter.kinds}::text[])`] : []),
    ...(filter.directions?.length ? [Prisma.sql`i.direction::text = ANY(${filter.directions}::text[])`] : []),
    ...(filter.formats?.length ? [Prisma.sql`i.format::text = ANY(${filter.formats}::text[])`] : []),
    ...(filter.personId
      ? [Prisma.sql`EXISTS (SELECT 1 FROM "InteractionParticipant" f_pp WHERE f_pp."interactionId" = i.id AND f_pp."personId" = ${filter.personId}::uuid)`]
      : []),
  ];
  const [row] = await prisma.$queryRaw<Array<{ n: number }>>`
    SELECT count(*)::int AS n FROM (SELECT 1 FROM "Interaction" i WHERE ${and(conditions)} LIMIT ${take}) bounded`;
  return row?.n ?? 0;
}
