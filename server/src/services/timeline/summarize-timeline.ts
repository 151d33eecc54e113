import type { z } from "zod";
import {
  timelineImportance,
  timelineKinds,
  timelineLanes,
  TIMELINE_SPARSE_BUCKET,
  TIMELINE_SUMMARY_ITEMS,
  TIMELINE_WEEK_BUCKETS_UP_TO_DAYS,
  type TTimelineLane,
  type TTimelineLaneSummary,
  type TTimelineSummary,
  type ZTimelineSummaryInput,
} from "@atlas/shared/timeline";
import { addMonths, daysBetween, type CalendarDay } from "@atlas/shared/calendar-day";
import { Prisma, type Tx } from "../../db.ts";
import { resolveFilter } from "../dashboard/sql-filters.ts";
import { partnersColumn, rowColumns, timelineParts, toItem, type Row } from "./list-timeline.ts";

const raw = Prisma.raw;
const list = (values: readonly string[]) => Prisma.join(values.map((v) => Prisma.sql`${v}`));

/** The lane of a union row, in SQL. */
const laneSql = Prisma.sql`CASE u.kind WHEN 'interaction' THEN 'contacts' WHEN 'stageChange' THEN 'agreements' WHEN 'event' THEN 'events' ELSE 'tours' END`;

/**
 * `timelineImportance` in SQL, as a rank over a union row (alias `u`): 2 for signings,
 * forums and tour stops (few, and the stories the axis must tell), 1 for visits at the
 * highest level (dozens a year, hundreds in a large register), 0 for the rest. When the
 * important items alone pass the cap, the records go first and the visits share what is
 * left. The partner-level test runs only for visits (CASE keeps PostgreSQL from probing
 * the partners of every contact).
 */
const importanceSql = (u: string) => Prisma.sql`(CASE ${raw(u)}.kind
    WHEN 'stageChange' THEN CASE WHEN ${raw(u)}.subtype IN (${list(timelineImportance.signedStages)}) THEN 2 ELSE 0 END
    WHEN 'event' THEN CASE WHEN ${raw(u)}.subtype IN (${list(timelineImportance.eventKinds)}) THEN 2 ELSE 0 END
    WHEN 'tourStop' THEN ${timelineImportance.tourStops ? 2 : 0}
    WHEN 'interaction' THEN CASE WHEN ${raw(u)}.subtype IN (${list(timelineImportance.visitKinds)}) AND EXISTS (
      SELECT 1 FROM "InteractionPartner" ip JOIN "Partner" p ON p.id = ip."partnerId" AND p."deletedAt" IS NULL
       WHERE ip."interactionId" = ${raw(u)}.id AND p.level::text IN (${list(timelineImportance.visitPartnerLevels)})) THEN 1 ELSE 0 END
    ELSE 0 END)`;

type BucketRow = { lane: TTimelineLane; start: CalendarDay | null; count: number };
type ItemRow = Row & { important: boolean; qualified: bigint | number };

/**
 * The axis at any volume: per lane, how many items fall in each week or month of the
 * window (a window up to TIMELINE_WEEK_BUCKETS_UP_TO_DAYS long is counted by week),
 * and as items only the important ones (shared `timelineImportance`) and those of
 * buckets with at most TIMELINE_SPARSE_BUCKET items, at most TIMELINE_SUMMARY_ITEMS in
 * all (important first, then by day). Both the counts and the choice are made in SQL
 * over the same union as `listTimeline`, so the response has the same size at 5,000
 * meetings as at 100,000 and no row of the window is loaded into Node. Undated tour
 * stops are not on the axis and are not counted here (the list shows them).
 */
export async function summarizeTimeline({
  prisma,
  input,
  today,
}: {
  prisma: Tx;
  input: z.output<typeof ZTimelineSummaryInput>;
  today: CalendarDay;
}): Promise<TTimelineSummary> {
  const f = await resolveFilter(prisma, input.filter);
  let from = f.from ?? (input.all ? null : addMonths(today, -6));
  let to = f.to ?? (input.all ? null : addMonths(today, 6));
  const wanted = new Set(timelineKinds);

  // All time: the open ends become the first and last item's days (an indexed min/max
  // per part), so the bucket size follows the span of what there is.
  if (from === null || to === null) {
    const [extent] = await prisma.$queryRaw<Array<{ first: CalendarDay | null; last: CalendarDay | null }>>`
      SELECT to_char(min(u.sort_day), 'YYYY-MM-DD') AS first, to_char(max(u.sort_day), 'YYYY-MM-DD') AS last
        FROM (${Prisma.join(timelineParts(f, from, to, wanted), " UNION ALL ")}) u
       WHERE u.date IS NOT NULL`;
    from ??= extent?.first ?? today;
    to ??= extent?.last ?? today;
    if (today < from) from = today;
    if (today > to) to = today;
  }

  const bucket: "week" | "month" = daysBetween(from, to) + 1 <= TIMELINE_WEEK_BUCKETS_UP_TO_DAYS ? "week" : "month";
  const union = Prisma.join(timelineParts(f, from, to, wanted), " UNION ALL ");
  // An item fits a bucket when its date is no vaguer than the bucket: a day always, a
  // month only when counting by month. A quarter or a year never is filed under its
  // first week or month (that would claim it happened then).
  const fits = bucket === "month" ? Prisma.sql`u.date_precision IN ('DAY', 'APPROXIMATE', 'MONTH')` : Prisma.sql`u.date_precision IN ('DAY', 'APPROXIMATE')`;
  const bucketOf = Prisma.sql`date_trunc(${bucket}, u.sort_day::timestamp)::date`;
  const classified = Prisma.sql`
    SELECT u.*, ${laneSql} AS lane, ${fits} AS fits, CASE WHEN ${fits} THEN ${bucketOf} END AS bucket
      FROM (${union}) u
     WHERE u.date IS NOT NULL`;

  const bucketRows = await prisma.$queryRaw<BucketRow[]>`
    SELECT c.lane, to_char(c.bucket, 'YYYY-MM-DD') AS start, count(*)::int AS count
      FROM (${classified}) c
     GROUP BY c.lane, c.bucket
     ORDER BY c.lane, c.bucket NULLS LAST`;

  // The choice: important rows first (by rank), and among rows of one rank the first of
  // each bucket before the second of any, so that a cut leaves the whole window covered
  // rather than its first months; then sparse buckets' rows. The LIMIT comes before the
  // partners' lookups (the costly part), which run for the rows sent only.
  const itemRows = await prisma.$queryRaw<ItemRow[]>`
    SELECT ${rowColumns}, t.rank > 0 AS important, t.qualified, ${partnersColumn}
      FROM (
        SELECT r.*, count(*) OVER () AS qualified FROM (
          SELECT s.*, row_number() OVER (PARTITION BY s.rank, s.lane, s.bucket ORDER BY s.sort_day, s.id) AS nth
            FROM (
              SELECT c.*, ${importanceSql("c")} AS rank, count(*) OVER (PARTITION BY c.lane, c.bucket) AS in_bucket
                FROM (${classified}) c
            ) s
           WHERE s.rank > 0 OR (s.fits AND s.in_bucket <= ${TIMELINE_SPARSE_BUCKET})
        ) r
        ORDER BY r.rank DESC, r.nth, r.sort_day, r.kind, r.record_id, r.position NULLS FIRST, r.id
        LIMIT ${TIMELINE_SUMMARY_ITEMS}
      ) t
     ORDER BY t.sort_day, t.kind, t.record_id, t.position NULLS FIRST, t.id`;

  const lanes: TTimelineLaneSummary[] = timelineLanes.map((lane) => {
    const rows = bucketRows.filter((r) => r.lane === lane);
    return {
      lane,
      total: rows.reduce((sum, r) => sum + r.count, 0),
      buckets: rows.filter((r) => r.start !== null).map((r) => ({ start: r.start!, count: r.count })),
      unbucketed: rows.find((r) => r.start === null)?.count ?? 0,
    };
  });
  const truncated = Number(itemRows[0]?.qualified ?? 0) > TIMELINE_SUMMARY_ITEMS;
  return { from, to, bucket, lanes, items: itemRows.map((r) => ({ ...toItem(r), important: r.important })), truncated };
}
