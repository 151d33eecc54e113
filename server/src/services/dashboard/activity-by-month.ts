import type { TMonthActivity, TMonthSectorActivity } from "@atlas/shared/dashboard";
import { addMonths, dayParts, makeDay, type CalendarDay } from "@atlas/shared/calendar-day";
import { Prisma, type Tx } from "../../db.ts";
import { anySector, interactionTally } from "./interaction-tally.ts";
import { and, inSectors, interactionConditions, type SqlFilter } from "./sql-filters.ts";

type Row = { month: string; sector_code: string | null; interactions: number };

/** The first day of the day's month. */
const monthOf = (day: CalendarDay) => {
  const p = dayParts(day)!;
  return makeDay(p.year, p.month, 1);
};

/**
 * Interactions per calendar month of the period, every month listed; and per month and
 * sector, only where there was activity. Without a period: the last 24 months up to the
 * home region's current one.
 *
 * A contact counts in the month of its (first) day within the period. One known only to its month counts
 * in that month. One known only to its quarter or year belongs to no single month and
 * is left out of these series (filing «IV кв. 2024» under October would present the
 * quarter as its first month); it still counts in every total of the period it overlaps
 * (per partner, per sector, "this year").
 */
export async function activityByMonth({ prisma, f, today }: { prisma: Tx; f: SqlFilter; today: CalendarDay }) {
  const to = f.to ?? (f.from && f.from > today ? f.from : today);
  const from = f.from ?? addMonths(monthOf(to), -23);
  const period = { ...f, from, to };
  const tally = f.sectorIds && f.sectorIds.length > 1 ? null : interactionTally(f, period);
  const rows = tally ? await fromTally(prisma, f, period, tally) : await fromRows(prisma, f, period);

  const activityByMonth: TMonthActivity[] = [];
  const activityByMonthAndSector: TMonthSectorActivity[] = [];
  for (const r of rows) {
    if (r.sector_code === null) activityByMonth.push({ month: r.month, interactions: r.interactions });
    else activityByMonthAndSector.push({ month: r.month, sectorCode: r.sector_code, interactions: r.interactions });
  }
  return { activityByMonth, activityByMonthAndSector };
}

type Period = SqlFilter & { from: CalendarDay; to: CalendarDay };

/**
 * From the maintained tallies: the month a contact counts in is the month it starts in
 * (or the period's first). The series of all contacts reads the rows of any sector, or of
 * the filter's one sector (a contact counts once in it either way).
 */
async function fromTally(prisma: Tx, f: SqlFilter, period: Period, tally: Prisma.Sql) {
  const seriesSector = f.sectorIds?.[0] ?? anySector;
  return prisma.$queryRaw<Row[]>`
    WITH months AS (
      SELECT generate_series(date_trunc('month', ${period.from}::date::timestamp), date_trunc('month', ${period.to}::date::timestamp), interval '1 month')::date AS m
    ),
    hits AS (
      SELECT GREATEST(t.start_month, ${period.from}::date) AS m, t.sector_id, t.n
        FROM (${tally}) t
       WHERE t.precision NOT IN ('QUARTER', 'YEAR')
    )
    SELECT * FROM (
      SELECT to_char(months.m, 'YYYY-MM') AS month, NULL::text AS sector_code, COALESCE(sum(h.n), 0)::int AS interactions
        FROM months LEFT JOIN hits h ON h.m = months.m AND h.sector_id = ${seriesSector}::uuid
       GROUP BY months.m
      UNION ALL
      SELECT to_char(h.m, 'YYYY-MM'), s.code, sum(h.n)::int
        FROM hits h
        JOIN "Sector" s ON s.id = h.sector_id AND s."deletedAt" IS NULL
       WHERE ${and(inSectors(Prisma.raw(`s.id`), f))}
       GROUP BY h.m, s.code
      HAVING sum(h.n) > 0
    ) u
    ORDER BY month, sector_code NULLS FIRST`;
}

/** Row by row, for the filters the tallies cannot answer (text, several partners or sectors, a period from mid-month). */
async function fromRows(prisma: Tx, f: SqlFilter, period: Period) {
  const { from, to } = period;
  return prisma.$queryRaw<Row[]>`
    WITH months AS (
      SELECT generate_series(date_trunc('month', ${from}::date::timestamp), date_trunc('month', ${to}::date::timestamp), interval '1 month') AS m
    ),
    hits AS (
      -- A visit over several days that began before the period counts in the period's first month.
      SELECT i.id, GREATEST(date_trunc('month', i."startsAt"::timestamp), date_trunc('month', ${from}::date::timestamp)) AS m
        FROM "Interaction" i
       WHERE ${and(interactionConditions("i", period))} AND i."datePrecision" NOT IN ('QUARTER', 'YEAR')
    )
    SELECT * FROM (
      SELECT to_char(months.m, 'YYYY-MM') AS month, NULL::text AS sector_code, count(h.id)::int AS interactions
        FROM months LEFT JOIN hits h ON h.m = months.m
       GROUP BY months.m
      UNION ALL
      SELECT to_char(h.m, 'YYYY-MM'), s.code, count(*)::int
        FROM hits h
        JOIN "InteractionSector" x ON x."interactionId" = h.id
        JOIN "Sector" s ON s.id = x."sectorId" AND s."deletedAt" IS NULL
       WHERE ${and(inSectors(Prisma.raw(`s.id`), f))}
       GROUP BY h.m, s.code
    ) u
    ORDER BY month, sector_code NULLS FIRST`;
}
