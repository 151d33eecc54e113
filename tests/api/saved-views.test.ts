import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor, failure } from "../support/callers.ts";

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;
let otherAnalyst: ReturnType<typeof c.as>;

const kzMeetings = '/meetings?countryCodes=["KZ"]';

beforeAll(async () => {
  db = await openTestDatabase();
  c = await callersFor(db);
  const other = await db.prisma.user.create({
    data: { email: "analyst2@test.local", name: "Второй аналитик", role: "ANALYST" },
    select: { id: true, email: true, name: true, role: true },
  });
  otherAnalyst = c.as(other);
});
afterAll(async () => db?.close());

const names = (views: Array<{ name: string }>) => views.map((v) => v.name);

describe("saved views", () => {
  it("creates, lists, renames and deletes a personal view, seen by its author only", async () => {
    const view = await c.analyst.savedView.create({ name: "Встречи с Казахстаном", path: kzMeetings });
    expect(view).toMatchObject({ name: "Встречи с Казахстаном", path: kzMeetings, shared: false, mine: true, canEdit: true, ownerName: "Тест ANALYST" });
    expect(names(await c.analyst.savedView.list())).toContain("Встречи с Казахстаном");
    expect(names(await otherAnalyst.savedView.list())).not.toContain("Встречи с Казахстаном");
    expect(names(await c.admin.savedView.list())).not.toContain("Встречи с Казахстаном");

    const renamed = await c.analyst.savedView.update({ id: view.id, version: view.version, data: { name: "  Казахстан: встречи " } });
    expect(renamed).toMatchObject({ name: "Казахстан: встречи", version: view.version + 1 });
    // The version the user saw is stale now.
    expect(await failure(c.analyst.savedView.update({ id: view.id, version: view.version, data: { name: "Другое" } }))).toMatchObject({
      code: "CONFLICT",
      key: "record.versionMismatch",
    });
    // Someone else's personal view does not exist for them, not even for an administrator.
    expect(await failure(c.admin.savedView.delete({ id: view.id, version: renamed.version }))).toMatchObject({ code: "NOT_FOUND", key: "savedView.notFound" });

    await c.analyst.savedView.delete({ id: view.id, version: renamed.version });
    expect(names(await c.analyst.savedView.list())).not.toContain("Казахстан: встречи");
    expect(await failure(c.analyst.savedView.delete({ id: view.id, version: renamed.version }))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("a shared view is seen by everyone; only its author or an administrator changes it", async () => {
    const view = await c.analyst.savedView.create({ name: "Туризм на карте", path: "/map?sectorIds=[]", shared: true });
    for (const caller of [c.viewer, otherAnalyst, c.editor, c.admin]) {
      const seen = (await caller.savedView.list()).find((v) => v.id === view.id);
      expect(seen).toMatchObject({ shared: true, mine: false, ownerName: "Тест ANALYST" });
    }
    expect((await c.editor.savedView.list()).find((v) => v.id === view.id)?.canEdit).toBe(false);
    expect((await c.admin.savedView.list()).find((v) => v.id === view.id)?.canEdit).toBe(true);

    expect(await failure(otherAnalyst.savedView.update({ id: view.id, version: view.version, data: { name: "Моё" } }))).toMatchObject({
      code: "FORBIDDEN",
      key: "savedView.notAuthor",
    });
    expect(await failure(c.editor.savedView.delete({ id: view.id, version: view.version }))).toMatchObject({ code: "FORBIDDEN", key: "savedView.notAuthor" });
    expect(await failure(c.viewer.savedView.delete({ id: view.id, version: view.version }))).toMatchObject({ code: "FORBIDDEN", key: "request.forbidden" });

    const renamed = await c.admin.savedView.update({ id: view.id, version: view.version, data: { name: "Туризм: карта" } });
    expect(renamed).toMatchObject({ name: "Туризм: карта", mine: false, canEdit: true });
    // The author stops sharing it: it leaves everyone else's list.
    const personal = await c.analyst.savedView.update({ id: view.id, version: renamed.version, data: { shared: false } });
    expect(personal.shared).toBe(false);
    expect((await c.viewer.savedView.list()).some((v) => v.id === view.id)).toBe(false);
    await c.analyst.savedView.delete({ id: view.id, version: personal.version });
  });

  it("a viewer may not save a view at all", async () => {
    expect(await failure(c.viewer.savedView.create({ name: "Моё", path: "/events" }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await failure(c.anonymous.savedView.list())).toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("names are unique per author, not across authors", async () => {
    await c.analyst.savedView.create({ name: "Соглашения", path: "/agreements" });
    expect(await failure(c.analyst.savedView.create({ name: "Соглашения", path: "/agreements?q=лес", shared: true }))).toMatchObject({
      code: "CONFLICT",
      key: "savedView.nameTaken",
      params: { name: "Соглашения" },
      fieldMessages: { name: ["Вид с названием «Соглашения» у вас уже есть"] },
    });
    // Two saves at once: the unique index lets one through and refuses the other with the same key.
    const [first, second] = await Promise.allSettled([
      c.analyst.savedView.create({ name: "Проекты", path: "/projects" }),
      c.analyst.savedView.create({ name: "Проекты", path: "/projects?q=лес" }),
    ]);
    expect([first.status, second.status].sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = [first, second].find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(await failure(Promise.reject(rejected.reason))).toMatchObject({ code: "CONFLICT", key: "savedView.nameTaken" });

    const mine = await otherAnalyst.savedView.create({ name: "Соглашения", path: "/agreements" });
    expect(mine.name).toBe("Соглашения");
    const other = await c.analyst.savedView.create({ name: "Соглашения 2", path: "/agreements" });
    expect(await failure(c.analyst.savedView.update({ id: other.id, version: other.version, data: { name: "Соглашения" } }))).toMatchObject({
      key: "savedView.nameTaken",
    });
  });

  it("refuses bad input with a reason on the field, and never a foreign address", async () => {
    const refused = async (input: { name: string; path: string }, field: string, message: string) => {
      const result = await failure(c.analyst.savedView.create(input));
      expect(result.code).toBe("BAD_REQUEST");
      expect(result.fieldMessages[field]).toEqual([message]);
    };
    await refused({ name: "   ", path: "/events" }, "name", "Заполните поле");
    await refused({ name: "а".repeat(81), path: "/events" }, "name", "Не длиннее 80 символов");
    await refused({ name: "Длинный адрес", path: `/events?q=${"а".repeat(2000)}` }, "path", "Не длиннее 2000 символов");
    const appPath = "Адрес должен вести на страницу приложения (начинаться с «/»)";
    for (const path of [
      "https://evil.example/",
      "//evil.example/meetings",
      "/\\evil.example",
      "javascript:alert(1)",
      "meetings",
      "/trpc/savedView.list",
      "/calendar/x.ics",
      "/ meetings",
    ]) {
      await refused({ name: `Чужой ${path}`, path }, "path", appPath);
    }
    expect(await failure(c.analyst.savedView.update({ id: "8f14e45f-ceea-467a-9c1a-1e2a3b4c5d6e", version: 1, data: {} }))).toMatchObject({
      code: "BAD_REQUEST",
      key: "validation.noChanges",
    });
    expect(await failure(c.analyst.savedView.update({ id: "8f14e45f-ceea-467a-9c1a-1e2a3b4c5d6e", version: 1, data: { name: "x" } }))).toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
