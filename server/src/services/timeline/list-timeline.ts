import type { z } from "zod";
import type { TTimeline, TTimelineItem, TTimelinePartner, ZTimelineInput } from "@atlas/shared/timeline";
import { Prisma, type Tx } from "../../db.ts";
import {
  addMonths,
  agreementConditions,
  and,
  eventConditions,
  inPeriod,
  inScope,
  interactionConditions,
  resolveFilter,
} from "../dashboard/sql-filters.ts";

type Row = {
  kind: TTimelineItem["kind"];
  id: string;
  record_id: string;
  date: Date;
  end_date: Date | null;
  title: string;
  subtype: string;
  direction: string | null;
  status: string | null;
  from_stage: string | null;
  place: string | null;
  position: number | null;
  partners: TTimelinePartner[];
};

/** The partners of a record as a JSON array, ordered by name; deleted partners left out. */
const partnersJson = (link: string, key: string, id: Prisma.Sql) =>
  Prisma.sql`COALESCE((SELECT json_agg(json_build_object('id', p.id, 'name', p.name) ORDER BY p.name, p.id)
                         FROM ${Prisma.raw(`"${link}"`)} l JOIN "Partner" p ON p.id = l."partnerId" AND p."deletedAt" IS NULL
                        WHERE ${Prisma.raw(`l."${key}"`)} = ${id}), '[]'::json)`;

/**
 * Contacts, agreement stage changes, events and tour stops on one axis, in one
 * query. A tour with stops appears as its stops (each with its own date and place);
 * an event without stops as itself. Every part obeys the whole filter: sectors of
 * the record (an agreement's for its stage changes, the event's for its stops),
 * partners of the record (the stop's partner for a stop), text of the record, and
 * the window (12 months back to 12 months ahead unless the filter says otherwise).
 */
export async function listTimeline({
  prisma,
  input,
  now = new Date(),
}: {
  prisma: Tx;
  input: z.output<typeof ZTimelineInput>;
  now?: Date;
}): Promise<TTimeline> {
  const f = await resolveFilter(prisma, input.filter);
  const from = f.from ?? addMonths(now, -12);
  const to = f.to ?? addMonths(now, 12);
  const window = { ...f, from, to };

  // The partners of each row are looked up only for the rows that survive ORDER BY and
  // LIMIT: computing them inside the union cost one subquery per row of the whole window.
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT t.kind, t.id, t.record_id, t.date, t.end_date, t.title, t.subtype, t.direction, t.status, t.from_stage, t.place, t.position,
           CASE t.kind
             WHEN 'interaction' THEN ${partnersJson("InteractionPartner", "interactionId", Prisma.raw("t.record_id"))}
             WHEN 'stageChange' THEN ${partnersJson("AgreementParty", "agreementId", Prisma.raw("t.record_id"))}
             WHEN 'event' THEN ${partnersJson("EventPartner", "eventId", Prisma.raw("t.record_id"))}
             ELSE COALESCE((SELECT json_agg(json_build_object('id', p.id, 'name', p.name))
                              FROM "Partner" p WHERE p.id = t.stop_partner_id AND p."deletedAt" IS NULL), '[]'::json)
           END AS partners
    FROM (
      SELECT 'interaction' AS kind, i.id, i.id AS record_id, i."startsAt" AS date, i."endsAt" AS end_date, i.title,
             i.kind::text AS subtype, i.direction::text AS direction, NULL::text AS status, NULL::text AS from_stage,
             i.place, NULL::int AS position, NULL::uuid AS stop_partner_id
        FROM "Interaction" i
       WHERE ${and(interactionConditions("i", window))}
      UNION ALL
      SELECT 'stageChange', h.id, a.id, h."changedAt", NULL, a.title,
             h."toStage"::text, NULL, NULL, h."fromStage"::text,
             NULL, NULL, NULL
        FROM "AgreementStageChange" h JOIN "Agreement" a ON a.id = h."agreementId"
       WHERE ${and([...agreementConditions("a", f, { period: false }), ...inPeriod(Prisma.raw(`h."changedAt"`), from, to)])}
      UNION ALL
      SELECT 'event', e.id, e.id, e."startsAt", e."endsAt", e.title,
             e.kind::text, NULL, e.status::text, NULL,
             e.place, NULL, NULL
        FROM "Event" e
       WHERE ${and(eventConditions("e", window))}
         AND NOT EXISTS (SELECT 1 FROM "EventStop" st WHERE st."eventId" = e.id)
      UNION ALL
      SELECT 'tourStop', s.id, e.id, s.date, NULL, e.title,
             e.kind::text, NULL, e.status::text, NULL,
             s.place, s.position, s."partnerId"
        FROM "EventStop" s JOIN "Event" e ON e.id = s."eventId"
       WHERE ${and([
         ...eventConditions("e", f, { period: false, scope: false }),
         ...inScope(Prisma.raw(`s."partnerId"`), f),
         ...inPeriod(Prisma.raw(`s.date`), from, to),
       ])}
      ORDER BY date, kind, id
      LIMIT ${input.limit + 1}
    ) t
    ORDER BY t.date, t.kind, t.id`;

  const truncated = rows.length > input.limit;
  const items = (truncated ? rows.slice(0, input.limit) : rows).map(toItem);
  return { items, truncated, from, to };
}

function toItem(r: Row): TTimelineItem {
  const base = { id: r.id, recordId: r.record_id, date: r.date, title: r.title, partners: r.partners };
  switch (r.kind) {
    case "interaction":
      return { ...base, kind: r.kind, endDate: r.end_date, subtype: r.subtype as never, direction: r.direction as never, place: r.place };
    case "stageChange":
      return { ...base, kind: r.kind, subtype: r.subtype as never, fromStage: r.from_stage as never };
    case "event":
      return { ...base, kind: r.kind, endDate: r.end_date, subtype: r.subtype as never, status: r.status as never, place: r.place };
    case "tourStop":
      return { ...base, kind: r.kind, subtype: r.subtype as never, status: r.status as never, place: r.place ?? "", position: r.position ?? 0 };
  }
}
