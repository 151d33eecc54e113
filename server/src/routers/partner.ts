import { ZByIdInput, ZDeleteInput } from "@atlas/shared/common";
import {
  ZCreatePartnerInput,
  ZFindSimilarPartnersInput,
  ZListPartnersInput,
  ZPartnerDossierInput,
  ZSetBoundaryInput,
  ZUpdatePartnerInput,
} from "@atlas/shared/partner";
import { adminProcedure, editorProcedure, router, viewerProcedure } from "../trpc.ts";
import { createPartner } from "../services/partner/create-partner.ts";
import { deletePartner } from "../services/partner/delete-partner.ts";
import { getPartner } from "../services/partner/get-partner.ts";
import { listPartners } from "../services/partner/list-partners.ts";
import { updatePartner } from "../services/partner/update-partner.ts";
import { findSimilarPartners } from "../services/partner/find-similar-partners.ts";
import { getPartnerDossier } from "../services/partner/get-partner-dossier.ts";
import { getPartnerBoundary, listPartnerBoundaries, setPartnerBoundary } from "../services/partner/partner-boundary.ts";
import { getPartnerStory } from "../services/partner/get-partner-story.ts";
import { ZPartnerStoryInput } from "@atlas/shared/partner-story";

export const partnerRouter = router({
  list: viewerProcedure.input(ZListPartnersInput).query(({ ctx, input }) => listPartners({ prisma: ctx.prisma, input })),
  byId: viewerProcedure.input(ZByIdInput).query(({ ctx, input }) => getPartner({ prisma: ctx.prisma, id: input.id })),
  create: editorProcedure.input(ZCreatePartnerInput).mutation(({ ctx, input }) => createPartner({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
  update: editorProcedure.input(ZUpdatePartnerInput).mutation(({ ctx, input }) => updatePartner({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
  delete: adminProcedure.input(ZDeleteInput).mutation(({ ctx, input }) => deletePartner({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
  /** Everything about the partner and the partners below it, for its page and the printed briefing. */
  dossier: viewerProcedure
    .input(ZPartnerDossierInput)
    // "Last" and "next" are counted from the home region's day (ATLAS_TIME_ZONE).
    .query(({ ctx, input }) => getPartnerDossier({ prisma: ctx.prisma, id: input.id, today: ctx.calendar.today() })),
  /** A region's own boundary (an administrator attaches it where the bundled map data is older than the region). */
  boundary: adminProcedure.input(ZByIdInput).query(({ ctx, input }) => getPartnerBoundary({ prisma: ctx.prisma, id: input.id })),
  setBoundary: adminProcedure.input(ZSetBoundaryInput).mutation(({ ctx, input }) => setPartnerBoundary({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
  /** Every region's own boundary, drawn on the map instead of the bundled shape. */
  boundaries: viewerProcedure.query(({ ctx }) => listPartnerBoundaries({ prisma: ctx.prisma })),
  /** The partner's chronicle: visits at the highest level, agreement stage moves, forums and tours, a page at a time. */
  story: viewerProcedure.input(ZPartnerStoryInput).query(({ ctx, input }) => getPartnerStory({ prisma: ctx.prisma, input })),
  /** The duplicate guard of the partner form. */
  findSimilar: viewerProcedure.input(ZFindSimilarPartnersInput).query(({ ctx, input }) => findSimilarPartners({ prisma: ctx.prisma, input })),
});
