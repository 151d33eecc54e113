import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor, failure } from "../support/callers.ts";

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;
let kz: { id: string };
let almaty: { id: string };
let vologda: { id: string };

const unknownId = "8f14e45f-ceea-467a-9c1a-1e2a3b4c5d6e";

beforeAll(async () => {
  db = await openTestDatabase();
  c = await callersFor(db);
  kz = await c.editor.partner.create({ name: "Республика Казахстан", level: "COUNTRY", isoCode: "KZ" });
  almaty = await c.editor.partner.create({ name: "Алматинская область", level: "REGION", parentId: kz.id, isoCode: "KZ-19" });
  vologda = await c.editor.partner.create({ name: "Вологодская область", level: "REGION", isHome: true });
});
afterAll(async () => db?.close());

describe("person", () => {
  it("creates, reads, updates and soft-deletes a person, logging each change", async () => {
    const created = await c.editor.person.create({
      fullName: "Дауренов Абай",
      post: "Посол",
      organisation: "Посольство Республики Казахстан",
      side: "PARTNER",
      partnerId: kz.id,
      email: " ambassador@example.kz ",
      phone: "",
    });
    expect(created).toMatchObject({ fullName: "Дауренов Абай", side: "PARTNER", email: "ambassador@example.kz", phone: null, version: 1 });
    expect(created.partner).toEqual({ id: kz.id, name: "Республика Казахстан", level: "COUNTRY" });

    const read = await c.viewer.person.byId({ id: created.id });
    expect(read.organisation).toBe("Посольство Республики Казахстан");
    // A post given without positions is the person's one position, since a day not given.
    expect(read.positions).toEqual([{ id: expect.any(String), post: "Посол", organisation: "Посольство Республики Казахстан", startsOn: null, endsOn: null }]);

    const updated = await c.editor.person.update({ id: created.id, version: 1, data: { post: "Чрезвычайный и Полномочный Посол", email: null } });
    expect(updated).toMatchObject({ post: "Чрезвычайный и Полномочный Посол", email: null, version: 2, fullName: "Дауренов Абай" });
    // searchText follows the update: the new post is searchable, the old text still is.
    expect((await c.viewer.person.list({ filter: { q: "полномочный дауренов" } })).items.map((p) => p.id)).toEqual([created.id]);

    await c.admin.person.delete({ id: created.id, version: 2 });
    expect((await failure(c.viewer.person.byId({ id: created.id }))).code).toBe("NOT_FOUND");
    expect((await c.viewer.person.list({ filter: { q: "дауренов" } })).total).toBe(0);

    const log = await db.prisma.changeLog.findMany({ where: { entity: "person", recordId: created.id }, orderBy: { at: "asc" } });
    expect(log.map((e) => e.action)).toEqual(["CREATE", "UPDATE", "DELETE"]);
    expect(log[1]?.changes).toMatchObject({ post: { from: "Посол", to: "Чрезвычайный и Полномочный Посол" } });
    expect(log[1]?.userId).toBe(c.users.editor.id);
  });

  it("finds by text regardless of case and ё/е", async () => {
    const p = await c.editor.person.create({ fullName: "Семёнов Пётр Алексеевич", side: "HOME", partnerId: vologda.id, post: "Министр" });
    expect((await c.viewer.person.list({ filter: { q: "ПЕТР семенов" } })).items.map((x) => x.id)).toEqual([p.id]);
    expect((await c.viewer.person.list({ filter: { q: "петр семенов посол" } })).total).toBe(0);
  });

  it("filters by partner hierarchy, country code and side, and includes the partner", async () => {
    const regional = await c.editor.person.create({ fullName: "Акимов Ерлан", side: "PARTNER", partnerId: almaty.id });
    const home = await c.editor.person.create({ fullName: "Вологжанин Иван", side: "HOME", partnerId: vologda.id });
    const underKz = await c.viewer.person.list({ filter: { partnerIds: [kz.id] } });
    expect(underKz.items.map((p) => p.id)).toContain(regional.id);
    expect(underKz.items.map((p) => p.id)).not.toContain(home.id);
    expect(underKz.items.find((p) => p.id === regional.id)?.partner).toEqual({ id: almaty.id, name: "Алматинская область" });
    const byCode = await c.viewer.person.list({ filter: { countryCodes: ["KZ"] } });
    expect(byCode.items.map((p) => p.id).sort()).toEqual(underKz.items.map((p) => p.id).sort());
    const onlyRegion = await c.viewer.person.list({ filter: { partnerIds: [almaty.id] } });
    expect(onlyRegion.items.map((p) => p.id)).toEqual([regional.id]);
    const homeSide = await c.viewer.person.list({ filter: { sides: ["HOME"] } });
    expect(homeSide.items.every((p) => p.side === "HOME")).toBe(true);
    expect(homeSide.items.map((p) => p.id)).toContain(home.id);
  });

  it("sorts by full name in either direction", async () => {
    const asc = await c.viewer.person.list({ limit: 500 });
    const names = asc.items.map((p) => p.fullName);
    expect(names.length).toBeGreaterThan(1);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const desc = await c.viewer.person.list({ limit: 500, sort: { field: "fullName", direction: "desc" } });
    expect(desc.items.map((p) => p.fullName)).toEqual([...names].reverse());
  });

  it("refuses a stale version with CONFLICT on update and delete", async () => {
    const p = await c.editor.person.create({ fullName: "Конфликтов Олег", side: "HOME" });
    await c.editor.person.update({ id: p.id, version: p.version, data: { notes: "первая правка" } });
    const stale = await failure(c.editor.person.update({ id: p.id, version: p.version, data: { notes: "вторая правка" } }));
    expect(stale.code).toBe("CONFLICT");
    expect((await c.viewer.person.byId({ id: p.id })).notes).toBe("первая правка");
    expect((await failure(c.admin.person.delete({ id: p.id, version: p.version }))).code).toBe("CONFLICT");
  });

  it("answers bad input with BAD_REQUEST and field paths", async () => {
    const bad = await failure(c.editor.person.create({ fullName: " ", side: "ALIEN" as never, email: "не-адрес" }));
    expect(bad.code).toBe("BAD_REQUEST");
    expect(Object.keys(bad.fieldMessages ?? {}).sort()).toEqual(["email", "fullName", "side"]);

    const unknownPartner = await failure(c.editor.person.create({ fullName: "Никто", side: "PARTNER", partnerId: unknownId }));
    expect(unknownPartner.code).toBe("BAD_REQUEST");
    expect(unknownPartner.fieldMessages?.partnerId).toEqual(["Партнёр не найден"]);

    const p = await c.editor.person.create({ fullName: "Переездов Азат", side: "PARTNER", partnerId: kz.id });
    const badUpdate = await failure(c.editor.person.update({ id: p.id, version: p.version, data: { partnerId: unknownId } }));
    expect(badUpdate.code).toBe("BAD_REQUEST");
    expect(Object.keys(badUpdate.fieldMessages ?? {})).toEqual(["partnerId"]);
    expect((await c.viewer.person.byId({ id: p.id })).partnerId).toBe(kz.id);
  });

  it("answers an unknown id with NOT_FOUND", async () => {
    expect((await failure(c.viewer.person.byId({ id: unknownId }))).code).toBe("NOT_FOUND");
    expect((await failure(c.editor.person.update({ id: unknownId, version: 1, data: { notes: "x" } }))).code).toBe("NOT_FOUND");
    expect((await failure(c.admin.person.delete({ id: unknownId, version: 1 }))).code).toBe("NOT_FOUND");
  });

  it("checks roles: viewers read, editors write, only admins delete", async () => {
    expect((await failure(c.viewer.person.create({ fullName: "Зритель", side: "HOME" }))).code).toBe("FORBIDDEN");
    expect((await failure(c.anonymous.person.list({}))).code).toBe("UNAUTHORIZED");
    const p = await c.editor.person.create({ fullName: "Удаляемый", side: "HOME" });
    expect((await failure(c.editor.person.delete({ id: p.id, version: p.version }))).code).toBe("FORBIDDEN");
    expect(await c.admin.person.delete({ id: p.id, version: p.version })).toEqual({ id: p.id, version: p.version + 1 });
  });
});
