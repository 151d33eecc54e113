import { ZByIdInput, ZDeleteInput, ZRestoreInput } from "@atlas/shared/common";
import { ZCreateEventInput, ZListEventsInput, ZUpdateEventInput } from "@atlas/shared/event";
import { adminProcedure, editorProcedure, router, viewerProcedure } from "../trpc.ts";
import { createEvent } from "../services/event/create-event.ts";
import { deleteEvent } from "../services/event/delete-event.ts";
import { getEvent } from "../services/event/get-event.ts";
import { listEvents } from "../services/event/list-events.ts";
import { restoreEvent } from "../services/event/restore-event.ts";
import { updateEvent } from "../services/event/update-event.ts";

export const eventRouter = router({
  list: viewerProcedure.input(ZListEventsInput).query(({ ctx, input }) => listEvents({ prisma: ctx.prisma, today: ctx.calendar.today(), input })),
  byId: viewerProcedure.input(ZByIdInput).query(({ ctx, input }) => getEvent({ prisma: ctx.prisma, id: input.id })),
  create: editorProcedure.input(ZCreateEventInput).mutation(({ ctx, input }) => createEvent({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
  update: editorProcedure.input(ZUpdateEventInput).mutation(({ ctx, input }) => updateEvent({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
  delete: adminProcedure.input(ZDeleteInput).mutation(({ ctx, input }) => deleteEvent({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
  restore: adminProcedure.input(ZRestoreInput).mutation(({ ctx, input }) => restoreEvent({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
});
