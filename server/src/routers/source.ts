import { ZByIdInput, ZDeleteInput } from "@atlas/shared/common";
import { ZCreateSourceInput, ZFindSourcesInput, ZListSourcesInput, ZUpdateSourceInput } from "@atlas/shared/source";
import { adminProcedure, editorProcedure, router, viewerProcedure } from "../trpc.ts";
import { createSource } from "../services/source/create-source.ts";
import { deleteSource } from "../services/source/delete-source.ts";
import { findSources } from "../services/source/find-sources.ts";
import { getSource } from "../services/source/get-source.ts";
import { listSources } from "../services/source/list-sources.ts";
import { updateSource } from "../services/source/update-source.ts";

export const sourceRouter = router({
  list: viewerProcedure.input(ZListSourcesInput).query(({ ctx, input }) => listSources({ prisma: ctx.prisma, input })),
  /** For pickers: by address (the same URL however written) or by words of the title or outlet. */
  find: viewerProcedure.input(ZFindSourcesInput).query(({ ctx, input }) => findSources({ prisma: ctx.prisma, input })),
  byId: viewerProcedure.input(ZByIdInput).query(({ ctx, input }) => getSource({ prisma: ctx.prisma, id: input.id })),
  create: editorProcedure.input(ZCreateSourceInput).mutation(({ ctx, input }) => createSource({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
  update: editorProcedure.input(ZUpdateSourceInput).mutation(({ ctx, input }) => updateSource({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
  delete: adminProcedure.input(ZDeleteInput).mutation(({ ctx, input }) => deleteSource({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
});
