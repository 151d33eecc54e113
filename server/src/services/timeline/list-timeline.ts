import type { z } from "zod";
import { timelineKinds, type TTimeline, type TTimelineItem, type TTimelineKind, type TTimelineMonth, type TTimelinePartner, type ZTimelineInput } from "@atlas/shared/timeline";
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
  total: bigint | number;
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
 * the window (12 months back to 12 months ahead unless the filter says otherwise;
 * with `all`, the ends the filter leaves open stay open). `kinds` leaves out whole
 * parts of the union; `keep: "last"` keeps the latest items when over the limit.
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
  const from = f.from ?? (input.all ? null : addMonths(now, -12));
  const to = f.to ?? (input.all ? null : addMonths(now, 12));
  const window = { ...f, from, to };
  const wanted = new Set<TTimelineKind>(input.kinds ?? timelineKinds);

  const parts: Prisma.Sql[] = [];
  if (wanted.has("interaction")) {
    parts.push(Prisma.sql`
      SELECT 'interaction' AS kind, i.id, i.id AS record_id, i."startsAt" AS date, i."endsAt" AS end_date, i.title,
             i.kind::text AS subtype, i.direction::text AS direction, NULL::text AS status, NULL::text AS from_stage,
             i.place, NULL::int AS position, NULL::uuid AS stop_partner_id
        FROM "Interaction" i
       WHERE ${and(interactionConditions("i", window))}`);
  }
  if (wanted.has("stageChange")) {
    parts.push(Prisma.sql`
      SELECT 'stageChange' AS kind, h.id, a.id AS record_id, h."changedAt" AS date, NULL::timestamp AS end_date, a.title,
             h."toStage"::text AS subtype, NULL::text AS direction, NULL::text AS status, h."fromStage"::text AS from_stage,
             NULL::text AS place, NULL::int AS position, NULL::uuid AS stop_partner_id
        FROM "AgreementStageChange" h JOIN "Agreement" a ON a.id = h."agreementId"
       WHERE ${and([...agreementConditions("a", f, { period: false }), ...inPeriod(Prisma.raw(`h."changedAt"`), from, to)])}`);
  }
  if (wanted.has("event")) {
    parts.push(Prisma.sql`
      SELECT 'event' AS kind, e.id, e.id AS record_id, e."startsAt" AS date, e."endsAt" AS end_date, e.title,
             e.kind::text AS subtype, NULL::text AS direction, e.status::text AS status, NULL::text AS from_stage,
             e.place, NULL::int AS position, NULL::uuid AS stop_partner_id
        FROM "Event" e
       WHERE ${and(eventConditions("e", window))}
         AND NOT EXISTS (SELECT 1 FROM "EventStop" st WHERE st."eventId" = e.id)`);
  }
  if (wanted.has("tourStop")) {
    parts.push(Prisma.sql`
      SELECT 'tourStop' AS kind, s.id, e.id AS record_id, s.date, NULL::timestamp AS end_date, e.title,
             e.kind::text AS subtype, NULL::text AS direction, e.status::text AS status, NULL::text AS from_stage,
             s.place, s.position, s."partnerId" AS stop_partner_id
        FROM "EventStop" s JOIN "Event" e ON e.id = s."eventId"
       WHERE ${and([
         ...eventConditions("e", f, { period: false, scope: false }),
         ...inScope(Prisma.raw(`s."partnerId"`), f),
         ...inPeriod(Prisma.raw(`s.date`), from, to),
       ])}`);
  }
  const order = input.keep === "last" ? Prisma.sql`ORDER BY date DESC, kind DESC, id DESC` : Prisma.sql`ORDER BY date, kind, id`;

  // The partners of each row are looked up only for the rows that survive ORDER BY and
  // LIMIT: computing them inside the union cost one subquery per row of the whole window.
  // The count over the whole union is taken before LIMIT, in the same pass.
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT t.kind, t.id, t.record_id, t.date, t.end_date, t.title, t.subtype, t.direction, t.status, t.from_stage, t.place, t.position,
           t.total,
           CASE t.kind
             WHEN 'interaction' THEN ${partnersJson("InteractionPartner", "interactionId", Prisma.raw("t.record_id"))}
             WHEN 'stageChange' THEN ${partnersJson("AgreementParty", "agreementId", Prisma.raw("t.record_id"))}
             WHEN 'event' THEN ${partnersJson("EventPartner", "eventId", Prisma.raw("t.record_id"))}
             ELSE COALESCE((SELECT json_agg(json_build_object('id', p.id, 'name', p.name))
                              FROM "Partner" p WHERE p.id = t.stop_partner_id AND p."deletedAt" IS NULL), '[]'::json)
           END AS partners
    FROM (
      SELECT u.*, count(*) OVER () AS total
        FROM (${Prisma.join(parts, " UNION ALL ")}) u
      ${order}
      LIMIT ${input.limit + 1}
    ) t
    ORDER BY t.date, t.kind, t.id`;

  // The density behind a cut stream: every matching item counted by month, in SQL.
  const months = input.byMonth
    ? await prisma.$queryRaw<TTimelineMonth[]>`
        SELECT to_char(date_trunc('month', u.date), 'YYYY-MM') AS month, count(*)::int AS count
          FROM (${Prisma.join(parts, " UNION ALL ")}) u
         GROUP BY 1 ORDER BY 1`
    : null;

  const truncated = rows.length > input.limit;
  const kept = truncated ? (input.keep === "last" ? rows.slice(rows.length - input.limit) : rows.slice(0, input.limit)) : rows;
  const items = kept.map(toItem);
  const total = rows.length ? Number(rows[0]!.total) : 0;
  return {
    items,
    truncated,
    total,
    from: from ?? items[0]?.date ?? now,
    to: to ?? items.at(-1)?.date ?? now,
    months,
  };
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
