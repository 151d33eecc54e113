// The session cookie. Procedures set and clear it through a CookieSink, so they do
// not depend on Fastify; tests use the recording sink.
export const SESSION_COOKIE = "atlas_session";

export type CookieOptions = { httpOnly: true; sameSite: "lax"; path: "/"; secure: boolean };

export type CookieSink = {
  set(name: string, value: string, options: CookieOptions): void;
  clear(name: string, options: CookieOptions): void;
};

/**
 * HttpOnly: scripts cannot read it. SameSite=Lax: other sites' forms and fetches do not
 * carry it. No Max-Age: it ends with the browser; the server enforces idle and absolute expiry.
 */
export function sessionCookieOptions(secure: boolean): CookieOptions {
  return { httpOnly: true, sameSite: "lax", path: "/", secure };
}

export type RecordedCookie = { name: string; value: string | null; options: CookieOptions };

/** Remembers what was set and cleared: the default outside HTTP, and what tests inspect. */
export function recordingCookieSink(): CookieSink & { log: RecordedCookie[]; value(name: string): string | null } {
  const log: RecordedCookie[] = [];
  return {
    log,
    set: (name, value, options) => void log.push({ name, value, options }),
    clear: (name, options) => void log.push({ name, value: null, options }),
    value: (name) => log.findLast((c) => c.name === name)?.value ?? null,
  };
}
