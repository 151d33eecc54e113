import type { TResetPasswordResult } from "@atlas/shared/auth";
import type { PrismaClient } from "../../db.ts";
import { AppError, notFound } from "../../errors.ts";
import { recordChange } from "../../services/common/change-log.ts";
import { generatePassword, hashPassword } from "../passwords.ts";
import { endUserSessions } from "../sessions.ts";
import { isDemoEmail } from "../sign-in.ts";

/**
 * Gives the user a random temporary password, shown once to the administrator, and
 * ends their sessions; until they choose a new one, only auth.* answers them.
 */
export async function resetPassword({
  prisma,
  actorId,
  id,
  now,
}: {
  prisma: PrismaClient;
  actorId: string;
  id: string;
  now: Date;
}): Promise<TResetPasswordResult> {
  const user = await prisma.user.findUnique({ where: { id }, select: { email: true } });
  if (!user) throw notFound("user", id);
  // A demo account's password is fixed ("demo") and cannot be changed, so a reset would lock it out.
  if (isDemoEmail(user.email)) throw new AppError("BAD_REQUEST", "auth.demoPasswordNotReset");
  const temporaryPassword = generatePassword();
  const passwordHash = await hashPassword(temporaryPassword);
  await prisma.$transaction(async (tx) => {
    const written = await tx.user.updateMany({
      where: { id },
      data: { passwordHash, mustChangePassword: true, passwordChangedAt: now, version: { increment: 1 } },
    });
    if (written.count !== 1) throw notFound("user", id);
    await endUserSessions(tx, id);
    // The log says that the password was reset, never what to.
    await recordChange(tx, { entity: "user", recordId: id, action: "UPDATE", userId: actorId, changes: { password: { from: null, to: "reset" } } });
  });
  return { temporaryPassword };
}
