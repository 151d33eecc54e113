import { ZDashboardSignalsInput, ZDashboardSummaryInput } from "@atlas/shared/dashboard";
import { router, viewerProcedure } from "../trpc.ts";
import { getDashboardSignals } from "../services/dashboard/get-dashboard-signals.ts";
import { getDashboardSummary } from "../services/dashboard/get-dashboard-summary.ts";
import { ZDashboardChartsInput } from "@atlas/shared/dashboard";
import { getDashboardCharts } from "../services/dashboard/get-dashboard-charts.ts";

export const dashboardRouter = router({
  summary: viewerProcedure.input(ZDashboardSummaryInput).query(({ ctx, input }) => getDashboardSummary({ prisma: ctx.prisma, input })),
  signals: viewerProcedure.input(ZDashboardSignalsInput).query(({ ctx, input }) => getDashboardSignals({ prisma: ctx.prisma, input })),
  charts: viewerProcedure.input(ZDashboardChartsInput).query(({ ctx, input }) => getDashboardCharts({ prisma: ctx.prisma, input })),
});
