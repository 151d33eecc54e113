// "Последние события" on the overview: the latest contacts, agreement stage changes,
// and events and projects newly put on record, under the dashboard filter.
import { RECENT_ACTIVITY_LIMIT, type TRecentActivityItem, type TSignalPartner } from "@atlas/shared/dashboard";
import { Prisma, type Tx } from "../../db.ts";
import { agreementConditions, and, eventConditions, inPeriod, inScope, inSectors, interactionConditions, textMatches, type SqlFilter } from "./sql-filters.ts";

/**
 * New events and projects take at most this many places each: planning a season of
 * events at once must not push the contacts and agreements out of the list.
 */
export const NEW_RECORDS_PER_KIND = 2;

type Row = {
  kind: TRecentActivityItem["kind"];
  id: string;
  record_id: string;
  date: Date;
  title: string;
  subtype: string;
  from_stage: string | null;
  status: string | null;
  starts_at: Date | null;
  partners: TSignalPartner[];
};

/** The partners of a record as a JSON array, ordered by name; deleted partners left out. */
const partnersJson = (link: string, key: string) =>
  Prisma.sql`COALESCE((SELECT json_agg(json_build_object('id', p.id, 'name', p.name) ORDER BY p.name, p.id)
                         FROM ${Prisma.raw(`"${link}"`)} l JOIN "Partner" p ON p.id = l."partnerId" AND p."deletedAt" IS NULL
                        WHERE ${Prisma.raw(`l."${key}"`)} = t.record_id), '[]'::json)`;

/**
 * One query: each kind takes its own newest rows (by index where there is one), the
 * union is cut to the limit, and only then are the partners looked up. The period
 * applies to the date shown, and nothing after `now` is listed, so a planned
 * meeting appears once it has taken place. Cancelled events are left out.
 */
export async function recentActivity({ prisma, f, now, limit = RECENT_ACTIVITY_LIMIT }: { prisma: Tx; f: SqlFilter; now: Date; limit?: number }): Promise<TRecentActivityItem[]> {
  const to = f.to && f.to < now ? f.to : now;
  const period = (column: string) => inPeriod(Prisma.raw(column), f.from, to);

  const rows = await prisma.$queryRaw<Row[]>`
    SELECT t.kind, t.id, t.record_id, t.date, t.title, t.subtype, t.from_stage, t.status, t.starts_at,
           CASE t.kind
             WHEN 'meeting' THEN ${partnersJson("InteractionPartner", "interactionId")}
             WHEN 'stageChange' THEN ${partnersJson("AgreementParty", "agreementId")}
             WHEN 'newEvent' THEN COALESCE((
               SELECT json_agg(json_build_object('id', p.id, 'name', p.name) ORDER BY p.name, p.id)
                 FROM "Partner" p
                WHERE p."deletedAt" IS NULL
                  AND p.id IN (SELECT "partnerId" FROM "EventPartner" WHERE "eventId" = t.record_id
                               UNION SELECT "partnerId" FROM "EventStop" WHERE "eventId" = t.record_id AND "partnerId" IS NOT NULL)), '[]'::json)
             ELSE COALESCE((SELECT json_agg(json_build_object('id', p.id, 'name', p.name))
                              FROM "Project" pj JOIN "Partner" p ON p.id = pj."partnerId" AND p."deletedAt" IS NULL
                             WHERE pj.id = t.record_id), '[]'::json)
           END AS partners
    FROM (
      (SELECT 'meeting' AS kind, i.id, i.id AS record_id, i."startsAt" AS date, i.title, i.kind::text AS subtype,
              NULL::text AS from_stage, NULL::text AS status, NULL::timestamp AS starts_at
         FROM "Interaction" i
        WHERE ${and([...interactionConditions("i", f, { period: false }), ...period(`i."startsAt"`)])}
        ORDER BY i."startsAt" DESC, i.id DESC
        LIMIT ${limit})
      UNION ALL
      (SELECT 'stageChange', h.id, a.id, h."changedAt", a.title, h."toStage"::text, h."fromStage"::text, NULL, NULL
         FROM "AgreementStageChange" h JOIN "Agreement" a ON a.id = h."agreementId"
        WHERE ${and([...agreementConditions("a", f, { period: false }), ...period(`h."changedAt"`)])}
        ORDER BY h."changedAt" DESC, h.id DESC
        LIMIT ${limit})
      UNION ALL
      (SELECT 'newEvent', e.id, e.id, e."createdAt", e.title, e.kind::text, NULL, e.status::text, e."startsAt"
         FROM "Event" e
        WHERE ${and([...eventConditions("e", f, { period: false }), ...period(`e."createdAt"`)])} AND e.status <> 'CANCELLED'
        ORDER BY e."createdAt" DESC, e.id DESC
        LIMIT ${Math.min(limit, NEW_RECORDS_PER_KIND)})
      UNION ALL
      (SELECT 'newProject', pj.id, pj.id, pj."createdAt", pj.title, pj.stage::text, NULL, NULL, NULL
         FROM "Project" pj
        WHERE ${and([
          Prisma.sql`pj."deletedAt" IS NULL`,
          ...inSectors(Prisma.raw(`pj."sectorId"`), f),
          ...inScope(Prisma.raw(`pj."partnerId"`), f),
          ...textMatches(Prisma.raw(`pj."searchText"`), f),
          ...period(`pj."createdAt"`),
        ])}
        ORDER BY pj."createdAt" DESC, pj.id DESC
        LIMIT ${Math.min(limit, NEW_RECORDS_PER_KIND)})
    ) t
    ORDER BY t.date DESC, t.kind, t.id DESC
    LIMIT ${limit}`;

  return rows.map(toItem);
}

function toItem(r: Row): TRecentActivityItem {
  const base = { id: r.id, recordId: r.record_id, date: r.date, title: r.title, partners: r.partners };
  switch (r.kind) {
    case "meeting":
      return { ...base, kind: r.kind, subtype: r.subtype as never };
    case "stageChange":
      return { ...base, kind: r.kind, subtype: r.subtype as never, fromStage: r.from_stage as never };
    case "newEvent":
      return { ...base, kind: r.kind, subtype: r.subtype as never, status: r.status as never, startsAt: r.starts_at ?? r.date };
    case "newProject":
      return { ...base, kind: r.kind, subtype: r.subtype as never };
  }
}
