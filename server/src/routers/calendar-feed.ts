import { ZCreateCalendarFeedInput, ZRevokeCalendarFeedInput } from "@atlas/shared/calendar-feed";
import { analystProcedure, router } from "../trpc.ts";
import { createCalendarFeed, listCalendarFeeds, revokeCalendarFeed } from "../services/calendar-feed/feeds.ts";

// Each user manages only their own feeds; the feed itself is served by http/calendar-feed.ts.
export const calendarFeedRouter = router({
  list: analystProcedure.query(({ ctx }) => listCalendarFeeds({ prisma: ctx.prisma, userId: ctx.user.id })),
  create: analystProcedure.input(ZCreateCalendarFeedInput).mutation(({ ctx, input }) => createCalendarFeed({ prisma: ctx.prisma, userId: ctx.user.id, input })),
  revoke: analystProcedure
    .input(ZRevokeCalendarFeedInput)
    .mutation(({ ctx, input }) => revokeCalendarFeed({ prisma: ctx.prisma, userId: ctx.user.id, id: input.id, now: ctx.clock.now() })),
});
