import { ZReportInput } from "@atlas/shared/report";
import { analystProcedure, router } from "../trpc.ts";
import { getReport } from "../services/report/get-report.ts";

// The periodic report (issue 15): analysts prepare it for leadership. "Today" is the home region's day.
export const reportRouter = router({
  get: analystProcedure
    .input(ZReportInput)
    .query(({ ctx, input }) => getReport({ prisma: ctx.prisma, input, today: ctx.calendar.today(), timeZone: ctx.calendar.timeZone })),
});
