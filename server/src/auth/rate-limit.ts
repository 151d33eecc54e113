// Wrong passwords are limited per account and per address, counted from the
// SignInAttempt table so the limit holds across server instances and restarts.
//
// Per address: a hard limit (maxFailures guesses in the window, then 429 until the
// oldest leaves it), because one address guessing many accounts is an attack.
// Per account: no lock, a growing wait. A lock would let anyone lock the owner out by
// typing wrong passwords for their address; a wait only slows guessing down. After
// accountFreeFailures wrong passwords in a row, each further one must wait 2, 4, 8 …
// seconds (at most accountMaxDelaySeconds) after the latest before the next attempt
// on the account is even evaluated; attempts during the wait are refused unevaluated
// and do not count, so the wait never grows past the cap and the right password
// works as soon as it is over.
import type { TSignInFailureReason } from "@atlas/shared/auth";
import type { Tx } from "../db.ts";
import { AppError } from "../errors.ts";
import type { AuthSettings } from "./settings.ts";

/** Failures that count towards the limits: guesses. Refused attempts (LOCKED, THROTTLED) do not, so hammering cannot extend a wait. */
const countedReasons: TSignInFailureReason[] = ["UNKNOWN_USER", "WRONG_PASSWORD"];

/** TOO_MANY_REQUESTS with the time until the next attempt is accepted (error data and Retry-After). */
export class SignInLockedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    // Account waits are seconds, address locks minutes; each said in its own unit.
    super("TOO_MANY_REQUESTS", retryAfterSeconds < 60 ? "request.tooManySignIns" : "request.tooManySignInsMinutes", {
      params: retryAfterSeconds < 60 ? { seconds: retryAfterSeconds } : { minutes: Math.ceil(retryAfterSeconds / 60) },
    });
  }
}

export type AttemptState =
  | { locked: false; recentFailures: number }
  /** LOCKED: the address's limit; THROTTLED: the account's wait after wrong passwords. */
  | { locked: true; reason: "LOCKED" | "THROTTLED"; retryAfterSeconds: number };

/** Seconds the account must wait after its latest failure, given its failures in a row (0: none). */
export function accountDelaySeconds(failuresInARow: number, settings: Pick<AuthSettings, "accountFreeFailures" | "accountMaxDelaySeconds">): number {
  const beyond = failuresInARow - settings.accountFreeFailures + 1;
  if (beyond <= 0) return 0;
  return Math.min(settings.accountMaxDelaySeconds, 2 ** Math.min(beyond, 30));
}

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
  // Enough of the account's history to reach the longest wait (2^n ≥ the cap).
  const accountTake = settings.accountFreeFailures + Math.ceil(Math.log2(Math.max(2, settings.accountMaxDelaySeconds)));
  const [byAccount, byAddress] = await Promise.all([
    prisma.signInAttempt.findMany({
      where: { email, at: { gt: since }, OR: [{ success: true }, { reason: { in: countedReasons } }] },
      orderBy: { at: "desc" },
      take: accountTake,
      select: { at: true, success: true },
    }),
    prisma.signInAttempt.findMany({
      where: { ip, at: { gt: since }, success: false, reason: { in: countedReasons } },
      orderBy: { at: "desc" },
      take: settings.maxFailures,
      select: { at: true },
    }),
  ]);

  if (byAddress.length >= settings.maxFailures) {
    const unlockAt = byAddress[settings.maxFailures - 1]!.at.getTime() + windowMs;
    return { locked: true, reason: "LOCKED", retryAfterSeconds: secondsUntil(unlockAt, now) };
  }

  // A successful sign-in starts the count again.
  const firstSuccess = byAccount.findIndex((a) => a.success);
  const accountFailures = firstSuccess === -1 ? byAccount : byAccount.slice(0, firstSuccess);
  const delay = accountDelaySeconds(accountFailures.length, settings);
  if (delay > 0) {
    const evaluableAt = accountFailures[0]!.at.getTime() + delay * 1000;
    if (evaluableAt > now.getTime()) return { locked: true, reason: "THROTTLED", retryAfterSeconds: secondsUntil(evaluableAt, now) };
  }
  return { locked: false, recentFailures: Math.max(accountFailures.length, byAddress.length) };
}

function secondsUntil(time: number, now: Date): number {
  return Math.max(1, Math.ceil((time - now.getTime()) / 1000));
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
