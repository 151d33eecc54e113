import { ZCreateSavedViewInput, ZDeleteSavedViewInput, ZUpdateSavedViewInput } from "@atlas/shared/saved-view";
import { analystProcedure, router, viewerProcedure } from "../trpc.ts";
import { createSavedView, deleteSavedView, listSavedViews, updateSavedView } from "../services/saved-view/saved-views.ts";

// Everyone sees the shared views; saving a view (personal or shared) is an analyst's tool.
export const savedViewRouter = router({
  list: viewerProcedure.query(({ ctx }) => listSavedViews({ prisma: ctx.prisma, actor: ctx.user })),
  create: analystProcedure.input(ZCreateSavedViewInput).mutation(({ ctx, input }) => createSavedView({ prisma: ctx.prisma, actor: ctx.user, input })),
  update: analystProcedure.input(ZUpdateSavedViewInput).mutation(({ ctx, input }) => updateSavedView({ prisma: ctx.prisma, actor: ctx.user, input })),
  delete: analystProcedure.input(ZDeleteSavedViewInput).mutation(({ ctx, input }) => deleteSavedView({ prisma: ctx.prisma, actor: ctx.user, input })),
});
