// The duplicate guard (staff workflow issue, item 7): partner.findSimilar and
// person.findSimilar offer existing records whose name looks like the one typed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor, failure } from "../support/callers.ts";

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;
let ids: { kz: string; almaty: string; kostanay: string; almatyCity: string; yolkino: string; tokayev: string; ivanov: string; ivanovFree: string };

beforeAll(async () => {
  db = await openTestDatabase();
  c = await callersFor(db);
  const kz = await c.editor.partner.create({ name: "Республика Казахстан", level: "COUNTRY", isoCode: "KZ" });
  // An English name and a code in searchText must not get in the way of comparing names.
  const almaty = await c.editor.partner.create({ name: "Алматинская область", nameEn: "Almaty Region", level: "REGION", parentId: kz.id, isoCode: "KZ-19" });
  const kostanay = await c.editor.partner.create({ name: "Костанайская область", level: "REGION", parentId: kz.id, isoCode: "KZ-39" });
  const almatyCity = await c.editor.partner.create({ name: "Алматинская область", level: "ORGANISATION", notes: "тёзка другого уровня" });
  const yolkino = await c.editor.partner.create({ name: "Посёлок Ёлкино", level: "CITY" });
  const deleted = await c.editor.partner.create({ name: "Алматинская обл.", level: "REGION" });
  await c.admin.partner.delete({ id: deleted.id, version: deleted.version });

  const by = await c.editor.partner.create({ name: "Республика Беларусь", level: "COUNTRY", isoCode: "BY" });
  const tokayev = await c.editor.person.create({
    fullName: "Токаев Касым-Жомарт Кемелевич",
    post: "Президент Республики Казахстан",
    organisation: "Администрация Президента Республики Казахстан",
    side: "PARTNER",
    partnerId: kz.id,
  });
  const ivanov = await c.editor.person.create({ fullName: "Иванов Пётр Сергеевич", side: "PARTNER", partnerId: by.id });
  const ivanovFree = await c.editor.person.create({ fullName: "Иванов Петр Сергеевич", side: "HOME" });
  ids = {
    kz: kz.id,
    almaty: almaty.id,
    kostanay: kostanay.id,
    almatyCity: almatyCity.id,
    yolkino: yolkino.id,
    tokayev: tokayev.id,
    ivanov: ivanov.id,
    ivanovFree: ivanovFree.id,
  };
});
afterAll(async () => db?.close());

describe("partner.findSimilar", () => {
  it("finds a name in another grammatical case, with its parent and a score", async () => {
    const found = await c.viewer.partner.findSimilar({ name: "Алматинской области", level: "REGION" });
    expect(found.map((p) => p.id)).toEqual([ids.almaty]);
    const [hit] = found;
    expect(hit).toMatchObject({ name: "Алматинская область", level: "REGION", parent: { id: ids.kz, name: "Республика Казахстан" }, exact: false });
    expect(hit!.score).toBeGreaterThanOrEqual(0.45);
    expect(hit!.score).toBeLessThan(1);
  });

  it("treats a difference of case only as the same name (score 1), before merely similar ones", async () => {
    const found = await c.viewer.partner.findSimilar({ name: "  алматинская   ОБЛАСТЬ " });
    expect(found.map((p) => p.id).sort()).toEqual([ids.almaty, ids.almatyCity].sort());
    expect(found.every((p) => p.exact && p.score === 1)).toBe(true);
    // Костанайская область shares "область" and little else: not offered.
    expect(found.map((p) => p.id)).not.toContain(ids.kostanay);
  });

  it("folds ё into е", async () => {
    const found = await c.viewer.partner.findSimilar({ name: "ПОСЕЛОК ЕЛКИНО" });
    expect(found).toEqual([expect.objectContaining({ id: ids.yolkino, name: "Посёлок Ёлкино", exact: true, score: 1 })]);
  });

  it("leaves out the record being edited, deleted records and other levels", async () => {
    const editing = await c.viewer.partner.findSimilar({ name: "Алматинская область", excludeId: ids.almaty });
    expect(editing.map((p) => p.id)).toEqual([ids.almatyCity]);
    const regions = await c.viewer.partner.findSimilar({ name: "Алматинская область", level: "REGION" });
    expect(regions.map((p) => p.id)).toEqual([ids.almaty]);
    const cities = await c.viewer.partner.findSimilar({ name: "Алматинская область", level: "CITY" });
    expect(cities).toEqual([]);
  });

  it("orders by similarity and returns at most five", async () => {
    for (const suffix of ["А", "Б", "В", "Г", "Д", "Е"]) {
      await c.editor.partner.create({ name: `Агентство развития ${suffix}`, level: "ORGANISATION" });
    }
    const found = await c.viewer.partner.findSimilar({ name: "Агентство развития" });
    expect(found).toHaveLength(5);
    const scores = found.map((p) => p.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("answers an empty list when nothing looks alike", async () => {
    expect(await c.viewer.partner.findSimilar({ name: "Штат Калифорния" })).toEqual([]);
    expect(await c.viewer.partner.findSimilar({ name: "Костанайская обл", level: "CITY" })).toEqual([]);
  });

  it("refuses an empty name", async () => {
    const bad = await failure(c.viewer.partner.findSimilar({ name: "   " }));
    expect(bad.code).toBe("BAD_REQUEST");
    expect(Object.keys(bad.fieldErrors ?? {})).toEqual(["name"]);
  });
});

describe("person.findSimilar", () => {
  it("finds a name written in another order, though post and organisation are long", async () => {
    const found = await c.viewer.person.findSimilar({ fullName: "Касым-Жомарт Токаев" });
    expect(found).toEqual([
      expect.objectContaining({
        id: ids.tokayev,
        fullName: "Токаев Касым-Жомарт Кемелевич",
        partner: { id: ids.kz, name: "Республика Казахстан" },
        exact: false,
      }),
    ]);
  });

  it("folds case and ё/е, and is exact then", async () => {
    const found = await c.viewer.person.findSimilar({ fullName: "иванов петр сергеевич" });
    expect(found.map((p) => p.id).sort()).toEqual([ids.ivanov, ids.ivanovFree].sort());
    expect(found.map((p) => p.score)).toEqual([1, 1]);
  });

  it("with partnerId, looks among that partner's people and people without a partner", async () => {
    const ofKz = await c.viewer.person.findSimilar({ fullName: "Иванов Пётр Сергеевич", partnerId: ids.kz });
    expect(ofKz.map((p) => p.id)).toEqual([ids.ivanovFree]);
    const excluded = await c.viewer.person.findSimilar({ fullName: "Иванов Пётр Сергеевич", excludeId: ids.ivanovFree });
    expect(excluded.map((p) => p.id)).toEqual([ids.ivanov]);
  });

  it("finds a stored short name when a longer one is typed (similarity below the index's default 0.6)", async () => {
    const abaev = await c.editor.person.create({ fullName: "Абаев Даурен", post: "Посол", side: "PARTNER", partnerId: ids.kz });
    const found = await c.viewer.person.findSimilar({ fullName: "Абаев Даурен Аскербекович" });
    expect(found.map((p) => p.id)).toEqual([abaev.id]);
    expect(found[0]!.score).toBeGreaterThanOrEqual(0.45);
    expect(found[0]!.score).toBeLessThan(0.6);
  });

  it("answers an empty list when nothing looks alike", async () => {
    expect(await c.viewer.person.findSimilar({ fullName: "Смирнова Анна" })).toEqual([]);
  });
});

describe("roles", () => {
  it("needs a signed-in user", async () => {
    expect((await failure(c.anonymous.partner.findSimilar({ name: "Алматинская область" }))).code).toBe("UNAUTHORIZED");
    expect((await failure(c.anonymous.person.findSimilar({ fullName: "Иванов" }))).code).toBe("UNAUTHORIZED");
  });
});
