import { ZDashboardChartsInput, ZDashboardSignalsInput, ZDashboardSummaryInput } from "@atlas/shared/dashboard";
import { router, viewerProcedure } from "../trpc.ts";
import { getDashboardCharts } from "../services/dashboard/get-dashboard-charts.ts";
import { getDashboardSignals } from "../services/dashboard/get-dashboard-signals.ts";
import { getDashboardSummary } from "../services/dashboard/get-dashboard-summary.ts";

// "Today" is the home region's day (ATLAS_TIME_ZONE), never the server's.
export const dashboardRouter = router({
  summary: viewerProcedure
    .input(ZDashboardSummaryInput)
    .query(({ ctx, input }) => getDashboardSummary({ prisma: ctx.prisma, input, today: ctx.calendar.today(), timeZone: ctx.calendar.timeZone })),
  signals: viewerProcedure
    .input(ZDashboardSignalsInput)
    .query(({ ctx, input }) => getDashboardSignals({ prisma: ctx.prisma, input, today: ctx.calendar.today() })),
  charts: viewerProcedure.input(ZDashboardChartsInput).query(({ ctx, input }) => getDashboardCharts({ prisma: ctx.prisma, input })),
});
