import type { z } from "zod";
import type {
  TDashboardSignals,
  TExpiringAgreement,
  TNoContactPartner,
  TOverduePlanItem,
  ZDashboardSignalsInput,
} from "@atlas/shared/dashboard";
import type { TTaskStatus } from "@atlas/shared/enums";
import { Prisma, type Tx } from "../../db.ts";
import {
  addDays,
  addMonths,
  agreementConditions,
  and,
  inScope,
  partnerTreeCte,
  resolveFilter,
  textMatches,
  type SqlFilter,
} from "./sql-filters.ts";

/**
 * Partners of the levels one keeps in touch with (country, region, city; not the
 * home region or anything below it) without a contact since the cutoff. Contact with
 * a partner below counts for the one above: a meeting in Almaty Oblast is contact
 * with Kazakhstan. Only contacts that have started count; with a sector filter, only
 * contacts in those sectors. q matches the partner's name.
 */
async function noContactPartners(prisma: Tx, f: SqlFilter, now: Date, cutoff: Date): Promise<TNoContactPartner[]> {
  const sectorFilter = f.sectorIds
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM "InteractionSector" x WHERE x."interactionId" = i.id AND x."sectorId" = ANY(${f.sectorIds}::uuid[]))`
    : Prisma.empty;
  return prisma.$queryRaw<TNoContactPartner[]>`
    WITH RECURSIVE ${partnerTreeCte},
    contacts AS (
      SELECT ip."partnerId" AS partner_id, max(i."startsAt") AS last_at
        FROM "Interaction" i JOIN "InteractionPartner" ip ON ip."interactionId" = i.id
       WHERE i."deletedAt" IS NULL AND i."startsAt" <= ${now}::timestamp ${sectorFilter}
       GROUP BY ip."partnerId"
    ),
    ancestors AS (
      SELECT c.partner_id AS ancestor_id, c.last_at, p."parentId" AS parent_id, 0 AS depth
        FROM contacts c JOIN "Partner" p ON p.id = c.partner_id
      UNION ALL
      SELECT p.id, a.last_at, p."parentId", a.depth + 1
        FROM ancestors a JOIN "Partner" p ON p.id = a.parent_id
       WHERE a.depth < 32
    ),
    rolled AS (SELECT ancestor_id, max(last_at) AS last_at FROM ancestors GROUP BY ancestor_id)
    SELECT p.id::text AS "partnerId", p.name, p.level::text AS level, p."isoCode", r.last_at AS "lastContactAt"
      FROM "Partner" p
      LEFT JOIN partner_tree t ON t.id = p.id
      LEFT JOIN rolled r ON r.ancestor_id = p.id
     WHERE p."deletedAt" IS NULL
       AND p.level IN ('COUNTRY', 'REGION', 'CITY')
       AND NOT COALESCE(t.in_home, p."isHome")
       AND (r.last_at IS NULL OR r.last_at < ${cutoff}::timestamp)
       AND ${and([...inScope(Prisma.raw(`p.id`), f), ...textMatches(Prisma.raw(`p."searchText"`), f)])}
     ORDER BY r.last_at ASC NULLS FIRST, p.name, p.id`;
}

/** Agreements expiring between now and the horizon that have not already ended. */
async function expiringAgreements(prisma: Tx, f: SqlFilter, now: Date, horizon: Date): Promise<TExpiringAgreement[]> {
  return prisma.$queryRaw<TExpiringAgreement[]>`
    SELECT a.id::text AS "agreementId", a.title, a.stage::text AS stage, a."expiresAt",
           COALESCE((SELECT json_agg(json_build_object('id', p.id, 'name', p.name) ORDER BY p.name, p.id)
                       FROM "AgreementParty" ap JOIN "Partner" p ON p.id = ap."partnerId" AND p."deletedAt" IS NULL
                      WHERE ap."agreementId" = a.id), '[]'::json) AS partners
      FROM "Agreement" a
     WHERE ${and(agreementConditions("a", f, { period: false }))}
       AND a.stage NOT IN ('EXPIRED', 'TERMINATED')
       AND a."expiresAt" >= ${now}::timestamp AND a."expiresAt" <= ${horizon}::timestamp
     ORDER BY a."expiresAt", a.title, a.id`;
}

type PlanItemRow = Omit<TOverduePlanItem, "agreement"> & { agreementId: string; agreementTitle: string; status: TTaskStatus };

/** Open plan items past their due date, of agreements under the filter. */
async function overduePlanItems(prisma: Tx, f: SqlFilter, now: Date): Promise<TOverduePlanItem[]> {
  const rows = await prisma.$queryRaw<PlanItemRow[]>`
    SELECT pi.id::text AS id, pi.title, pi."dueDate", pi.status::text AS status, pi.responsible,
           a.id::text AS "agreementId", a.title AS "agreementTitle"
      FROM "PlanItem" pi JOIN "Agreement" a ON a.id = pi."agreementId"
     WHERE ${and(agreementConditions("a", f, { period: false }))}
       AND pi."dueDate" < ${now}::timestamp AND pi.status IN ('OPEN', 'IN_PROGRESS')
     ORDER BY pi."dueDate", pi.title, pi.id`;
  return rows.map(({ agreementId, agreementTitle, ...item }) => ({ ...item, agreement: { id: agreementId, title: agreementTitle } }));
}

/** What needs attention now; the filter's period does not apply (every signal is relative to now). */
export async function getDashboardSignals({
  prisma,
  input,
  now = new Date(),
}: {
  prisma: Tx;
  input: z.output<typeof ZDashboardSignalsInput>;
  now?: Date;
}): Promise<TDashboardSignals> {
  const f = await resolveFilter(prisma, input.filter);
  const [noContact, expiring, overdue] = await Promise.all([
    noContactPartners(prisma, f, now, addMonths(now, -input.noContactMonths)),
    expiringAgreements(prisma, f, now, addDays(now, input.expiringWithinDays)),
    overduePlanItems(prisma, f, now),
  ]);
  return { noContactPartners: noContact, expiringAgreements: expiring, overduePlanItems: overdue };
}
