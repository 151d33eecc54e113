import { userDirectory } from "../auth/users/user-directory.ts";
import { editorProcedure, router } from "../trpc.ts";

export const userRouter = router({
  /** Active colleagues (id, name, role) for assigning follow-ups; editors assign, so editors read it. */
  directory: editorProcedure.query(({ ctx }) => userDirectory({ prisma: ctx.prisma })),
});
