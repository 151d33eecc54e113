import type { z } from "zod";
import {
  timelineKinds,
  type TTimeline,
  type TTimelineItem,
  type TTimelineKind,
  type TTimelineMonth,
  type TTimelinePartner,
  type ZTimelineInput,
} from "@atlas/shared/timeline";
import { addMonths, periodOf, type CalendarDay, type TDatePrecision } from "@atlas/shared/calendar-day";
import { Prisma, type Tx } from "../../db.ts";
import { anySector, tallyScope } from "../dashboard/interaction-tally.ts";
import {
  agreementConditions,
  and,
  eventConditions,
  inScope,
  interactionConditions,
  periodEndSql,
  resolveFilter,
  spanInPeriod,
} from "../dashboard/sql-filters.ts";

export type Row = {
  kind: TTimelineItem["kind"];
  id: string;
  record_id: string;
  /** Where the item sorts: its day, or for an undated stop the place its route gives it. */
  sort_day: CalendarDay;
  date: CalendarDay | null;
  ends_at: CalendarDay | null;
  date_precision: TDatePrecision | null;
  title: string;
  subtype: string;
  direction: string | null;
  status: string | null;
  from_stage: string | null;
  place: string | null;
  position: number | null;
  tour_starts_at: CalendarDay | null;
  tour_ends_at: CalendarDay | null;
  tour_precision: TDatePrecision | null;
  total: bigint | number;
  partners: TTimelinePartner[];
};

/**
 * The partners of a record as a JSON array, ordered by name; deleted partners left out.
 * Each partner is read by its key (the LATERAL with OFFSET 0 keeps PostgreSQL from joining
 * the whole Partner table by hash once per row of the page, which it chose for a small table
 * and which cost more than the rest of the page).
 */
const partnersJson = (link: string, key: string, id: Prisma.Sql) =>
  Prisma.sql`COALESCE((SELECT json_agg(json_build_object('id', p.id, 'name', p.name) ORDER BY p.name, p.id)
                         FROM ${Prisma.raw(`"${link}"`)} l
                        CROSS JOIN LATERAL (SELECT p.id, p.name FROM "Partner" p WHERE p.id = l."partnerId" AND p."deletedAt" IS NULL OFFSET 0) p
                        WHERE ${Prisma.raw(`l."${key}"`)} = ${id}), '[]'::json)`;

/** A `date` expression as "YYYY-MM-DD" text (null stays null): the wire format, with no time zone on the way. */
const text = (expr: Prisma.Sql) => Prisma.sql`to_char(${expr}, 'YYYY-MM-DD')`;
const raw = Prisma.raw;
/** The last day of a one-day column of a vaguer precision (its month, quarter, year); null for a day. */
const vagueEnd = (day: string, precision: string) =>
  Prisma.sql`CASE WHEN ${raw(precision)}::text IN ('MONTH', 'QUARTER', 'YEAR') THEN ${text(periodEndSql(raw(day), raw(precision)))} END`;

/** The columns of a Row from a union row `t` (partners apart). */
export const rowColumns = Prisma.sql`t.kind, t.id, t.record_id, to_char(t.sort_day, 'YYYY-MM-DD') AS sort_day, t.date, t.ends_at, t.date_precision, t.title,
           t.subtype, t.direction, t.status, t.from_stage, t.place, t.position, t.tour_starts_at, t.tour_ends_at, t.tour_precision`;

/**
 * The partners of a union row `t`, as a JSON array. Used only in the outermost SELECT,
 * over the rows that survive ORDER BY and LIMIT: inside the union it would cost one
 * subquery per row of the whole window.
 */
export const partnersColumn = Prisma.sql`CASE t.kind
             WHEN 'interaction' THEN ${partnersJson("InteractionPartner", "interactionId", raw("t.record_id"))}
             WHEN 'stageChange' THEN ${partnersJson("AgreementParty", "agreementId", raw("t.record_id"))}
             WHEN 'event' THEN ${partnersJson("EventPartner", "eventId", raw("t.record_id"))}
             ELSE COALESCE((SELECT json_agg(json_build_object('id', p.id, 'name', p.name))
                              FROM "Partner" p WHERE p.id = t.stop_partner_id AND p."deletedAt" IS NULL), '[]'::json)
           END AS partners`;

type ResolvedFilter = Awaited<ReturnType<typeof resolveFilter>>;

const noTour = Prisma.sql`NULL::text AS tour_starts_at, NULL::text AS tour_ends_at, NULL::text AS tour_precision`;

/** The union's columns for an "Interaction" row `i`. */
const interactionColumns = Prisma.sql`'interaction' AS kind, i.id, i.id AS record_id, i."startsAt" AS sort_day, ${text(raw(`i."startsAt"`))} AS date,
             ${text(raw(`i."endsAt"`))} AS ends_at, i."datePrecision"::text AS date_precision, i.title,
             i.kind::text AS subtype, i.direction::text AS direction, NULL::text AS status, NULL::text AS from_stage,
             i.place, NULL::int AS position, NULL::uuid AS stop_partner_id, ${noTour}`;

const vaguePrecisions = ["MONTH", "QUARTER", "YEAR"] as const;

/**
 * The contacts of the window that can be on a page of `limit` rows, read so that a page reads
 * about `limit` meetings however many the window holds or the days hold. Candidates are taken
 * as (id, first day), each kind cut at `limit` in the page's order, and only the `limit` kept
 * are read whole:
 * - those that begin inside the window (the index on startsAt);
 * - those that began before it and still run on its first day. A month, quarter or year is
 *   stored as its period's first and last day (the CHECK of migration
 *   timeline_under_way_reads), so such a meeting under way on `from` starts on the first day
 *   of from's month, quarter or year: three equality walks of one index. Any other is an exact
 *   or approximate meeting over several days, found in the GiST index of those alone, which
 *   answers without the table. (The GiST index over every meeting's days, with the year-long
 *   ranges, took 14 ms to find the 3,456 meetings under way on one day at a million meetings.)
 * Together they are exactly the contacts the window overlaps. The window's own day conditions
 * are implied for the second kind (a meeting under way on `from` ends on or after it and began
 * before it, so before `to`) and left out.
 */
function interactionPagePart(f: ResolvedFilter, from: CalendarDay | null, to: CalendarDay | null, last: boolean, limit: number): Prisma.Sql {
  const conditions = interactionConditions("i", { ...f, from, to });
  const order = (alias: string) => raw(last ? `ORDER BY ${alias}."startsAt" DESC, ${alias}.id DESC` : `ORDER BY ${alias}."startsAt", ${alias}.id`);
  const candidates = [
    Prisma.sql`(SELECT i.id, i."startsAt" FROM "Interaction" i
       WHERE ${and([...conditions, ...(from ? [Prisma.sql`i."startsAt" >= ${from}::date`] : [])])}
       ${order("i")} LIMIT ${limit})`,
  ];
  if (from) {
    const undated = interactionConditions("i", { ...f, from: null, to: null });
    for (const precision of vaguePrecisions) {
      const first = periodOf(from, precision).first;
      if (first >= from) continue; // begins on `from`: the first kind has it
      // Literals, not parameters: the planner proves the partial index "Interaction_live_vague_start_idx" from them.
      candidates.push(Prisma.sql`(SELECT i.id, i."startsAt" FROM "Interaction" i
         WHERE ${and([...undated, raw(`i."datePrecision" = '${precision}'`), Prisma.sql`i."startsAt" = ${first}::date`])}
         ${order("i")} LIMIT ${limit})`);
    }
    // The predicate and expression of the index "Interaction_live_multiday_gist", written as it is.
    // OFFSET 0 keeps the planner from walking the index on startsAt instead, to save the sort of
    // these few rows: under a narrow filter that walk read every meeting begun before the window
    // (565,207 rows, 3.2 s at a million meetings, with the GiST index it replaces).
    candidates.push(Prisma.sql`(SELECT i.id, i."startsAt"
       FROM (SELECT i.id, i."startsAt" FROM "Interaction" i
              WHERE ${and([
                ...undated,
                raw(`i."datePrecision" IN ('DAY', 'APPROXIMATE') AND i."endsAt" > i."startsAt"`),
                Prisma.sql`daterange(i."startsAt", i."endsAt", '[]') @> ${from}::date`,
                Prisma.sql`i."startsAt" < ${from}::date`,
              ])}
             OFFSET 0) i
       ${order("i")} LIMIT ${limit})`);
  }
  return Prisma.sql`SELECT ${interactionColumns}
      FROM (SELECT c.id FROM (${Prisma.join(candidates, " UNION ALL ")}) c ${order("c")} LIMIT ${limit}) c
      JOIN "Interaction" i ON i.id = c.id`;
}

/**
 * How many contacts the window overlaps, as an SQL expression. When the maintained tallies
 * answer the filter (no text, at most one partner, at most one sector), it is the tallies of
 * the months the window touches less the meetings of its first and last month that fall
 * outside it (indexed ranges of at most one month each), so the count does not read the
 * window's meetings; otherwise they are counted.
 */
function interactionCount(f: ResolvedFilter, from: CalendarDay | null, to: CalendarDay | null): Prisma.Sql {
  const scope = tallyScope(f);
  if (!scope || (f.sectorIds && f.sectorIds.length > 1)) {
    return Prisma.sql`(SELECT count(*) FROM "Interaction" i WHERE ${and(interactionConditions("i", { ...f, from, to }))})`;
  }
  const month = (day: CalendarDay) => Prisma.sql`date_trunc('month', ${day}::date::timestamp)::date`;
  const tallied = and([
    Prisma.sql`t."scopeKind" = ${scope.kind}`,
    Prisma.sql`t."scopeId" = ${scope.id}::uuid`,
    Prisma.sql`t."sectorId" = ${f.sectorIds?.[0] ?? anySector}::uuid`,
    ...(from ? [Prisma.sql`t."endMonth" >= ${month(from)}`] : []),
    ...(to ? [Prisma.sql`t."startMonth" <= ${month(to)}`] : []),
  ]);
  const unbounded = interactionConditions("i", { ...f, from: null, to: null });
  // Tallied but outside: the last day before `from` in from's month, or the first day after `to` in to's month
  // (never both: a meeting's first day is not after its last).
  const before = from
    ? Prisma.sql` - (SELECT count(*) FROM "Interaction" i WHERE ${and([
        ...unbounded,
        Prisma.sql`COALESCE(i."endsAt", i."startsAt") >= ${month(from)} AND COALESCE(i."endsAt", i."startsAt") < ${from}::date`,
      ])})`
    : Prisma.empty;
  const after = to
    ? Prisma.sql` - (SELECT count(*) FROM "Interaction" i WHERE ${and([
        ...unbounded,
        Prisma.sql`i."startsAt" > ${to}::date AND i."startsAt" < (${month(to)} + interval '1 month')::date`,
      ])})`
    : Prisma.empty;
  return Prisma.sql`(COALESCE((SELECT sum(t.count) FROM "InteractionTally" t WHERE ${tallied}), 0)${before}${after})`;
}

/**
 * The four parts of the timeline's union, each obeying the whole filter and the window
 * [from, to] (null: open). Every part has the same columns: kind, id, record_id,
 * sort_day (a date), date, ends_at (text days), date_precision, title, subtype,
 * direction, status, from_stage, place, position, stop_partner_id, tour_starts_at,
 * tour_ends_at, tour_precision. Shared by the list and the summary, so both show the
 * same records.
 */
export function timelineParts(f: ResolvedFilter, from: CalendarDay | null, to: CalendarDay | null, wanted: Set<TTimelineKind>): Prisma.Sql[] {
  const window = { ...f, from, to };

  const parts: Prisma.Sql[] = [];
  if (wanted.has("interaction")) {
    parts.push(Prisma.sql`SELECT ${interactionColumns} FROM "Interaction" i WHERE ${and(interactionConditions("i", window))}`);
  }
  if (wanted.has("stageChange")) {
    parts.push(Prisma.sql`
      SELECT 'stageChange' AS kind, h.id, a.id AS record_id, h."changedAt" AS sort_day, ${text(raw(`h."changedAt"`))} AS date,
             ${vagueEnd(`h."changedAt"`, `h."datePrecision"`)} AS ends_at, h."datePrecision"::text AS date_precision, a.title,
             h."toStage"::text AS subtype, NULL::text AS direction, NULL::text AS status, h."fromStage"::text AS from_stage,
             NULL::text AS place, NULL::int AS position, NULL::uuid AS stop_partner_id, ${noTour}
        FROM "AgreementStageChange" h JOIN "Agreement" a ON a.id = h."agreementId"
       WHERE ${and([
         ...agreementConditions("a", f, { period: false }),
         ...spanInPeriod(raw(`h."changedAt"`), periodEndSql(raw(`h."changedAt"`), raw(`h."datePrecision"`)), from, to),
       ])}`);
  }
  if (wanted.has("event")) {
    parts.push(Prisma.sql`
      SELECT 'event' AS kind, e.id, e.id AS record_id, e."startsAt" AS sort_day, ${text(raw(`e."startsAt"`))} AS date,
             ${text(raw(`e."endsAt"`))} AS ends_at, e."datePrecision"::text AS date_precision, e.title,
             e.kind::text AS subtype, NULL::text AS direction, e.status::text AS status, NULL::text AS from_stage,
             e.place, NULL::int AS position, NULL::uuid AS stop_partner_id, ${noTour}
        FROM "Event" e
       WHERE ${and(eventConditions("e", window))}
         AND NOT EXISTS (SELECT 1 FROM "EventStop" st WHERE st."eventId" = e.id)`);
  }
  if (wanted.has("tourStop")) {
    const stopEnd = periodEndSql(raw(`s.date`), raw(`s."datePrecision"`));
    parts.push(Prisma.sql`
      SELECT 'tourStop' AS kind, s.id, e.id AS record_id, COALESCE(s.date, s.dated_before, e."startsAt") AS sort_day,
             ${text(raw(`s.date`))} AS date, CASE WHEN s.date IS NOT NULL THEN ${vagueEnd(`s.date`, `s."datePrecision"`)} END AS ends_at,
             CASE WHEN s.date IS NOT NULL THEN s."datePrecision"::text END AS date_precision, e.title,
             e.kind::text AS subtype, NULL::text AS direction, e.status::text AS status, NULL::text AS from_stage,
             s.place, s.position, s."partnerId" AS stop_partner_id,
             ${text(raw(`e."startsAt"`))} AS tour_starts_at, ${text(raw(`e."endsAt"`))} AS tour_ends_at, e."datePrecision"::text AS tour_precision
        FROM (
          -- The latest day given to a stop up to this one on the route: where an undated stop sorts.
          SELECT st.*, max(st.date) OVER (PARTITION BY st."eventId" ORDER BY st.position ROWS UNBOUNDED PRECEDING) AS dated_before
            FROM "EventStop" st
        ) s JOIN "Event" e ON e.id = s."eventId"
       WHERE ${and([
         ...eventConditions("e", f, { period: false, scope: false }),
         ...inScope(raw(`s."partnerId"`), f),
         ...(from || to
           ? [
               Prisma.sql`(CASE WHEN s.date IS NULL THEN ${and(spanInPeriod(raw(`e."startsAt"`), raw(`e."endsAt"`), from, to))}
                                ELSE ${and(spanInPeriod(raw(`s.date`), stopEnd, from, to))} END)`,
             ]
           : []),
       ])}`);
  }
  return parts;
}

/**
 * Contacts, agreement stage changes, events and tour stops on one axis, in one
 * query. A tour with stops appears as its stops (each with its own day, if it has one,
 * and place); an event without stops as itself. Every part obeys the whole filter:
 * sectors of the record (an agreement's for its stage changes, the event's for its
 * stops), partners of the record (the stop's partner for a stop), text of the record,
 * and the window (12 months back to 12 months ahead of the home region's `today` unless
 * the filter says otherwise; with `all`, the ends the filter leaves open stay open). An
 * item is in the window when its days overlap it: a month, quarter or year as a whole.
 * A stop without a day is in it when its tour is, and is never given a day: it sorts
 * after the dated stop before it on the route (or at the tour's start) and comes back
 * with `date: null`. `kinds` leaves out whole parts of the union; `keep: "last"` keeps
 * the latest items when over the limit.
 */
export async function listTimeline({ prisma, input, today }: { prisma: Tx; input: z.output<typeof ZTimelineInput>; today: CalendarDay }): Promise<TTimeline> {
  const f = await resolveFilter(prisma, input.filter);
  const from = f.from ?? (input.all ? null : addMonths(today, -12));
  const to = f.to ?? (input.all ? null : addMonths(today, 12));
  const wanted = new Set<TTimelineKind>(input.kinds ?? timelineKinds);
  const parts = timelineParts(f, from, to, wanted);
  const last = input.keep === "last";

  // Same day: by kind, then each record's rows together (a tour's stops in route order).
  const order = last
    ? Prisma.sql`ORDER BY sort_day DESC, kind DESC, record_id DESC, position DESC NULLS LAST, id DESC`
    : Prisma.sql`ORDER BY sort_day, kind, record_id, position NULLS FIRST, id`;

  // The page reads about as many contacts as it shows (interactionPagePart); the other parts
  // are small tables read whole, once: the page and the total both read them from `others`.
  // The total is counted apart from the page, narrow: a count over the page's union,
  // `count(*) OVER ()`, sorted every row of the window with all its columns. The partners of
  // each row are looked up only for the rows that survive ORDER BY and LIMIT: computing them
  // inside the union cost one subquery per row of the window.
  const otherParts = timelineParts(f, from, to, new Set([...wanted].filter((k) => k !== "interaction")));
  const withOthers = otherParts.length ? Prisma.sql`WITH others AS MATERIALIZED (${Prisma.join(otherParts, " UNION ALL ")})` : Prisma.empty;
  const pageParts = [
    ...(otherParts.length ? [Prisma.sql`SELECT * FROM others`] : []),
    ...(wanted.has("interaction") ? [interactionPagePart(f, from, to, last, input.limit + 1)] : []),
  ];
  const totalSql = Prisma.sql`(${wanted.has("interaction") ? interactionCount(f, from, to) : Prisma.sql`0`}
    + ${otherParts.length ? Prisma.sql`(SELECT count(*) FROM others)` : Prisma.sql`0`})`;
  const rows = await prisma.$queryRaw<Row[]>`
    ${withOthers}
    SELECT ${rowColumns}, ${totalSql}::bigint AS total,
           ${partnersColumn}
    FROM (
      SELECT u.* FROM (${Prisma.join(pageParts, " UNION ALL ")}) u
      ${order}
      LIMIT ${input.limit + 1}
    ) t
    ORDER BY t.sort_day, t.kind, t.record_id, t.position NULLS FIRST, t.id`;

  // The density behind a cut stream, in SQL: items of one day or one month by that
  // month; a quarter, a year or no day at all is no month (see TTimeline.months).
  const months = input.byMonth
    ? await prisma.$queryRaw<TTimelineMonth[]>`
        SELECT substr(u.date, 1, 7) AS month, count(*)::int AS count
          FROM (${Prisma.join(parts, " UNION ALL ")}) u
         WHERE u.date IS NOT NULL AND u.date_precision NOT IN ('QUARTER', 'YEAR')
         GROUP BY 1 ORDER BY 1`
    : null;

  const truncated = rows.length > input.limit;
  const kept = truncated ? (input.keep === "last" ? rows.slice(rows.length - input.limit) : rows.slice(0, input.limit)) : rows;
  const total = rows.length ? Number(rows[0]!.total) : 0;
  return {
    items: kept.map(toItem),
    truncated,
    total,
    from: from ?? kept[0]?.sort_day ?? today,
    to: to ?? kept.at(-1)?.sort_day ?? today,
    months,
  };
}

export function toItem(r: Row): TTimelineItem {
  const base = { id: r.id, recordId: r.record_id, title: r.title, partners: r.partners };
  // Every kind but a stop always has its day; the query gives it as text.
  const dated = { date: r.date!, startsAt: r.date!, endsAt: r.ends_at, datePrecision: r.date_precision ?? "DAY" };
  switch (r.kind) {
    case "interaction":
      return { ...base, ...dated, kind: r.kind, subtype: r.subtype as never, direction: r.direction as never, place: r.place };
    case "stageChange":
      return { ...base, ...dated, kind: r.kind, subtype: r.subtype as never, fromStage: r.from_stage as never };
    case "event":
      return { ...base, ...dated, kind: r.kind, subtype: r.subtype as never, status: r.status as never, place: r.place };
    case "tourStop":
      return {
        ...base,
        kind: r.kind,
        date: r.date,
        startsAt: r.date,
        endsAt: r.ends_at,
        datePrecision: r.date ? (r.date_precision ?? "DAY") : null,
        subtype: r.subtype as never,
        status: r.status as never,
        place: r.place ?? "",
        position: r.position ?? 0,
        tour: { startsAt: r.tour_starts_at!, endsAt: r.tour_ends_at, datePrecision: r.tour_precision ?? "DAY" },
      };
  }
}
