import { ZByIdInput, ZDeleteInput } from "@atlas/shared/common";
import { ZCreatePersonInput, ZFindSimilarPeopleInput, ZListPeopleInput, ZUpdatePersonInput } from "@atlas/shared/person";
import { adminProcedure, editorProcedure, router, viewerProcedure } from "../trpc.ts";
import { createPerson } from "../services/person/create-person.ts";
import { deletePerson } from "../services/person/delete-person.ts";
import { getPerson } from "../services/person/get-person.ts";
import { listPeople } from "../services/person/list-people.ts";
import { updatePerson } from "../services/person/update-person.ts";
import { findSimilarPeople } from "../services/person/find-similar-people.ts";

export const personRouter = router({
  list: viewerProcedure.input(ZListPeopleInput).query(({ ctx, input }) => listPeople({ prisma: ctx.prisma, input })),
  byId: viewerProcedure.input(ZByIdInput).query(({ ctx, input }) => getPerson({ prisma: ctx.prisma, id: input.id })),
  create: editorProcedure.input(ZCreatePersonInput).mutation(({ ctx, input }) => createPerson({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
  update: editorProcedure.input(ZUpdatePersonInput).mutation(({ ctx, input }) => updatePerson({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
  delete: adminProcedure.input(ZDeleteInput).mutation(({ ctx, input }) => deletePerson({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
  /** The duplicate guard of the person form. */
  findSimilar: viewerProcedure.input(ZFindSimilarPeopleInput).query(({ ctx, input }) => findSimilarPeople({ prisma: ctx.prisma, input })),
});
