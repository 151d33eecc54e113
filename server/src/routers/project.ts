import { ZByIdInput, ZDeleteInput, ZRestoreInput } from "@atlas/shared/common";
import { ZChooseProjectSiteInput, ZCreateProjectInput, ZListProjectsInput, ZUpdateProjectInput } from "@atlas/shared/project";
import { adminProcedure, editorProcedure, router, viewerProcedure } from "../trpc.ts";
import { chooseProjectSite } from "../services/project/choose-project-site.ts";
import { createProject } from "../services/project/create-project.ts";
import { deleteProject } from "../services/project/delete-project.ts";
import { getProject } from "../services/project/get-project.ts";
import { listProjects } from "../services/project/list-projects.ts";
import { restoreProject } from "../services/project/restore-project.ts";
import { updateProject } from "../services/project/update-project.ts";

export const projectRouter = router({
  list: viewerProcedure.input(ZListProjectsInput).query(({ ctx, input }) => listProjects({ prisma: ctx.prisma, input, timeZone: ctx.calendar.timeZone })),
  byId: viewerProcedure.input(ZByIdInput).query(({ ctx, input }) => getProject({ prisma: ctx.prisma, id: input.id })),
  create: editorProcedure.input(ZCreateProjectInput).mutation(({ ctx, input }) => createProject({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
  update: editorProcedure.input(ZUpdateProjectInput).mutation(({ ctx, input }) => updateProject({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
  chooseSite: editorProcedure
    .input(ZChooseProjectSiteInput)
    .mutation(({ ctx, input }) => chooseProjectSite({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
  delete: adminProcedure.input(ZDeleteInput).mutation(({ ctx, input }) => deleteProject({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
  restore: adminProcedure.input(ZRestoreInput).mutation(({ ctx, input }) => restoreProject({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
});
