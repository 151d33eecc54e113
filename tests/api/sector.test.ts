import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor, failure } from "../support/callers.ts";

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;

const unknownId = "8f14e45f-ceea-467a-9c1a-1e2a3b4c5d6e";

beforeAll(async () => {
  db = await openTestDatabase();
  c = await callersFor(db);
});
afterAll(async () => db?.close());

describe("sector", () => {
  it("creates, reads, updates and soft-deletes a sector, logging each change", async () => {
    const created = await c.admin.sector.create({ code: "timber", name: "Лесная промышленность", nameEn: "Timber industry", sortOrder: 10 });
    expect(created).toMatchObject({ code: "timber", name: "Лесная промышленность", nameEn: "Timber industry", sortOrder: 10, version: 1 });
    expect(await c.viewer.sector.byId({ id: created.id })).toEqual(created);

    const updated = await c.admin.sector.update({ id: created.id, version: 1, data: { name: "Лесопромышленный комплекс" } });
    expect(updated).toMatchObject({ name: "Лесопромышленный комплекс", code: "timber", sortOrder: 10, version: 2 });

    await c.admin.sector.delete({ id: created.id, version: 2 });
    expect((await failure(c.viewer.sector.byId({ id: created.id }))).code).toBe("NOT_FOUND");
    expect((await c.viewer.sector.list({})).items.map((s) => s.id)).not.toContain(created.id);

    const log = await db.prisma.changeLog.findMany({ where: { entity: "sector", recordId: created.id }, orderBy: { at: "asc" } });
    expect(log.map((e) => e.action)).toEqual(["CREATE", "UPDATE", "DELETE"]);
    expect(log[1]?.changes).toEqual({ name: { from: "Лесная промышленность", to: "Лесопромышленный комплекс" } });
  });

  it("lists by sortOrder, then by name, and pages with a cursor", async () => {
    await c.admin.sector.create({ code: "tourism", name: "Туризм", nameEn: "Tourism", sortOrder: 2 });
    await c.admin.sector.create({ code: "culture", name: "Культура", nameEn: "Culture", sortOrder: 2 });
    await c.admin.sector.create({ code: "agriculture", name: "Сельское хозяйство", nameEn: "Agriculture", sortOrder: 1 });
    const all = await c.viewer.sector.list({});
    expect(all.items.map((s) => s.code)).toEqual(["agriculture", "culture", "tourism"]);
    const first = await c.viewer.sector.list({ limit: 2 });
    expect(first.items.map((s) => s.code)).toEqual(["agriculture", "culture"]);
    expect(first.total).toBe(3);
    const second = await c.viewer.sector.list({ limit: 2, cursor: first.nextCursor });
    expect(second.items.map((s) => s.code)).toEqual(["tourism"]);
    expect(second.nextCursor).toBeNull();
    const byName = await c.viewer.sector.list({ sort: { field: "name", direction: "desc" } });
    expect(byName.items.map((s) => s.code)).toEqual(["tourism", "agriculture", "culture"]);
  });

  it("finds by name, English name or code regardless of case and ё/е", async () => {
    const light = await c.admin.sector.create({ code: "light-industry", name: "Лёгкая промышленность", nameEn: "Light industry", sortOrder: 5 });
    expect((await c.viewer.sector.list({ filter: { q: "ЛЕГКАЯ" } })).items.map((s) => s.id)).toEqual([light.id]);
    expect((await c.viewer.sector.list({ filter: { q: "light INDUSTRY" } })).items.map((s) => s.id)).toEqual([light.id]);
    expect((await c.viewer.sector.list({ filter: { q: "light-ind" } })).items.map((s) => s.id)).toEqual([light.id]);
    expect((await c.viewer.sector.list({ filter: { q: "лёгкая туризм" } })).total).toBe(0);
  });

  it("refuses a taken code with CONFLICT and a message in Russian, deleted sectors included", async () => {
    const taken = await failure(c.admin.sector.create({ code: "tourism", name: "Ещё туризм", nameEn: "More tourism" }));
    expect(taken.code).toBe("CONFLICT");
    expect(taken.message).toContain("уже занят отраслью «Туризм»");
    expect(taken.fieldMessages?.code).toHaveLength(1);

    const old = await c.admin.sector.create({ code: "old-code", name: "Старая", nameEn: "Old" });
    await c.admin.sector.delete({ id: old.id, version: old.version });
    const takenByDeleted = await failure(c.admin.sector.create({ code: "old-code", name: "Новая", nameEn: "New" }));
    expect(takenByDeleted.code).toBe("CONFLICT");
    expect(takenByDeleted.message).toContain("удалённой");

    const culture = (await c.viewer.sector.list({ filter: { q: "культура" } })).items[0]!;
    const renameToTaken = await failure(c.admin.sector.update({ id: culture.id, version: culture.version, data: { code: "tourism" } }));
    expect(renameToTaken.code).toBe("CONFLICT");
    expect((await c.viewer.sector.byId({ id: culture.id })).code).toBe("culture");
  });

  it("refuses a stale version with CONFLICT", async () => {
    const s = await c.admin.sector.create({ code: "education", name: "Образование", nameEn: "Education" });
    await c.admin.sector.update({ id: s.id, version: s.version, data: { sortOrder: 3 } });
    const stale = await failure(c.admin.sector.update({ id: s.id, version: s.version, data: { sortOrder: 4 } }));
    expect(stale.code).toBe("CONFLICT");
    expect((await c.viewer.sector.byId({ id: s.id })).sortOrder).toBe(3);
    expect((await failure(c.admin.sector.delete({ id: s.id, version: s.version }))).code).toBe("CONFLICT");
  });

  it("answers bad input with BAD_REQUEST and field paths", async () => {
    const bad = await failure(c.admin.sector.create({ code: "Лес и Дерево", name: "", nameEn: "Wood", sortOrder: 1.5 }));
    expect(bad.code).toBe("BAD_REQUEST");
    expect(Object.keys(bad.fieldMessages ?? {}).sort()).toEqual(["code", "name", "sortOrder"]);
    expect(bad.fieldMessages?.code?.[0]).toContain("латинские");
  });

  it("answers an unknown id with NOT_FOUND", async () => {
    expect((await failure(c.viewer.sector.byId({ id: unknownId }))).code).toBe("NOT_FOUND");
    expect((await failure(c.admin.sector.update({ id: unknownId, version: 1, data: { name: "x" } }))).code).toBe("NOT_FOUND");
  });

  it("lets only administrators change the reference list", async () => {
    expect((await failure(c.editor.sector.create({ code: "energy", name: "Энергетика", nameEn: "Energy" }))).code).toBe("FORBIDDEN");
    expect((await failure(c.viewer.sector.create({ code: "energy", name: "Энергетика", nameEn: "Energy" }))).code).toBe("FORBIDDEN");
    const s = (await c.viewer.sector.list({ filter: { q: "tourism" } })).items[0]!;
    expect((await failure(c.editor.sector.update({ id: s.id, version: s.version, data: { name: "x" } }))).code).toBe("FORBIDDEN");
    expect((await failure(c.editor.sector.delete({ id: s.id, version: s.version }))).code).toBe("FORBIDDEN");
    expect((await c.viewer.sector.byId({ id: s.id })).name).toBe("Туризм");
  });
});
