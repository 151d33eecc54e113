// The overview's charts (the agreements by stage are the key figures' own card, not a
// second chart of the same numbers). The overview loads this module with React.lazy, so recharts
// is not part of the first download. The summary query is the one the overview already
// made (same key), so no second request goes out.
import type { ReactNode } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { dashboardFilter, type TDashboardSearch } from "../../../lib/dashboard-search.ts";
import { trpc } from "../../../lib/trpc.ts";
import "./charts.css";
import { SectorActivityChart } from "./sector-activity-chart.tsx";
import type { ChartStatus } from "./chart-card.tsx";

export function OverviewCharts({ search }: { search: TDashboardSearch }): ReactNode {
  const filter = dashboardFilter(search);
  const summary = useQuery(trpc.dashboard.summary.queryOptions({ filter }, { placeholderData: keepPreviousData }));
  const status: ChartStatus = summary.data ? "ready" : summary.isError ? "error" : "loading";
  const retry = () => void summary.refetch();
  return (
    <div className="overview-charts">
      <SectorActivityChart filter={filter} summary={summary.data} status={status} stale={summary.isPlaceholderData} onRetry={retry} />
    </div>
  );
}
