import { ZByIdInput, ZDeleteInput } from "@atlas/shared/common";
import { ZCreateExportCategoryInput, ZListExportCategoriesInput, ZUpdateExportCategoryInput } from "@atlas/shared/export";
import { adminProcedure, editorProcedure, router, viewerProcedure } from "../trpc.ts";
import { createExportCategory } from "../services/export-category/create-export-category.ts";
import { deleteExportCategory } from "../services/export-category/delete-export-category.ts";
import { getExportCategory } from "../services/export-category/get-export-category.ts";
import { listExportCategories } from "../services/export-category/list-export-categories.ts";
import { updateExportCategory } from "../services/export-category/update-export-category.ts";

// Export categories are a vocabulary (see routers/vocabulary.ts): editors add one where
// they need it; changing or deleting one is for administrators.
export const exportCategoryRouter = router({
  list: viewerProcedure.input(ZListExportCategoriesInput).query(({ ctx, input }) => listExportCategories({ prisma: ctx.prisma, input })),
  byId: viewerProcedure.input(ZByIdInput).query(({ ctx, input }) => getExportCategory({ prisma: ctx.prisma, id: input.id })),
  create: editorProcedure
    .input(ZCreateExportCategoryInput)
    .mutation(({ ctx, input }) => createExportCategory({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
  update: adminProcedure
    .input(ZUpdateExportCategoryInput)
    .mutation(({ ctx, input }) => updateExportCategory({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
  delete: adminProcedure.input(ZDeleteInput).mutation(({ ctx, input }) => deleteExportCategory({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
});
