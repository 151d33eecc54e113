import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import type { SessionUser } from "@atlas/server/context";
import { recordingCookieSink, SESSION_COOKIE } from "@atlas/server/auth/cookies";
import { resolveSession } from "@atlas/server/auth/sessions";
import { defaultAuthSettings } from "@atlas/server/auth/settings";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor, callerWith, failure } from "../support/callers.ts";
import { isoTimestamp } from "../support/timestamps.ts";

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;
const password = "Пароль-для-теста-1";
const noPause = { sleep: async () => {} };

async function signIn(email: string, pw = password) {
  const cookies = recordingCookieSink();
  await callerWith({ db, user: null, cookies, clock: noPause }).caller.auth.signIn({ email, password: pw });
  return cookies.value(SESSION_COOKIE)!;
}
const sessionOf = (token: string) => resolveSession({ prisma: db.prisma, token, settings: defaultAuthSettings, now: new Date() });

beforeAll(async () => {
  db = await openTestDatabase();
  c = await callersFor(db);
});
afterAll(async () => db?.close());

describe("admin.users", () => {
  it("creates a user who must change the password at first sign-in, and lists them without any hash", async () => {
    const created = await c.admin.admin.users.create({ email: "Olga.Petrova@Vologda.example", name: " Ольга Петрова ", role: "ANALYST", password });
    expect(created).toMatchObject({
      email: "olga.petrova@vologda.example",
      name: "Ольга Петрова",
      role: "ANALYST",
      isActive: true,
      mustChangePassword: true,
      version: 1,
      activeSessions: 0,
    });
    const token = await signIn("olga.petrova@vologda.example");
    expect((await sessionOf(token))?.user.mustChangePassword).toBe(true);

    const list = await c.admin.admin.users.list();
    const olga = list.find((u) => u.id === created.id);
    expect(olga?.activeSessions).toBe(1);
    expect(olga?.lastSignInAt).toMatch(isoTimestamp);
    for (const user of list) {
      expect(Object.keys(user).sort()).toEqual(
        [
          "activeSessions",
          "createdAt",
          "email",
          "id",
          "isActive",
          "lastSignInAt",
          "mustChangePassword",
          "name",
          "passwordChangedAt",
          "role",
          "updatedAt",
          "version",
        ].sort(),
      );
    }
    const logged = await db.prisma.changeLog.findFirstOrThrow({ where: { entity: "user", recordId: created.id, action: "CREATE" } });
    expect(JSON.stringify(logged.changes)).not.toMatch(/scrypt|Пароль/);
  });

  it("refuses a duplicate email with CONFLICT, and bad input with field errors", async () => {
    const dup = await failure(c.admin.admin.users.create({ email: "olga.petrova@vologda.example", name: "Другая", role: "VIEWER", password }));
    expect(dup.code).toBe("CONFLICT");
    expect(Object.keys(dup.fieldErrors ?? {})).toEqual(["email"]);
    const bad = await failure(c.admin.admin.users.create({ email: "not-an-email", name: "", role: "BOSS" as never, password: "short" }));
    expect(bad.code).toBe("BAD_REQUEST");
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["email", "name", "password", "role"]);
    // The reserved demo domain cannot be given to a real account.
    expect((await failure(c.admin.admin.users.create({ email: "boss@demo", name: "Демо", role: "ADMIN", password }))).code).toBe("BAD_REQUEST");
  });

  it("renames without ending sessions; a role change ends them; a stale version is a CONFLICT", async () => {
    const u = await c.admin.admin.users.create({ email: "ivan@vologda.example", name: "Иван", role: "VIEWER", password, mustChangePassword: false });
    const token = await signIn("ivan@vologda.example");
    // Resolved once, so that the server's session cache holds the old name…
    expect((await sessionOf(token))?.user.name).toBe("Иван");
    const renamed = await c.admin.admin.users.update({ id: u.id, version: u.version, data: { name: "Иван Сидоров" } });
    expect(renamed).toMatchObject({ name: "Иван Сидоров", version: 2, activeSessions: 1 });
    // …and the rename shows at once all the same.
    expect((await sessionOf(token))?.user.name).toBe("Иван Сидоров");

    const stale = await failure(c.admin.admin.users.update({ id: u.id, version: u.version, data: { role: "ADMIN" } }));
    expect(stale.code).toBe("CONFLICT");
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: u.id } })).role).toBe("VIEWER");

    const promoted = await c.admin.admin.users.update({ id: u.id, version: renamed.version, data: { role: "EDITOR" } });
    expect(promoted).toMatchObject({ role: "EDITOR", version: 3, activeSessions: 0 });
    expect(await sessionOf(token)).toBeNull();
    const history = await db.prisma.changeLog.findMany({ where: { entity: "user", recordId: u.id, action: "UPDATE" }, orderBy: { at: "asc" } });
    expect(history.map((h) => h.changes)).toEqual([{ name: { from: "Иван", to: "Иван Сидоров" } }, { role: { from: "VIEWER", to: "EDITOR" } }]);
  });

  it("deactivating ends the sessions and refuses sign-in; reactivating allows it again", async () => {
    const u = await c.admin.admin.users.create({ email: "leaver@vologda.example", name: "Уходящий", role: "EDITOR", password, mustChangePassword: false });
    const token = await signIn("leaver@vologda.example");
    const off = await c.admin.admin.users.update({ id: u.id, version: u.version, data: { isActive: false } });
    expect(off.isActive).toBe(false);
    expect(await sessionOf(token)).toBeNull();
    expect((await failure(signIn("leaver@vologda.example"))).code).toBe("UNAUTHORIZED");
    await c.admin.admin.users.update({ id: u.id, version: off.version, data: { isActive: true } });
    expect(await sessionOf(await signIn("leaver@vologda.example"))).not.toBeNull();
  });

  it("resets a password: a temporary one shown once, sessions ended, the old password refused", async () => {
    const u = await c.admin.admin.users.create({ email: "forgetful@vologda.example", name: "Забывчивый", role: "VIEWER", password, mustChangePassword: false });
    const token = await signIn("forgetful@vologda.example");
    const { temporaryPassword } = await c.admin.admin.users.resetPassword({ id: u.id });
    expect(temporaryPassword).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
    expect(await sessionOf(token)).toBeNull();
    expect((await failure(signIn("forgetful@vologda.example"))).code).toBe("UNAUTHORIZED");
    const fresh = await sessionOf(await signIn("forgetful@vologda.example", temporaryPassword));
    expect(fresh?.user.mustChangePassword).toBe(true);
    const row = await db.prisma.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(row.version).toBe(2);
    expect(row.passwordHash).not.toContain(temporaryPassword);
    expect((await failure(c.admin.admin.users.resetPassword({ id: "8f14e45f-ceea-467a-9c1a-1e2a3b4c5d6e" }))).code).toBe("NOT_FOUND");
  });

  it("does not reset a demo account's password, which could then never be changed", async () => {
    const demo = await db.prisma.user.create({ data: { email: "viewer@demo", name: "Демо", role: "VIEWER" } });
    const refused = await failure(c.admin.admin.users.resetPassword({ id: demo.id }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: demo.id } })).mustChangePassword).toBe(false);
  });

  it("shows recent sign-ins and failures, newest first, without passwords", async () => {
    await failure(
      callerWith({ db, user: null, clock: noPause, request: { ip: "192.0.2.44", userAgent: "Test Browser" } }).caller.auth.signIn({
        email: "ivan@vologda.example",
        password: "угадай",
      }),
    );
    const log = await c.admin.admin.users.signInLog({ limit: 3 });
    expect(log).toHaveLength(3);
    expect(log[0]).toMatchObject({ email: "ivan@vologda.example", ip: "192.0.2.44", userAgent: "Test Browser", success: false, reason: "WRONG_PASSWORD" });
    expect(log[0]!.at).toMatch(isoTimestamp);
    expect(Date.parse(log[0]!.at)).toBeGreaterThanOrEqual(Date.parse(log[1]!.at));
    expect(log.some((e) => e.success && e.reason === null)).toBe(true);
    expect(JSON.stringify(log)).not.toMatch(/угадай|scrypt/);
    expect((await c.admin.admin.users.signInLog({})).length).toBeGreaterThan(3);
    expect((await failure(c.admin.admin.users.signInLog({ limit: 0 }))).code).toBe("BAD_REQUEST");
  });

  it("is for administrators only", async () => {
    expect((await failure(c.editor.admin.users.list())).code).toBe("FORBIDDEN");
    expect((await failure(c.anonymous.admin.users.signInLog({}))).code).toBe("UNAUTHORIZED");
  });
});

describe("the last active administrator", () => {
  it("cannot demote or deactivate themself; with a second administrator they can", async () => {
    const fresh = await openTestDatabase();
    try {
      const only = await fresh.prisma.user.create({ data: { email: "only-admin@vologda.example", name: "Единственный", role: "ADMIN" } });
      const me: SessionUser = { id: only.id, email: only.email, name: only.name, role: "ADMIN" };
      const admin = callerWith({ db: fresh, user: me }).caller;

      const demote = await failure(admin.admin.users.update({ id: only.id, version: only.version, data: { role: "EDITOR" } }));
      expect(demote.code).toBe("BAD_REQUEST");
      expect(demote.message).toMatch(/последний активный администратор/);
      expect(Object.keys(demote.fieldErrors ?? {})).toEqual(["data.role"]);
      const deactivate = await failure(admin.admin.users.update({ id: only.id, version: only.version, data: { isActive: false } }));
      expect(Object.keys(deactivate.fieldErrors ?? {})).toEqual(["data.isActive"]);
      expect(await fresh.prisma.user.findUniqueOrThrow({ where: { id: only.id } })).toMatchObject({ role: "ADMIN", isActive: true, version: 1 });
      // Renaming is fine.
      const renamed = await admin.admin.users.update({ id: only.id, version: only.version, data: { name: "Главный", role: "ADMIN" } });

      // An inactive administrator does not count.
      const dormant = await admin.admin.users.create({ email: "dormant@vologda.example", name: "Спящий", role: "ADMIN", password });
      await admin.admin.users.update({ id: dormant.id, version: dormant.version, data: { isActive: false } });
      expect((await failure(admin.admin.users.update({ id: only.id, version: renamed.version, data: { role: "VIEWER" } }))).code).toBe("BAD_REQUEST");

      await admin.admin.users.create({ email: "second-admin@vologda.example", name: "Второй", role: "ADMIN", password });
      expect((await admin.admin.users.update({ id: only.id, version: renamed.version, data: { role: "VIEWER" } })).role).toBe("VIEWER");
    } finally {
      await fresh.close();
    }
  });
});
