// Wrong passwords are limited per account and per address, counted from the
// SignInAttempt table so the limit holds across server instances and restarts.
import type { TSignInFailureReason } from "@atlas/shared/auth";
import type { Tx } from "../db.ts";
import { AppError } from "../errors.ts";
import type { AuthSettings } from "./settings.ts";

/** Failures that count towards the limit: guesses. LOCKED answers do not, so hammering cannot extend a lockout forever. */
const countedReasons: TSignInFailureReason[] = ["UNKNOWN_USER", "WRONG_PASSWORD"];

/** TOO_MANY_REQUESTS with the time until the next attempt is accepted (error data and Retry-After). */
export class SignInLockedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super("TOO_MANY_REQUESTS", `Слишком много неудачных попыток входа. Повторите через ${minutes} мин.`);
  }
}

export type AttemptState = { locked: false; recentFailures: number } | { locked: true; retryAfterSeconds: number };

/**
 * Locked when the account has `maxFailures` wrong passwords in a row within the window
 * (a successful sign-in starts the count again), or the address has `maxFailures`
 * failures within the window whatever the account. The lock lifts when the oldest of
 * those failures leaves the window.
 */
export async function attemptState({
  prisma,
  email,
  ip,
  settings,
  now,
}: {
  prisma: Tx;
  email: string;
  ip: string;
  settings: AuthSettings;
  now: Date;
}): Promise<AttemptState> {
  const windowMs = settings.failureWindowMinutes * 60_000;
  const since = new Date(now.getTime() - windowMs);
  const take = settings.maxFailures;
  const [byAccount, byAddress] = await Promise.all([
    prisma.signInAttempt.findMany({
      where: { email, at: { gt: since }, OR: [{ success: true }, { reason: { in: countedReasons } }] },
      orderBy: { at: "desc" },
      take,
      select: { at: true, success: true },
    }),
    prisma.signInAttempt.findMany({
      where: { ip, at: { gt: since }, success: false, reason: { in: countedReasons } },
      orderBy: { at: "desc" },
      take,
      select: { at: true },
    }),
  ]);
  const firstSuccess = byAccount.findIndex((a) => a.success);
  const accountFailures = firstSuccess === -1 ? byAccount : byAccount.slice(0, firstSuccess);
  const unlockTimes: number[] = [];
  if (accountFailures.length >= take) unlockTimes.push(accountFailures[take - 1]!.at.getTime() + windowMs);
  if (byAddress.length >= take) unlockTimes.push(byAddress[take - 1]!.at.getTime() + windowMs);
  if (unlockTimes.length > 0) {
    return { locked: true, retryAfterSeconds: Math.max(1, Math.ceil((Math.max(...unlockTimes) - now.getTime()) / 1000)) };
  }
  return { locked: false, recentFailures: Math.max(accountFailures.length, byAddress.length) };
}

/** A short pause after a failure that grows with the failures before it: 100 ms, 200 ms, … up to 1 s. */
export function failureDelayMs(previousFailures: number): number {
  return Math.min(1000, 100 * (previousFailures + 1));
}

export async function recordAttempt(
  prisma: Tx,
  attempt: { email: string; ip: string; userAgent: string | null; success: boolean; reason: TSignInFailureReason | null; at: Date },
): Promise<void> {
  await prisma.signInAttempt.create({ data: attempt });
}
