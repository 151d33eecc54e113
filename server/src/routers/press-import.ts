// Press-release import (issue 14): read a pasted release into a draft (nothing written),
// then write the reviewed draft in one transaction. Editors only.
import { ZPressImportConfirmInput, ZPressImportDraftInput } from "@atlas/shared/press-import";
import { editorProcedure, router } from "../trpc.ts";
import { confirmRelease } from "../services/press-import/confirm-release.ts";
import { draftRelease } from "../services/press-import/draft-release.ts";

export const pressImportRouter = router({
  draft: editorProcedure.input(ZPressImportDraftInput).mutation(({ ctx, input }) => draftRelease({ prisma: ctx.prisma, input })),
  confirm: editorProcedure
    .input(ZPressImportConfirmInput)
    .mutation(({ ctx, input }) => confirmRelease({ prisma: ctx.prisma, actorId: ctx.user.id, today: ctx.calendar.today(), input })),
});
