import { ZByIdInput, ZDeleteInput, ZRestoreInput } from "@atlas/shared/common";
import { ZCompleteFollowUpInput, ZCreateFollowUpInput, ZListFollowUpsInput, ZUpdateFollowUpInput } from "@atlas/shared/follow-up";
import { adminProcedure, editorProcedure, router, viewerProcedure } from "../trpc.ts";
import { completeFollowUp } from "../services/follow-up/complete-follow-up.ts";
import { createFollowUp } from "../services/follow-up/create-follow-up.ts";
import { deleteFollowUp } from "../services/follow-up/delete-follow-up.ts";
import { getFollowUp } from "../services/follow-up/get-follow-up.ts";
import { listFollowUps } from "../services/follow-up/list-follow-ups.ts";
import { restoreFollowUp } from "../services/follow-up/restore-follow-up.ts";
import { updateFollowUp } from "../services/follow-up/update-follow-up.ts";

export const followUpRouter = router({
  list: viewerProcedure.input(ZListFollowUpsInput).query(({ ctx, input }) => listFollowUps({ prisma: ctx.prisma, input, today: ctx.calendar.today() })),
  byId: viewerProcedure.input(ZByIdInput).query(({ ctx, input }) => getFollowUp({ prisma: ctx.prisma, id: input.id })),
  create: editorProcedure.input(ZCreateFollowUpInput).mutation(({ ctx, input }) => createFollowUp({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
  update: editorProcedure.input(ZUpdateFollowUpInput).mutation(({ ctx, input }) => updateFollowUp({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
  complete: editorProcedure.input(ZCompleteFollowUpInput).mutation(({ ctx, input }) => completeFollowUp({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
  delete: adminProcedure.input(ZDeleteInput).mutation(({ ctx, input }) => deleteFollowUp({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
  restore: adminProcedure.input(ZRestoreInput).mutation(({ ctx, input }) => restoreFollowUp({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
});
