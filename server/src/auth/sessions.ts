// Sessions live in the database, so every server instance sees them. The cookie holds
// a random 32-byte token; the table holds only its SHA-256, so a leaked table or
// backup signs nobody in.
import { createHash, randomBytes } from "node:crypto";
import type { Tx } from "../db.ts";
import type { TRole } from "@atlas/shared/enums";
import type { AuthSettings } from "./settings.ts";

export type RequestInfo = { ip: string; userAgent: string | null; secure: boolean };

/** The signed-in person as procedures see them. */
export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: TRole;
  /** Set after an administrator's reset: only auth.* answers until the password is changed. */
  mustChangePassword?: boolean;
};

const touchIntervalMs = 60_000;

/**
 * Sessions resolved in the last few seconds, so that a busy user's requests do not each
 * pay a database round trip before any work (issue 16). An entry is trusted for
 * `sessionCacheMs` of real time; idle and absolute limits are still checked against the
 * request's clock on every hit, and anything doubtful falls back to the database.
 * Revocation (sign-out, deactivation, role or password change) evicts this instance's
 * entries at once, and for `sessionCacheMs` afterwards that user's sessions are not
 * cached at all, so a read racing the revoking transaction cannot re-cache a row that is
 * about to be deleted. Another instance may honour a revoked session for at most
 * `sessionCacheMs`: the price of not asking the database every time.
 */
export const sessionCacheMs = 5_000;
const sessionCacheLimit = 10_000;
type CachedSession = { user: SessionUser; userId: string; lastSeenAt: number; expiresAt: number; cachedAt: number };
const sessionCache = new Map<string, CachedSession>();
/** Users whose sessions were revoked, and when (monotonic ms). */
const revokedUsers = new Map<string, number>();
const monotonicNow = () => performance.now();

function recentlyRevoked(userId: string): boolean {
  const at = revokedUsers.get(userId);
  if (at === undefined) return false;
  if (monotonicNow() - at < sessionCacheMs) return true;
  revokedUsers.delete(userId);
  return false;
}

function cacheSession(sessionId: string, entry: Omit<CachedSession, "cachedAt">) {
  if (recentlyRevoked(entry.userId)) return;
  // A bounded map: when full, the oldest entry (first in insertion order) goes.
  if (sessionCache.size >= sessionCacheLimit) sessionCache.delete(sessionCache.keys().next().value!);
  sessionCache.delete(sessionId);
  sessionCache.set(sessionId, { ...entry, cachedAt: monotonicNow() });
}

/** Drops this instance's cached sessions of a user (and caches none of them for a moment). */
export function forgetCachedSessions(userId: string) {
  revokedUsers.set(userId, monotonicNow());
  for (const [id, entry] of sessionCache) if (entry.userId === userId) sessionCache.delete(id);
}
const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

export function sessionIdOf(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

const minutes = (n: number) => n * 60_000;

export async function createSession({
  prisma,
  userId,
  request,
  settings,
  now,
}: {
  prisma: Tx;
  userId: string;
  request: RequestInfo;
  settings: AuthSettings;
  now: Date;
}): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
  const token = newSessionToken();
  const sessionId = sessionIdOf(token);
  const expiresAt = new Date(now.getTime() + minutes(settings.sessionMaxHours * 60));
  await prisma.session.create({
    data: { id: sessionId, userId, createdAt: now, lastSeenAt: now, expiresAt, ip: request.ip, userAgent: request.userAgent },
  });
  return { token, sessionId, expiresAt };
}

export type ResolvedSession = { sessionId: string; user: SessionUser };

/**
 * The user behind a session token, or null when the token is unknown, the session has
 * been idle too long or reached its absolute end, or the user is deactivated. Expired
 * sessions are deleted on the way. lastSeenAt is written at most once a minute.
 */
export async function resolveSession({
  prisma,
  token,
  settings,
  now,
}: {
  prisma: Tx;
  token: string;
  settings: AuthSettings;
  now: Date;
}): Promise<ResolvedSession | null> {
  if (!tokenPattern.test(token)) return null;
  const sessionId = sessionIdOf(token);
  const cached = sessionCache.get(sessionId);
  if (cached && monotonicNow() - cached.cachedAt < sessionCacheMs && !recentlyRevoked(cached.userId)) {
    const idleSince = now.getTime() - cached.lastSeenAt;
    if (cached.expiresAt > now.getTime() && idleSince < minutes(settings.sessionIdleMinutes)) {
      if (idleSince >= touchIntervalMs) {
        await prisma.session.updateMany({ where: { id: sessionId }, data: { lastSeenAt: now } });
        cached.lastSeenAt = now.getTime();
      }
      return { sessionId, user: cached.user };
    }
  }
  sessionCache.delete(sessionId);
  const session = await prisma.session.findUnique({
    where: { id: sessionId },
    select: {
      lastSeenAt: true,
      expiresAt: true,
      user: { select: { id: true, email: true, name: true, role: true, isActive: true, mustChangePassword: true } },
    },
  });
  if (!session) return null;
  const idleSince = now.getTime() - session.lastSeenAt.getTime();
  if (session.expiresAt <= now || idleSince >= minutes(settings.sessionIdleMinutes) || !session.user.isActive) {
    await prisma.session.deleteMany({ where: { id: sessionId } });
    return null;
  }
  let lastSeenAt = session.lastSeenAt.getTime();
  if (idleSince >= touchIntervalMs) {
    await prisma.session.updateMany({ where: { id: sessionId }, data: { lastSeenAt: now } });
    lastSeenAt = now.getTime();
  }
  const { isActive: _active, ...user } = session.user;
  cacheSession(sessionId, { user, userId: user.id, lastSeenAt, expiresAt: session.expiresAt.getTime() });
  return { sessionId, user };
}

export async function endSession(prisma: Tx, sessionId: string): Promise<void> {
  sessionCache.delete(sessionId);
  await prisma.session.deleteMany({ where: { id: sessionId } });
}

/** Ends every session of a user (deactivation, role or password change), optionally but one. */
export async function endUserSessions(prisma: Tx, userId: string, exceptSessionId?: string | null): Promise<number> {
  forgetCachedSessions(userId);
  const { count } = await prisma.session.deleteMany({
    where: { userId, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
  });
  return count;
}

/** Housekeeping: deletes sessions past either limit and sign-in attempts older than `keepAttemptsDays`. */
export async function pruneAuthTables({
  prisma,
  settings,
  now,
  keepAttemptsDays = 180,
}: {
  prisma: Tx;
  settings: AuthSettings;
  now: Date;
  keepAttemptsDays?: number;
}): Promise<{ sessions: number; attempts: number }> {
  const idleCutoff = new Date(now.getTime() - minutes(settings.sessionIdleMinutes));
  const sessions = await prisma.session.deleteMany({ where: { OR: [{ expiresAt: { lte: now } }, { lastSeenAt: { lte: idleCutoff } }] } });
  const attempts = await prisma.signInAttempt.deleteMany({ where: { at: { lt: new Date(now.getTime() - keepAttemptsDays * 86_400_000) } } });
  return { sessions: sessions.count, attempts: attempts.count };
}
