import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor, failure } from "../support/callers.ts";

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;
let kz: { id: string };
let almaty: { id: string };
let by: { id: string };
let iceCream: { id: string };
let berries: { id: string };
let lace: { id: string };

/** Days go over the wire as `YYYY-MM-DD` strings. */
const d = (day: string) => day;

beforeAll(async () => {
  db = await openTestDatabase();
  c = await callersFor(db);
  kz = await c.editor.partner.create({ name: "Республика Казахстан", level: "COUNTRY", isoCode: "KZ" });
  almaty = await c.editor.partner.create({ name: "Алматинская область", level: "REGION", parentId: kz.id, isoCode: "KZ-19" });
  by = await c.editor.partner.create({ name: "Республика Беларусь", level: "COUNTRY", isoCode: "BY" });
  iceCream = await c.admin.exportCategory.create({ name: "Мороженое" });
  berries = await c.admin.exportCategory.create({ name: "Замороженные ягоды" });
  lace = await c.admin.exportCategory.create({ name: "Вологодское кружево" });

  const fig = (categoryId: string, destinationId: string, start: string, end: string, value: string | null, currency: string | null = "USD") =>
    c.editor.exportFigure.create({
      categoryId,
      destinationId,
      periodStart: d(start),
      periodEnd: d(end),
      value,
      currency: value ? currency : null,
      ...(value ? {} : { volume: "12", unit: "т" }),
    });
  // 2024 Q1 and Q3 have figures, Q2 none: the chart still lists Q2.
  await fig(iceCream.id, kz.id, "2024-01-01", "2024-03-31", "1000.50");
  await fig(iceCream.id, almaty.id, "2024-01-01", "2024-03-31", "200.25");
  await fig(berries.id, by.id, "2024-01-01", "2024-03-31", "300");
  await fig(lace.id, kz.id, "2024-07-01", "2024-09-30", "50");
  await fig(iceCream.id, by.id, "2024-07-01", "2024-09-30", "400");
  await fig(berries.id, kz.id, "2025-01-01", "2025-03-31", "700");
  // Another currency gets its own chart; a volume-only figure and a deleted one are not charted.
  await fig(iceCream.id, kz.id, "2024-04-01", "2024-06-30", "90000", "RUB");
  await fig(lace.id, by.id, "2024-04-01", "2024-06-30", null);
  const gone = await fig(lace.id, almaty.id, "2024-04-01", "2024-06-30", "999999");
  await c.admin.exportFigure.delete({ id: gone.id, version: gone.version });
});
afterAll(async () => db?.close());

describe("dashboard.charts", () => {
  it("sums money values by quarter, by category and by destination, one chart per currency", async () => {
    const { exports } = await c.viewer.dashboard.charts({});
    expect(exports.map((e) => e.currency)).toEqual(["USD", "RUB"]);
    const usd = exports[0]!;
    expect(usd.periods).toEqual(["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1"]);
    expect(usd.byCategory.series).toEqual([
      { key: iceCream.id, name: "Мороженое", total: "1600.75" },
      { key: berries.id, name: "Замороженные ягоды", total: "1000.00" },
      { key: lace.id, name: "Вологодское кружево", total: "50.00" },
    ]);
    expect(usd.byCategory.points).toEqual(
      [
        { period: "2024-Q1", key: iceCream.id, value: "1200.75" },
        { period: "2024-Q1", key: berries.id, value: "300.00" },
        { period: "2024-Q3", key: iceCream.id, value: "400.00" },
        { period: "2024-Q3", key: lace.id, value: "50.00" },
        { period: "2025-Q1", key: berries.id, value: "700.00" },
      ].sort((a, b) => a.period.localeCompare(b.period) || a.key.localeCompare(b.key)),
    );
    expect(usd.byDestination.series.map((s) => [s.name, s.total])).toEqual([
      ["Республика Казахстан", "1750.50"],
      ["Республика Беларусь", "700.00"],
      ["Алматинская область", "200.25"],
    ]);
    expect(exports[1]).toEqual({
      currency: "RUB",
      periods: ["2024-Q2"],
      byCategory: {
        series: [{ key: iceCream.id, name: "Мороженое", total: "90000.00" }],
        points: [{ period: "2024-Q2", key: iceCream.id, value: "90000.00" }],
      },
      byDestination: {
        series: [{ key: kz.id, name: "Республика Казахстан", total: "90000.00" }],
        points: [{ period: "2024-Q2", key: kz.id, value: "90000.00" }],
      },
    });
  });

  it("sums the smaller series as one (key null) beyond `top`, and counts by year", async () => {
    const { exports } = await c.viewer.dashboard.charts({ granularity: "year", top: 1 });
    const usd = exports[0]!;
    expect(usd.periods).toEqual(["2024", "2025"]);
    expect(usd.byCategory.series).toEqual([
      { key: iceCream.id, name: "Мороженое", total: "1600.75" },
      { key: null, name: null, total: "1050.00" },
    ]);
    expect(usd.byCategory.points).toEqual([
      { period: "2024", key: iceCream.id, value: "1600.75" },
      { period: "2024", key: null, value: "350.00" },
      { period: "2025", key: null, value: "700.00" },
    ]);
  });

  it("follows the filter: country with its regions, period overlap, categories", async () => {
    const kzOnly = await c.viewer.dashboard.charts({ filter: { countryCodes: ["KZ"] } });
    expect(kzOnly.exports[0]!.byDestination.series.map((s) => s.name)).toEqual(["Республика Казахстан", "Алматинская область"]);
    expect(kzOnly.exports[0]!.byCategory.series.map((s) => [s.name, s.total])).toEqual([
      ["Мороженое", "1200.75"],
      ["Замороженные ягоды", "700.00"],
      ["Вологодское кружево", "50.00"],
    ]);

    const q3 = await c.viewer.dashboard.charts({ filter: { from: d("2024-08-01"), to: d("2024-08-31") } });
    expect(q3.exports.map((e) => [e.currency, e.periods])).toEqual([["USD", ["2024-Q3"]]]);

    const onlyBerries = await c.viewer.dashboard.charts({ categoryIds: [berries.id] });
    expect(onlyBerries.exports[0]!.byCategory.series.map((s) => s.name)).toEqual(["Замороженные ягоды"]);
    expect(onlyBerries.exports[0]!.periods).toEqual(["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1"]);

    const none = await c.viewer.dashboard.charts({ filter: { from: d("2030-01-01") } });
    expect(none.exports).toEqual([]);
  });

  it("refuses bad input with field paths, and anonymous callers", async () => {
    const backwards = await failure(c.viewer.dashboard.charts({ filter: { from: d("2025-01-01"), to: d("2024-01-01") } }));
    expect(backwards.code).toBe("BAD_REQUEST");
    expect(backwards.fieldMessages?.["filter.to"]).toEqual(["Конец периода раньше начала"]);
    const typed = await failure(c.viewer.dashboard.charts({ filter: { from: "01.04.2024" } }));
    expect(Object.keys(typed.fieldMessages ?? {})).toEqual(["filter.from"]);
    const badTop = await failure(c.viewer.dashboard.charts({ top: 0 }));
    expect(Object.keys(badTop.fieldMessages ?? {})).toEqual(["top"]);
    expect((await failure(c.anonymous.dashboard.charts({}))).code).toBe("UNAUTHORIZED");
  });
});
