import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor, failure } from "../support/callers.ts";

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;

beforeAll(async () => {
  db = await openTestDatabase();
  c = await callersFor(db);
});
afterAll(async () => db?.close());

describe("partner", () => {
  it("creates a hierarchy and lists everything under a country", async () => {
    const kz = await c.editor.partner.create({ name: "Республика Казахстан", level: "COUNTRY", isoCode: "kz", latitude: 48, longitude: 67 });
    expect(kz.isoCode).toBe("KZ");
    const almaty = await c.editor.partner.create({ name: "Алматинская область", level: "REGION", parentId: kz.id, isoCode: "KZ-19" });
    await c.editor.partner.create({ name: "Талдыкорган", level: "CITY", parentId: almaty.id });
    await c.editor.partner.create({ name: "Республика Беларусь", level: "COUNTRY", isoCode: "BY" });

    const underKz = await c.viewer.partner.list({ filter: { partnerIds: [kz.id] } });
    expect(underKz.items.map((p) => p.name).sort()).toEqual(["Алматинская область", "Республика Казахстан", "Талдыкорган"]);
    const byCode = await c.viewer.partner.list({ filter: { countryCodes: ["KZ"] } });
    expect(byCode.total).toBe(3);
  });

  it("finds by text regardless of case and ё/е", async () => {
    await c.editor.partner.create({ name: "Посёлок Ёлкино", level: "CITY" });
    const found = await c.viewer.partner.list({ filter: { q: "ПОСЕЛОК елкино" } });
    expect(found.items.map((p) => p.name)).toEqual(["Посёлок Ёлкино"]);
  });

  it("pages with a cursor without repeating or skipping rows", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof c.viewer.partner.list>> = await c.viewer.partner.list({
        limit: 2,
        cursor,
        sort: { field: "name", direction: "asc" },
      });
      seen.push(...page.items.map((p) => p.name));
      cursor = page.nextCursor;
    } while (cursor);
    const all = await c.viewer.partner.list({ limit: 500 });
    expect(seen).toEqual(all.items.map((p) => p.name));
    expect(new Set(seen).size).toBe(all.total);
  });

  it("refuses a stale version with CONFLICT and keeps the first edit", async () => {
    const p = await c.editor.partner.create({ name: "Город Н", level: "CITY" });
    await c.editor.partner.update({ id: p.id, version: p.version, data: { notes: "первая правка" } });
    const stale = await failure(c.editor.partner.update({ id: p.id, version: p.version, data: { notes: "вторая правка" } }));
    expect(stale.code).toBe("CONFLICT");
    expect((await c.viewer.partner.byId({ id: p.id })).notes).toBe("первая правка");
  });

  it("answers bad input with BAD_REQUEST and field paths", async () => {
    const bad = await failure(c.editor.partner.create({ name: "  ", level: "PLANET" as never, latitude: 200 }));
    expect(bad.code).toBe("BAD_REQUEST");
    expect(Object.keys(bad.fieldMessages ?? {}).sort()).toEqual(["latitude", "level", "name"]);
  });

  it("refuses a parent that would make a cycle, naming the field", async () => {
    const country = await c.editor.partner.create({ name: "Страна А", level: "COUNTRY" });
    const region = await c.editor.partner.create({ name: "Регион А", level: "REGION", parentId: country.id });
    const cycle = await failure(c.editor.partner.update({ id: country.id, version: country.version, data: { parentId: region.id } }));
    expect(cycle.code).toBe("BAD_REQUEST");
    expect(cycle.fieldMessages).toEqual({ "data.parentId": ["Нельзя подчинить партнёра его же дочернему"] });
    const unknownParent = await failure(c.editor.partner.create({ name: "Город Б", level: "CITY", parentId: "8f14e45f-ceea-467a-9c1a-1e2a3b4c5d6e" }));
    expect(unknownParent.fieldMessages).toEqual({ parentId: ["Вышестоящий партнёр не найден"] });
  });

  it("answers an unknown id with NOT_FOUND", async () => {
    const missing = await failure(c.viewer.partner.byId({ id: "8f14e45f-ceea-467a-9c1a-1e2a3b4c5d6e" }));
    expect(missing.code).toBe("NOT_FOUND");
  });

  it("keeps exactly one home region", async () => {
    const a = await c.editor.partner.create({ name: "Вологодская область", level: "REGION", isHome: true });
    const b = await c.editor.partner.create({ name: "Другой регион", level: "REGION", isHome: true });
    expect((await c.viewer.partner.byId({ id: a.id })).isHome).toBe(false);
    expect((await c.viewer.partner.byId({ id: b.id })).isHome).toBe(true);
  });
  it("filters by period through contacts whose days overlap it, a month-precision one included", async () => {
    const region = await c.editor.partner.create({ name: "Регион с контактами", level: "REGION" });
    const city = await c.editor.partner.create({ name: "Город с визитом", level: "CITY" });
    await c.editor.meeting.create({ title: "Встреча в декабре", kind: "MEETING", startsAt: "2024-12-10", datePrecision: "MONTH", partnerIds: [region.id] });
    await c.editor.meeting.create({ title: "Визит на стыке", kind: "VISIT", startsAt: "2024-11-29", endsAt: "2024-12-02", partnerIds: [city.id] });
    const names = async (from: string, to: string) =>
      (await c.viewer.partner.list({ filter: { from, to }, limit: 500 })).items
        .map((p) => p.name)
        .filter((n) => [region.name, city.name].includes(n))
        .sort();
    expect(await names("2024-12-31", "2024-12-31")).toEqual(["Регион с контактами"]);
    expect(await names("2024-12-02", "2024-12-05")).toEqual(["Город с визитом", "Регион с контактами"]);
    expect(await names("2024-11-01", "2024-11-28")).toEqual([]);
    expect(await names("2024-11-01", "2024-11-30")).toEqual(["Город с визитом"]);
  });
});
