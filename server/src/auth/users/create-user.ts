import type { z } from "zod";
import type { TUserListItem, ZCreateUserInput } from "@atlas/shared/auth";
import { AppError, problem } from "../../errors.ts";
import { recordChange, snapshot } from "../../services/common/change-log.ts";
import type { AdminWriteCall } from "../../services/common/service-call.ts";
import { hashPassword } from "../passwords.ts";
import { selectUser, userListSelect } from "./user-select.ts";

export async function createUser({ prisma, actorId, input, now }: AdminWriteCall<z.output<typeof ZCreateUserInput>>): Promise<TUserListItem> {
  const passwordHash = await hashPassword(input.password);
  return prisma.$transaction(async (tx) => {
    const taken = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (taken) {
      throw new AppError("CONFLICT", "auth.emailTaken", { fieldErrors: { email: [problem("auth.emailTaken")] } });
    }
    const user = await tx.user.create({
      data: {
        email: input.email,
        name: input.name,
        role: input.role,
        passwordHash,
        passwordChangedAt: now,
        mustChangePassword: input.mustChangePassword,
      },
      select: userListSelect,
    });
    const { email, name, role, mustChangePassword, isActive } = user;
    await recordChange(tx, {
      entity: "user",
      recordId: user.id,
      action: "CREATE",
      userId: actorId,
      changes: snapshot({ email, name, role, mustChangePassword, isActive }),
    });
    return selectUser(tx, user.id, now);
  });
}
