// HTTP behaviour of accounts and protection, through Fastify's inject() on the real app:
// cookies, status codes, the cross-site guard, security headers and the log.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import { buildApp, type FastifyInstance, type InjectOptions, type LightMyRequestResponse } from "@atlas/server/app";
import { readEnv } from "@atlas/server/env";
import type { Clock } from "@atlas/server/auth/settings";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor } from "../support/callers.ts";

// The server listens on the default HOST (127.0.0.1), so its host allow-list accepts
// loopback names on any port; tests/http/abuse.test.ts covers refused hosts.
const host = "localhost:3000";
const origin = `http://${host}`;
const password = "Секретный-пароль-42";

let db: Database;
let clientDir: string;
let now = Date.now();
const clock: Clock = { now: () => new Date(now), sleep: async () => {} };
const logLines: string[] = [];
const logStream = new Writable({
  write(chunk, _encoding, done) {
    logLines.push(String(chunk));
    done();
  },
});

/** The test's environment; a variable given as undefined is left unset. */
function envWith(extra: Record<string, string | undefined> = {}) {
  const vars: Record<string, string | undefined> = {
    ATLAS_DEMO: "false",
    LOG_LEVEL: "trace",
    ATLAS_CLIENT_DIR: clientDir,
    ATLAS_MAP_TILE_URL: "https://{s}.tiles.example.org/{z}/{x}/{y}.png",
    ATLAS_MAP_TILE_ATTRIBUTION: "© Тайлы для теста",
    ...extra,
  };
  return readEnv(Object.fromEntries(Object.entries(vars).filter(([, v]) => v !== undefined)));
}

let app: FastifyInstance;
const extraApps: FastifyInstance[] = [];
async function anotherApp(extra: Record<string, string | undefined>) {
  const other = await buildApp({ db, env: envWith(extra), logStream, clock });
  extraApps.push(other);
  return other;
}

type Call = { method?: "GET" | "POST"; input?: unknown; cookie?: string; headers?: Record<string, string>; remoteAddress?: string; on?: FastifyInstance };

/** One tRPC call the way the web client makes it (plain JSON, JSON POST from the app's own origin). */
async function trpc(procedure: string, { method = "GET", input, cookie, headers = {}, remoteAddress, on = app }: Call = {}) {
  // A mutation without input (auth.signOut) still sends a JSON body: "{}", as the batching client does.
  const serialized = input === undefined ? "{}" : JSON.stringify(input);
  const options: InjectOptions = {
    method,
    url: `/trpc/${procedure}${method === "GET" && input !== undefined ? `?input=${encodeURIComponent(serialized)}` : ""}`,
    headers: {
      host,
      ...(method === "POST" ? { "content-type": "application/json", origin, "sec-fetch-site": "same-origin" } : {}),
      ...(cookie ? { cookie } : {}),
      ...headers,
    },
    ...(method === "POST" ? { payload: serialized } : {}),
    ...(remoteAddress ? { remoteAddress } : {}),
  };
  // A header given as "" is left out (a client that sends none).
  for (const [name, value] of Object.entries(options.headers ?? {})) if (value === "") delete (options.headers as Record<string, unknown>)[name];
  const res = await on.inject(options);
  return { res, body: parse(res) };
}

function parse(res: LightMyRequestResponse) {
  try {
    const body = res.json() as { result?: { data: unknown }; error?: { message: string; code: string; data: Record<string, unknown> } };
    return { data: body.result?.data, error: body.error };
  } catch {
    return { data: undefined, error: undefined };
  }
}

const sessionCookie = (res: LightMyRequestResponse) => res.cookies.find((c) => c.name === "atlas_session");
const setCookieHeader = (res: LightMyRequestResponse) => [res.headers["set-cookie"] ?? []].flat().join("\n");

async function signIn(email: string, pw = password, extra: Partial<Call> = {}) {
  const { res, body } = await trpc("auth.signIn", { method: "POST", input: { email, password: pw }, ...extra });
  const cookie = sessionCookie(res);
  return { res, body, token: cookie?.value ?? null, cookie: cookie ? `atlas_session=${cookie.value}` : "" };
}

beforeAll(async () => {
  db = await openTestDatabase();
  const c = await callersFor(db);
  for (const [email, role] of [
    ["viewer@vologda.example", "VIEWER"],
    ["editor@vologda.example", "EDITOR"],
    ["target@vologda.example", "VIEWER"],
    ["owner@vologda.example", "VIEWER"],
  ] as const) {
    await c.admin.admin.users.create({ email, name: email, role, password, mustChangePassword: false });
  }
  clientDir = mkdtempSync(path.join(os.tmpdir(), "atlas-client-"));
  writeFileSync(path.join(clientDir, "index.html"), "<!doctype html><title>Атлас</title>");
  app = await buildApp({ db, env: envWith(), logStream, clock });
});
afterAll(async () => {
  for (const a of extraApps) await a.close();
  await app?.close();
  await db?.close();
  if (clientDir) rmSync(clientDir, { recursive: true, force: true });
});

describe("security headers", () => {
  it.each(["/", "/trpc/auth.me", "/healthz", "/no/such/page.js"])(
    "%s carries a Content-Security-Policy allowing only the app and the tile host",
    async (url) => {
      const res = await app.inject({ method: "GET", url, headers: { host } });
      const csp = String(res.headers["content-security-policy"] ?? "");
      const directives = Object.fromEntries(
        csp
          .split(";")
          .map((d) => d.trim().split(/\s+/))
          .map(([name, ...values]) => [name, values]),
      );
      expect(directives["default-src"]).toEqual(["'self'"]);
      expect(directives["script-src"]).toEqual(["'self'"]);
      expect(directives["connect-src"]).toEqual(["'self'"]);
      expect(directives["img-src"]).toEqual(["'self'", "data:", "blob:", "https://*.tiles.example.org"]);
      expect(directives["frame-ancestors"]).toEqual(["'none'"]);
      expect(directives["object-src"]).toEqual(["'none'"]);
      expect(csp).not.toMatch(/unsafe-eval/);
      expect(res.headers["x-content-type-options"]).toBe("nosniff");
      expect(res.headers["referrer-policy"]).toBe("same-origin");
    },
  );

  it("keeps API answers and the page out of caches", async () => {
    expect((await app.inject({ method: "GET", url: "/", headers: { host } })).headers["cache-control"]).toBe("no-store");
    expect((await app.inject({ method: "GET", url: "/partners/123", headers: { host } })).headers["cache-control"]).toBe("no-store");
    expect((await trpc("auth.me")).res.headers["cache-control"]).toBe("no-store");
  });

  it("tells the client the tile server and attribution", async () => {
    const { body } = await trpc("auth.publicConfig");
    expect(body.data).toMatchObject({
      demo: false,
      demoAccounts: [],
      map: { tileUrl: "https://{s}.tiles.example.org/{z}/{x}/{y}.png", attribution: "© Тайлы для теста" },
    });
  });

  it("without a configured tile server allows no outside host at all", async () => {
    const offline = await anotherApp({ ATLAS_MAP_TILE_URL: undefined, ATLAS_MAP_TILE_ATTRIBUTION: undefined });
    const res = await offline.inject({ method: "GET", url: "/", headers: { host } });
    const csp = String(res.headers["content-security-policy"]);
    expect(csp).toMatch(/img-src 'self' data: blob:;/);
    expect(csp).not.toMatch(/https?:\/\//);
    expect((await trpc("auth.publicConfig", { on: offline })).body.data).toMatchObject({ map: { tileUrl: null, attribution: null } });
  });

  it("refuses a tile URL that is not an http(s) template at start", () => {
    expect(() => envWith({ ATLAS_MAP_TILE_URL: "javascript:alert(1)" })).toThrow(/ATLAS_MAP_TILE_URL/);
    expect(() => envWith({ ATLAS_MAP_TILE_URL: "https://{x}.evil/{z}" })).toThrow(/ATLAS_MAP_TILE_URL/);
  });
});

describe("sessions over HTTP", () => {
  it("an unauthenticated partner.list answers 401", async () => {
    const { res, body } = await trpc("partner.list", { input: {} });
    expect(res.statusCode).toBe(401);
    expect(body.error?.data.code).toBe("UNAUTHORIZED");
  });

  it("a viewer signs in with an HttpOnly SameSite=Lax cookie, auth.me says viewer, and meeting.create answers 403", async () => {
    const { res, body, cookie } = await signIn("viewer@vologda.example");
    expect(res.statusCode).toBe(200);
    expect(body.data).toMatchObject({ email: "viewer@vologda.example", role: "VIEWER" });
    expect(sessionCookie(res)).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    expect(sessionCookie(res)?.secure).toBeFalsy();
    expect(setCookieHeader(res)).toMatch(/atlas_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax/);
    expect(res.headers["cache-control"]).toBe("no-store");

    const me = await trpc("auth.me", { cookie });
    expect(me.body.data).toMatchObject({ role: "VIEWER" });
    expect((await trpc("partner.list", { input: {}, cookie })).res.statusCode).toBe(200);

    const create = await trpc("meeting.create", { method: "POST", input: {}, cookie });
    expect(create.res.statusCode).toBe(403);
    expect(create.body.error?.data.code).toBe("FORBIDDEN");
  });

  it("marks the cookie Secure over https, trusting X-Forwarded-Proto only with TRUST_PROXY", async () => {
    const viaProxy = { headers: { "x-forwarded-proto": "https", origin: `https://${host}` } };
    const untrusted = await signIn("viewer@vologda.example", password, viaProxy);
    expect(untrusted.res.statusCode).toBe(200);
    expect(sessionCookie(untrusted.res)?.secure).toBeFalsy();

    const behindProxy = await anotherApp({ TRUST_PROXY: "true" });
    const trusted = await signIn("viewer@vologda.example", password, { ...viaProxy, on: behindProxy });
    expect(trusted.res.statusCode).toBe(200);
    expect(sessionCookie(trusted.res)?.secure).toBe(true);
    expect(setCookieHeader(trusted.res)).toMatch(/; Secure/);
  });

  it.each([
    ["true", "203.0.113.5"],
    ["127.0.0.1, 10.0.0.0/8", "203.0.113.6"],
  ])("behind a trusted proxy (TRUST_PROXY=%s) records the address the proxy saw, not one the client wrote", async (trustProxy, client) => {
    const behindProxy = await anotherApp({ TRUST_PROXY: trustProxy });
    const ips = async () => (await db.prisma.signInAttempt.findMany({ where: { email: "viewer@vologda.example" }, select: { ip: true } })).map((a) => a.ip);
    const before = await ips();
    await signIn("viewer@vologda.example", "не тот пароль", { on: behindProxy, headers: { "x-forwarded-for": `6.6.6.6, ${client}` } });
    const added = (await ips()).filter((ip) => !before.includes(ip));
    expect(added).toEqual([client]);
  });

  it("sign-out ends the session on the server and clears the cookie", async () => {
    const { cookie } = await signIn("editor@vologda.example");
    expect((await trpc("auth.me", { cookie })).body.data).toMatchObject({ role: "EDITOR" });
    const out = await trpc("auth.signOut", { method: "POST", cookie });
    expect(out.res.statusCode).toBe(200);
    expect(setCookieHeader(out.res)).toMatch(/atlas_session=; .*(Max-Age=0|Expires=Thu, 01 Jan 1970)/);
    // The old cookie, replayed, opens nothing.
    const replay = await trpc("partner.list", { input: {}, cookie });
    expect(replay.res.statusCode).toBe(401);
    expect((await trpc("auth.me", { cookie })).body.data).toBeNull();
  });

  it("an idle session expires: the next request is anonymous and the cookie is cleared", async () => {
    const { cookie } = await signIn("editor@vologda.example");
    now += 121 * 60_000;
    try {
      const me = await trpc("auth.me", { cookie });
      expect(me.body.data).toBeNull();
      expect(setCookieHeader(me.res)).toMatch(/atlas_session=;/);
    } finally {
      now = Date.now();
    }
  });
});

describe("wrong passwords", () => {
  it("after 10 failures from one address the 11th answers 429 with Retry-After in minutes, even with the right password; X-Forwarded-For is not trusted", async () => {
    // Ten different accounts, so that only the address's limit (not an account's wait) refuses.
    for (let i = 0; i < 10; i++) {
      const { res } = await signIn(`nobody-${i}@vologda.example`, `guess-${i}`, { remoteAddress: "192.0.2.99", headers: { "x-forwarded-for": `10.0.0.${i}` } });
      expect(res.statusCode).toBe(401);
    }
    const locked = await signIn("target@vologda.example", password, { remoteAddress: "192.0.2.99" });
    expect(locked.res.statusCode).toBe(429);
    expect(locked.token).toBeNull();
    const retryAfter = Number(locked.res.headers["retry-after"]);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(locked.body.error?.data.retryAfterSeconds).toBe(retryAfter);
    expect(locked.body.error?.message).toMatch(/Повторите через \d+ мин/);
    const ips = await db.prisma.signInAttempt.findMany({ where: { email: { startsWith: "nobody-" } }, select: { ip: true }, distinct: ["ip"] });
    expect(ips).toEqual([{ ip: "192.0.2.99" }]);
    // The account is not locked: from elsewhere the right password works.
    expect((await signIn("target@vologda.example", password, { remoteAddress: "192.0.2.100" })).res.statusCode).toBe(200);
  });

  it("after 5 wrong passwords for one account the next attempt waits 2 s (Retry-After), then the right password signs in", async () => {
    for (let i = 0; i < 5; i++) {
      const { res } = await signIn("owner@vologda.example", `guess-${i}`, { remoteAddress: `198.51.100.${i + 1}` });
      expect(res.statusCode).toBe(401);
    }
    const early = await signIn("owner@vologda.example", password, { remoteAddress: "198.51.100.50" });
    expect(early.res.statusCode).toBe(429);
    expect(early.token).toBeNull();
    expect(early.res.headers["retry-after"]).toBe("2");
    expect(early.body.error?.data.retryAfterSeconds).toBe(2);
    expect(early.body.error?.message).toBe("Слишком много неудачных попыток входа. Повторите через 2 с.");
    now += 2000;
    try {
      const later = await signIn("owner@vologda.example", password, { remoteAddress: "198.51.100.50" });
      expect(later.res.statusCode).toBe(200);
      expect(later.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    } finally {
      now = Date.now();
    }
  });
});

describe("cross-site requests", () => {
  const attempts = () => db.prisma.signInAttempt.count({ where: { email: "viewer@vologda.example" } });

  it.each([
    ["a text/plain form post", { "content-type": "text/plain", origin: "https://evil.example" }],
    ["a text/plain post without Origin", { "content-type": "text/plain" }],
    ["a urlencoded form post", { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" }],
    ["a multipart form post", { "content-type": "multipart/form-data; boundary=x", origin }],
    ["JSON from another origin", { origin: "https://evil.example" }],
    ["JSON from the same host on another port", { origin: "http://localhost:8080" }],
    ["JSON marked cross-site by the browser", { "sec-fetch-site": "cross-site" }],
    ["JSON from a sibling subdomain", { "sec-fetch-site": "same-site", origin: "http://evil.localhost:3000" }],
  ])("refuses %s with 403 before tRPC runs", async (_what, headers: Record<string, string>) => {
    const before = await attempts();
    const payload = headers["content-type"]?.startsWith("application/x-www")
      ? `email=viewer%40vologda.example&password=${encodeURIComponent(password)}`
      : JSON.stringify({ email: "viewer@vologda.example", password });
    const res = await app.inject({
      method: "POST",
      url: "/trpc/auth.signIn",
      headers: { host, "content-type": "application/json", ...headers },
      payload,
    });
    expect(res.statusCode).toBe(403);
    expect(sessionCookie(res)).toBeUndefined();
    expect(await attempts()).toBe(before);
  });

  it("accepts a same-origin JSON mutation, and JSON from a non-browser client without Origin", async () => {
    const { cookie } = await signIn("editor@vologda.example");
    const created = await trpc("partner.create", { method: "POST", input: { name: "Республика Казахстан", level: "COUNTRY", isoCode: "KZ" }, cookie });
    expect(created.res.statusCode).toBe(200);
    expect(created.body.data).toMatchObject({ name: "Республика Казахстан" });
    const curl = await trpc("auth.signIn", {
      method: "POST",
      input: { email: "viewer@vologda.example", password },
      headers: { origin: "", "sec-fetch-site": "" },
    });
    expect(curl.res.statusCode).toBe(200);
  });

  it("with ATLAS_PUBLIC_ORIGIN, only that origin may post", async () => {
    const pinned = await anotherApp({ ATLAS_PUBLIC_ORIGIN: "https://atlas.example.gov/" });
    const input = { email: "viewer@vologda.example", password };
    expect((await trpc("auth.signIn", { method: "POST", input, on: pinned })).res.statusCode).toBe(403);
    expect((await trpc("auth.signIn", { method: "POST", input, on: pinned, headers: { origin: "https://atlas.example.gov" } })).res.statusCode).toBe(200);
  });

  it("leaves GET queries alone", async () => {
    const res = await trpc("auth.publicConfig", { headers: { "sec-fetch-site": "cross-site", origin: "https://evil.example" } });
    expect(res.res.statusCode).toBe(200);
  });
});

describe("the log", () => {
  it("never holds a password, a password hash or a session token", async () => {
    const secret = "Очень-секретный-пароль-в-логе-77";
    const c = await callersFor(db);
    await c.admin.admin.users.create({ email: "logged@vologda.example", name: "Логируемый", role: "VIEWER", password: secret, mustChangePassword: false });
    const first = logLines.length;

    const good = await signIn("logged@vologda.example", secret);
    expect(good.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await signIn("logged@vologda.example", `${secret}-wrong`);
    await trpc("auth.me", { cookie: good.cookie });
    // A misdirected GET puts the password into the URL; the log must not repeat it.
    await trpc("auth.signIn", { input: { email: "logged@vologda.example", password: secret } });
    const changed = await trpc("auth.changePassword", {
      method: "POST",
      cookie: good.cookie,
      input: { currentPassword: secret, newPassword: `${secret}-new` },
    });
    const renewedToken = sessionCookie(changed.res)?.value;
    expect(renewedToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await trpc("auth.signOut", { method: "POST", cookie: `atlas_session=${renewedToken}` });

    const log = logLines.slice(first).join("");
    const hash = (await db.prisma.user.findUniqueOrThrow({ where: { email: "logged@vologda.example" } })).passwordHash!;
    // The log did record these requests, so the assertions below are about a real log.
    expect(log).toMatch(/auth\.signIn/);
    expect(log).toMatch(/incoming request/);
    for (const forbidden of [secret, encodeURIComponent(secret), good.token!, renewedToken!, hash, hash.split("$").at(-1)!]) {
      expect(log).not.toContain(forbidden);
    }
    expect(log).not.toMatch(/atlas_session=[A-Za-z0-9_-]{10}/);
  });
});

describe("a limit on the expensive reads", () => {
  it("answers 429 with Retry-After once a session passes its calls a minute, counts batched calls, and leaves other reads and sessions alone", async () => {
    const limited = await buildApp({ db, env: envWith({ ATLAS_READ_RATE_PER_MINUTE: "3" }), logStream, clock });
    try {
      const { cookie } = await signIn("viewer@vologda.example");
      const other = (await signIn("editor@vologda.example")).cookie;
      const summary = () => trpc("dashboard.summary", { input: { filter: {} }, cookie, on: limited });
      for (let i = 0; i < 3; i++) expect((await summary()).res.statusCode).toBe(200);
      const refused = await summary();
      expect(refused.res.statusCode).toBe(429);
      expect(Number(refused.res.headers["retry-after"])).toBeGreaterThan(0);
      expect(refused.res.json()).toMatchObject({
        error: { code: "TOO_MANY_REQUESTS", message: expect.stringMatching(/^Слишком много запросов сводных данных\. Повторите через \d+ с\.$/) },
      });
      // Cheap reads go on; another session has its own allowance, and a batch counts each expensive call in it.
      expect((await trpc("partner.list", { input: {}, cookie, on: limited })).res.statusCode).toBe(200);
      const batch = await limited.inject({
        method: "GET",
        url: `/trpc/dashboard.summary,timeline.list,partner.list?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: { filter: {} }, 1: { filter: {} }, 2: {} }))}`,
        headers: { host, cookie: other },
      });
      expect(batch.statusCode).toBe(200);
      const third = await trpc("partner.dossier", { input: { id: "00000000-0000-4000-8000-000000000000" }, cookie: other, on: limited });
      expect(third.res.statusCode).not.toBe(429);
      expect((await trpc("dashboard.signals", { input: { filter: {} }, cookie: other, on: limited })).res.statusCode).toBe(429);
    } finally {
      await limited.close();
    }
  });
});
