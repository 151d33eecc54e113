// Signing in and changing one's password. Services: no tRPC, no HTTP; the procedures
// in routers/auth.ts set the cookie.
import type { z } from "zod";
import type { TSessionUser, ZChangePasswordInput, ZSignInInput } from "@atlas/shared/auth";
import type { PrismaClient } from "../db.ts";
import { AppError, problem } from "../errors.ts";
import { hashPassword, needsRehash, verifyDummyPassword, verifyPassword } from "./passwords.ts";
import { attemptState, failureDelayMs, recordAttempt, SignInLockedError } from "./rate-limit.ts";
import { createSession, endSession, endUserSessions, type RequestInfo } from "./sessions.ts";
import type { AuthSettings, Clock } from "./settings.ts";

const sessionUserSelect = { id: true, email: true, name: true, role: true, mustChangePassword: true } as const;

const wrongCredentials = () => new AppError("UNAUTHORIZED", "auth.wrongCredentials");

export type SignInResult = { user: TSessionUser; token: string; expiresAt: Date };

export async function signIn({
  prisma,
  input,
  request,
  settings,
  clock,
  previousSessionId,
}: {
  prisma: PrismaClient;
  input: z.output<typeof ZSignInInput>;
  request: RequestInfo;
  settings: AuthSettings;
  clock: Clock;
  /** A session the browser already had: replaced, so a planted cookie never becomes a signed-in one. */
  previousSessionId: string | null;
}): Promise<SignInResult> {
  const { email, password } = input;
  const now = clock.now();
  const base = { email: loggableLogin(email), ip: request.ip, userAgent: request.userAgent };

  const state = await attemptState({ prisma, email: base.email, ip: request.ip, settings, now });
  if (state.locked) {
    await recordAttempt(prisma, { ...base, success: false, reason: state.reason, at: now });
    throw new SignInLockedError(state.retryAfterSeconds);
  }

  const user = await prisma.user.findUnique({ where: { email }, select: { ...sessionUserSelect, isActive: true, passwordHash: true } });
  const valid = user?.passwordHash ? await verifyPassword(password, user.passwordHash) : await verifyDummyPassword(password);
  if (!user || !valid) {
    await recordAttempt(prisma, { ...base, success: false, reason: user ? "WRONG_PASSWORD" : "UNKNOWN_USER", at: now });
    await clock.sleep(failureDelayMs(state.recentFailures));
    throw wrongCredentials();
  }
  if (!user.isActive) {
    // Said only to someone who knows the password.
    await recordAttempt(prisma, { ...base, success: false, reason: "INACTIVE", at: now });
    throw new AppError("UNAUTHORIZED", "auth.accountDisabled");
  }

  if (previousSessionId) await endSession(prisma, previousSessionId);
  const session = await createSession({ prisma, userId: user.id, request, settings, now });
  await recordAttempt(prisma, { ...base, success: true, reason: null, at: now });
  const rehash = user.passwordHash && needsRehash(user.passwordHash) ? await hashPassword(password) : null;
  await prisma.user.update({ where: { id: user.id }, data: { lastSignInAt: now, ...(rehash ? { passwordHash: rehash } : {}) } });
  const { isActive: _a, passwordHash: _h, ...sessionUser } = user;
  return { user: sessionUser, token: session.token, expiresAt: session.expiresAt };
}

export async function getSessionUser({ prisma, userId }: { prisma: PrismaClient; userId: string }): Promise<TSessionUser | null> {
  return prisma.user.findFirst({ where: { id: userId, isActive: true }, select: sessionUserSelect });
}

/**
 * Any signed-in user changes their own password. Every session of the user ends and a
 * new one starts for this browser. A wrong current password counts as a failed
 * sign-in, so a left-open session cannot be used to guess it.
 */
export async function changePassword({
  prisma,
  userId,
  input,
  request,
  settings,
  clock,
}: {
  prisma: PrismaClient;
  userId: string;
  input: z.output<typeof ZChangePasswordInput>;
  request: RequestInfo;
  settings: AuthSettings;
  clock: Clock;
}): Promise<SignInResult> {
  const now = clock.now();
  const user = await prisma.user.findFirst({ where: { id: userId, isActive: true }, select: { email: true, passwordHash: true } });
  if (!user) throw new AppError("UNAUTHORIZED", "request.signInRequired");
  if (isDemoEmail(user.email)) throw new AppError("FORBIDDEN", "auth.demoPasswordUnchangeable");
  const base = { email: user.email, ip: request.ip, userAgent: request.userAgent };
  const state = await attemptState({ prisma, email: user.email, ip: request.ip, settings, now });
  if (state.locked) {
    await recordAttempt(prisma, { ...base, success: false, reason: state.reason, at: now });
    throw new SignInLockedError(state.retryAfterSeconds);
  }
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    await recordAttempt(prisma, { ...base, success: false, reason: "WRONG_PASSWORD", at: now });
    await clock.sleep(failureDelayMs(state.recentFailures));
    throw new AppError("BAD_REQUEST", "auth.wrongCurrentPassword", { fieldErrors: { currentPassword: [problem("auth.wrongCurrentPassword")] } });
  }
  if (input.newPassword === input.currentPassword) {
    throw new AppError("BAD_REQUEST", "auth.samePassword", { fieldErrors: { newPassword: [problem("auth.chooseAnotherPassword")] } });
  }
  const passwordHash = await hashPassword(input.newPassword);
  return prisma.$transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, mustChangePassword: false, passwordChangedAt: now, version: { increment: 1 } },
      select: sessionUserSelect,
    });
    await endUserSessions(tx, userId);
    const session = await createSession({ prisma: tx, userId, request, settings, now });
    return { user: updated, token: session.token, expiresAt: session.expiresAt };
  });
}

/**
 * People sometimes type their password into the login field. What does not look like
 * a login name (no "@", or spaces) is not stored in the sign-in log as typed.
 */
export function loggableLogin(email: string): string {
  return /^[^\s@]+@[^\s@]+$/.test(email) ? email : "(не адрес)";
}

/** Demo accounts use the reserved "@demo" domain; they exist only on demo databases. */
export function isDemoEmail(email: string): boolean {
  return email.endsWith("@demo");
}
