import type { TMonthActivity, TMonthSectorActivity } from "@atlas/shared/dashboard";
import { Prisma, type Tx } from "../../db.ts";
import { and, inSectors, interactionConditions, type SqlFilter } from "./sql-filters.ts";

type Row = { month: string; sector_code: string | null; interactions: number };

/**
 * Interactions per calendar month (UTC) of the period, every month listed; and per
 * month and sector, only where there was activity. Without a period: the last 24
 * months, this one included.
 */
export async function activityByMonth({ prisma, f, now }: { prisma: Tx; f: SqlFilter; now: Date }) {
  const to = f.to ?? (f.from && f.from > now ? f.from : now);
  const from = f.from ?? new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() - 23, 1));
  const period = { ...f, from, to };
  const rows = await prisma.$queryRaw<Row[]>`
    WITH months AS (
      SELECT generate_series(date_trunc('month', ${from}::timestamp), date_trunc('month', ${to}::timestamp), interval '1 month') AS m
    ),
    hits AS (
      SELECT i.id, date_trunc('month', i."startsAt") AS m FROM "Interaction" i WHERE ${and(interactionConditions("i", period))}
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

  const activityByMonth: TMonthActivity[] = [];
  const activityByMonthAndSector: TMonthSectorActivity[] = [];
  for (const r of rows) {
    if (r.sector_code === null) activityByMonth.push({ month: r.month, interactions: r.interactions });
    else activityByMonthAndSector.push({ month: r.month, sectorCode: r.sector_code, interactions: r.interactions });
  }
  return { activityByMonth, activityByMonthAndSector };
}
