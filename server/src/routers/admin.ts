import { ZCreateUserInput, ZResetPasswordInput, ZSignInLogInput, ZUpdateUserInput } from "@atlas/shared/auth";
import { createUser } from "../auth/users/create-user.ts";
import { listUsers } from "../auth/users/list-users.ts";
import { resetPassword } from "../auth/users/reset-password.ts";
import { signInLog } from "../auth/users/sign-in-log.ts";
import { updateUser } from "../auth/users/update-user.ts";
import { adminProcedure, router } from "../trpc.ts";

const usersRouter = router({
  list: adminProcedure.query(({ ctx }) => listUsers({ prisma: ctx.prisma, now: ctx.clock.now() })),
  create: adminProcedure
    .input(ZCreateUserInput)
    .mutation(({ ctx, input }) => createUser({ prisma: ctx.prisma, actorId: ctx.user.id, input, now: ctx.clock.now() })),
  /** name, role, isActive; CONFLICT on a stale version. A role change or deactivation ends the user's sessions. */
  update: adminProcedure
    .input(ZUpdateUserInput)
    .mutation(({ ctx, input }) => updateUser({ prisma: ctx.prisma, actorId: ctx.user.id, input, now: ctx.clock.now() })),
  /** A temporary password, shown once; the user must change it at next sign-in. */
  resetPassword: adminProcedure
    .input(ZResetPasswordInput)
    .mutation(({ ctx, input }) => resetPassword({ prisma: ctx.prisma, actorId: ctx.user.id, id: input.id, now: ctx.clock.now() })),
  signInLog: adminProcedure.input(ZSignInLogInput).query(({ ctx, input }) => signInLog({ prisma: ctx.prisma, limit: input.limit })),
});

export const adminRouter = router({
  users: usersRouter,
});
