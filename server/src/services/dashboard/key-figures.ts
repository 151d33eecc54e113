import { agreementStages, type TAgreementStage } from "@atlas/shared/enums";
import type { TKeyFigures } from "@atlas/shared/dashboard";
import { addDays, addMonths, dayParts, makeDay, type CalendarDay } from "@atlas/shared/calendar-day";
import { Prisma, type Tx } from "../../db.ts";
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
 * (directly or through a plan item) they came from; one attached to a deleted
 * record is gone with it.
 */
export function followUpConditions(f: SqlFilter): Prisma.Sql[] {
  const sectors = f.sectorIds;
  const scope = f.scope;
  return [
    Prisma.sql`fu."deletedAt" IS NULL`,
    Prisma.sql`(fi.id IS NULL OR fi."deletedAt" IS NULL)`,
    Prisma.sql`(fa.id IS NULL OR fa."deletedAt" IS NULL)`,
    ...(sectors
      ? [
          Prisma.sql`(EXISTS (SELECT 1 FROM "InteractionSector" x WHERE x."interactionId" = fi.id AND x."sectorId" = ANY(${sectors}::uuid[]))
            OR EXISTS (SELECT 1 FROM "AgreementSector" x WHERE x."agreementId" = fa.id AND x."sectorId" = ANY(${sectors}::uuid[])))`,
        ]
      : []),
    ...(scope
      ? [
          Prisma.sql`(EXISTS (SELECT 1 FROM "InteractionPartner" x WHERE x."interactionId" = fi.id AND x."partnerId" = ANY(${scope}::uuid[]))
            OR EXISTS (SELECT 1 FROM "AgreementParty" x WHERE x."agreementId" = fa.id AND x."partnerId" = ANY(${scope}::uuid[])))`,
        ]
      : []),
    ...textMatches(Prisma.raw(`fu."searchText"`), f),
  ];
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
export async function keyFigures({ prisma, f, today }: { prisma: Tx; f: SqlFilter; today: CalendarDay }): Promise<TKeyFigures> {
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
  const span = (a: string, period: { from: CalendarDay; to: CalendarDay }) =>
    and(spanInPeriod(Prisma.raw(`${a}."startsAt"`), Prisma.raw(`${a}."endsAt"`), period.from, period.to));

  const [row] = await prisma.$queryRaw<Row[]>`
    WITH RECURSIVE ${partnerTreeCte}
    SELECT
      (SELECT count(DISTINCT ip."partnerId")::int
         FROM "Interaction" i
         JOIN "InteractionPartner" ip ON ip."interactionId" = i.id
         JOIN "Partner" p ON p.id = ip."partnerId" AND p."deletedAt" IS NULL
         LEFT JOIN partner_tree t ON t.id = p.id
        WHERE ${and(interactionConditions("i", f, { period: false, scope: false }))}
          AND ${and(inScope(Prisma.raw(`ip."partnerId"`), f))}
          AND NOT COALESCE(t.in_home, false)
          AND ${interactionHeld("i", today)} AND COALESCE(i."endsAt", i."startsAt") >= ${yearAgo}::date) AS active_partners,
      (SELECT count(*)::int FROM "Interaction" i
        WHERE ${interactionWhere} AND ${heldIn("i", yearToDate)}) AS meetings_year_to_date,
      (SELECT count(*)::int FROM "Interaction" i
        WHERE ${interactionWhere} AND ${heldIn("i", lastYearToDate)}) AS meetings_last_year_to_date,
      (SELECT count(*)::int FROM "Event" e
        WHERE ${and(eventConditions("e", f, { period: false }))} AND e.status <> 'CANCELLED'
          AND ${span("e", { from: today, to: day90 })}) AS events_next_90_days,
      (SELECT count(*)::int FROM "FollowUp" fu
         LEFT JOIN "Interaction" fi ON fi.id = fu."interactionId"
         LEFT JOIN "PlanItem" fp ON fp.id = fu."planItemId"
         LEFT JOIN "Agreement" fa ON fa.id = COALESCE(fu."agreementId", fp."agreementId")
        WHERE ${and(followUpConditions(f))}
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
