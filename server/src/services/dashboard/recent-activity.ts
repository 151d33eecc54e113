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
 * The day a meeting or event is listed by: the last day of a date known only to its month,
 * quarter or year (so «в ноябре» sorts after 20 November, never as 1 November), else its
 * first day. Held by `today` is this day <= today (interactionHeld). Written with enum
 * comparisons, not `::text` (a cast PostgreSQL does not take as immutable), because it is the
 * expression of the indexes the lists below walk (migrations recent_activity_indexes and
 * partner_sector_contacts_triggers).
 */
const sortDay = (a: string, lastDay = `COALESCE(${a}."endsAt", ${a}."startsAt")`) =>
  Prisma.raw(`(CASE WHEN ${a}."datePrecision" IN ('MONTH', 'QUARTER', 'YEAR') THEN ${lastDay} ELSE ${a}."startsAt" END)`);

/** A stage change's last day (periodEndSql's value) in the form of its index (see sortDay). */
const stageSortDay = Prisma.raw(`(CASE h."datePrecision"
      WHEN 'MONTH' THEN (date_trunc('month', h."changedAt"::timestamp) + interval '1 month' - interval '1 day')::date
      WHEN 'QUARTER' THEN (date_trunc('quarter', h."changedAt"::timestamp) + interval '3 months' - interval '1 day')::date
      WHEN 'YEAR' THEN (date_trunc('year', h."changedAt"::timestamp) + interval '1 year' - interval '1 day')::date
      ELSE h."changedAt" END)`);

/** The days a meeting spans: the expression of the index "Interaction_live_days_gist" (migration partner_contacts_triggers). */
const meetingDays = Prisma.raw(`daterange(i."startsAt", GREATEST(i."startsAt", COALESCE(i."endsAt", i."startsAt")), '[]')`);

/**
 * The ids and sort days of the `limit` newest meetings held by `today` under the filter,
 * the period cut at `to` (today at the latest), newest first.
 *
 * A meeting of the period sorts by a day in [from, to], except two kinds at its edges: one
 * begun before `from` and still under way on it (its first day sorts before `from`), and one
 * known only to a month, quarter or year that began by `to` and ended after it (its last day
 * sorts after `to`). So the newest are an index walk down from `to` that stops at `from`
 * (or at the limit), plus those under way on either edge day, found by the meetings' days
 * index: every read is bounded by the page or by what was under way on one day, not by the
 * history. With a partner scope the walk is one per partner of the scope (and per sector of
 * the filter) on PartnerContact or PartnerSectorContact (live meetings × partners × sectors,
 * kept by triggers), each cut at the limit, then merged: a meeting among the newest of the
 * scope is among the newest of each of its partners. Every part applies the whole filter
 * (the walk in a form exact for its days), so the parts only bound where to read.
 */
function newestMeetings(f: SqlFilter, to: CalendarDay, today: CalendarDay, limit: number): Prisma.Sql {
  const conditions = and([...interactionConditions("i", { ...f, to }), interactionHeld("i", today)]);
  if (f.text.length) {
    // Text search stays one pass over the meetings its words match: a walk in date order would
    // read every meeting newer than a rare word's few.
    const sort = Prisma.sql`(CASE WHEN i."datePrecision"::text IN ('MONTH', 'QUARTER', 'YEAR') THEN COALESCE(i."endsAt", i."startsAt") ELSE i."startsAt" END)`;
    return Prisma.sql`SELECT i.id, ${sort} AS sort_day FROM "Interaction" i WHERE ${conditions} ORDER BY 2 DESC, i.id DESC LIMIT ${limit}`;
  }
  // The walk: sort days in [from, to]. There "held by today" always holds, and the period's
  // overlap needs only what the sort day does not already say (the first day of a vague date, the
  // last day of a precise one). Written so, the planner does not count them as filters rejecting
  // most rows (it would then sort the whole period rather than walk the index to the limit).
  const walkDays = (a: string, lastDay: string) => {
    const sort = sortDay(a, lastDay);
    const vague = Prisma.raw(`${a}."datePrecision" IN ('MONTH', 'QUARTER', 'YEAR')`);
    return [
      Prisma.sql`${sort} <= ${to}::date`,
      Prisma.sql`(NOT ${vague} OR ${Prisma.raw(`${a}."startsAt"`)} <= ${to}::date)`,
      ...(f.from ? [Prisma.sql`${sort} >= ${f.from}::date`, Prisma.sql`(${vague} OR ${Prisma.raw(lastDay)} >= ${f.from}::date)`] : []),
    ];
  };
  const meetingSort = sortDay("i");
  // With a sector, PartnerSectorContact: a walk per partner and sector reads only that sector's
  // meetings, however rare they are among the partner's (one on PartnerContact would check each).
  const contacts = Prisma.raw(f.sectorIds ? `"PartnerSectorContact"` : `"PartnerContact"`);
  const contactSort = sortDay("c", `c."lastDay"`);
  const walk = f.scope
    ? Prisma.sql`(SELECT DISTINCT w.id, w.sort_day FROM unnest(${f.scope}::uuid[]) AS s(partner_id)
        ${f.sectorIds ? Prisma.sql`CROSS JOIN unnest(${f.sectorIds}::uuid[]) AS x(sector_id)` : Prisma.empty}
        CROSS JOIN LATERAL (
          SELECT c."interactionId" AS id, ${contactSort} AS sort_day FROM ${contacts} c
           WHERE ${and([
             Prisma.sql`c."partnerId" = s.partner_id`,
             ...(f.sectorIds ? [Prisma.sql`c."sectorId" = x.sector_id`] : []),
             ...walkDays("c", `c."lastDay"`),
           ])}
           ORDER BY ${contactSort} DESC, c."interactionId" DESC
           LIMIT ${limit}) w)`
    : Prisma.sql`(SELECT i.id, ${meetingSort} AS sort_day FROM "Interaction" i
         WHERE ${and([...interactionConditions("i", f, { period: false }), ...walkDays("i", `COALESCE(i."endsAt", i."startsAt")`)])}
         ORDER BY ${meetingSort} DESC, i.id DESC LIMIT ${limit})`;
  // Under way on the edge day and begun before it (ending after it): both tests are the days index's,
  // so the meetings of that day alone are not read. Those begun before `from` all sort after the
  // walk's: they are read only when the walk falls short of the limit.
  const edge = (where: Prisma.Sql) =>
    Prisma.sql`(SELECT i.id, ${meetingSort} AS sort_day FROM "Interaction" i WHERE ${conditions} AND ${where} ORDER BY 2 DESC, 1 DESC LIMIT ${limit})`;
  const edges = [
    ...(f.from
      ? [
          edge(Prisma.sql`(SELECT count(*) FROM walk) < ${limit} AND ${meetingDays} @> ${f.from}::date
            AND ${meetingDays} && daterange(NULL, ${f.from}::date) AND ${meetingSort} < ${f.from}::date`),
        ]
      : []),
    ...(to < today
      ? [edge(Prisma.sql`${meetingDays} @> ${to}::date AND ${meetingDays} && daterange(${to}::date, NULL, '()') AND ${meetingSort} > ${to}::date`)]
      : []),
  ];
  return Prisma.sql`WITH walk AS ${walk}
    SELECT id, sort_day FROM (${Prisma.join([Prisma.sql`(SELECT id, sort_day FROM walk)`, ...edges], " UNION ALL ")}) m
     ORDER BY sort_day DESC, id DESC LIMIT ${limit}`;
}

/**
 * One query: each kind takes its own newest rows by an index in the order it is listed in
 * (meetings: newestMeetings), so that what is read does not grow with the history; the
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
  const eventSort = sortDay("e");

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
      (SELECT 'meeting' AS kind, i.id, i.id AS record_id, m.sort_day, NULL::timestamp AS at,
              ${text(`i."startsAt"`)} AS day, ${text(`i."endsAt"`)} AS ends_at, i."datePrecision"::text AS date_precision,
              i.title, i.kind::text AS subtype, NULL::text AS from_stage, NULL::text AS status,
              NULL::text AS starts_at, NULL::text AS event_ends_at, NULL::text AS event_precision
         FROM (${newestMeetings(f, to, today, limit)}) m JOIN "Interaction" i ON i.id = m.id)
      UNION ALL
      (SELECT 'stageChange', h.id, a.id, ${stageSortDay}, NULL,
              ${text(`h."changedAt"`)}, CASE WHEN h."datePrecision"::text IN ('MONTH', 'QUARTER', 'YEAR') THEN to_char(${stageEnd}, 'YYYY-MM-DD') END,
              h."datePrecision"::text, a.title, h."toStage"::text, h."fromStage"::text, NULL, NULL, NULL, NULL
         FROM "AgreementStageChange" h JOIN "Agreement" a ON a.id = h."agreementId"
        WHERE ${and([
          ...agreementConditions("a", f, { period: false }),
          ...spanInPeriod(Prisma.raw(`h."changedAt"`), stageEnd, f.from, to),
          // A stage move is never dated in the future; one «в декабре» is listed from December.
          Prisma.sql`h."changedAt" <= ${today}::date`,
          // Where the index walk starts and stops (implied by the above): a move dated by `to`
          // ends by the end of that year at the latest.
          Prisma.sql`${stageSortDay} <= ${`${to.slice(0, 4)}-12-31`}::date`,
          ...(f.from ? [Prisma.sql`${stageSortDay} >= ${f.from}::date`] : []),
        ])}
        ORDER BY 4 DESC, h.id DESC
        LIMIT ${limit})
      UNION ALL
      (SELECT 'event', e.id, e.id, ${eventSort} AS sort_day, NULL, ${text(`e."startsAt"`)}, ${text(`e."endsAt"`)}, e."datePrecision"::text,
              e.title, e.kind::text, NULL, e.status::text, ${text(`e."startsAt"`)}, ${text(`e."endsAt"`)}, e."datePrecision"::text
         FROM "Event" e
        WHERE ${and([...eventConditions("e", { ...f, to }), interactionHeld("e", today)])} AND e.status <> 'CANCELLED'
          AND ${eventSort} <= ${today}::date -- interactionHeld in the index's form: where the walk starts
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
