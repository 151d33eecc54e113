import { ZByIdInput, ZDeleteInput } from "@atlas/shared/common";
import { ZCreateExportFigureInput, ZListExportFiguresInput, ZSaveExportTableInput, ZUpdateExportFigureInput } from "@atlas/shared/export";
import { saveExportTable } from "../services/export-figure/save-export-table.ts";
import { adminProcedure, editorProcedure, router, viewerProcedure } from "../trpc.ts";
import { createExportFigure } from "../services/export-figure/create-export-figure.ts";
import { deleteExportFigure } from "../services/export-figure/delete-export-figure.ts";
import { getExportFigure } from "../services/export-figure/get-export-figure.ts";
import { listExportFigures } from "../services/export-figure/list-export-figures.ts";
import { updateExportFigure } from "../services/export-figure/update-export-figure.ts";

// value and volume come back as decimal strings (see toExportFigureDto).
export const exportFigureRouter = router({
  list: viewerProcedure.input(ZListExportFiguresInput).query(({ ctx, input }) => listExportFigures({ prisma: ctx.prisma, input })),
  byId: viewerProcedure.input(ZByIdInput).query(({ ctx, input }) => getExportFigure({ prisma: ctx.prisma, id: input.id })),
  create: editorProcedure.input(ZCreateExportFigureInput).mutation(({ ctx, input }) => createExportFigure({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
  update: editorProcedure.input(ZUpdateExportFigureInput).mutation(({ ctx, input }) => updateExportFigure({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
  /** Every cell of one period's entry table at once; all or nothing. */
  saveTable: editorProcedure.input(ZSaveExportTableInput).mutation(({ ctx, input }) => saveExportTable({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
  delete: adminProcedure.input(ZDeleteInput).mutation(({ ctx, input }) => deleteExportFigure({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
});
