import type { TExportByCategory, TExportByDestination, TExportByPeriod } from "@atlas/shared/dashboard";
import { Prisma, type Tx } from "../../db.ts";
import { and, inScope, type SqlFilter } from "./sql-filters.ts";

type Row = {
  grp: "category" | "destination" | "period";
  key: string;
  name: string | null;
  value: string | null;
  currency: string | null;
  volume: string | null;
  unit: string | null;
};

/**
 * Export figures whose period overlaps the filter's, summed by category, by
 * destination and by year of the period's start. The partner scope applies to the
 * destination; figures carry no sector and no searchable text, so sectors and q do
 * not narrow them. Sums are text so that no precision is lost on the way.
 */
export async function exportTotals({ prisma, f }: { prisma: Tx; f: SqlFilter }) {
  const conditions = [
    ...(f.from ? [Prisma.sql`x."periodEnd" >= ${f.from}::date`] : []),
    ...(f.to ? [Prisma.sql`x."periodStart" <= ${f.to}::date`] : []),
    ...inScope(Prisma.raw(`x."destinationId"`), f),
  ];
  // The unit of a sum is known only when every summed figure states the same one.
  const uniform = (unit: string, amount: string) =>
    Prisma.raw(`CASE WHEN count(DISTINCT ${unit}) FILTER (WHERE ${amount} IS NOT NULL) = 1
                      AND count(*) FILTER (WHERE ${amount} IS NOT NULL AND ${unit} IS NULL) = 0
                     THEN min(${unit}) FILTER (WHERE ${amount} IS NOT NULL) END`);
  const rows = await prisma.$queryRaw<Row[]>`
    WITH fig AS (
      SELECT x."categoryId" AS category_id, c.name AS category_name, x."destinationId" AS destination_id, d.name AS destination_name,
             EXTRACT(YEAR FROM x."periodStart")::int AS year, x.value, x.currency, x.volume, x.unit
        FROM "ExportFigure" x
        JOIN "ExportCategory" c ON c.id = x."categoryId" AND c."deletedAt" IS NULL
        JOIN "Partner" d ON d.id = x."destinationId" AND d."deletedAt" IS NULL
       WHERE x."deletedAt" IS NULL AND ${and(conditions)}
    )
    SELECT grp, key, name, value::text AS value, currency, volume::text AS volume, unit FROM (
      SELECT 'category' AS grp, category_id::text AS key, category_name AS name, sum(value) AS value,
             ${uniform("currency", "value")} AS currency, sum(volume) AS volume, ${uniform("unit", "volume")} AS unit
        FROM fig GROUP BY category_id, category_name
      UNION ALL
      SELECT 'destination', destination_id::text, destination_name, sum(value), ${uniform("currency", "value")}, NULL, NULL
        FROM fig GROUP BY destination_id, destination_name
      UNION ALL
      SELECT 'period', year::text, NULL, sum(value), ${uniform("currency", "value")}, NULL, NULL
        FROM fig GROUP BY year
    ) u
    ORDER BY grp, CASE WHEN grp = 'period' THEN key END, u.value DESC NULLS LAST, name, key`;

  const byCategory: TExportByCategory[] = [];
  const byDestination: TExportByDestination[] = [];
  const byPeriod: TExportByPeriod[] = [];
  for (const r of rows) {
    if (r.grp === "category") byCategory.push({ categoryId: r.key, name: r.name ?? "", value: r.value, currency: r.currency, volume: r.volume, unit: r.unit });
    else if (r.grp === "destination") byDestination.push({ partnerId: r.key, name: r.name ?? "", value: r.value, currency: r.currency });
    else byPeriod.push({ year: Number(r.key), value: r.value, currency: r.currency });
  }
  return { byCategory, byDestination, byPeriod };
}
