// exportFact: facts a source states in words about exports to a partner — a rank among
// its buyers, a growth rate over a period, an intent to supply a category — each with
// its source; listed by partner (with everything below it) and by period, versioned,
// and shown in the partner's dossier. On the Kazakhstan case, whose release states the
// intent for three categories.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import { seedDatabase } from "@atlas/db/seed/seed-database";
import { caseExportIntentStatement, caseIds } from "@atlas/db/seed/kazakhstan-case";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor, failure } from "../support/callers.ts";

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;
let timber: { id: string };
let source: { id: string };
let by: { id: string };

beforeAll(async () => {
  db = await openTestDatabase();
  // The case alone: Kazakhstan with Almaty Oblast below it, the release, the categories.
  await seedDatabase(db.prisma, {});
  c = await callersFor(db);
  timber = await c.admin.exportCategory.create({ name: "Лесопродукция" });
  by = await c.editor.partner.create({ name: "Республика Беларусь", level: "COUNTRY", isoCode: "BY" });
  source = await c.editor.source.create({
    title: "Итоги внешней торговли за первое полугодие 2025 года",
    kind: "NEWS",
    url: "https://example.org/trade-2025-h1",
  });
}, 120_000);
afterAll(async () => db?.close());

describe("exportFact on the Kazakhstan case", () => {
  it("seeds one intent per category the release names, with its words and source, and no period", async () => {
    const page = await c.viewer.exportFact.list({ filter: { partnerIds: [caseIds.kazakhstan], kinds: ["INTENT"] } });
    const seeded = page.items.filter((f) => f.source?.id === caseIds.source);
    expect(seeded.map((f) => f.category?.name).sort()).toEqual(["Замороженные ягоды", "Молочная продукция", "Мясные консервы"]);
    for (const f of seeded) {
      expect(f).toMatchObject({ kind: "INTENT", statement: caseExportIntentStatement, periodStart: null, periodEnd: null, rank: null, growthPercent: null });
      expect(f.partner.id).toBe(caseIds.kazakhstan);
    }
  });
});

describe("exportFact", () => {
  it("creates a rank, a growth and an intent with a source, logs each, and shows them in the dossier", async () => {
    const rank = await c.editor.exportFact.create({
      kind: "RANK",
      partnerId: caseIds.kazakhstan,
      categoryId: timber.id,
      periodStart: "2024-01-01",
      periodEnd: "2024-12-31",
      rank: 4,
      statement: "Казахстан входит в четвёрку крупнейших покупателей вологодской лесопродукции",
      sourceId: source.id,
    });
    expect(rank).toMatchObject({ kind: "RANK", rank: 4, growthPercent: null, periodStart: "2024-01-01", periodEnd: "2024-12-31", version: 1 });
    expect(rank.source).toMatchObject({ id: source.id, url: "https://example.org/trade-2025-h1" });
    expect(rank.category).toMatchObject({ id: timber.id, name: "Лесопродукция" });

    // Decimals go in as a number or as typed text, and come back as exact decimal text.
    const growth = await c.editor.exportFact.create({
      kind: "GROWTH",
      partnerId: caseIds.almatyOblast,
      periodStart: "2025-01-01",
      periodEnd: "2025-06-30",
      growthPercent: "34,5",
      statement: "Поставки в Алматинскую область выросли на 34,5 % за первое полугодие",
      sourceId: source.id,
    });
    expect(growth).toMatchObject({ kind: "GROWTH", growthPercent: "34.5", rank: null, category: null });
    const fall = await c.editor.exportFact.create({ kind: "GROWTH", partnerId: by.id, growthPercent: -5.25, statement: "Снижение на 5,25 %" });
    expect(fall.growthPercent).toBe("-5.25");

    const intent = await c.editor.exportFact.create({
      kind: "INTENT",
      partnerId: caseIds.almatyOblast,
      categoryId: caseIds.frozenBerries,
      statement: "Алматинские сети заинтересованы в поставках замороженных ягод",
      sourceId: source.id,
    });
    expect(intent).toMatchObject({ kind: "INTENT", periodStart: null, category: { id: caseIds.frozenBerries } });
    expect((await c.viewer.exportFact.byId({ id: intent.id })).statement).toBe("Алматинские сети заинтересованы в поставках замороженных ягод");

    const log = await db.prisma.changeLog.findMany({ where: { entity: "exportFact", recordId: { in: [rank.id, growth.id, intent.id] } } });
    expect(log.map((e) => e.action)).toEqual(["CREATE", "CREATE", "CREATE"]);
    expect(log.find((e) => e.recordId === growth.id)?.changes).toMatchObject({ growthPercent: "34.5", periodStart: "2025-01-01", periodEnd: "2025-06-30" });

    // Kazakhstan's dossier holds its own facts and those of Almaty Oblast below it, with sources.
    const dossier = await c.viewer.partner.dossier({ id: caseIds.kazakhstan });
    const ids = dossier.exports.facts.items.map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining([rank.id, growth.id, intent.id]));
    expect(ids).not.toContain(fall.id);
    expect(dossier.exports.facts.total).toBe(6);
    // Latest periods first, facts without a period after them.
    expect(ids.slice(0, 2)).toEqual([growth.id, rank.id]);
    expect(dossier.exports.facts.items.find((f) => f.id === growth.id)).toMatchObject({
      growthPercent: "34.5",
      partner: { id: caseIds.almatyOblast },
      source: { id: source.id, url: "https://example.org/trade-2025-h1" },
    });
    const almaty = await c.viewer.partner.dossier({ id: caseIds.almatyOblast });
    expect(almaty.exports.facts.items.map((f) => f.id).sort()).toEqual([growth.id, intent.id].sort());
  });

  it("lists by partner with everything below it, by period overlap, category, kind and text, page by page", async () => {
    const list = (filter: Parameters<typeof c.viewer.exportFact.list>[0]["filter"]) =>
      c.viewer.exportFact.list({ filter, limit: 100 }).then((p) => p.items.map((f) => f.statement));

    const underKz = await list({ partnerIds: [caseIds.kazakhstan] });
    expect(underKz).toHaveLength(6);
    expect(underKz).toContain("Поставки в Алматинскую область выросли на 34,5 % за первое полугодие");
    expect(await list({ countryCodes: ["KZ"] })).toHaveLength(6);
    expect(await list({ partnerIds: [caseIds.almatyOblast] })).toHaveLength(2);

    // Overlap: the first half of 2025 is in a filter from March; 2024 is not; no period is in no period filter.
    expect(await list({ from: "2025-03-01", to: "2025-03-31" })).toEqual(["Поставки в Алматинскую область выросли на 34,5 % за первое полугодие"]);
    expect(await list({ from: "2024-12-31" })).toHaveLength(2);
    expect(await list({ to: "2024-01-01" })).toEqual(["Казахстан входит в четвёрку крупнейших покупателей вологодской лесопродукции"]);

    expect(await list({ categoryIds: [timber.id] })).toHaveLength(1);
    expect(await list({ kinds: ["GROWTH"] })).toHaveLength(2);
    expect(await list({ q: "ЧЕТВЁРКУ лесопродукции" })).toHaveLength(1);

    const first = await c.viewer.exportFact.list({ sort: { field: "periodStart", direction: "desc" }, limit: 3 });
    expect(first.total).toBe(7);
    const rest = await c.viewer.exportFact.list({ sort: { field: "periodStart", direction: "desc" }, limit: 10, cursor: first.nextCursor });
    const all = [...first.items, ...rest.items];
    expect(new Set(all.map((f) => f.id)).size).toBe(7);
    // Dated facts first, the latest start first; undated ones last.
    expect(all.map((f) => f.periodStart)).toEqual(["2025-01-01", "2024-01-01", null, null, null, null, null]);
  });

  it("updates at the version the user saw, logs the change, and refuses a stale one with CONFLICT", async () => {
    const fact = await c.editor.exportFact.create({ kind: "RANK", partnerId: by.id, rank: 2, statement: "Второй покупатель", sourceId: source.id });
    const updated = await c.editor.exportFact.update({ id: fact.id, version: 1, data: { rank: 3, statement: "Третий покупатель" } });
    expect(updated).toMatchObject({ rank: 3, statement: "Третий покупатель", version: 2 });
    const stale = await failure(c.editor.exportFact.update({ id: fact.id, version: 1, data: { rank: 5 } }));
    expect(stale.code).toBe("CONFLICT");
    expect((await c.viewer.exportFact.byId({ id: fact.id })).rank).toBe(3);
    expect((await c.viewer.exportFact.list({ filter: { q: "третий" } })).total).toBe(1);

    // Changing the kind: the stored rank must go with it.
    const mixed = await failure(c.editor.exportFact.update({ id: fact.id, version: 2, data: { kind: "GROWTH", growthPercent: 10 } }));
    expect(mixed.code).toBe("BAD_REQUEST");
    expect(Object.keys(mixed.fieldMessages ?? {})).toEqual(["rank"]);
    const regrown = await c.editor.exportFact.update({ id: fact.id, version: 2, data: { kind: "GROWTH", growthPercent: 10, rank: null } });
    expect(regrown).toMatchObject({ kind: "GROWTH", growthPercent: "10", rank: null, version: 3 });

    await c.editor.exportFact.delete({ id: fact.id, version: 3 });
    expect((await failure(c.viewer.exportFact.byId({ id: fact.id }))).code).toBe("NOT_FOUND");
    expect((await c.viewer.exportFact.list({ filter: { q: "третий" } })).total).toBe(0);
    const log = await db.prisma.changeLog.findMany({ where: { entity: "exportFact", recordId: fact.id }, orderBy: { at: "asc" } });
    expect(log.map((e) => e.action)).toEqual(["CREATE", "UPDATE", "UPDATE", "DELETE"]);
    expect(log[1]?.changes).toEqual({ rank: { from: 2, to: 3 }, statement: { from: "Второй покупатель", to: "Третий покупатель" } });
    expect(log[2]?.changes).toMatchObject({ kind: { from: "RANK", to: "GROWTH" }, growthPercent: { from: null, to: "10" }, rank: { from: 3, to: null } });
  });

  it("answers broken rules with BAD_REQUEST on the field's path, in Russian", async () => {
    const noRank = await failure(c.editor.exportFact.create({ kind: "RANK", partnerId: by.id, statement: "Крупный покупатель" }));
    expect(noRank.code).toBe("BAD_REQUEST");
    expect(noRank.fieldMessages).toEqual({ rank: ["Укажите место среди покупателей"] });

    const backwards = await failure(
      c.editor.exportFact.create({ kind: "GROWTH", partnerId: by.id, growthPercent: 3, periodStart: "2025-06-30", periodEnd: "2025-01-01", statement: "Рост" }),
    );
    expect(backwards.code).toBe("BAD_REQUEST");
    expect(backwards.fieldMessages).toEqual({ periodEnd: ["Конец периода раньше начала"] });

    const bad = await failure(
      c.editor.exportFact.create({ kind: "GROWTH", partnerId: by.id, growthPercent: "12,345", rank: 0, periodStart: "2025-01-01", statement: " " }),
    );
    expect(Object.keys(bad.fieldMessages ?? {}).sort()).toEqual(["growthPercent", "rank", "statement"]);
    expect(bad.fieldMessages?.growthPercent).toEqual(["Не больше 2 знаков после запятой"]);
    expect((await failure(c.editor.exportFact.create({ kind: "GROWTH", partnerId: by.id, growthPercent: 100001, statement: "Рост" }))).fieldMessages).toEqual({
      // Counts from 10 000 up are grouped, as Russian writes them.
      growthPercent: [`Рост — от -1000 до ${(100_000).toLocaleString("ru-RU")} %`],
    });
    expect((await failure(c.editor.exportFact.create({ kind: "INTENT", partnerId: by.id, statement: "Хотят поставлять" }))).fieldMessages).toEqual({
      categoryId: ["Укажите, что намерены поставлять"],
    });
    expect(
      (await failure(c.editor.exportFact.create({ kind: "RANK", partnerId: by.id, rank: 1, periodEnd: "2025-01-01", statement: "Первый" }))).fieldMessages,
    ).toEqual({
      periodStart: ["Укажите начало периода или уберите его конец"],
    });

    // References that do not exist are named by field, all at once.
    const unknownId = "8f14e45f-ceea-467a-9c1a-1e2a3b4c5d6e";
    const refs = await failure(
      c.editor.exportFact.create({ kind: "INTENT", partnerId: unknownId, categoryId: unknownId, sourceId: unknownId, statement: "Факт" }),
    );
    expect(refs.code).toBe("BAD_REQUEST");
    expect(Object.keys(refs.fieldMessages ?? {}).sort()).toEqual(["categoryId", "partnerId", "sourceId"]);
  });

  it("lets viewers read and editors write; a viewer's write is FORBIDDEN", async () => {
    const input = { kind: "RANK" as const, partnerId: by.id, rank: 7, statement: "Седьмой покупатель" };
    expect((await failure(c.viewer.exportFact.create(input))).code).toBe("FORBIDDEN");
    expect((await failure(c.analyst.exportFact.create(input))).code).toBe("FORBIDDEN");
    expect((await failure(c.anonymous.exportFact.list({}))).code).toBe("UNAUTHORIZED");
    const fact = await c.editor.exportFact.create(input);
    expect((await failure(c.viewer.exportFact.update({ id: fact.id, version: 1, data: { rank: 8 } }))).code).toBe("FORBIDDEN");
    expect((await failure(c.viewer.exportFact.delete({ id: fact.id, version: 1 }))).code).toBe("FORBIDDEN");
    expect((await c.viewer.exportFact.byId({ id: fact.id })).rank).toBe(7);
    expect((await c.viewer.exportFact.list({ filter: { q: "седьмой" } })).total).toBe(1);
  });
});
