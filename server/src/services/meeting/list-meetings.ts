import type { z } from "zod";
import { parseTextQuery, textWhere } from "../common/text-search.ts";
import type { ZListMeetingsInput } from "@atlas/shared/meeting";
import { SEARCH_COUNT_BOUND } from "@atlas/shared/common";
import { Prisma, type Tx } from "../../db.ts";
import { resolvePartnerScope, spanOverlap } from "../common/filters.ts";
import { listPage, orderThenById, type ListCall, type PageWindow } from "../common/list-page.ts";
import { addMonths, dayParts, makeDay, utcDateToDay, type CalendarDay } from "@atlas/shared/calendar-day";
import { anySector, interactionTally, scopeContacts, tallyScope } from "../dashboard/interaction-tally.ts";
import { and, interactionConditions, type SqlFilter } from "../dashboard/sql-filters.ts";
import { meetingListCounts, meetingListSelect, toMeetingListItem } from "./meeting-select.ts";

/**
 * One page of meetings and its total. `pageFromContacts: false` keeps the page to Prisma's
 * own query even where pageIdsFromContacts could answer it (the tests compare the two).
 */
export async function listMeetings<C extends boolean = true>({
  prisma,
  input,
  countTotal,
  pageFromContacts = true,
}: ListCall<z.output<typeof ZListMeetingsInput>, C> & { pageFromContacts?: boolean }) {
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
    findMany: async (p) => {
      const newestFirst = sort.field === "startsAt" && sort.direction === "desc";
      const ids = pageFromContacts && onlyTallied && newestFirst ? await pageIdsFromContacts(prisma, tallied, p) : null;
      return prisma.interaction.findMany({
        where: ids ? { id: { in: ids } } : where,
        select: meetingListSelect,
        orderBy: orderThenById(sort),
        ...(ids ? {} : p),
      });
    },
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

/**
 * The ids of a page of a partner branch's meetings (and of one sector), newest first, from the
 * branch's maintained contacts (PartnerContact, PartnerSectorContact: indexed by partner, then
 * sector, then day) instead of a walk of every meeting from the newest down that tests each for
 * the branch and the sector, which reads more of the history the rarer the filter. Per partner
 * of the branch it reads at most a page of contacts that start in the period and at most a page
 * of those that started before it and last into it; the page is the newest of those. Null when
 * it cannot answer: no partner filter, text or more than one sector, or a cursor that names no
 * meeting (Prisma's query then decides, as before).
 */
async function pageIdsFromContacts(prisma: Tx, f: SqlFilter, window: PageWindow): Promise<string[] | null> {
  if (!f.scope || f.text.length > 0 || (f.sectorIds && f.sectorIds.length > 1)) return null;
  let after = Prisma.empty;
  if (window.cursor) {
    const [row] = await prisma.$queryRaw<Array<{ startsAt: Date }>>`
      SELECT i."startsAt" FROM "Interaction" i WHERE i.id = ${window.cursor.id}::uuid AND i."deletedAt" IS NULL`;
    if (!row) return null;
    after = Prisma.sql`AND (c."startsAt", c."interactionId") < (${utcDateToDay(row.startsAt)}::date, ${window.cursor.id}::uuid)`;
  }
  const sectorId = f.sectorIds?.[0] ?? null;
  const contacts = Prisma.raw(sectorId ? `"PartnerSectorContact"` : `"PartnerContact"`);
  const ofPartner = Prisma.sql`c."partnerId" = p.id ${sectorId ? Prisma.sql`AND c."sectorId" = ${sectorId}::uuid` : Prisma.empty} ${after}`;
  const upTo = f.to ? Prisma.sql`AND c."startsAt" <= ${f.to}::date` : Prisma.empty;
  // Those that start in the period: a range of the (partner, sector, day) index, newest first.
  const startingIn = Prisma.sql`(SELECT c."interactionId", c."startsAt" FROM ${contacts} c
      WHERE ${ofPartner} ${upTo} ${f.from ? Prisma.sql`AND c."startsAt" >= ${f.from}::date` : Prisma.empty}
      ORDER BY c."startsAt" DESC, c."interactionId" DESC LIMIT ${window.take})`;
  // Those that started before it and last into it: a range of the last-day index (its days from
  // the period's first on), never a walk back through the older history.
  const runningInto = f.from
    ? Prisma.sql`UNION ALL (SELECT c."interactionId", c."startsAt" FROM ${contacts} c
      WHERE ${ofPartner} ${upTo} AND c."lastDay" >= ${f.from}::date AND c."startsAt" < ${f.from}::date
      ORDER BY c."startsAt" DESC, c."interactionId" DESC LIMIT ${window.take})`
    : Prisma.empty;
  const rows = await prisma.$queryRaw<Array<{ id: string }>>`
    SELECT x.id::text AS id FROM (
      SELECT DISTINCT c."interactionId" AS id, c."startsAt" AS starts_at
        FROM unnest(${f.scope}::uuid[]) AS p(id)
       CROSS JOIN LATERAL (${startingIn} ${runningInto}) c
    ) x
    ORDER BY x.starts_at DESC, x.id DESC
    LIMIT ${window.take}`;
  return rows.map((r) => r.id);
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
