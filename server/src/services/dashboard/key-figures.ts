import { agreementStages, type TAgreementStage } from "@atlas/shared/enums";
import type { TKeyFigures } from "@atlas/shared/dashboard";
import { addDays, addMonths, dayParts, makeDay, type CalendarDay } from "@atlas/shared/calendar-day";
import { Prisma, type Tx } from "../../db.ts";
import { anySector, monthOf, tallyScope } from "./interaction-tally.ts";
import { contactHeld, contactRows } from "./partner-contacts.ts";
import {
  agreementConditions,
  and,
  eventConditions,
  inScope,
  interactionConditions,
  interactionHeld,
  partnerTreeCte,
  spanInPeriod,
  textMatches,
  type SqlFilter,
} from "./sql-filters.ts";

/**
 * Follow-ups belong to a sector or a partner through the interaction or agreement
 * (directly or through a plan item, which the caller joins as `fp`) they came from; one
 * attached to a deleted record is gone with it. That is an anti-join with the few deleted
 * records (the partial indexes of migration key_figures_indexes), not a look-up of the record
 * of every follow-up: the foreign keys make it the same as testing the joined record.
 * The sector and partner tests look up each follow-up's links: `OFFSET 0` keeps the planner
 * from hashing instead every link of the sector or of the partners, all their history.
 */
export function followUpConditions(f: SqlFilter): Prisma.Sql[] {
  const sectors = f.sectorIds;
  const scope = f.scope;
  const agreementId = Prisma.sql`COALESCE(fu."agreementId", fp."agreementId")`;
  return [
    Prisma.sql`fu."deletedAt" IS NULL`,
    Prisma.sql`NOT EXISTS (SELECT 1 FROM "Interaction" gone WHERE gone.id = fu."interactionId" AND gone."deletedAt" IS NOT NULL)`,
    Prisma.sql`NOT EXISTS (SELECT 1 FROM "Agreement" gone WHERE gone.id = ${agreementId} AND gone."deletedAt" IS NOT NULL)`,
    ...(sectors
      ? [
          Prisma.sql`((fu."interactionId" IS NOT NULL
             AND EXISTS (SELECT 1 FROM "InteractionSector" x WHERE x."interactionId" = fu."interactionId" AND x."sectorId" = ANY(${sectors}::uuid[]) OFFSET 0))
            OR (${agreementId} IS NOT NULL
             AND EXISTS (SELECT 1 FROM "AgreementSector" x WHERE x."agreementId" = ${agreementId} AND x."sectorId" = ANY(${sectors}::uuid[]) OFFSET 0)))`,
        ]
      : []),
    ...(scope
      ? [
          Prisma.sql`((fu."interactionId" IS NOT NULL
             AND EXISTS (SELECT 1 FROM "InteractionPartner" x WHERE x."interactionId" = fu."interactionId" AND x."partnerId" = ANY(${scope}::uuid[]) OFFSET 0))
            OR (${agreementId} IS NOT NULL
             AND EXISTS (SELECT 1 FROM "AgreementParty" x WHERE x."agreementId" = ${agreementId} AND x."partnerId" = ANY(${scope}::uuid[]) OFFSET 0)))`,
        ]
      : []),
    ...textMatches(Prisma.raw(`fu."searchText"`), f),
  ];
}

/**
 * Under a partner filter, the overdue follow-ups to check are those the maintained
 * OpenFollowUp rows give the scope's partners (an index range on partner and due day each),
 * not every open overdue follow-up in the database with a lookup of its records each. Those
 * rows hold every partner an open follow-up belongs to (its meeting's, its agreement's and
 * its plan item's agreement's), a superset of what followUpConditions accepts, which still
 * decides; so the count is the same (dashboard-tallies.test.ts compares it with a join).
 */
export function overdueCandidates(f: SqlFilter, today: CalendarDay): Prisma.Sql {
  if (!f.scope) return Prisma.empty;
  return Prisma.sql`AND fu.id IN (SELECT o."followUpId" FROM "OpenFollowUp" o WHERE o."partnerId" = ANY(${f.scope}::uuid[]) AND o."dueDate" < ${today}::date)`;
}

/**
 * The interactions that started from `from` (a 1 January) and were held by `to`, as a
 * scalar subquery on the maintained tallies, or null when they cannot answer the filter
 * (tallyScope, and at most one sector: a sum over sector rows counts a meeting of two
 * sectors twice). A tally row whose months settle it counts whole: one of a month,
 * quarter or year that ended before `to`'s month, any other that started before it.
 * The rest can only be held within `to`'s month, and are read there, never a pass over every
 * meeting of the branch or of the sector.
 */
export function heldMeetingsFromTallies(f: SqlFilter, period: { from: CalendarDay; to: CalendarDay }): Prisma.Sql | null {
  const scope = tallyScope(f);
  const contacts = contactRows(f);
  if (!scope || !contacts || monthOf(period.from) !== period.from) return null;
  const toMonth = monthOf(period.to);
  const vague = (a: string) => Prisma.sql`${Prisma.raw(`${a}."datePrecision"`)}::text IN ('MONTH', 'QUARTER', 'YEAR')`;
  const sectorId = f.sectorIds?.[0];
  // Held by `to` and not before toMonth: one of a month, quarter or year ended in those days, any
  // other began in them. Of every meeting, counted from the partial indexes of migration
  // key_figures_indexes alone (these conditions repeat their predicates word for word; the sector,
  // if any, is looked up per meeting); of a partner's branch, from its partners' contact rows.
  const inSector = sectorId
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM "InteractionSector" x WHERE x."interactionId" = i.id AND x."sectorId" = ${sectorId}::uuid OFFSET 0)`
    : Prisma.empty;
  const vagueInterval = Prisma.sql`i."datePrecision" IN ('MONTH', 'QUARTER', 'YEAR')`;
  const monthSoFar =
    scope.kind === "all"
      ? Prisma.sql`((SELECT count(*) FROM "Interaction" i
           WHERE i."deletedAt" IS NULL AND NOT ${vagueInterval}
             AND i."startsAt" >= ${toMonth}::date AND i."startsAt" <= ${period.to}::date AND i."startsAt" >= ${period.from}::date ${inSector})
        + (SELECT count(*) FROM "Interaction" i
            WHERE i."deletedAt" IS NULL AND ${vagueInterval}
              AND COALESCE(i."endsAt", i."startsAt") >= ${toMonth}::date AND COALESCE(i."endsAt", i."startsAt") <= ${period.to}::date
              AND i."startsAt" >= ${period.from}::date ${inSector}))`
      : Prisma.sql`(SELECT count(DISTINCT m.id) FROM unnest(${f.scope}::uuid[]) AS sp(id)
          CROSS JOIN LATERAL (
            SELECT c."interactionId" AS id FROM ${contacts.table} c
             WHERE c."partnerId" = sp.id AND ${contacts.sector("c")} AND NOT ${vague("c")} AND c."startsAt" >= ${toMonth}::date AND c."startsAt" <= ${period.to}::date
               AND c."startsAt" >= ${period.from}::date
            UNION ALL
            SELECT c."interactionId" FROM ${contacts.table} c
             WHERE c."partnerId" = sp.id AND ${contacts.sector("c")} AND ${vague("c")} AND c."lastDay" >= ${toMonth}::date AND c."lastDay" <= ${period.to}::date
               AND c."startsAt" >= ${period.from}::date
          ) m)`;
  return Prisma.sql`(
      (SELECT COALESCE(sum(t.count), 0) FROM "InteractionTally" t
        WHERE t."scopeKind" = ${scope.kind} AND t."scopeId" = ${scope.id}::uuid AND t."sectorId" = ${sectorId ?? anySector}::uuid
          AND t."startMonth" >= ${period.from}::date
          AND CASE WHEN t.precision IN ('MONTH', 'QUARTER', 'YEAR') THEN t."endMonth" < ${toMonth}::date ELSE t."startMonth" < ${toMonth}::date END)
      + ${monthSoFar}
    )::int`;
}

/**
 * The partners (live, outside the home region, under the filter) with a contact held by
 * `today` that ended on or after `since`, from their contact rows (partner-contacts.ts): one
 * index walk per partner from its latest contact down to `since`, cut at the first held one,
 * so that only its contacts not yet held (planned ones) are stepped over. Null when the
 * contact rows cannot answer the filter.
 */
export function activePartnersFromContacts(f: SqlFilter, today: CalendarDay, since: CalendarDay): Prisma.Sql | null {
  const contacts = contactRows(f);
  if (!contacts) return null;
  return Prisma.sql`(SELECT count(*)::int FROM "Partner" p
   CROSS JOIN LATERAL (SELECT 1 FROM ${contacts.table} c
                        WHERE c."partnerId" = p.id AND ${contacts.sector("c")} AND c."lastDay" >= ${since}::date AND ${contactHeld("c", today)}
                        ORDER BY c."lastDay" DESC, c."startsAt" DESC
                        LIMIT 1) held
   WHERE p."deletedAt" IS NULL AND ${and(inScope(Prisma.raw(`p.id`), f))}
     AND NOT EXISTS (SELECT 1 FROM "PartnerClosure" h JOIN "Partner" hp ON hp.id = h."ancestorId" AND hp."isHome" WHERE h."descendantId" = p.id))`;
}

type Row = {
  active_partners: number;
  meetings_year_to_date: number;
  meetings_last_year_to_date: number;
  events_next_90_days: number;
  overdue_follow_ups: number;
  by_stage: Record<string, number> | null;
};

/**
 * The figures as of the home region's `today`, in one query; the filter's period does
 * not apply (each figure has its own window). Meetings are compared like for like:
 * those held from 1 January to today against those held from 1 January to the same day
 * a year earlier — never a year so far against a whole year, which reports a fall every
 * December. "Held by a day" is `interactionHeld`: one known only to its month, quarter or
 * year counts once that period is over, never as its first day, in both spans alike.
 * Events count while they are not over and start within the 90 days from today:
 * «в декабре» is upcoming all December.
 */
export async function keyFigures({
  prisma,
  f,
  today,
  useTallies = true,
}: {
  prisma: Tx;
  f: SqlFilter;
  today: CalendarDay;
  useTallies?: boolean;
}): Promise<TKeyFigures> {
  const year = dayParts(today)!.year;
  const yearToDate = { from: makeDay(year, 1, 1), to: today };
  // 29 February a year back is 28 February (addMonths keeps to the month's last day).
  const lastYearToDate = { from: makeDay(year - 1, 1, 1), to: addMonths(today, -12) };
  // Today and the 90 days after it.
  const day90 = addDays(today, 90);
  const yearAgo = addMonths(today, -12);
  const interactionWhere = and(interactionConditions("i", f, { period: false }));
  const heldIn = (a: string, period: { from: CalendarDay; to: CalendarDay }) =>
    Prisma.sql`${Prisma.raw(`${a}."startsAt"`)} >= ${period.from}::date AND ${interactionHeld(a, period.to)}`;
  const heldMeetings = (period: { from: CalendarDay; to: CalendarDay }) =>
    (useTallies ? heldMeetingsFromTallies(f, period) : null) ??
    Prisma.sql`(SELECT count(*)::int FROM "Interaction" i WHERE ${interactionWhere} AND ${heldIn("i", period)})`;
  const span = (a: string, period: { from: CalendarDay; to: CalendarDay }) =>
    and(spanInPeriod(Prisma.raw(`${a}."startsAt"`), Prisma.raw(`${a}."endsAt"`), period.from, period.to));

  const rawActivePartners = Prisma.sql`(SELECT count(DISTINCT ip."partnerId")::int
         FROM "Interaction" i
         JOIN "InteractionPartner" ip ON ip."interactionId" = i.id
         JOIN "Partner" p ON p.id = ip."partnerId" AND p."deletedAt" IS NULL
         LEFT JOIN partner_tree t ON t.id = p.id
        WHERE ${and(interactionConditions("i", f, { period: false, scope: false }))}
          AND ${and(inScope(Prisma.raw(`ip."partnerId"`), f))}
          AND NOT COALESCE(t.in_home, false)
          AND ${interactionHeld("i", today)} AND COALESCE(i."endsAt", i."startsAt") >= ${yearAgo}::date)`;
  const activePartners = (useTallies ? activePartnersFromContacts(f, today, yearAgo) : null) ?? rawActivePartners;

  const [row] = await prisma.$queryRaw<Row[]>`
    WITH RECURSIVE ${partnerTreeCte}
    SELECT
      ${activePartners} AS active_partners,
      ${heldMeetings(yearToDate)} AS meetings_year_to_date,
      ${heldMeetings(lastYearToDate)} AS meetings_last_year_to_date,
      (SELECT count(*)::int FROM "Event" e
        WHERE ${and(eventConditions("e", f, { period: false }))} AND e.status <> 'CANCELLED'
          AND ${span("e", { from: today, to: day90 })}) AS events_next_90_days,
      (SELECT count(*)::int FROM "FollowUp" fu
         LEFT JOIN "PlanItem" fp ON fp.id = fu."planItemId"
        WHERE ${and(followUpConditions(f))} ${useTallies ? overdueCandidates(f, today) : Prisma.empty}
          AND fu."dueDate" < ${today}::date AND fu.status IN ('OPEN', 'IN_PROGRESS')) AS overdue_follow_ups,
      (SELECT json_object_agg(s.stage, s.n) FROM (
         SELECT a.stage::text AS stage, count(*)::int AS n FROM "Agreement" a
          WHERE ${and(agreementConditions("a", f, { period: false }))}
          GROUP BY a.stage) s) AS by_stage`;
  if (!row) throw new Error("the key figures query returned no row");

  const agreementsByStage = Object.fromEntries(agreementStages.map((stage) => [stage, row.by_stage?.[stage] ?? 0])) as Record<TAgreementStage, number>;
  return {
    activePartners: row.active_partners,
    agreementsByStage,
    meetingsYearToDate: row.meetings_year_to_date,
    meetingsLastYearToDate: row.meetings_last_year_to_date,
    yearToDate,
    lastYearToDate,
    eventsNext90Days: row.events_next_90_days,
    overdueFollowUps: row.overdue_follow_ups,
  };
}
