import { ZByIdInput, ZDeleteInput } from "@atlas/shared/common";
import { ZCreateSectorInput, ZListSectorsInput, ZUpdateSectorInput } from "@atlas/shared/sector";
import { adminProcedure, router, viewerProcedure } from "../trpc.ts";
import { createSector } from "../services/sector/create-sector.ts";
import { deleteSector } from "../services/sector/delete-sector.ts";
import { getSector } from "../services/sector/get-sector.ts";
import { listSectors } from "../services/sector/list-sectors.ts";
import { updateSector } from "../services/sector/update-sector.ts";

// Sectors are a reference list that administrators keep: every write needs ADMIN.
export const sectorRouter = router({
  list: viewerProcedure.input(ZListSectorsInput).query(({ ctx, input }) => listSectors({ prisma: ctx.prisma, input })),
  byId: viewerProcedure.input(ZByIdInput).query(({ ctx, input }) => getSector({ prisma: ctx.prisma, id: input.id })),
  create: adminProcedure.input(ZCreateSectorInput).mutation(({ ctx, input }) => createSector({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
  update: adminProcedure.input(ZUpdateSectorInput).mutation(({ ctx, input }) => updateSector({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
  delete: adminProcedure.input(ZDeleteInput).mutation(({ ctx, input }) => deleteSector({ prisma: ctx.prisma, actorId: ctx.user.id, input })),
});
