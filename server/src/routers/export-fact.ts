import { ZByIdInput, ZDeleteInput } from "@atlas/shared/common";
import { ZCreateExportFactInput, ZListExportFactsInput, ZUpdateExportFactInput } from "@atlas/shared/export-fact";
import { editorProcedure, router, viewerProcedure } from "../trpc.ts";
import { createExportFact } from "../services/export-fact/create-export-fact.ts";
import { deleteExportFact } from "../services/export-fact/delete-export-fact.ts";
import { getExportFact } from "../services/export-fact/get-export-fact.ts";
import { listExportFacts } from "../services/export-fact/list-export-facts.ts";
import { updateExportFact } from "../services/export-fact/update-export-fact.ts";

// Facts a source states in words (a rank, a growth rate, an intent to supply); growthPercent comes back as decimal text.
export const exportFactRouter = router({
  list: viewerProcedure.input(ZListExportFactsInput).query(({ ctx, input }) => listExportFacts({ prisma: ctx.prisma, input })),
  byId: viewerProcedure.input(ZByIdInput).query(({ ctx, input }) => getExportFact({ prisma: ctx.prisma, id: input.id })),
  create: editorProcedure.input(ZCreateExportFactInput).mutation(({ ctx, input }) => createExportFact({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
  update: editorProcedure.input(ZUpdateExportFactInput).mutation(({ ctx, input }) => updateExportFact({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
  /** Editors remove a fact they entered by mistake; it is a soft delete, and the history keeps it. */
  delete: editorProcedure.input(ZDeleteInput).mutation(({ ctx, input }) => deleteExportFact({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
});
