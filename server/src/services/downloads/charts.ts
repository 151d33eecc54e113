// The tables of the overview's and the exports page's charts, as downloads: read by the
// same dashboard services the chart procedures use, under the chart's own input, so a
// file holds the numbers the chart draws. Rows are long (one per month and sector, or per
// period and series) so that a spreadsheet's pivot table can regroup them; one page each.
import { ZDashboardChartsInput, ZDashboardSummaryInput } from "@atlas/shared/dashboard";
import type { TDownloadChart } from "@atlas/shared/downloads";
import { activityByMonth } from "../dashboard/activity-by-month.ts";
import { activityBySector } from "../dashboard/activity-by-sector.ts";
import { getDashboardCharts } from "../dashboard/get-dashboard-charts.ts";
import { resolveFilter } from "../dashboard/sql-filters.ts";
import { defineList, month, number, text, type DownloadList, type ListReadContext } from "./lists.ts";
import type { z } from "zod";

/** The summed rest of the series (key null), as the chart's legend names it. */
const otherSeriesRu = "Прочие";

/** "2025-Q1" as «I кв. 2025», as the chart's table shows it; a year stays as it is. */
function exportPeriodRu(period: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  return quarter ? `${["I", "II", "III", "IV"][Number(quarter[2]) - 1]} кв. ${quarter[1]}` : period;
}

type ExportRow = { currency: string; period: string; series: string; value: string };

async function exportRows(prisma: ListReadContext["prisma"], input: z.output<typeof ZDashboardChartsInput>, groupBy: "byCategory" | "byDestination") {
  const { exports } = await getDashboardCharts({ prisma, input });
  return exports.flatMap((chart): ExportRow[] => {
    const group = chart[groupBy];
    const names = new Map(group.series.map((s) => [s.key, s.name ?? otherSeriesRu]));
    return group.points.map((p) => ({ currency: chart.currency, period: p.period, series: names.get(p.key) ?? otherSeriesRu, value: p.value }));
  });
}

const exportColumns = (seriesHeader: string): DownloadList<typeof ZDashboardChartsInput, ExportRow>["columns"] => [
  { header: "Валюта", width: 8, cell: (r) => text(r.currency) },
  { header: "Период", width: 14, cell: (r) => text(exportPeriodRu(r.period)) },
  { header: seriesHeader, width: 40, cell: (r) => text(r.series) },
  { header: "Стоимость", width: 18, cell: (r) => number(r.value) },
];

export const downloadCharts = {
  "chart-sector-activity": defineList({
    title: "Встречи по отраслям",
    input: ZDashboardSummaryInput,
    page: async ({ prisma, today }, input) => {
      const f = await resolveFilter(prisma, input.filter);
      const [sectors, months] = await Promise.all([activityBySector({ prisma, f }), activityByMonth({ prisma, f, today })]);
      const names = new Map(sectors.map((s) => [s.code, s.name]));
      const items = months.activityByMonthAndSector.map((r) => ({ ...r, sectorName: names.get(r.sectorCode) ?? r.sectorCode }));
      return { items, nextCursor: null };
    },
    columns: [
      { header: "Месяц", width: 14, cell: (r) => month(r.month) },
      { header: "Отрасль", width: 36, cell: (r) => text(r.sectorName) },
      { header: "Встреч", width: 12, cell: (r) => number(r.interactions) },
    ],
  }),
  "chart-exports-by-category": defineList({
    title: "Экспорт по категориям",
    input: ZDashboardChartsInput,
    page: async ({ prisma }, input) => ({ items: await exportRows(prisma, input, "byCategory"), nextCursor: null }),
    columns: exportColumns("Категория"),
  }),
  "chart-exports-by-destination": defineList({
    title: "Экспорт по получателям",
    input: ZDashboardChartsInput,
    page: async ({ prisma }, input) => ({ items: await exportRows(prisma, input, "byDestination"), nextCursor: null }),
    columns: exportColumns("Получатель"),
  }),
} satisfies Record<TDownloadChart, unknown>;
