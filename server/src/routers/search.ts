import { ZGlobalSearchInput } from "@atlas/shared/search";
import { router, viewerProcedure } from "../trpc.ts";
import { globalSearch } from "../services/search/global-search.ts";

// One search across record types; every signed-in role reads all of them.
export const searchRouter = router({
  global: viewerProcedure.input(ZGlobalSearchInput).query(({ ctx, input }) => globalSearch({ prisma: ctx.prisma, input })),
});
