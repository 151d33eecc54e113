// Bulk import of a CSV or XLSX table (issue 15, item 5): preview reads and checks the
// file and writes nothing; commit checks it again and writes all rows or none. Editors only.
import { ZBulkImportCommitInput, ZBulkImportFileInput } from "@atlas/shared/bulk-import";
import { editorProcedure, router } from "../trpc.ts";
import { commitImport, previewImport } from "../services/bulk-import/import-table.ts";

export const bulkImportRouter = router({
  // A mutation although it writes nothing: the file travels in the body, too large for a GET's URL.
  preview: editorProcedure.input(ZBulkImportFileInput).mutation(({ ctx, input }) => previewImport({ prisma: ctx.prisma, input })),
  commit: editorProcedure.input(ZBulkImportCommitInput).mutation(({ ctx, input }) => commitImport({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
});
