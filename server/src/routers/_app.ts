import { router } from "../trpc.ts";
import { partnerRouter } from "./partner.ts";

export const appRouter = router({
  partner: partnerRouter,
});

export type AppRouter = typeof appRouter;
