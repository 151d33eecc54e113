import { ZByIdInput, ZDeleteInput, ZRestoreInput } from "@atlas/shared/common";
import { ZCreateMeetingInput, ZListMeetingsInput, ZUpdateMeetingInput } from "@atlas/shared/meeting";
import { adminProcedure, editorProcedure, router, viewerProcedure } from "../trpc.ts";
import { createMeeting } from "../services/meeting/create-meeting.ts";
import { deleteMeeting } from "../services/meeting/delete-meeting.ts";
import { getMeeting } from "../services/meeting/get-meeting.ts";
import { listMeetings } from "../services/meeting/list-meetings.ts";
import { restoreMeeting } from "../services/meeting/restore-meeting.ts";
import { updateMeeting } from "../services/meeting/update-meeting.ts";

export const meetingRouter = router({
  list: viewerProcedure.input(ZListMeetingsInput).query(({ ctx, input }) => listMeetings({ prisma: ctx.prisma, input })),
  byId: viewerProcedure.input(ZByIdInput).query(({ ctx, input }) => getMeeting({ prisma: ctx.prisma, id: input.id })),
  create: editorProcedure.input(ZCreateMeetingInput).mutation(({ ctx, input }) => createMeeting({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
  update: editorProcedure.input(ZUpdateMeetingInput).mutation(({ ctx, input }) => updateMeeting({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
  delete: adminProcedure.input(ZDeleteInput).mutation(({ ctx, input }) => deleteMeeting({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
  restore: adminProcedure.input(ZRestoreInput).mutation(({ ctx, input }) => restoreMeeting({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
});
