// Meetings and visits per month, stacked by sector: which fields the work went into.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { inferOutput } from "@trpc/tanstack-react-query";
import type { TDashboardFilter } from "@atlas/shared/dashboard";
import type { trpc } from "../../../lib/trpc.ts";
import { useChartFormat } from "../hooks/chart-format.ts";
import { ChartCard, ChartTable, type ChartStatus } from "./chart-card.tsx";
import { StackedBars, type StackRow, type StackSeries } from "./stacked-bars.tsx";

type Summary = inferOutput<typeof trpc.dashboard.summary>;

/** Sectors with their own colour; the others are summed as one. */
const TOP_SECTORS = 7;
const OTHER = "__other";

export function sectorActivityData(summary: Summary, otherName: string, label: (month: string) => string) {
  const names = new Map(summary.bySector.map((s) => [s.code, s.name]));
  const totals = new Map<string, number>();
  for (const r of summary.activityByMonthAndSector) totals.set(r.sectorCode, (totals.get(r.sectorCode) ?? 0) + r.interactions);
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || (names.get(a[0]) ?? a[0]).localeCompare(names.get(b[0]) ?? b[0]));
  const own = new Set(ranked.length > TOP_SECTORS + 1 ? ranked.slice(0, TOP_SECTORS).map(([code]) => code) : ranked.map(([code]) => code));
  const series: StackSeries[] = ranked.filter(([code]) => own.has(code)).map(([code]) => ({ key: code, name: names.get(code) ?? code }));
  if (own.size < ranked.length) series.push({ key: OTHER, name: otherName, isOther: true });

  const rows = new Map<string, StackRow>(
    summary.activityByMonth.map((m) => [m.month, { label: label(m.month), month: m.month, ...Object.fromEntries(series.map((s) => [s.key, 0])) }]),
  );
  for (const r of summary.activityByMonthAndSector) {
    const row = rows.get(r.month);
    if (!row) continue;
    const key = own.has(r.sectorCode) ? r.sectorCode : OTHER;
    row[key] = ((row[key] as number) ?? 0) + r.interactions;
  }
  return { series, rows: [...rows.values()], total: ranked.reduce((sum, [, n]) => sum + n, 0) };
}

export function SectorActivityChart({
  filter,
  summary,
  status,
  stale,
  onRetry,
}: {
  /** The filter the summary was read under: the table's file is read under it too. */
  filter: TDashboardFilter;
  summary: Summary | undefined;
  status: ChartStatus;
  stale?: boolean;
  onRetry?: () => void;
}): ReactNode {
  const { t } = useTranslation();
  const f = useChartFormat();
  const data = summary ? sectorActivityData(summary, t("charts.other"), (m) => f.month(m)) : null;
  const effective: ChartStatus = status === "ready" && data && data.total === 0 ? "empty" : status;
  return (
    <ChartCard
      name="sector-activity"
      tableDownload={{ chart: "chart-sector-activity", input: { filter } }}
      title={t("charts.sectorActivity.title")}
      intro={t("charts.sectorActivity.intro")}
      status={effective}
      stale={stale}
      onRetry={onRetry}
      emptyTitle={t("charts.sectorActivity.empty")}
      emptyText={t("charts.emptyText")}
      chart={() =>
        data && (
          <StackedBars
            data={data.rows}
            series={data.series}
            label={t("charts.sectorActivity.title")}
            totalLabel={t("charts.total")}
            formatValue={(v) => t("charts.sectorActivity.meetings", { count: v, formatted: f.count(v) })}
            formatTick={(v) => f.compact(v)}
          />
        )
      }
      table={() =>
        data && (
          <ChartTable
            caption={t("charts.sectorActivity.title")}
            head={[t("charts.month"), ...data.series.map((s) => s.name), t("charts.total")]}
            rows={data.rows.map((row) => {
              const values = data.series.map((s) => Number(row[s.key] ?? 0));
              return { key: String(row.month), cells: [row.label, ...values.map((v) => f.count(v)), f.count(values.reduce((a, b) => a + b, 0))] };
            })}
            foot={[t("charts.total"), ...data.series.map((s) => f.count(data.rows.reduce((sum, r) => sum + Number(r[s.key] ?? 0), 0))), f.count(data.total)]}
          />
        )
      }
    />
  );
}
