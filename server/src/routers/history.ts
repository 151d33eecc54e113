import { ZRecordHistoryInput } from "@atlas/shared/history";
import { router, viewerProcedure } from "../trpc.ts";
import { getRecordHistory } from "../services/history/get-record-history.ts";

export const historyRouter = router({
  byRecord: viewerProcedure.input(ZRecordHistoryInput).query(({ ctx, input }) => getRecordHistory({ prisma: ctx.prisma, input })),
});
