// "Последние события" on the overview: the latest contacts, agreement stage changes and
// events held — each by the day it happened — and projects newly put on record, under the
// dashboard filter.
import { RECENT_ACTIVITY_LIMIT, type TRecentActivityItem, type TSignalPartner } from "@atlas/shared/dashboard";
import { addDays, minOfDays, type CalendarDay, type TDatePrecision } from "@atlas/shared/calendar-day";
import { Prisma, type Tx } from "../../db.ts";
import { startOfDayIn } from "../common/filters.ts";
import {
  agreementConditions,
  and,
  eventConditions,
  inScope,
  inSectors,
  interactionConditions,
  interactionHeld,
  periodEndSql,
  spanInPeriod,
  textMatches,
  type SqlFilter,
} from "./sql-filters.ts";

/**
 * Events held and new projects take at most this many places each: a season of forums
 * or a batch of projects must not push the contacts and agreements out of the list.
 */
export const NEW_RECORDS_PER_KIND = 2;

type Row = {
  kind: TRecentActivityItem["kind"];
  id: string;
  record_id: string;
  /** The day shown: a meeting's, stage change's or event's, or the home day a new project was created on. */
  day: CalendarDay;
  ends_at: CalendarDay | null;
  date_precision: TDatePrecision;
  /** When a new project was put on record (an instant). */
  at: Date | null;
  title: string;
  subtype: string;
  from_stage: string | null;
  status: string | null;
  starts_at: CalendarDay | null;
  event_ends_at: CalendarDay | null;
  event_precision: TDatePrecision | null;
  partners: TSignalPartner[];
};

/** The partners of a record as a JSON array, ordered by name; deleted partners left out. */
const partnersJson = (link: string, key: string) =>
  Prisma.sql`COALESCE((SELECT json_agg(json_build_object('id', p.id, 'name', p.name) ORDER BY p.name, p.id)
                         FROM ${Prisma.raw(`"${link}"`)} l JOIN "Partner" p ON p.id = l."partnerId" AND p."deletedAt" IS NULL
                        WHERE ${Prisma.raw(`l."${key}"`)} = t.record_id), '[]'::json)`;

const text = (column: string) => Prisma.raw(`to_char(${column}, 'YYYY-MM-DD')`);

/**
 * One query: each kind takes its own newest rows (by index where there is one), the
 * union is cut to the limit, and only then are the partners looked up. The period
 * applies to the date shown (a meeting, stage change or event by the overlap of its days, a
 * new project by the home region's day of its creation), and nothing after `today` is
 * listed: a planned meeting or forum appears once it has taken place (see interactionHeld),
 * never on the day it was entered. Newest first
 * by the last day a date stands for, so «в ноябре» sorts after 20 November, never as
 * 1 November. Cancelled events are left out.
 */
export async function recentActivity({
  prisma,
  f,
  today,
  timeZone,
  limit = RECENT_ACTIVITY_LIMIT,
}: {
  prisma: Tx;
  f: SqlFilter;
  today: CalendarDay;
  /** The home region's time zone: the day a record was created on. */
  timeZone: string;
  limit?: number;
}): Promise<TRecentActivityItem[]> {
  const to = f.to ? minOfDays(f.to, today) : today;
  // Creation instants from the start of `from` to before the day after `to`, in the home calendar.
  const created = (column: string) => [
    ...(f.from ? [Prisma.sql`${Prisma.raw(column)} >= ${startOfDayIn(f.from, timeZone)}::timestamp`] : []),
    Prisma.sql`${Prisma.raw(column)} < ${startOfDayIn(addDays(to, 1), timeZone)}::timestamp`,
  ];
  const stageEnd = periodEndSql(Prisma.raw(`h."changedAt"`), Prisma.raw(`h."datePrecision"`));
  // The home region's day of a creation instant (a `timestamp` holding UTC).
  const homeDay = (column: string) => Prisma.sql`(${Prisma.raw(column)} AT TIME ZONE 'UTC' AT TIME ZONE ${timeZone}::text)::date`;
  const meetingSort = Prisma.sql`(CASE WHEN i."datePrecision"::text IN ('MONTH', 'QUARTER', 'YEAR') THEN COALESCE(i."endsAt", i."startsAt") ELSE i."startsAt" END)`;
  const eventSort = Prisma.sql`(CASE WHEN e."datePrecision"::text IN ('MONTH', 'QUARTER', 'YEAR') THEN COALESCE(e."endsAt", e."startsAt") ELSE e."startsAt" END)`;

  const rows = await prisma.$queryRaw<Row[]>`
    SELECT t.kind, t.id, t.record_id, t.day, t.ends_at, t.date_precision, t.at, t.title, t.subtype, t.from_stage, t.status,
           t.starts_at, t.event_ends_at, t.event_precision,
           CASE t.kind
             WHEN 'meeting' THEN ${partnersJson("InteractionPartner", "interactionId")}
             WHEN 'stageChange' THEN ${partnersJson("AgreementParty", "agreementId")}
             WHEN 'event' THEN COALESCE((
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
      (SELECT 'meeting' AS kind, i.id, i.id AS record_id, ${meetingSort} AS sort_day, NULL::timestamp AS at,
              ${text(`i."startsAt"`)} AS day, ${text(`i."endsAt"`)} AS ends_at, i."datePrecision"::text AS date_precision,
              i.title, i.kind::text AS subtype, NULL::text AS from_stage, NULL::text AS status,
              NULL::text AS starts_at, NULL::text AS event_ends_at, NULL::text AS event_precision
         FROM "Interaction" i
        WHERE ${and([...interactionConditions("i", { ...f, to }), interactionHeld("i", today)])}
        ORDER BY 4 DESC, i.id DESC
        LIMIT ${limit})
      UNION ALL
      (SELECT 'stageChange', h.id, a.id, ${stageEnd}, NULL,
              ${text(`h."changedAt"`)}, CASE WHEN h."datePrecision"::text IN ('MONTH', 'QUARTER', 'YEAR') THEN to_char(${stageEnd}, 'YYYY-MM-DD') END,
              h."datePrecision"::text, a.title, h."toStage"::text, h."fromStage"::text, NULL, NULL, NULL, NULL
         FROM "AgreementStageChange" h JOIN "Agreement" a ON a.id = h."agreementId"
        WHERE ${and([
          ...agreementConditions("a", f, { period: false }),
          ...spanInPeriod(Prisma.raw(`h."changedAt"`), stageEnd, f.from, to),
          // A stage move is never dated in the future; one «в декабре» is listed from December.
          Prisma.sql`h."changedAt" <= ${today}::date`,
        ])}
        ORDER BY 4 DESC, h.id DESC
        LIMIT ${limit})
      UNION ALL
      (SELECT 'event', e.id, e.id, ${eventSort} AS sort_day, NULL, ${text(`e."startsAt"`)}, ${text(`e."endsAt"`)}, e."datePrecision"::text,
              e.title, e.kind::text, NULL, e.status::text, ${text(`e."startsAt"`)}, ${text(`e."endsAt"`)}, e."datePrecision"::text
         FROM "Event" e
        WHERE ${and([...eventConditions("e", { ...f, to }), interactionHeld("e", today)])} AND e.status <> 'CANCELLED'
        ORDER BY 4 DESC, e.id DESC
        LIMIT ${Math.min(limit, NEW_RECORDS_PER_KIND)})
      UNION ALL
      (SELECT 'newProject', pj.id, pj.id, ${homeDay(`pj."createdAt"`)}, pj."createdAt", to_char(${homeDay(`pj."createdAt"`)}, 'YYYY-MM-DD'), NULL, 'DAY', pj.title, pj.stage::text, NULL, NULL, NULL, NULL, NULL
         FROM "Project" pj
        WHERE ${and([
          Prisma.sql`pj."deletedAt" IS NULL`,
          ...inSectors(Prisma.raw(`pj."sectorId"`), f),
          ...inScope(Prisma.raw(`pj."partnerId"`), f),
          ...textMatches(Prisma.raw(`pj."searchText"`), f),
          ...created(`pj."createdAt"`),
        ])}
        ORDER BY pj."createdAt" DESC, pj.id DESC
        LIMIT ${Math.min(limit, NEW_RECORDS_PER_KIND)})
    ) t
    ORDER BY t.sort_day DESC, t.at DESC NULLS LAST, t.kind, t.id DESC
    LIMIT ${limit}`;

  return rows.map(toItem);
}

function toItem(r: Row): TRecentActivityItem {
  const base = {
    id: r.id,
    recordId: r.record_id,
    date: r.day,
    endsAt: r.ends_at,
    datePrecision: r.date_precision,
    title: r.title,
    partners: r.partners,
  };
  switch (r.kind) {
    case "meeting":
      return { ...base, kind: r.kind, subtype: r.subtype as never };
    case "stageChange":
      return { ...base, kind: r.kind, subtype: r.subtype as never, fromStage: r.from_stage as never };
    case "event":
      return {
        ...base,
        kind: r.kind,
        subtype: r.subtype as never,
        status: r.status as never,
        startsAt: r.starts_at ?? r.day,
        eventEndsAt: r.event_ends_at,
        eventDatePrecision: r.event_precision ?? "DAY",
      };
    case "newProject":
      return { ...base, kind: r.kind, subtype: r.subtype as never };
  }
}
