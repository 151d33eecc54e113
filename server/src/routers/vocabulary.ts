import { ZAddTermInput, ZMergeTermsInput, ZRetireTermInput, ZUpdateTermInput } from "@atlas/shared/vocabulary";
import { adminProcedure, editorProcedure, router, viewerProcedure } from "../trpc.ts";
import { addTerm, listVocabularies, mergeTerms, retireTerm, updateTerm } from "../services/vocabulary/terms.ts";

// Vocabularies kept as data: everyone reads them, editors add values from the forms,
// administrators rename, retire and merge.
export const vocabularyRouter = router({
  all: viewerProcedure.query(({ ctx }) => listVocabularies(ctx.prisma)),
  add: editorProcedure.input(ZAddTermInput).mutation(({ ctx, input }) => addTerm({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
  update: adminProcedure.input(ZUpdateTermInput).mutation(({ ctx, input }) => updateTerm({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
  retire: adminProcedure.input(ZRetireTermInput).mutation(({ ctx, input }) => retireTerm({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
  merge: adminProcedure.input(ZMergeTermsInput).mutation(({ ctx, input }) => mergeTerms({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
});
