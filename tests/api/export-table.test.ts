import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import { dayToUtcDate } from "@atlas/shared/calendar-day";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor, failure } from "../support/callers.ts";

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;
let kz: { id: string };
let by: { id: string };
let iceCream: { id: string };
let berries: { id: string };

const q1 = { periodStart: "2025-01-01", periodEnd: "2025-03-31" };
/** The same period as the database holds it: `date` columns read and written as UTC midnight. */
const q1Rows = { periodStart: dayToUtcDate(q1.periodStart), periodEnd: dayToUtcDate(q1.periodEnd) };
const unknownId = "8f14e45f-ceea-467a-9c1a-1e2a3b4c5d6e";

/** The stored figures of a period, as [category, destination, value, currency, version]. */
async function stored(period = q1Rows) {
  const rows = await db.prisma.exportFigure.findMany({
    where: { ...period, deletedAt: null },
    include: { category: true, destination: true },
    orderBy: [{ category: { name: "asc" } }, { destination: { name: "asc" } }],
  });
  return rows.map((f) => [f.category.name, f.destination.name, f.value?.toString() ?? null, f.currency, f.volume?.toString() ?? null, f.unit, f.version]);
}

beforeAll(async () => {
  db = await openTestDatabase();
  c = await callersFor(db);
  kz = await c.editor.partner.create({ name: "Республика Казахстан", level: "COUNTRY", isoCode: "KZ" });
  by = await c.editor.partner.create({ name: "Республика Беларусь", level: "COUNTRY", isoCode: "BY" });
  iceCream = await c.admin.exportCategory.create({ name: "Мороженое" });
  berries = await c.admin.exportCategory.create({ name: "Замороженные ягоды" });
});
afterAll(async () => db?.close());

describe("exportFigure.saveTable", () => {
  it("saves a whole table for a period, then updates only the changed cells", async () => {
    const first = await c.editor.exportFigure.saveTable({
      ...q1,
      measure: "value",
      currency: "usd",
      cells: [
        { categoryId: iceCream.id, destinationId: kz.id, amount: "1 234,5" },
        { categoryId: iceCream.id, destinationId: by.id, amount: 300 },
        { categoryId: berries.id, destinationId: kz.id, amount: "75.25" },
      ],
    });
    expect(first).toEqual({ created: 3, updated: 0, unchanged: 0 });
    expect(await stored()).toEqual([
      ["Замороженные ягоды", "Республика Казахстан", "75.25", "USD", null, null, 1],
      ["Мороженое", "Республика Беларусь", "300", "USD", null, null, 1],
      ["Мороженое", "Республика Казахстан", "1234.5", "USD", null, null, 1],
    ]);
    // The list shows them, like figures entered one by one.
    const list = await c.viewer.exportFigure.list({ filter: { from: q1.periodStart, to: q1.periodEnd } });
    expect(list.total).toBe(3);
    expect(list.items.every((f) => f.periodStart === "2025-01-01" && f.periodEnd === "2025-03-31")).toBe(true);

    const figures = await db.prisma.exportFigure.findMany({ where: q1Rows });
    const id = (cat: string, dest: string) => figures.find((f) => f.categoryId === cat && f.destinationId === dest)!;
    const second = await c.editor.exportFigure.saveTable({
      ...q1,
      measure: "value",
      currency: "USD",
      cells: [
        { categoryId: iceCream.id, destinationId: kz.id, figureId: id(iceCream.id, kz.id).id, version: 1, amount: "1234.50" },
        { categoryId: iceCream.id, destinationId: by.id, figureId: id(iceCream.id, by.id).id, version: 1, amount: "310" },
        { categoryId: berries.id, destinationId: kz.id, figureId: id(berries.id, kz.id).id, version: 1, amount: "75.25" },
        { categoryId: berries.id, destinationId: by.id, amount: "12" },
      ],
    });
    expect(second).toEqual({ created: 1, updated: 1, unchanged: 2 });
    expect(await stored()).toEqual([
      ["Замороженные ягоды", "Республика Беларусь", "12", "USD", null, null, 1],
      ["Замороженные ягоды", "Республика Казахстан", "75.25", "USD", null, null, 1],
      ["Мороженое", "Республика Беларусь", "310", "USD", null, null, 2],
      ["Мороженое", "Республика Казахстан", "1234.5", "USD", null, null, 1],
    ]);

    // Every write is in the history, with who did it.
    const log = await db.prisma.changeLog.findMany({ where: { entity: "exportFigure", recordId: id(iceCream.id, by.id).id }, orderBy: { at: "asc" } });
    expect(log.map((e) => [e.action, e.userId])).toEqual([
      ["CREATE", c.users.editor.id],
      ["UPDATE", c.users.editor.id],
    ]);
    expect(log[1]?.changes).toEqual({ value: { from: "300", to: "310" } });
    expect(log[0]?.changes).toMatchObject({ categoryId: iceCream.id, destinationId: by.id, value: "300", currency: "USD", periodStart: "2025-01-01" });
  });

  it("enters volumes in their unit next to the values, without touching the values", async () => {
    const figure = await db.prisma.exportFigure.findFirstOrThrow({ where: { ...q1Rows, categoryId: iceCream.id, destinationId: kz.id } });
    const saved = await c.editor.exportFigure.saveTable({
      ...q1,
      measure: "volume",
      unit: "т",
      cells: [{ categoryId: iceCream.id, destinationId: kz.id, figureId: figure.id, version: figure.version, amount: "48,125" }],
    });
    expect(saved).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect((await stored()).find((r) => r[0] === "Мороженое" && r[1] === "Республика Казахстан")).toEqual([
      "Мороженое",
      "Республика Казахстан",
      "1234.5",
      "USD",
      "48.125",
      "т",
      2,
    ]);
  });

  it("refuses the whole table with CONFLICT when a cell changed meanwhile, writing nothing", async () => {
    const figures = await db.prisma.exportFigure.findMany({ where: q1Rows });
    const iceBy = figures.find((f) => f.categoryId === iceCream.id && f.destinationId === by.id)!;
    const berriesBy = figures.find((f) => f.categoryId === berries.id && f.destinationId === by.id)!;
    // Someone else edits one figure after our table was loaded.
    await c.admin.exportFigure.update({ id: berriesBy.id, version: berriesBy.version, data: { value: "13" } });
    const before = await stored();
    const logBefore = await db.prisma.changeLog.count();

    const stale = await failure(
      c.editor.exportFigure.saveTable({
        ...q1,
        measure: "value",
        currency: "USD",
        cells: [
          { categoryId: iceCream.id, destinationId: by.id, figureId: iceBy.id, version: iceBy.version, amount: "999" },
          { categoryId: berries.id, destinationId: by.id, figureId: berriesBy.id, version: berriesBy.version, amount: "14" },
        ],
      }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(stale.key).toBe("exportTable.tableChanged");
    expect(stale.params).toMatchObject({ count: 1 });
    expect(stale.message).toContain("«Замороженные ягоды» → «Республика Беларусь»");
    expect(await stored()).toEqual(before);
    expect(await db.prisma.changeLog.count()).toBe(logBefore);

    // A cell someone else filled in meanwhile is a conflict too, not a second figure.
    const filled = await failure(
      c.editor.exportFigure.saveTable({ ...q1, measure: "value", currency: "USD", cells: [{ categoryId: berries.id, destinationId: kz.id, amount: "1" }] }),
    );
    expect(filled.code).toBe("CONFLICT");
    expect(filled.key).toBe("exportTable.tableChanged");
    expect(filled.message).toContain("«Замороженные ягоды» → «Республика Казахстан»");
    expect(await stored()).toEqual(before);
  });

  it("answers bad input with BAD_REQUEST and the path of each bad cell", async () => {
    const bad = await failure(
      c.editor.exportFigure.saveTable({
        periodStart: "2025-03-31",
        periodEnd: "2025-01-01",
        measure: "value",
        currency: "",
        cells: [
          { categoryId: iceCream.id, destinationId: kz.id, amount: "12,345" },
          { categoryId: iceCream.id, destinationId: by.id, amount: "abc" },
          { categoryId: iceCream.id, destinationId: kz.id, amount: "1" },
          { categoryId: berries.id, destinationId: "not-an-id", amount: "1" },
        ],
      }),
    );
    expect(bad.code).toBe("BAD_REQUEST");
    expect(bad.fieldMessages).toMatchObject({
      periodEnd: ["Конец периода раньше начала"],
      currency: ["Укажите валюту стоимости"],
      "cells.0.amount": ["Стоимость — не больше 2 знаков после запятой"],
      "cells.1.amount": ["Неотрицательное число, не больше 3 знаков после запятой"],
      "cells.2.amount": ["Ячейка повторяет ячейку № 1: та же категория и тот же получатель"],
      "cells.3.destinationId": ["Неверный идентификатор"],
    });

    const unknown = await failure(
      c.editor.exportFigure.saveTable({
        ...q1,
        measure: "value",
        currency: "USD",
        cells: [
          { categoryId: unknownId, destinationId: kz.id, amount: "1" },
          { categoryId: berries.id, destinationId: unknownId, amount: "1" },
        ],
      }),
    );
    expect(unknown.code).toBe("BAD_REQUEST");
    expect(unknown.fieldMessages).toEqual({
      "cells.0.categoryId": ["Категория экспорта не найдена"],
      "cells.1.destinationId": ["Партнёр-получатель не найден"],
    });

    // Clearing the only number of a figure would leave it empty: the cell says so.
    const figure = await db.prisma.exportFigure.findFirstOrThrow({ where: { ...q1Rows, categoryId: berries.id, destinationId: kz.id } });
    const cleared = await failure(
      c.editor.exportFigure.saveTable({
        ...q1,
        measure: "value",
        currency: "USD",
        cells: [{ categoryId: berries.id, destinationId: kz.id, figureId: figure.id, version: figure.version, amount: "" }],
      }),
    );
    expect(cleared.code).toBe("BAD_REQUEST");
    expect(cleared.fieldMessages?.["cells.0.amount"]?.[0]).toContain("«Замороженные ягоды» → «Республика Казахстан»");

    const empty = await failure(c.editor.exportFigure.saveTable({ ...q1, measure: "value", currency: "USD", cells: [] }));
    expect(empty.fieldMessages).toEqual({ cells: ["Таблица пуста: заполните хотя бы одну ячейку"] });
  });

  it("is for editors", async () => {
    const input = { ...q1, measure: "value" as const, currency: "USD", cells: [{ categoryId: berries.id, destinationId: by.id, amount: "1" }] };
    expect((await failure(c.analyst.exportFigure.saveTable(input))).code).toBe("FORBIDDEN");
    expect((await failure(c.anonymous.exportFigure.saveTable(input))).code).toBe("UNAUTHORIZED");
  });
});
