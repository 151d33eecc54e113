import { ZTimelineInput } from "@atlas/shared/timeline";
import { router, viewerProcedure } from "../trpc.ts";
import { listTimeline } from "../services/timeline/list-timeline.ts";

export const timelineRouter = router({
  list: viewerProcedure.input(ZTimelineInput).query(({ ctx, input }) => listTimeline({ prisma: ctx.prisma, input })),
});
