import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor, failure } from "../support/callers.ts";

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;
let kz: { id: string };
let almaty: { id: string };
let by: { id: string };
let source: { id: string };

const unknownId = "8f14e45f-ceea-467a-9c1a-1e2a3b4c5d6e";

beforeAll(async () => {
  db = await openTestDatabase();
  c = await callersFor(db);
  kz = await c.editor.partner.create({ name: "Республика Казахстан", level: "COUNTRY", isoCode: "KZ" });
  almaty = await c.editor.partner.create({ name: "Алматинская область", level: "REGION", parentId: kz.id, isoCode: "KZ-19" });
  by = await c.editor.partner.create({ name: "Республика Беларусь", level: "COUNTRY", isoCode: "BY" });
  source = await c.editor.source.create({ title: "Вологодское мороженое экспортируется в 26 стран", kind: "NEWS" });
});
afterAll(async () => db?.close());

describe("exportCategory", () => {
  it("creates, reads, updates and soft-deletes a category, logging each change", async () => {
    const created = await c.admin.exportCategory.create({
      name: "Мороженое",
      nameEn: "Ice cream",
      hsCode: "2105.00",
      reportedMarketsCount: 26,
      sourceId: source.id,
    });
    expect(created).toMatchObject({ name: "Мороженое", hsCode: "210500", reportedMarketsCount: 26, version: 1, _count: { figures: 0 } });
    expect(created.source).toMatchObject({ id: source.id, title: "Вологодское мороженое экспортируется в 26 стран" });

    const updated = await c.admin.exportCategory.update({ id: created.id, version: 1, data: { hsCode: "2105", description: "Пломбир и эскимо" } });
    expect(updated).toMatchObject({ hsCode: "2105", description: "Пломбир и эскимо", version: 2, name: "Мороженое" });

    await c.admin.exportCategory.delete({ id: created.id, version: 2 });
    expect((await failure(c.viewer.exportCategory.byId({ id: created.id }))).code).toBe("NOT_FOUND");
    const log = await db.prisma.changeLog.findMany({ where: { entity: "exportCategory", recordId: created.id }, orderBy: { at: "asc" } });
    expect(log.map((e) => e.action)).toEqual(["CREATE", "UPDATE", "DELETE"]);
    expect(log[1]?.changes).toEqual({ hsCode: { from: "210500", to: "2105" }, description: { from: null, to: "Пломбир и эскимо" } });
  });

  it("lists by name and finds by name regardless of case and ё/е", async () => {
    const honey = await c.admin.exportCategory.create({ name: "Мёд", nameEn: "Honey", hsCode: "0409" });
    const berries = await c.admin.exportCategory.create({ name: "Замороженные ягоды", nameEn: "Frozen berries" });
    const dairy = await c.admin.exportCategory.create({ name: "Творог", hsCode: "0401" });
    expect((await c.viewer.exportCategory.list({})).items.map((x) => x.id)).toEqual([berries.id, honey.id, dairy.id]);
    expect((await c.viewer.exportCategory.list({ filter: { q: "МЕД" } })).items.map((x) => x.id)).toEqual([honey.id]);
    expect((await c.viewer.exportCategory.list({ filter: { q: "ягоды FROZEN" } })).items.map((x) => x.id)).toEqual([berries.id]);
    expect((await c.viewer.exportCategory.list({ filter: { q: "0401" } })).items.map((x) => x.id)).toEqual([dairy.id]);
  });

  it("refuses a name already taken, compared without case and ё/е, with CONFLICT", async () => {
    const taken = await failure(c.admin.exportCategory.create({ name: "МЕД" }));
    expect(taken.code).toBe("CONFLICT");
    expect(taken.fieldMessages?.name?.[0]).toContain("«Мёд» уже есть");
    const other = await c.admin.exportCategory.create({ name: "Льняные ткани" });
    const rename = await failure(c.admin.exportCategory.update({ id: other.id, version: other.version, data: { name: "мёд" } }));
    expect(rename.code).toBe("CONFLICT");
    // Changing only the case of its own name is allowed.
    expect((await c.admin.exportCategory.update({ id: other.id, version: other.version, data: { name: "ЛЬНЯНЫЕ ткани" } })).name).toBe("ЛЬНЯНЫЕ ткани");
  });

  it("answers bad input with BAD_REQUEST and field paths", async () => {
    const bad = await failure(c.admin.exportCategory.create({ name: "", hsCode: "04a1", reportedMarketsCount: -1 }));
    expect(bad.code).toBe("BAD_REQUEST");
    expect(Object.keys(bad.fieldMessages ?? {}).sort()).toEqual(["hsCode", "name", "reportedMarketsCount"]);
    const noSource = await failure(c.admin.exportCategory.create({ name: "Сыры", sourceId: unknownId }));
    expect(noSource.code).toBe("BAD_REQUEST");
    expect(Object.keys(noSource.fieldMessages ?? {})).toEqual(["sourceId"]);
    expect((await c.viewer.exportCategory.list({ filter: { q: "сыры" } })).total).toBe(0);
  });

  it("refuses a stale version with CONFLICT and an unknown id with NOT_FOUND", async () => {
    const cat = await c.admin.exportCategory.create({ name: "Консервы мясные" });
    await c.admin.exportCategory.update({ id: cat.id, version: cat.version, data: { nameEn: "Canned meat" } });
    const stale = await failure(c.admin.exportCategory.update({ id: cat.id, version: cat.version, data: { nameEn: "Tinned meat" } }));
    expect(stale.code).toBe("CONFLICT");
    expect((await c.viewer.exportCategory.byId({ id: cat.id })).nameEn).toBe("Canned meat");
    expect((await failure(c.viewer.exportCategory.byId({ id: unknownId }))).code).toBe("NOT_FOUND");
  });

  it("lets editors add a category (a vocabulary value) and only administrators change one", async () => {
    expect((await failure(c.viewer.exportCategory.create({ name: "Лес" }))).code).toBe("FORBIDDEN");
    expect((await c.viewer.exportCategory.list({ filter: { q: "лес" } })).total).toBe(0);
    const added = await c.editor.exportCategory.create({ name: "Лес" });
    expect((await c.viewer.exportCategory.list({ filter: { q: "лес" } })).total).toBe(1);
    expect((await failure(c.editor.exportCategory.update({ id: added.id, version: added.version, data: { nameEn: "Timber" } }))).code).toBe("FORBIDDEN");
  });
});

describe("exportFigure", () => {
  let iceCream: { id: string };
  let butter: { id: string };

  beforeAll(async () => {
    iceCream = await c.admin.exportCategory.create({ name: "Пломбир", reportedMarketsCount: 26 });
    butter = await c.admin.exportCategory.create({ name: "Сливочное масло" });
  });

  it("creates, reads, updates and soft-deletes a figure with decimals as strings, logging each change", async () => {
    const created = await c.editor.exportFigure.create({
      categoryId: iceCream.id,
      destinationId: kz.id,
      periodStart: "2024-01-01",
      periodEnd: "2024-12-31",
      value: "1 234 567,50",
      currency: "usd",
      volume: 350.25,
      unit: "т",
      sourceId: source.id,
    });
    expect(created).toMatchObject({ value: "1234567.5", currency: "USD", volume: "350.25", unit: "т", version: 1 });
    expect(created.periodStart).toEqual("2024-01-01");
    expect(created.periodEnd).toEqual("2024-12-31");
    expect(created.category).toEqual({ id: iceCream.id, name: "Пломбир" });
    expect(created.destination).toEqual({ id: kz.id, name: "Республика Казахстан", level: "COUNTRY" });
    expect(created.source).toMatchObject({ id: source.id, publishedAt: null, publishedPrecision: "DAY" });
    expect((await c.viewer.exportFigure.byId({ id: created.id })).value).toBe("1234567.5");
    expect((await c.viewer.exportCategory.byId({ id: iceCream.id }))._count.figures).toBe(1);

    const updated = await c.editor.exportFigure.update({ id: created.id, version: 1, data: { value: "2000000", volume: null, unit: null } });
    expect(updated).toMatchObject({ value: "2000000", volume: null, unit: null, currency: "USD", version: 2 });

    // A category with live figures cannot be deleted.
    const busy = await failure(c.admin.exportCategory.delete({ id: iceCream.id, version: 1 }));
    expect(busy.code).toBe("CONFLICT");

    await c.admin.exportFigure.delete({ id: created.id, version: 2 });
    expect((await failure(c.viewer.exportFigure.byId({ id: created.id }))).code).toBe("NOT_FOUND");
    expect((await c.viewer.exportCategory.byId({ id: iceCream.id }))._count.figures).toBe(0);

    const log = await db.prisma.changeLog.findMany({ where: { entity: "exportFigure", recordId: created.id }, orderBy: { at: "asc" } });
    expect(log.map((e) => e.action)).toEqual(["CREATE", "UPDATE", "DELETE"]);
    expect(log[0]?.changes).toMatchObject({ value: "1234567.5", volume: "350.25", periodStart: "2024-01-01" });
    expect(log[1]?.changes).toEqual({
      value: { from: "1234567.5", to: "2000000" },
      volume: { from: "350.25", to: null },
      unit: { from: "т", to: null },
    });
    expect(log[2]?.changes).toMatchObject({ periodStart: "2024-01-01", periodEnd: "2024-12-31", value: "2000000" });
  });

  it("filters by destination hierarchy, country code, category and overlapping period, and sorts", async () => {
    const q1 = await c.editor.exportFigure.create({
      categoryId: iceCream.id,
      destinationId: kz.id,
      periodStart: "2024-01-01",
      periodEnd: "2024-03-31",
      value: 100,
      currency: "RUB",
    });
    const q2 = await c.editor.exportFigure.create({
      categoryId: iceCream.id,
      destinationId: almaty.id,
      periodStart: "2024-04-01",
      periodEnd: "2024-06-30",
      value: 300,
      currency: "RUB",
    });
    const year = await c.editor.exportFigure.create({
      categoryId: butter.id,
      destinationId: by.id,
      periodStart: "2023-01-01",
      periodEnd: "2023-12-31",
      volume: "12.5",
      unit: "т",
    });

    const underKz = await c.viewer.exportFigure.list({ filter: { partnerIds: [kz.id] } });
    expect(underKz.items.map((f) => f.id)).toEqual([q2.id, q1.id]);
    expect(underKz.items[0]?.destination).toEqual({ id: almaty.id, name: "Алматинская область", level: "REGION" });
    expect(underKz.items[0]?.category).toEqual({ id: iceCream.id, name: "Пломбир" });
    expect(underKz.items[0]?.value).toBe("300");
    expect((await c.viewer.exportFigure.list({ filter: { countryCodes: ["KZ"] } })).items.map((f) => f.id)).toEqual([q2.id, q1.id]);
    expect((await c.viewer.exportFigure.list({ filter: { partnerIds: [almaty.id] } })).items.map((f) => f.id)).toEqual([q2.id]);

    expect((await c.viewer.exportFigure.list({ filter: { categoryIds: [butter.id] } })).items.map((f) => f.id)).toEqual([year.id]);

    // Overlap: a period that ends on `from` or starts on `to` counts; one entirely outside does not.
    const overlap = (from: string, to: string) => c.viewer.exportFigure.list({ filter: { from, to } }).then((p) => p.items.map((f) => f.id));
    expect(await overlap("2024-03-31", "2024-04-01")).toEqual([q2.id, q1.id]);
    expect(await overlap("2024-02-01", "2024-02-29")).toEqual([q1.id]);
    expect(await overlap("2023-06-01", "2024-01-01")).toEqual([q1.id, year.id]);
    expect(await overlap("2022-01-01", "2022-12-31")).toEqual([]);
    expect((await c.viewer.exportFigure.list({ filter: { from: "2024-05-01" } })).items.map((f) => f.id)).toEqual([q2.id]);
    expect((await c.viewer.exportFigure.list({ filter: { to: "2023-12-31" } })).items.map((f) => f.id)).toEqual([year.id]);

    // By value, largest first, figures without a value last.
    const byValue = await c.viewer.exportFigure.list({ sort: { field: "value", direction: "desc" } });
    expect(byValue.items.map((f) => f.id)).toEqual([q2.id, q1.id, year.id]);
    const byStart = await c.viewer.exportFigure.list({ sort: { field: "periodStart", direction: "asc" }, limit: 2 });
    expect(byStart.items.map((f) => f.id)).toEqual([year.id, q1.id]);
    expect(byStart.total).toBe(3);
    const rest = await c.viewer.exportFigure.list({ sort: { field: "periodStart", direction: "asc" }, limit: 2, cursor: byStart.nextCursor });
    expect(rest.items.map((f) => f.id)).toEqual([q2.id]);
  });

  it("answers bad input with BAD_REQUEST naming each field", async () => {
    const base = { categoryId: iceCream.id, destinationId: kz.id, periodStart: "2024-01-01", periodEnd: "2024-12-31" };

    const noAmount = await failure(c.editor.exportFigure.create({ ...base }));
    expect(noAmount.code).toBe("BAD_REQUEST");
    expect(Object.keys(noAmount.fieldMessages ?? {})).toEqual(["value"]);

    const crossField = await failure(c.editor.exportFigure.create({ ...base, periodEnd: "2023-12-31", value: 10, volume: 5 }));
    expect(Object.keys(crossField.fieldMessages ?? {}).sort()).toEqual(["currency", "periodEnd", "unit"]);
    expect(crossField.fieldMessages?.periodEnd).toEqual(["Конец периода раньше начала"]);

    const badValues = await failure(c.editor.exportFigure.create({ ...base, categoryId: "нет", value: -5, currency: "RUBL", volume: "1.2345", unit: "т" }));
    expect(badValues.code).toBe("BAD_REQUEST");
    expect(Object.keys(badValues.fieldMessages ?? {}).sort()).toEqual(["categoryId", "currency", "value", "volume"]);

    const unknownRefs = await failure(
      c.editor.exportFigure.create({ ...base, categoryId: unknownId, destinationId: unknownId, sourceId: unknownId, value: 1, currency: "RUB" }),
    );
    expect(unknownRefs.code).toBe("BAD_REQUEST");
    expect(Object.keys(unknownRefs.fieldMessages ?? {}).sort()).toEqual(["categoryId", "destinationId", "sourceId"]);
    expect((await c.viewer.exportFigure.list({ filter: { categoryIds: [unknownId] } })).total).toBe(0);
  });

  it("checks the cross-field rules on update against the stored figure", async () => {
    const f = await c.editor.exportFigure.create({
      categoryId: butter.id,
      destinationId: kz.id,
      periodStart: "2025-01-01",
      periodEnd: "2025-03-31",
      value: 50,
      currency: "RUB",
    });
    const noAmount = await failure(c.editor.exportFigure.update({ id: f.id, version: f.version, data: { value: null } }));
    expect(noAmount.code).toBe("BAD_REQUEST");
    expect(Object.keys(noAmount.fieldMessages ?? {})).toEqual(["value"]);
    const endBeforeStart = await failure(c.editor.exportFigure.update({ id: f.id, version: f.version, data: { periodEnd: "2024-12-31" } }));
    expect(Object.keys(endBeforeStart.fieldMessages ?? {})).toEqual(["periodEnd"]);
    const badDestination = await failure(c.editor.exportFigure.update({ id: f.id, version: f.version, data: { destinationId: unknownId } }));
    expect(Object.keys(badDestination.fieldMessages ?? {})).toEqual(["destinationId"]);
    const still = await c.viewer.exportFigure.byId({ id: f.id });
    expect(still).toMatchObject({ value: "50", version: 1, destinationId: kz.id });
    expect(still.periodEnd).toEqual("2025-03-31");
    // A new period is written as days and logged as days.
    const moved = await c.editor.exportFigure.update({ id: f.id, version: f.version, data: { periodStart: "2024-10-01", periodEnd: "2024-12-31" } });
    expect(moved).toMatchObject({ periodStart: "2024-10-01", periodEnd: "2024-12-31", version: 2 });
    const [update] = await db.prisma.changeLog.findMany({ where: { entity: "exportFigure", recordId: f.id, action: "UPDATE" } });
    expect(update?.changes).toEqual({ periodStart: { from: "2025-01-01", to: "2024-10-01" }, periodEnd: { from: "2025-03-31", to: "2024-12-31" } });
  });

  it("refuses a stale version with CONFLICT and an unknown id with NOT_FOUND", async () => {
    const f = await c.editor.exportFigure.create({
      categoryId: butter.id,
      destinationId: by.id,
      periodStart: "2025-04-01",
      periodEnd: "2025-06-30",
      volume: 1,
      unit: "т",
    });
    await c.editor.exportFigure.update({ id: f.id, version: f.version, data: { volume: 2 } });
    const stale = await failure(c.editor.exportFigure.update({ id: f.id, version: f.version, data: { volume: 3 } }));
    expect(stale.code).toBe("CONFLICT");
    expect((await c.viewer.exportFigure.byId({ id: f.id })).volume).toBe("2");
    expect((await failure(c.admin.exportFigure.delete({ id: f.id, version: f.version }))).code).toBe("CONFLICT");
    expect((await failure(c.viewer.exportFigure.byId({ id: unknownId }))).code).toBe("NOT_FOUND");
    expect((await failure(c.editor.exportFigure.update({ id: unknownId, version: 1, data: { volume: 1 } }))).code).toBe("NOT_FOUND");
  });

  it("checks roles: viewers cannot create, editors cannot delete", async () => {
    const input = { categoryId: butter.id, destinationId: by.id, periodStart: "2026-01-01", periodEnd: "2026-12-31", volume: 1, unit: "т" };
    expect((await failure(c.viewer.exportFigure.create(input))).code).toBe("FORBIDDEN");
    const f = await c.editor.exportFigure.create(input);
    expect((await failure(c.editor.exportFigure.delete({ id: f.id, version: f.version }))).code).toBe("FORBIDDEN");
    expect((await c.viewer.exportFigure.byId({ id: f.id })).id).toBe(f.id);
  });
});
