// Follow-ups to colleagues (issue 15, item 8): editors read a directory of active users
// (names and roles only) and assign a task to any of them; a disabled or unknown account
// is refused with a keyed field error.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor, failure } from "../support/callers.ts";

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;
let retired: { id: string; name: string };
let colleague: { id: string; name: string };

beforeAll(async () => {
  db = await openTestDatabase();
  c = await callersFor(db);
  colleague = await db.prisma.user.create({
    data: { email: "colleague@test.local", name: "Анна Коллегова", role: "VIEWER", passwordHash: "not-a-real-hash" },
    select: { id: true, name: true },
  });
  retired = await db.prisma.user.create({
    data: { email: "retired@test.local", name: "Уволенный Сотрудник", role: "EDITOR", isActive: false },
    select: { id: true, name: true },
  });
});
afterAll(async () => db?.close());

describe("user.directory", () => {
  it("lists every active user by name with id, name and role only", async () => {
    const directory = await c.editor.user.directory();
    expect(directory.map((u) => u.id).sort()).toEqual([c.users.viewer.id, c.users.analyst.id, c.users.editor.id, c.users.admin.id, colleague.id].sort());
    expect(directory).toContainEqual({ id: colleague.id, name: "Анна Коллегова", role: "VIEWER" });
    // No email, hash, activity or sign-in details leave the server.
    for (const user of directory) expect(Object.keys(user).sort()).toEqual(["id", "name", "role"]);
    expect(JSON.stringify(directory)).not.toContain("@test.local");
    expect(JSON.stringify(directory)).not.toContain("not-a-real-hash");
  });

  it("is for editors and administrators: viewers and analysts are refused", async () => {
    expect((await c.admin.user.directory()).length).toBe(5);
    expect((await failure(c.viewer.user.directory())).code).toBe("FORBIDDEN");
    expect((await failure(c.analyst.user.directory())).code).toBe("FORBIDDEN");
    expect((await failure(c.anonymous.user.directory())).code).toBe("UNAUTHORIZED");
  });
});

describe("assigning a follow-up to a colleague", () => {
  it("an editor assigns a task to any active user, who then finds it among their own", async () => {
    const task = await c.editor.followUp.create({ title: "Подготовить справку к визиту", ownerId: colleague.id, dueDate: "2030-03-02" });
    expect(task.owner).toEqual({ id: colleague.id, name: "Анна Коллегова" });
    const moved = await c.editor.followUp.update({ id: task.id, version: task.version, data: { ownerId: c.users.analyst.id } });
    expect(moved.owner?.id).toBe(c.users.analyst.id);
    const mine = await c.analyst.followUp.list({ filter: { ownerId: c.users.analyst.id } });
    expect(mine.items.map((t) => t.id)).toContain(task.id);
  });

  it("refuses a disabled or unknown user with the key reference.user, and writes nothing", async () => {
    const before = await db.prisma.followUp.count();
    const created = await failure(c.editor.followUp.create({ title: "Задача уволенному", ownerId: retired.id }));
    expect(created).toMatchObject({ code: "BAD_REQUEST", key: "record.missingReferences" });
    expect(created.fieldErrors).toEqual({ ownerId: [{ key: "reference.user" }] });
    expect(created.fieldMessages).toEqual({ ownerId: ["Пользователь не найден или отключён"] });

    const task = await c.editor.followUp.create({ title: "Задача без исполнителя" });
    const reassigned = await failure(
      c.editor.followUp.update({ id: task.id, version: task.version, data: { ownerId: "8f14e45f-ceea-467a-9c1a-1e2a3b4c5d6e" } }),
    );
    expect(reassigned.fieldErrors).toEqual({ "data.ownerId": [{ key: "reference.user" }] });
    expect(await db.prisma.followUp.count()).toBe(before + 1);
    expect((await db.prisma.followUp.findUniqueOrThrow({ where: { id: task.id } })).ownerId).toBeNull();
  });

  it("a user disabled after the directory was read is refused too", async () => {
    const leaving = await db.prisma.user.create({ data: { email: "leaving@test.local", name: "Уходящий Коллега", role: "ANALYST" }, select: { id: true } });
    expect((await c.editor.user.directory()).map((u) => u.id)).toContain(leaving.id);
    await db.prisma.user.update({ where: { id: leaving.id }, data: { isActive: false } });
    expect((await c.editor.user.directory()).map((u) => u.id)).not.toContain(leaving.id);
    const refused = await failure(c.editor.followUp.create({ title: "Поздно", ownerId: leaving.id }));
    expect(refused.fieldErrors?.ownerId?.[0]?.key).toBe("reference.user");
  });
});
