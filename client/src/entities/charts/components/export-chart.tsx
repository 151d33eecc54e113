// Export values by quarter or year, stacked by category or by destination, under the
// dashboard filter (and the export categories chosen on the exports page).
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { TDashboardFilter } from "@atlas/shared/dashboard";
import { trpc } from "../../../lib/trpc.ts";
import { isNetworkError } from "../../../lib/errors.ts";
import { useChartFormat } from "../hooks/chart-format.ts";
import { ChartCard, ChartTable, Segmented, type ChartStatus } from "./chart-card.tsx";
import { StackedBars, type StackRow, type StackSeries } from "./stacked-bars.tsx";

const OTHER = "__other";

export function ExportChart({ filter, categoryIds }: { filter: TDashboardFilter; categoryIds?: string[] }): ReactNode {
  const { t } = useTranslation();
  const f = useChartFormat();
  const [granularity, setGranularity] = useState<"quarter" | "year">("quarter");
  const [groupBy, setGroupBy] = useState<"category" | "destination">("category");
  const [currency, setCurrency] = useState<string | null>(null);
  const input = { filter, granularity, ...(categoryIds?.length ? { categoryIds } : {}) };
  const query = useQuery(trpc.dashboard.charts.queryOptions(input, { placeholderData: keepPreviousData }));
  const charts = query.data?.exports ?? [];
  const chart = charts.find((c) => c.currency === currency) ?? charts[0];

  const status: ChartStatus = query.isPending ? "loading" : query.isError && !query.data ? "error" : !chart ? "empty" : "ready";
  const group = chart ? (groupBy === "category" ? chart.byCategory : chart.byDestination) : null;
  const series: StackSeries[] = (group?.series ?? []).map((s) => ({ key: s.key ?? OTHER, name: s.name ?? t("charts.other"), isOther: s.key === null }));
  const rows: StackRow[] = (chart?.periods ?? []).map((p) => ({ label: f.period(p), period: p, ...Object.fromEntries(series.map((s) => [s.key, 0])) }));
  const byPeriod = new Map(rows.map((r) => [r.period as string, r]));
  // Exact sums for the table, numbers for the bars.
  const exact = new Map<string, string>();
  for (const point of group?.points ?? []) {
    const row = byPeriod.get(point.period);
    if (!row) continue;
    const key = point.key ?? OTHER;
    row[key] = Number(point.value);
    exact.set(`${point.period}|${key}`, point.value);
  }
  const money = (v: number | string) => (chart ? f.money(v, chart.currency) : f.decimal(v));
  const exactMoney = (v: string) => (chart ? f.moneyExact(v, chart.currency) : f.decimal(v));

  return (
    <ChartCard
      name="exports"
      tableDownload={{ chart: groupBy === "category" ? "chart-exports-by-category" : "chart-exports-by-destination", input }}
      title={t("charts.exports.title")}
      intro={chart ? t("charts.exports.intro", { currency: chart.currency }) : t("charts.exports.introNone")}
      status={status}
      stale={query.isPlaceholderData}
      onRetry={() => void query.refetch()}
      emptyTitle={t("charts.exports.empty")}
      emptyText={t("charts.exports.emptyText")}
      height={320}
      controls={
        <>
          <Segmented
            label={t("charts.exports.groupBy")}
            value={groupBy}
            onChange={setGroupBy}
            options={[
              { value: "category", label: t("charts.exports.byCategory") },
              { value: "destination", label: t("charts.exports.byDestination") },
            ]}
          />
          <Segmented
            label={t("charts.exports.step")}
            value={granularity}
            onChange={setGranularity}
            options={[
              { value: "quarter", label: t("charts.exports.quarters") },
              { value: "year", label: t("charts.exports.years") },
            ]}
          />
          {charts.length > 1 && chart && (
            <Segmented
              label={t("charts.exports.currency")}
              value={chart.currency}
              onChange={setCurrency}
              options={charts.map((c) => ({ value: c.currency, label: c.currency }))}
            />
          )}
          {query.isError && query.data && (
            <span className="chart-card__note" role="status">
              {isNetworkError(query.error) ? t("errors.network") : t("errors.load")}
            </span>
          )}
        </>
      }
      chart={() => (
        <StackedBars
          data={rows}
          series={series}
          height={320}
          label={t("charts.exports.title")}
          totalLabel={t("charts.total")}
          formatValue={(v) => money(v)}
          formatTick={(v) => f.compact(v)}
        />
      )}
      table={() => (
        <ChartTable
          caption={t("charts.exports.tableCaption", { currency: chart?.currency ?? "" })}
          head={[t("charts.exports.period"), ...series.map((s) => s.name)]}
          rows={rows.map((r) => ({
            key: String(r.period),
            cells: [
              r.label,
              ...series.map((s) => {
                const v = exact.get(`${String(r.period)}|${s.key}`);
                return v ? exactMoney(v) : "—";
              }),
            ],
          }))}
          foot={[t("charts.total"), ...(group?.series ?? []).map((s) => exactMoney(s.total))]}
        />
      )}
    />
  );
}
