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
  if (idleSince >= touchIntervalMs) {
    await prisma.session.updateMany({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  const { isActive: _active, ...user } = session.user;
  return { sessionId, user };
}

export async function endSession(prisma: Tx, sessionId: string): Promise<void> {
  await prisma.session.deleteMany({ where: { id: sessionId } });
}

/** Ends every session of a user (deactivation, role or password change), optionally but one. */
export async function endUserSessions(prisma: Tx, userId: string, exceptSessionId?: string | null): Promise<number> {
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
