import type { z } from "zod";
import type { TDashboardSignals, TExpiringAgreement, TNoContactPartner, TOverduePlanItem, ZDashboardSignalsInput } from "@atlas/shared/dashboard";
import type { TTaskStatus } from "@atlas/shared/enums";
import { addDays, addMonths, type CalendarDay } from "@atlas/shared/calendar-day";
import { Prisma, type Tx } from "../../db.ts";
import { agreementConditions, and, inScope, interactionHeld, partnerTreeCte, periodEndSql, resolveFilter, textMatches, type SqlFilter } from "./sql-filters.ts";

/**
 * Partners of the levels one keeps in touch with (country, region, city; not the
 * home region or anything below it) without a contact since the cutoff. A contact is a
 * meeting held, an event held with the partner, or a tour's stop at it (Ded Moroz's stop
 * makes Astana a place with activity, as its page shows). Contact with
 * a partner below counts for the one above: a meeting in Almaty Oblast is contact
 * with Kazakhstan. Only contacts that have taken place by the home region's today
 * count (see interactionHeld); with a sector filter, only contacts in those sectors.
 * q matches the partner's name. A contact is recent when its last day (of its month,
 * quarter or year for a vaguer date) is on or after the cutoff; the latest contact is
 * the one whose days end last.
 */
async function noContactPartners(prisma: Tx, f: SqlFilter, today: CalendarDay, cutoff: CalendarDay): Promise<TNoContactPartner[]> {
  const sectorFilter = f.sectorIds
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM "InteractionSector" x WHERE x."interactionId" = pc."interactionId" AND x."sectorId" = ANY(${f.sectorIds}::uuid[]))`
    : Prisma.empty;
  const eventSectorFilter = f.sectorIds
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM "EventSector" x WHERE x."eventId" = e.id AND x."sectorId" = ANY(${f.sectorIds}::uuid[]))`
    : Prisma.empty;
  const stopEnd = periodEndSql(Prisma.raw(`s.date`), Prisma.raw(`s."datePrecision"`));
  return prisma.$queryRaw<TNoContactPartner[]>`
    WITH RECURSIVE ${partnerTreeCte},
    activity AS (
      -- Each partner's latest meeting held: the first of its rows in PartnerContact's index (newest
      -- last day first) that has taken place, so a few rows per partner are read, not every meeting.
      -- (interactionHeld on the kept days: lastDay is COALESCE(endsAt, startsAt).)
      SELECT p.id AS partner_id, x."lastDay" AS last_day, x."startsAt" AS starts_at, x."datePrecision"::text AS precision
        FROM "Partner" p
       CROSS JOIN LATERAL (
         SELECT pc."lastDay", pc."startsAt", pc."datePrecision" FROM "PartnerContact" pc
          WHERE pc."partnerId" = p.id
            AND (CASE WHEN pc."datePrecision"::text IN ('MONTH', 'QUARTER', 'YEAR') THEN pc."lastDay" <= ${today}::date
                      ELSE pc."startsAt" <= ${today}::date END)
            ${sectorFilter}
          ORDER BY pc."lastDay" DESC, pc."startsAt" DESC
          LIMIT 1) x
      UNION ALL
      -- An event held with the partner (a forum, days of the region), cancelled ones left out.
      SELECT ep."partnerId", COALESCE(e."endsAt", e."startsAt"), e."startsAt", e."datePrecision"::text
        FROM "Event" e JOIN "EventPartner" ep ON ep."eventId" = e.id
       WHERE e."deletedAt" IS NULL AND e.status <> 'CANCELLED' AND ${interactionHeld("e", today)} ${eventSectorFilter}
      UNION ALL
      -- A tour's stop at the place (Ded Moroz in Astana): its own day, else the tour's once it is over.
      SELECT s."partnerId", COALESCE(${stopEnd}, COALESCE(e."endsAt", e."startsAt")), COALESCE(s.date, e."startsAt"),
             (CASE WHEN s.date IS NULL THEN e."datePrecision" ELSE s."datePrecision" END)::text
        FROM "EventStop" s JOIN "Event" e ON e.id = s."eventId"
       WHERE s."partnerId" IS NOT NULL AND e."deletedAt" IS NULL AND e.status <> 'CANCELLED'
         AND COALESCE(${stopEnd}, COALESCE(e."endsAt", e."startsAt")) <= ${today}::date ${eventSectorFilter}
    ),
    contacts AS (
      SELECT DISTINCT ON (partner_id) partner_id, last_day, starts_at, precision
        FROM activity
       ORDER BY partner_id, last_day DESC, starts_at DESC
    ),
    ancestors AS (
      SELECT c.partner_id AS ancestor_id, c.last_day, c.starts_at, c.precision, p."parentId" AS parent_id, 0 AS depth
        FROM contacts c JOIN "Partner" p ON p.id = c.partner_id
      UNION ALL
      SELECT p.id, a.last_day, a.starts_at, a.precision, p."parentId", a.depth + 1
        FROM ancestors a JOIN "Partner" p ON p.id = a.parent_id
       WHERE a.depth < 32
    ),
    rolled AS (
      SELECT DISTINCT ON (ancestor_id) ancestor_id, last_day, starts_at, precision
        FROM ancestors ORDER BY ancestor_id, last_day DESC, starts_at DESC
    )
    SELECT p.id::text AS "partnerId", p.name, p.level::text AS level, p."isoCode",
           to_char(r.starts_at, 'YYYY-MM-DD') AS "lastContactAt", r.precision AS "lastContactPrecision"
      FROM "Partner" p
      LEFT JOIN partner_tree t ON t.id = p.id
      LEFT JOIN rolled r ON r.ancestor_id = p.id
     WHERE p."deletedAt" IS NULL
       AND p.level IN ('COUNTRY', 'REGION', 'CITY')
       AND NOT COALESCE(t.in_home, p."isHome")
       AND (r.last_day IS NULL OR r.last_day < ${cutoff}::date)
       AND ${and([...inScope(Prisma.raw(`p.id`), f), ...textMatches(Prisma.raw(`p."searchText"`), f)])}
     ORDER BY r.last_day ASC NULLS FIRST, r.starts_at ASC, p.name, p.id`;
}

/** Agreements expiring between today and the horizon (both days included) that have not already ended. */
async function expiringAgreements(prisma: Tx, f: SqlFilter, today: CalendarDay, horizon: CalendarDay): Promise<TExpiringAgreement[]> {
  return prisma.$queryRaw<TExpiringAgreement[]>`
    SELECT a.id::text AS "agreementId", a.title, a.stage::text AS stage, to_char(a."expiresAt", 'YYYY-MM-DD') AS "expiresAt",
           COALESCE((SELECT json_agg(json_build_object('id', p.id, 'name', p.name) ORDER BY p.name, p.id)
                       FROM "AgreementParty" ap JOIN "Partner" p ON p.id = ap."partnerId" AND p."deletedAt" IS NULL
                      WHERE ap."agreementId" = a.id), '[]'::json) AS partners
      FROM "Agreement" a
     WHERE ${and(agreementConditions("a", f, { period: false }))}
       AND a.stage NOT IN ('EXPIRED', 'TERMINATED')
       AND a."expiresAt" >= ${today}::date AND a."expiresAt" <= ${horizon}::date
     ORDER BY a."expiresAt", a.title, a.id`;
}

type PlanItemRow = Omit<TOverduePlanItem, "agreement"> & { agreementId: string; agreementTitle: string; status: TTaskStatus };

/** Open plan items whose due day is before today, of agreements under the filter. */
async function overduePlanItems(prisma: Tx, f: SqlFilter, today: CalendarDay): Promise<TOverduePlanItem[]> {
  const rows = await prisma.$queryRaw<PlanItemRow[]>`
    SELECT pi.id::text AS id, pi.title, to_char(pi."dueDate", 'YYYY-MM-DD') AS "dueDate", pi.status::text AS status, pi.responsible,
           a.id::text AS "agreementId", a.title AS "agreementTitle"
      FROM "PlanItem" pi JOIN "Agreement" a ON a.id = pi."agreementId"
     WHERE ${and(agreementConditions("a", f, { period: false }))}
       AND pi."dueDate" < ${today}::date AND pi.status IN ('OPEN', 'IN_PROGRESS')
     ORDER BY pi."dueDate", pi.title, pi.id`;
  return rows.map(({ agreementId, agreementTitle, ...item }) => ({ ...item, agreement: { id: agreementId, title: agreementTitle } }));
}

/**
 * What needs attention as of `today`, the home region's day (routers pass
 * ctx.calendar.today()); the filter's period does not apply (every signal is relative to
 * today).
 */
export async function getDashboardSignals({
  prisma,
  input,
  today,
}: {
  prisma: Tx;
  input: z.output<typeof ZDashboardSignalsInput>;
  today: CalendarDay;
}): Promise<TDashboardSignals> {
  const f = await resolveFilter(prisma, input.filter);
  const [noContact, expiring, overdue] = await Promise.all([
    noContactPartners(prisma, f, today, addMonths(today, -input.noContactMonths)),
    expiringAgreements(prisma, f, today, addDays(today, input.expiringWithinDays)),
    overduePlanItems(prisma, f, today),
  ]);
  return { noContactPartners: noContact, expiringAgreements: expiring, overduePlanItems: overdue };
}
