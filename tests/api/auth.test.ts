import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import type { SessionUser } from "@atlas/server/context";
import { recordingCookieSink, SESSION_COOKIE } from "@atlas/server/auth/cookies";
import { verifyPassword } from "@atlas/server/auth/passwords";
import { SignInLockedError } from "@atlas/server/auth/rate-limit";
import { resolveSession } from "@atlas/server/auth/sessions";
import { defaultAuthSettings, type Clock } from "@atlas/server/auth/settings";
import { prepareAccounts } from "@atlas/server/auth/accounts";
import { prepareDemo, type DemoSeeder } from "@atlas/server/demo";
import { readEnv } from "@atlas/server/env";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor, callerWith, failure } from "../support/callers.ts";

const minute = 60_000;

/** A clock the test moves by hand; the slow-down after wrong passwords is recorded, not waited for. */
function testClock(start = new Date("2026-03-02T09:00:00Z")) {
  let now = start.getTime();
  const sleeps: number[] = [];
  const clock: Clock = { now: () => new Date(now), sleep: async (ms) => void sleeps.push(ms) };
  return { clock, sleeps, advance: (ms: number) => void (now += ms), at: () => new Date(now) };
}

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;
const password = "Вологда-2026-секрет";

/** An account created by the administrator, ready to sign in (no forced change). */
async function account(email: string, role: "VIEWER" | "ANALYST" | "EDITOR" | "ADMIN" = "VIEWER", pw = password) {
  return c.admin.admin.users.create({ email, name: `Пользователь ${email}`, role, password: pw, mustChangePassword: false });
}

/** Signs in through the procedure, as a browser at `ip` would; returns the token the cookie got. */
async function signIn(email: string, pw: string, opts: { clock?: Clock; ip?: string; secure?: boolean } = {}) {
  const cookies = recordingCookieSink();
  const { caller } = callerWith({
    db,
    user: null,
    cookies,
    clock: opts.clock ?? { sleep: async () => {} },
    request: { ip: opts.ip ?? "10.0.0.1", secure: opts.secure ?? false },
  });
  const user = await caller.auth.signIn({ email, password: pw });
  const token = cookies.value(SESSION_COOKIE);
  if (!token) throw new Error("signIn set no cookie");
  return { user, token, cookies };
}

/** A caller acting through a session token, the way the HTTP context resolves it. */
async function asSession(token: string, now: Date, cookies = recordingCookieSink()) {
  const resolved = await resolveSession({ prisma: db.prisma, token, settings: defaultAuthSettings, now });
  return { resolved, ...callerWith({ db, user: resolved?.user ?? null, sessionId: resolved?.sessionId ?? null, cookies }) };
}

beforeAll(async () => {
  db = await openTestDatabase();
  c = await callersFor(db);
});
afterAll(async () => db?.close());

describe("passwords", () => {
  it("hashes the same password differently for two users, with scrypt parameters in the hash", async () => {
    await account("twin1@example.org");
    await account("twin2@example.org");
    const rows = await db.prisma.user.findMany({ where: { email: { in: ["twin1@example.org", "twin2@example.org"] } }, select: { passwordHash: true } });
    const [a, b] = rows.map((r) => r.passwordHash!);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^\$scrypt\$ln=\d+,r=\d+,p=\d+\$/);
    expect(a).not.toContain(password);
    expect(await verifyPassword(password, a)).toBe(true);
    expect(await verifyPassword(password, b)).toBe(true);
    expect(await verifyPassword(password + "x", a)).toBe(false);
  });
});

describe("sign-in and sessions", () => {
  it("signs in, sets an HttpOnly SameSite=Lax cookie and stores only the token's hash", async () => {
    await account("anna@example.org", "EDITOR");
    const { user, token, cookies } = await signIn("  Anna@Example.org ", password);
    expect(user).toMatchObject({ email: "anna@example.org", role: "EDITOR", mustChangePassword: false });
    expect(cookies.log).toEqual([{ name: SESSION_COOKIE, value: token, options: { httpOnly: true, sameSite: "lax", path: "/", secure: false } }]);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const hash = createHash("sha256").update(token).digest("hex");
    expect(await db.prisma.session.count({ where: { id: hash } })).toBe(1);
    expect(await db.prisma.session.count({ where: { id: token } })).toBe(0);
    const row = await db.prisma.session.findUniqueOrThrow({ where: { id: hash } });
    expect(row).toMatchObject({ ip: "10.0.0.1", userId: user.id });
  });

  it("marks the cookie Secure when the request came over https", async () => {
    const { cookies } = await signIn("anna@example.org", password, { secure: true });
    expect(cookies.log[0]?.options.secure).toBe(true);
  });

  it("answers a wrong password and an unknown email alike, and logs both", async () => {
    const t = testClock(new Date("2026-03-03T09:00:00Z"));
    const { caller } = callerWith({ db, user: null, clock: t.clock, request: { ip: "10.0.0.2" } });
    const wrong = await failure(caller.auth.signIn({ email: "anna@example.org", password: "не тот" }));
    const unknown = await failure(caller.auth.signIn({ email: "nobody@example.org", password: "не тот" }));
    expect(wrong.code).toBe("UNAUTHORIZED");
    expect(unknown.code).toBe("UNAUTHORIZED");
    expect(unknown.message).toBe(wrong.message);
    const log = await db.prisma.signInAttempt.findMany({ where: { ip: "10.0.0.2" }, orderBy: { at: "asc" } });
    expect(log.map((a) => [a.email, a.success, a.reason])).toEqual([
      ["anna@example.org", false, "WRONG_PASSWORD"],
      ["nobody@example.org", false, "UNKNOWN_USER"],
    ]);
  });

  it("does not store a login that looks like a password in the sign-in log", async () => {
    const { caller } = callerWith({ db, user: null, clock: { sleep: async () => {} }, request: { ip: "10.0.0.4" } });
    await failure(caller.auth.signIn({ email: "МойПароль 2026", password: "МойПароль 2026" }));
    const row = await db.prisma.signInAttempt.findFirstOrThrow({ where: { ip: "10.0.0.4" } });
    expect(row).toMatchObject({ email: "(не адрес)", reason: "UNKNOWN_USER" });
  });

  it("spends as long on an unknown email as on a wrong password (a dummy hash is checked)", async () => {
    const { caller } = callerWith({ db, user: null, clock: { sleep: async () => {} }, request: { ip: "10.0.0.3" } });
    const once = async (email: string) => {
      const started = performance.now();
      await failure(caller.auth.signIn({ email, password: "не тот" }));
      return performance.now() - started;
    };
    // Taken in turns, so that a busy spell of the machine slows both kinds alike; the medians.
    const wrong: number[] = [];
    const unknown: number[] = [];
    // Four each: under the account's free wrong passwords (5) and the address's limit (10).
    for (let i = 0; i < 4; i++) {
      wrong.push(await once("anna@example.org"));
      unknown.push(await once("ghost@example.org"));
    }
    const median = (runs: number[]) => runs.sort((x, y) => x - y)[Math.floor(runs.length / 2)]!;
    const wrongMs = median(wrong);
    const unknownMs = median(unknown);
    // Without the dummy hash an unknown email answers in a few milliseconds, scrypt takes tens.
    expect(unknownMs).toBeGreaterThan(wrongMs * 0.4);
  });

  it("me: null without a session, the user with one", async () => {
    expect(await c.anonymous.auth.me()).toBeNull();
    const { token } = await signIn("anna@example.org", password);
    const { caller } = await asSession(token, new Date());
    expect(await caller.auth.me()).toMatchObject({ email: "anna@example.org", role: "EDITOR", mustChangePassword: false });
  });

  it("ends a session after the idle timeout, and touches lastSeenAt at most once a minute", async () => {
    const t = testClock(new Date("2026-03-04T08:00:00Z"));
    const { token } = await signIn("anna@example.org", password, { clock: t.clock });
    const id = createHash("sha256").update(token).digest("hex");
    const lastSeen = async () => (await db.prisma.session.findUniqueOrThrow({ where: { id } })).lastSeenAt.getTime();
    const start = t.at().getTime();

    expect((await asSession(token, new Date(start + 30_000))).resolved?.user.email).toBe("anna@example.org");
    expect(await lastSeen()).toBe(start);
    expect((await asSession(token, new Date(start + 61_000))).resolved).not.toBeNull();
    expect(await lastSeen()).toBe(start + 61_000);

    // 120 minutes without a request from the last touch: gone, and the row is deleted.
    expect((await asSession(token, new Date(start + 61_000 + 120 * minute))).resolved).toBeNull();
    expect(await db.prisma.session.count({ where: { id } })).toBe(0);
  });

  it("ends a session at its absolute lifetime however active it is", async () => {
    const t = testClock(new Date("2026-03-05T08:00:00Z"));
    const { token } = await signIn("anna@example.org", password, { clock: t.clock });
    const start = t.at().getTime();
    // A request every 100 minutes keeps it alive…
    for (let m = 100; m < 12 * 60; m += 100) {
      expect((await asSession(token, new Date(start + m * minute))).resolved, `at ${m} min`).not.toBeNull();
    }
    // …until 12 hours after sign-in.
    expect((await asSession(token, new Date(start + 12 * 60 * minute))).resolved).toBeNull();
  });

  it("a session just resolved is answered from the cache, without reading the session table again", async () => {
    const { token } = await signIn("anna@example.org", password);
    let reads = 0;
    // The database as resolveSession sees it, counting reads of the session table.
    const counting = new Proxy(db.prisma, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver);
        if (key !== "session") return value;
        return new Proxy(value as object, {
          get(table, method, r) {
            const fn = Reflect.get(table, method, r);
            return method === "findUnique" ? (...args: unknown[]) => (reads++, (fn as (...a: unknown[]) => unknown).apply(table, args)) : fn;
          },
        });
      },
    });
    const resolve = () => resolveSession({ prisma: counting, token, settings: defaultAuthSettings, now: new Date() });
    expect((await resolve())?.user.email).toBe("anna@example.org");
    expect((await resolve())?.user.email).toBe("anna@example.org");
    expect(reads).toBe(1);
  });

  it("sign-out deletes the session on the server and clears the cookie", async () => {
    const { token } = await signIn("anna@example.org", password);
    const cookies = recordingCookieSink();
    const { caller } = await asSession(token, new Date(), cookies);
    expect(await caller.auth.signOut()).toEqual({ ok: true });
    expect(cookies.log).toEqual([{ name: SESSION_COOKIE, value: null, options: expect.objectContaining({ httpOnly: true, path: "/" }) }]);
    expect((await asSession(token, new Date())).resolved).toBeNull();
    // Signing out without a session is harmless.
    expect(await c.anonymous.auth.signOut()).toEqual({ ok: true });
  });

  it("replaces a session the browser already had when signing in again", async () => {
    const first = await signIn("anna@example.org", password);
    const firstSession = await asSession(first.token, new Date());
    const cookies = recordingCookieSink();
    const { caller } = callerWith({ db, user: firstSession.resolved!.user, sessionId: firstSession.resolved!.sessionId, cookies });
    await caller.auth.signIn({ email: "anna@example.org", password });
    expect((await asSession(first.token, new Date())).resolved).toBeNull();
    expect((await asSession(cookies.value(SESSION_COOKIE)!, new Date())).resolved).not.toBeNull();
  });

  it("refuses a deactivated user even with the right password", async () => {
    const u = await account("gone@example.org");
    await c.admin.admin.users.update({ id: u.id, version: u.version, data: { isActive: false } });
    const refused = await failure(signIn("gone@example.org", password));
    expect(refused.code).toBe("UNAUTHORIZED");
    expect(refused.message).toMatch(/отключена/);
    expect((await db.prisma.signInAttempt.findFirst({ where: { email: "gone@example.org" }, orderBy: { at: "desc" } }))?.reason).toBe("INACTIVE");
  });
});

describe("rate limit on wrong passwords", () => {
  /** The TOO_MANY_REQUESTS refusal of a sign-in, with its wait; fails when the attempt was evaluated instead. */
  async function refusal(promise: Promise<unknown>) {
    let error: unknown;
    try {
      await promise;
    } catch (e) {
      error = e;
    }
    const details = await failure(Promise.reject(error));
    expect(details.code).toBe("TOO_MANY_REQUESTS");
    const cause = (error as { cause?: unknown }).cause;
    expect(cause).toBeInstanceOf(SignInLockedError);
    return { message: details.message, retryAfterSeconds: (cause as SignInLockedError).retryAfterSeconds };
  }
  const reasonsOf = async (email: string) =>
    (await db.prisma.signInAttempt.findMany({ where: { email }, orderBy: { at: "asc" }, select: { reason: true } })).map((a) => a.reason);

  it("one address: after 10 wrong passwords it is refused, even with the right password, until the oldest leaves the 15-minute window", async () => {
    await account("target@example.org");
    const t = testClock(new Date("2026-04-01T10:00:00Z"));
    const { caller } = callerWith({ db, user: null, clock: t.clock, request: { ip: "192.0.2.10" } });
    for (let i = 0; i < 10; i++) {
      expect((await failure(caller.auth.signIn({ email: "target@example.org", password: `guess-${i}` }))).code).toBe("UNAUTHORIZED");
      // A minute apart: longer than any wait of the account, so only the address limit can refuse.
      t.advance(minute);
    }
    // The pause after each failure grows and stays under a second.
    expect(t.sleeps).toEqual([100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]);

    const locked = await refusal(caller.auth.signIn({ email: "target@example.org", password }));
    // The first failure was 10 minutes ago: it leaves the 15-minute window in 5 minutes.
    expect(locked.retryAfterSeconds).toBe(5 * 60);
    expect(locked.message).toBe("Слишком много неудачных попыток входа. Повторите через 5 мин.");
    expect((await reasonsOf("target@example.org")).at(-1)).toBe("LOCKED");

    // The account is not locked: from another address the right password works.
    const elsewhere = callerWith({ db, user: null, clock: t.clock, request: { ip: "198.51.100.7" } }).caller;
    expect((await elsewhere.auth.signIn({ email: "target@example.org", password })).email).toBe("target@example.org");

    // Refused attempts do not extend the lock: once the oldest failure leaves the window, the address may try again.
    await refusal(caller.auth.signIn({ email: "target@example.org", password }));
    t.advance(5 * minute);
    expect((await caller.auth.signIn({ email: "target@example.org", password })).email).toBe("target@example.org");
  });

  it("limits an address trying many accounts", async () => {
    await account("victim@example.org");
    const t = testClock(new Date("2026-04-02T10:00:00Z"));
    const attacker = callerWith({ db, user: null, clock: t.clock, request: { ip: "203.0.113.66" } }).caller;
    for (let i = 0; i < 10; i++) await failure(attacker.auth.signIn({ email: `user${i}@example.org`, password: "123456" }));
    expect((await refusal(attacker.auth.signIn({ email: "victim@example.org", password }))).retryAfterSeconds).toBe(15 * 60);
    // The account itself is not locked for others.
    const office = callerWith({ db, user: null, clock: t.clock, request: { ip: "203.0.113.1" } }).caller;
    expect((await office.auth.signIn({ email: "victim@example.org", password })).email).toBe("victim@example.org");
  });

  it("one account: after 5 wrong passwords in a row each next attempt waits 2, 4, 8 … s, at most 60 s, and the right password works once the wait is over", async () => {
    await account("owner@example.org");
    const t = testClock(new Date("2026-04-04T10:00:00Z"));
    // Every attempt from its own address, as a distributed attacker would: only the account's rule applies.
    let address = 0;
    const from = () => callerWith({ db, user: null, clock: t.clock, request: { ip: `198.18.${Math.floor(address / 250)}.${(address++ % 250) + 1}` } }).caller;
    const wrong = (i: number) => from().auth.signIn({ email: "owner@example.org", password: `guess-${i}` });

    for (let i = 0; i < 5; i++) expect((await failure(wrong(i))).code).toBe("UNAUTHORIZED");
    for (const [n, wait] of [2, 4, 8, 16, 32, 60, 60, 60].entries()) {
      // Too early, even with the right password: refused unevaluated, with the wait.
      const early = await refusal(from().auth.signIn({ email: "owner@example.org", password }));
      expect(early.retryAfterSeconds).toBe(wait);
      expect(early.message).toBe(`Слишком много неудачных попыток входа. Повторите через ${wait < 60 ? `${wait} с` : "1 мин"}.`);
      // A refused attempt does not extend the wait: a second before its end, one second is left.
      t.advance(wait * 1000 - 1000);
      expect((await refusal(wrong(100 + n))).retryAfterSeconds).toBe(1);
      t.advance(1000);
      // Then the next guess is evaluated again (and is wrong).
      expect((await failure(wrong(200 + n))).code).toBe("UNAUTHORIZED");
    }
    // The owner, however many guesses came before, waits at most a minute.
    const last = await refusal(from().auth.signIn({ email: "owner@example.org", password }));
    expect(last.retryAfterSeconds).toBe(60);
    t.advance(60_000);
    expect((await from().auth.signIn({ email: "owner@example.org", password })).email).toBe("owner@example.org");

    // The sign-in log tells the waits apart from the address lock.
    const reasons = await reasonsOf("owner@example.org");
    expect(reasons.filter((r) => r === "THROTTLED")).toHaveLength(8 * 2 + 1);
    expect(reasons.filter((r) => r === "WRONG_PASSWORD")).toHaveLength(5 + 8);
    expect(reasons).not.toContain("LOCKED");
    expect(reasons.at(-1)).toBeNull();
  });

  it("starts counting again after a successful sign-in", async () => {
    await account("typo@example.org");
    const t = testClock(new Date("2026-04-03T10:00:00Z"));
    const ipFor = (i: number) => `10.9.${i}.1`;
    const attempt = (i: number, pw: string) =>
      callerWith({ db, user: null, clock: t.clock, request: { ip: ipFor(i) } }).caller.auth.signIn({ email: "typo@example.org", password: pw });
    for (let i = 0; i < 5; i++) expect((await failure(attempt(i, "wrong"))).code).toBe("UNAUTHORIZED");
    expect((await refusal(attempt(5, password))).retryAfterSeconds).toBe(2);
    t.advance(2000);
    expect((await attempt(6, password)).email).toBe("typo@example.org");
    t.advance(1000);
    // After the success five more wrong passwords are evaluated at once, and the wait starts again from 2 s.
    for (let i = 10; i < 15; i++) expect((await failure(attempt(i, "wrong"))).code).toBe("UNAUTHORIZED");
    expect((await refusal(attempt(15, password))).retryAfterSeconds).toBe(2);
    t.advance(2000);
    expect((await attempt(16, password)).email).toBe("typo@example.org");
  });

  it("a quiet quarter of an hour forgets the failures", async () => {
    await account("forgetful@example.org");
    const t = testClock(new Date("2026-04-05T10:00:00Z"));
    const attempt = (i: number, pw: string) =>
      callerWith({ db, user: null, clock: t.clock, request: { ip: `10.8.${i}.1` } }).caller.auth.signIn({ email: "forgetful@example.org", password: pw });
    for (let i = 0; i < 5; i++) await failure(attempt(i, "wrong"));
    t.advance(15 * minute + 1000);
    // Evaluated, not refused: a wrong password is UNAUTHORIZED again, and the next attempt needs no wait.
    expect((await failure(attempt(5, "wrong"))).code).toBe("UNAUTHORIZED");
    expect((await attempt(6, password)).email).toBe("forgetful@example.org");
  });
});

describe("temporary passwords", () => {
  it("after a reset only auth.* answers until the password is changed", async () => {
    const u = await account("reset-me@example.org", "EDITOR");
    const before = await signIn("reset-me@example.org", password);
    const { temporaryPassword } = await c.admin.admin.users.resetPassword({ id: u.id });
    expect((await asSession(before.token, new Date())).resolved).toBeNull();
    await expect(signIn("reset-me@example.org", password)).rejects.toThrow();

    const temp = await signIn("reset-me@example.org", temporaryPassword);
    expect(temp.user.mustChangePassword).toBe(true);
    const cookies = recordingCookieSink();
    const session = await asSession(temp.token, new Date(), cookies);
    const blocked = await failure(session.caller.partner.list({}));
    expect(blocked.code).toBe("FORBIDDEN");
    expect(blocked.message).toMatch(/пароль/);
    expect(await session.caller.auth.me()).toMatchObject({ mustChangePassword: true });

    const wrong = await failure(session.caller.auth.changePassword({ currentPassword: "не тот", newPassword: "Новый-пароль-2026" }));
    expect(wrong.code).toBe("BAD_REQUEST");
    expect(wrong.fieldMessages).toEqual({ currentPassword: ["Неверный текущий пароль"] });
    const short = await failure(session.caller.auth.changePassword({ currentPassword: temporaryPassword, newPassword: "короткий" }));
    expect(Object.keys(short.fieldMessages ?? {})).toEqual(["newPassword"]);

    const changed = await session.caller.auth.changePassword({ currentPassword: temporaryPassword, newPassword: "Новый-пароль-2026" });
    expect(changed.mustChangePassword).toBe(false);
    // The old session ended; the browser got a new one that works.
    expect((await asSession(temp.token, new Date())).resolved).toBeNull();
    const renewed = await asSession(cookies.value(SESSION_COOKIE)!, new Date());
    expect(renewed.resolved?.user.mustChangePassword).toBe(false);
    expect((await renewed.caller.partner.list({})).items).toBeInstanceOf(Array);
    expect((await signIn("reset-me@example.org", "Новый-пароль-2026")).user.email).toBe("reset-me@example.org");
  });

  it("the role middleware refuses a user flagged mustChangePassword on every non-auth procedure", async () => {
    const flagged: SessionUser = { ...c.users.editor, mustChangePassword: true };
    const { caller } = callerWith({ db, user: flagged });
    expect((await failure(caller.partner.list({}))).code).toBe("FORBIDDEN");
    expect((await failure(caller.partner.create({ name: "X", level: "CITY" }))).code).toBe("FORBIDDEN");
  });
});

describe("public configuration", () => {
  it("announces no demo accounts outside demo mode, and no tile server unless configured", async () => {
    const config = await c.anonymous.auth.publicConfig();
    expect(config).toEqual({ demo: false, demoAccounts: [], demoPassword: null, map: { tileUrl: null, attribution: null } });
  });
});

describe("start-up accounts", () => {
  const quietLog = () => {
    const warnings: string[] = [];
    return { warnings, log: { info: () => {}, warn: (_obj: unknown, msg?: string) => void warnings.push(String(msg)) } };
  };
  const fakeSeeder: DemoSeeder = {
    isDatabaseEmpty: async (prisma) => (await prisma.partner.count()) === 0 && (await prisma.user.count()) === 0,
    seedDatabase: async (prisma) => prisma.partner.create({ data: { name: "Вологодская область", level: "REGION", isHome: true } }),
  };
  const demoEnv = readEnv({ ATLAS_DEMO: "true", ATLAS_DEMO_INTERACTIONS: "0" });
  const productionEnv = readEnv({ ATLAS_DEMO: "false" });

  it("demo mode on an empty database: one account per role with the password demo, announced; removed when demo mode is off", async () => {
    const fresh = await openTestDatabase();
    try {
      const { log } = quietLog();
      expect(await prepareDemo({ db: fresh, env: demoEnv, log, seeder: fakeSeeder })).toBe(true);
      const users = await fresh.prisma.user.findMany({ select: { email: true, role: true }, orderBy: { email: "asc" } });
      expect(users).toEqual([
        { email: "admin@demo", role: "ADMIN" },
        { email: "analyst@demo", role: "ANALYST" },
        { email: "editor@demo", role: "EDITOR" },
        { email: "viewer@demo", role: "VIEWER" },
      ]);
      const anonymous = callerWith({ db: fresh, user: null, settings: { demo: true } }).caller;
      const config = await anonymous.auth.publicConfig();
      expect(config.demoAccounts).toEqual([
        { email: "viewer@demo", role: "VIEWER" },
        { email: "analyst@demo", role: "ANALYST" },
        { email: "editor@demo", role: "EDITOR" },
        { email: "admin@demo", role: "ADMIN" },
      ]);
      expect(config.demoPassword).toBe("demo");
      const cookies = recordingCookieSink();
      const viewer = await callerWith({ db: fresh, user: null, cookies, clock: { sleep: async () => {} } }).caller.auth.signIn({
        email: "viewer@demo",
        password: "demo",
      });
      expect(viewer.role).toBe("VIEWER");

      // Restarted with demo mode off: the demo accounts and their sessions go, with a warning.
      const off = quietLog();
      const printed: string[] = [];
      const result = await prepareAccounts({ prisma: fresh.prisma, demo: false, log: off.log, announce: (t) => void printed.push(t) });
      expect(result.removedDemoAccounts).toBe(4);
      expect(off.warnings.some((w) => /demo accounts/.test(w))).toBe(true);
      expect(await fresh.prisma.user.count({ where: { email: { endsWith: "@demo" } } })).toBe(0);
      expect(await fresh.prisma.session.count()).toBe(0);
      // admin@demo was the only administrator, so a first administrator was created.
      expect(result.createdAdmin).toEqual({ email: "admin@atlas.local", oneTimePassword: true });
      expect(printed).toHaveLength(1);
    } finally {
      await fresh.close();
    }
  });

  it("demo mode on a database that already holds data creates no demo account", async () => {
    const fresh = await openTestDatabase();
    try {
      await fresh.prisma.partner.create({ data: { name: "Республика Казахстан", level: "COUNTRY" } });
      expect(await prepareDemo({ db: fresh, env: demoEnv, log: quietLog().log, seeder: fakeSeeder })).toBe(false);
      expect(await fresh.prisma.user.count({ where: { email: { endsWith: "@demo" } } })).toBe(0);
      expect((await callerWith({ db: fresh, user: null, settings: { demo: true } }).caller.auth.publicConfig()).demoAccounts).toEqual([]);
      expect(await prepareDemo({ db: fresh, env: productionEnv, log: quietLog().log, seeder: fakeSeeder })).toBe(false);
    } finally {
      await fresh.close();
    }
  });

  it("without demo mode the first administrator gets a one-time password printed once, and must change it", async () => {
    const fresh = await openTestDatabase();
    try {
      const printed: string[] = [];
      const announce = (text: string) => void printed.push(text);
      const first = await prepareAccounts({ prisma: fresh.prisma, demo: false, log: quietLog().log, announce });
      expect(first.createdAdmin).toEqual({ email: "admin@atlas.local", oneTimePassword: true });
      expect(printed).toHaveLength(1);
      const oneTime = /^\s{5}(\S+)$/m.exec(printed[0]!)?.[1];
      expect(oneTime).toBeDefined();
      const admin = await callerWith({ db: fresh, user: null, clock: { sleep: async () => {} } }).caller.auth.signIn({
        email: "admin@atlas.local",
        password: oneTime!,
      });
      expect(admin).toMatchObject({ role: "ADMIN", mustChangePassword: true });

      const again = await prepareAccounts({ prisma: fresh.prisma, demo: false, log: quietLog().log, announce });
      expect(again.createdAdmin).toBeNull();
      expect(printed).toHaveLength(1);
    } finally {
      await fresh.close();
    }
  });

  it("takes the first administrator from ATLAS_ADMIN_EMAIL and ATLAS_ADMIN_PASSWORD when given", async () => {
    const fresh = await openTestDatabase();
    try {
      const printed: string[] = [];
      const result = await prepareAccounts({
        prisma: fresh.prisma,
        demo: false,
        adminEmail: "chief@vologda.example",
        adminPassword: "очень-длинный-пароль",
        log: quietLog().log,
        announce: (t) => void printed.push(t),
      });
      expect(result.createdAdmin).toEqual({ email: "chief@vologda.example", oneTimePassword: false });
      expect(printed).toEqual([]);
      const admin = await callerWith({ db: fresh, user: null }).caller.auth.signIn({ email: "chief@vologda.example", password: "очень-длинный-пароль" });
      expect(admin).toMatchObject({ role: "ADMIN", mustChangePassword: false });
    } finally {
      await fresh.close();
    }
  });
});
