import { ZTimelineInput, ZTimelineSummaryInput } from "@atlas/shared/timeline";
import { router, viewerProcedure } from "../trpc.ts";
import { listTimeline } from "../services/timeline/list-timeline.ts";
import { summarizeTimeline } from "../services/timeline/summarize-timeline.ts";

export const timelineRouter = router({
  // The default window is counted from the home region's day (ATLAS_TIME_ZONE).
  list: viewerProcedure.input(ZTimelineInput).query(({ ctx, input }) => listTimeline({ prisma: ctx.prisma, input, today: ctx.calendar.today() })),
  // The drawn axis: counts per week or month and the items that matter (see summarizeTimeline).
  summary: viewerProcedure
    .input(ZTimelineSummaryInput)
    .query(({ ctx, input }) => summarizeTimeline({ prisma: ctx.prisma, input, today: ctx.calendar.today() })),
});
