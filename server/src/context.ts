import type { FastifyReply, FastifyRequest } from "fastify";
// Brings the cookie methods of @fastify/cookie into Fastify's types (also for the client, which follows AppRouter here).
import type {} from "@fastify/cookie";
import type { Database } from "@atlas/db/database";
import { recordingCookieSink, SESSION_COOKIE, sessionCookieOptions, type CookieSink } from "./auth/cookies.ts";
import { resolveSession, type RequestInfo, type SessionUser } from "./auth/sessions.ts";
import { defaultAuthSettings, systemClock, type AuthSettings, type Clock } from "./auth/settings.ts";
import { defaultHomeTimeZone, homeCalendar } from "./home-calendar.ts";
import type { HeavyReadGate } from "./heavy-reads.ts";

// Procedures and tests know the signed-in person as part of the context; sessions.ts, which
// resolves a cookie to that person, defines the type so it needs nothing from this file.
export type { SessionUser };

export type ContextOptions = {
  db: Database;
  user: SessionUser | null;
  /** The current session (hash of the cookie's token); signOut ends it. */
  sessionId?: string | null;
  request?: Partial<RequestInfo>;
  /** Where signIn/signOut put the session cookie; by default a recorder (tests). */
  cookies?: CookieSink;
  settings?: Partial<AuthSettings>;
  clock?: Partial<Clock>;
  /** The home region's time zone (ATLAS_TIME_ZONE): what "today" means for signals, overdue tasks and upcoming events. */
  timeZone?: string;
  /** The server's queue for the reads that cost the most; none in tests that call procedures directly. */
  heavyReads?: HeavyReadGate | null;
};

/** Everything a procedure may use; no HTTP in here, so tests build it directly. */
export function createContextInner({
  db,
  user,
  sessionId = null,
  request,
  cookies,
  settings,
  clock,
  timeZone = defaultHomeTimeZone,
  heavyReads = null,
}: ContextOptions) {
  const fullClock = { ...systemClock, ...clock } satisfies Clock;
  return {
    db,
    prisma: db.prisma,
    user,
    sessionId,
    request: { ip: "local", userAgent: null, secure: false, ...request } satisfies RequestInfo,
    cookies: cookies ?? recordingCookieSink(),
    settings: { ...defaultAuthSettings, ...settings } satisfies AuthSettings,
    clock: fullClock,
    calendar: homeCalendar(timeZone, () => fullClock.now()),
    heavyReads,
  };
}

export type Context = ReturnType<typeof createContextInner>;

const maxUserAgentLength = 400;

/** The tRPC context of an HTTP request: the session cookie resolved to a user. */
export function httpContextFactory({
  db,
  settings,
  clock = systemClock,
  timeZone,
  heavyReads = null,
}: {
  db: Database;
  settings: AuthSettings;
  clock?: Clock;
  timeZone?: string;
  heavyReads?: HeavyReadGate | null;
}) {
  return async ({ req, res }: { req: FastifyRequest; res: FastifyReply }): Promise<Context> => {
    // req.ip and req.protocol follow X-Forwarded-* only when TRUST_PROXY is on (Fastify's trustProxy).
    const request: RequestInfo = {
      ip: req.ip,
      userAgent: req.headers["user-agent"]?.slice(0, maxUserAgentLength) ?? null,
      secure: req.protocol === "https",
    };
    const cookies: CookieSink = {
      set: (name, value, options) => void res.setCookie(name, value, options),
      clear: (name, options) => void res.clearCookie(name, options),
    };
    const token = req.cookies[SESSION_COOKIE];
    const resolved = token ? await resolveSession({ prisma: db.prisma, token, settings, now: clock.now() }) : null;
    // A cookie that no longer opens a session is removed, so the browser stops sending it.
    if (token && !resolved) cookies.clear(SESSION_COOKIE, sessionCookieOptions(request.secure));
    return createContextInner({
      db,
      user: resolved?.user ?? null,
      sessionId: resolved?.sessionId ?? null,
      request,
      cookies,
      settings,
      clock,
      timeZone,
      heavyReads,
    });
  };
}
