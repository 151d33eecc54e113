import { ZDeletedRecordsInput, ZRecordHistoryInput } from "@atlas/shared/history";
import { adminProcedure, router, viewerProcedure } from "../trpc.ts";
import { getRecordHistory } from "../services/history/get-record-history.ts";
import { listDeleted } from "../services/history/list-deleted.ts";

export const historyRouter = router({
  byRecord: viewerProcedure.input(ZRecordHistoryInput).query(({ ctx, input }) => getRecordHistory({ prisma: ctx.prisma, input })),
  /** Soft-deleted meetings, agreements, events and projects, for an administrator to restore (/admin/deleted). */
  deleted: adminProcedure.input(ZDeletedRecordsInput).query(({ ctx, input }) => listDeleted({ prisma: ctx.prisma, input })),
});
