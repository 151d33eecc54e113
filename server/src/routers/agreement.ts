import { ZByIdInput, ZDeleteInput, ZRestoreInput } from "@atlas/shared/common";
import {
  ZAddPlanItemInput,
  ZAdvanceAgreementStageInput,
  ZCreateAgreementInput,
  ZListAgreementsInput,
  ZRemovePlanItemInput,
  ZUpdateAgreementInput,
  ZUpdatePlanItemInput,
} from "@atlas/shared/agreement";
import { adminProcedure, editorProcedure, router, viewerProcedure } from "../trpc.ts";
import { addPlanItem } from "../services/agreement/add-plan-item.ts";
import { advanceAgreementStage } from "../services/agreement/advance-agreement-stage.ts";
import { createAgreement } from "../services/agreement/create-agreement.ts";
import { deleteAgreement } from "../services/agreement/delete-agreement.ts";
import { getAgreement } from "../services/agreement/get-agreement.ts";
import { listAgreements } from "../services/agreement/list-agreements.ts";
import { removePlanItem } from "../services/agreement/remove-plan-item.ts";
import { restoreAgreement } from "../services/agreement/restore-agreement.ts";
import { updateAgreement } from "../services/agreement/update-agreement.ts";
import { updatePlanItem } from "../services/agreement/update-plan-item.ts";

export const agreementRouter = router({
  list: viewerProcedure.input(ZListAgreementsInput).query(({ ctx, input }) => listAgreements({ prisma: ctx.prisma, today: ctx.calendar.today(), input })),
  byId: viewerProcedure.input(ZByIdInput).query(({ ctx, input }) => getAgreement({ prisma: ctx.prisma, id: input.id })),
  create: editorProcedure
    .input(ZCreateAgreementInput)
    .mutation(({ ctx, input }) => createAgreement({ prisma: ctx.prisma, actorId: ctx.user.id, today: ctx.calendar.today(), input })),
  update: editorProcedure.input(ZUpdateAgreementInput).mutation(({ ctx, input }) => updateAgreement({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
  advanceStage: editorProcedure
    .input(ZAdvanceAgreementStageInput)
    .mutation(({ ctx, input }) => advanceAgreementStage({ prisma: ctx.prisma, actorId: ctx.user.id, today: ctx.calendar.today(), input })),
  delete: adminProcedure.input(ZDeleteInput).mutation(({ ctx, input }) => deleteAgreement({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
  restore: adminProcedure.input(ZRestoreInput).mutation(({ ctx, input }) => restoreAgreement({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
  addPlanItem: editorProcedure.input(ZAddPlanItemInput).mutation(({ ctx, input }) => addPlanItem({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
  updatePlanItem: editorProcedure.input(ZUpdatePlanItemInput).mutation(({ ctx, input }) => updatePlanItem({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
  removePlanItem: editorProcedure.input(ZRemovePlanItemInput).mutation(({ ctx, input }) => removePlanItem({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
});
