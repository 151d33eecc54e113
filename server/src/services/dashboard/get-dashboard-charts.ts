import type { z } from "zod";
import type { TDashboardCharts, TExportChart, ZDashboardChartsInput } from "@atlas/shared/dashboard";
import { Prisma, type Tx } from "../../db.ts";
import { and, inScope, resolveFilter } from "./sql-filters.ts";

type Row = {
  grp: "period" | "category" | "destination" | "categorySeries" | "destinationSeries";
  currency: string;
  period: string | null;
  key: string | null;
  name: string | null;
  value: string | null;
  figures: number;
};

/**
 * Export values by period, split by category and by destination, in one query.
 * Figures follow the same rules as the summary's export totals (period overlap,
 * partner scope on the destination; sectors and q do not apply). Each figure counts
 * in the quarter or year its period starts in. Only money values are charted, one
 * chart per currency; the `top` largest categories and destinations are their own
 * series and the rest are summed as one (key null).
 */
export async function getDashboardCharts({ prisma, input }: { prisma: Tx; input: z.output<typeof ZDashboardChartsInput> }): Promise<TDashboardCharts> {
  const f = await resolveFilter(prisma, input.filter);
  const conditions = [
    ...(f.from ? [Prisma.sql`x."periodEnd" >= ${f.from}::date`] : []),
    ...(f.to ? [Prisma.sql`x."periodStart" <= ${f.to}::date`] : []),
    ...inScope(Prisma.raw(`x."destinationId"`), f),
    ...(input.categoryIds?.length ? [Prisma.sql`x."categoryId" = ANY(${input.categoryIds}::uuid[])`] : []),
  ];
  // Constants chosen from the enum, never user text.
  const unit = Prisma.raw(input.granularity === "year" ? `'year'` : `'quarter'`);
  const step = Prisma.raw(input.granularity === "year" ? `interval '1 year'` : `interval '3 months'`);
  const label = (column: string) => Prisma.raw(input.granularity === "year" ? `to_char(${column}, 'YYYY')` : `to_char(${column}, 'YYYY-"Q"Q')`);
  const top = input.top;

  const rows = await prisma.$queryRaw<Row[]>`
    WITH fig AS (
      SELECT x."categoryId" AS category_id, c.name AS category_name, x."destinationId" AS destination_id, d.name AS destination_name,
             date_trunc(${unit}, x."periodStart"::timestamp) AS p, x.value, x.currency
        FROM "ExportFigure" x
        JOIN "ExportCategory" c ON c.id = x."categoryId" AND c."deletedAt" IS NULL
        JOIN "Partner" d ON d.id = x."destinationId" AND d."deletedAt" IS NULL
       WHERE x."deletedAt" IS NULL AND x.value IS NOT NULL AND x.currency IS NOT NULL AND ${and(conditions)}
    ),
    cat AS (
      SELECT r.*, CASE WHEN rn <= ${top} THEN key::text END AS skey, CASE WHEN rn <= ${top} THEN name END AS sname FROM (
        SELECT currency, category_id AS key, min(category_name) AS name, sum(value) AS total,
               row_number() OVER (PARTITION BY currency ORDER BY sum(value) DESC, min(category_name), category_id) AS rn
          FROM fig GROUP BY currency, category_id) r
    ),
    dst AS (
      SELECT r.*, CASE WHEN rn <= ${top} THEN key::text END AS skey, CASE WHEN rn <= ${top} THEN name END AS sname FROM (
        SELECT currency, destination_id AS key, min(destination_name) AS name, sum(value) AS total,
               row_number() OVER (PARTITION BY currency ORDER BY sum(value) DESC, min(destination_name), destination_id) AS rn
          FROM fig GROUP BY currency, destination_id) r
    ),
    span AS (SELECT currency, min(p) AS lo, max(p) AS hi, count(*)::int AS figures FROM fig GROUP BY currency)
    SELECT grp, currency, period, key, name, value::text AS value, figures FROM (
      SELECT 'period' AS grp, s.currency, ${label("g.p")} AS period, NULL::text AS key, NULL::text AS name, NULL::numeric AS value, s.figures, g.p AS sort
        FROM span s, LATERAL generate_series(s.lo, s.hi, ${step}) AS g(p)
      UNION ALL
      SELECT 'category', f.currency, ${label("f.p")}, k.skey, NULL, sum(f.value), 0, f.p
        FROM fig f JOIN cat k ON k.currency = f.currency AND k.key = f.category_id
       GROUP BY f.currency, f.p, k.skey
      UNION ALL
      SELECT 'destination', f.currency, ${label("f.p")}, k.skey, NULL, sum(f.value), 0, f.p
        FROM fig f JOIN dst k ON k.currency = f.currency AND k.key = f.destination_id
       GROUP BY f.currency, f.p, k.skey
      UNION ALL
      SELECT 'categorySeries', currency, NULL, skey, sname, sum(total), min(rn)::int, NULL FROM cat GROUP BY currency, skey, sname
      UNION ALL
      SELECT 'destinationSeries', currency, NULL, skey, sname, sum(total), min(rn)::int, NULL FROM dst GROUP BY currency, skey, sname
    ) u
    ORDER BY currency, grp, sort NULLS LAST, figures, key NULLS LAST`;

  const charts = new Map<string, TExportChart & { figures: number }>();
  const chart = (currency: string) => {
    let c = charts.get(currency);
    if (!c) {
      c = { currency, periods: [], byCategory: { series: [], points: [] }, byDestination: { series: [], points: [] }, figures: 0 };
      charts.set(currency, c);
    }
    return c;
  };
  for (const r of rows) {
    const c = chart(r.currency);
    switch (r.grp) {
      case "period":
        c.periods.push(r.period ?? "");
        c.figures = r.figures;
        break;
      case "category":
        c.byCategory.points.push({ period: r.period ?? "", key: r.key, value: r.value ?? "0" });
        break;
      case "destination":
        c.byDestination.points.push({ period: r.period ?? "", key: r.key, value: r.value ?? "0" });
        break;
      // Series come ordered by rank (in `figures`), the summed rest last.
      case "categorySeries":
        c.byCategory.series.push({ key: r.key, name: r.name, total: r.value ?? "0" });
        break;
      case "destinationSeries":
        c.byDestination.series.push({ key: r.key, name: r.name, total: r.value ?? "0" });
        break;
    }
  }
  const exports = [...charts.values()].sort((a, b) => b.figures - a.figures || a.currency.localeCompare(b.currency)).map(({ figures: _, ...c }) => c);
  return { exports };
}
