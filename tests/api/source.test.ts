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

describe("source", () => {
  it("creates, reads, updates and soft-deletes a source, logging each change", async () => {
    const created = await c.editor.source.create({
      title: "Посол Казахстана посетил Вологодскую область",
      kind: "PRESS_RELEASE",
      url: "https://vologda-oblast.ru/news/1",
      publishedAt: "2024-11-20",
      text: "Губернатор встретился с Чрезвычайным и Полномочным Послом.",
    });
    expect(created).toMatchObject({ kind: "PRESS_RELEASE", url: "https://vologda-oblast.ru/news/1", version: 1 });
    expect(created).toMatchObject({ publishedAt: "2024-11-20", publishedPrecision: "DAY" });
    expect((await c.viewer.source.byId({ id: created.id })).publishedAt).toBe("2024-11-20");
    expect((await c.viewer.source.byId({ id: created.id })).text).toContain("Губернатор");

    const updated = await c.editor.source.update({ id: created.id, version: 1, data: { text: "Обсудили мороженое и ягоды.", url: "" } });
    expect(updated).toMatchObject({ url: null, version: 2, title: created.title });
    // searchText is rebuilt from the stored title and the new text.
    expect((await c.viewer.source.list({ filter: { q: "посол ягоды" } })).items.map((s) => s.id)).toEqual([created.id]);
    expect((await c.viewer.source.list({ filter: { q: "губернатор" } })).total).toBe(0);

    await c.admin.source.delete({ id: created.id, version: 2 });
    expect((await failure(c.viewer.source.byId({ id: created.id }))).code).toBe("NOT_FOUND");
    const log = await db.prisma.changeLog.findMany({ where: { entity: "source", recordId: created.id }, orderBy: { at: "asc" } });
    expect(log.map((e) => e.action)).toEqual(["CREATE", "UPDATE", "DELETE"]);
    expect(log[1]?.changes).toMatchObject({ url: { from: "https://vologda-oblast.ru/news/1", to: null } });
    expect(log[0]?.changes).toMatchObject({ publishedAt: "2024-11-20", publishedPrecision: "DAY" });
  });

  it("defaults the kind to NOTE", async () => {
    const s = await c.editor.source.create({ title: "Заметка без даты" });
    expect(s).toMatchObject({ kind: "NOTE", publishedAt: null, url: null, text: null });
  });

  it("finds by text regardless of case and ё/е", async () => {
    const s = await c.editor.source.create({ title: "Дед Мороз из Великого Устюга", text: "Новогодний тур: ЁЛКА в Астане", kind: "NEWS" });
    expect((await c.viewer.source.list({ filter: { q: "елка АСТАНЕ устюга" } })).items.map((x) => x.id)).toEqual([s.id]);
    expect((await c.viewer.source.list({ filter: { q: "ёлка минск" } })).total).toBe(0);
  });

  it("filters by publication period and kind", async () => {
    const oct = await c.editor.source.create({ title: "Октябрьская справка", kind: "DOCUMENT", publishedAt: "2024-10-15" });
    const nov = await c.editor.source.create({ title: "Ноябрьская справка", kind: "DOCUMENT", publishedAt: "2024-11-30" });
    const dec = await c.editor.source.create({ title: "Декабрьский релиз", kind: "PRESS_RELEASE", publishedAt: "2024-12-05" });
    const inNov = await c.viewer.source.list({ filter: { from: "2024-11-01", to: "2024-11-30" } });
    expect(inNov.items.map((s) => s.id)).toEqual([nov.id]);
    const docs = await c.viewer.source.list({ filter: { kinds: ["DOCUMENT"] } });
    expect(docs.items.map((s) => s.id)).toEqual([nov.id, oct.id]);
    const fromNov = await c.viewer.source.list({ filter: { from: "2024-11-01", kinds: ["DOCUMENT", "PRESS_RELEASE"] } });
    expect(fromNov.items.map((s) => s.id)).toEqual([dec.id, nov.id]);
  });

  it("keeps a date known only to its month, quarter or year as that period", async () => {
    // «в декабре 2024 года»: filed as the month, found by any period that touches December.
    const month = await c.editor.source.create({
      title: "Релиз о декабрьском форуме",
      kind: "PRESS_RELEASE",
      publishedAt: "2024-12-13",
      publishedPrecision: "MONTH",
    });
    expect(month).toMatchObject({ publishedAt: "2024-12-01", publishedPrecision: "MONTH" });
    const year = await c.editor.source.create({ title: "Годовой отчёт о форуме", kind: "DOCUMENT", publishedAt: "2023-06-01", publishedPrecision: "YEAR" });
    expect(year).toMatchObject({ publishedAt: "2023-01-01", publishedPrecision: "YEAR" });
    const ids = async (filter: { from?: string; to?: string }) =>
      (await c.viewer.source.list({ filter: { ...filter, q: "форуме" }, sort: { field: "title", direction: "asc" } })).items.map((s) => s.id);
    expect(await ids({ from: "2024-12-20", to: "2024-12-31" })).toEqual([month.id]);
    expect(await ids({ from: "2024-11-01", to: "2024-11-30" })).toEqual([]);
    expect(await ids({ from: "2023-12-31" })).toEqual([year.id, month.id]);
    expect(await ids({ from: "2024-01-01" })).toEqual([month.id]);
    expect(await ids({ to: "2022-12-31" })).toEqual([]);

    // A new precision alone re-files the stored day; so does a new day alone.
    const quarter = await c.editor.source.update({ id: month.id, version: month.version, data: { publishedPrecision: "QUARTER" } });
    expect(quarter).toMatchObject({ publishedAt: "2024-10-01", publishedPrecision: "QUARTER" });
    const moved = await c.editor.source.update({ id: month.id, version: quarter.version, data: { publishedAt: "2025-05-20" } });
    expect(moved).toMatchObject({ publishedAt: "2025-04-01", publishedPrecision: "QUARTER" });
    const log = await db.prisma.changeLog.findMany({ where: { entity: "source", recordId: month.id, action: "UPDATE" }, orderBy: { at: "asc" } });
    expect(log[0]?.changes).toEqual({ publishedAt: { from: "2024-12-01", to: "2024-10-01" }, publishedPrecision: { from: "MONTH", to: "QUARTER" } });
    expect(log[1]?.changes).toEqual({ publishedAt: { from: "2024-10-01", to: "2025-04-01" } });
  });

  it("sorts by publication date with undated sources last, and pages through them", async () => {
    const all = await c.viewer.source.list({ limit: 500 });
    const dates = all.items.map((s) => s.publishedAt);
    const firstNull = dates.indexOf(null);
    expect(firstNull).toBeGreaterThan(0);
    expect(dates.slice(firstNull).every((d) => d === null)).toBe(true);
    // Days sort as strings.
    const dated = dates.slice(0, firstNull) as string[];
    expect(dated).toEqual([...dated].sort().reverse());

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof c.viewer.source.list>> = await c.viewer.source.list({ limit: 1, cursor });
      seen.push(...page.items.map((s) => s.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.items.map((s) => s.id));

    const byTitle = await c.viewer.source.list({ limit: 500, sort: { field: "title", direction: "asc" } });
    const titles = byTitle.items.map((s) => s.title);
    expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it("refuses a stale version with CONFLICT", async () => {
    const s = await c.editor.source.create({ title: "Черновик" });
    await c.editor.source.update({ id: s.id, version: s.version, data: { title: "Черновик 2" } });
    const stale = await failure(c.editor.source.update({ id: s.id, version: s.version, data: { title: "Черновик 3" } }));
    expect(stale.code).toBe("CONFLICT");
    expect((await c.viewer.source.byId({ id: s.id })).title).toBe("Черновик 2");
  });

  it("answers bad input with BAD_REQUEST and field paths", async () => {
    const bad = await failure(
      c.editor.source.create({ title: "   ", kind: "RUMOUR" as never, url: "ftp://files.example.ru/a", publishedAt: "вчера" as never }),
    );
    expect(bad.code).toBe("BAD_REQUEST");
    expect(Object.keys(bad.fieldMessages ?? {}).sort()).toEqual(["kind", "publishedAt", "title", "url"]);
  });

  it("keeps one live source per text: a copy (other spacing) is a CONFLICT on the text naming the source; a deleted one does not count", async () => {
    const text = "Губернатор обсудил с делегацией Акмолинской области поставки льняных тканей.\n\nСтороны договорились о встрече.";
    const first = await c.editor.source.create({ title: "Поставки льна", kind: "PRESS_RELEASE", text });
    const row = await db.prisma.source.findUniqueOrThrow({ where: { id: first.id }, select: { textHash: true } });
    expect(row.textHash).toMatch(/^[0-9a-f]{64}$/);

    const copy = await failure(c.editor.source.create({ title: "Копия", text: text.replace("\n\n", "\r\n").replaceAll(" ", "\u00a0") }));
    expect(copy.code).toBe("CONFLICT");
    expect(copy.fieldMessages?.text).toEqual(["Источник с этим текстом уже есть: «Поставки льна»"]);
    expect(copy.current).toMatchObject({ id: first.id, title: "Поставки льна" });

    // Editing another source's text into the same one is refused the same way; the source's own text may stay.
    const other = await c.editor.source.create({ title: "Другая заметка", text: "Совсем другой текст." });
    const edited = await failure(c.editor.source.update({ id: other.id, version: other.version, data: { text: ` ${text} ` } }));
    expect(edited.code).toBe("CONFLICT");
    expect(edited.fieldMessages?.["data.text"]).toEqual(["Источник с этим текстом уже есть: «Поставки льна»"]);
    const retitled = await c.editor.source.update({ id: first.id, version: first.version, data: { title: "Поставки льна в Акмолинскую область", text } });
    expect(retitled.version).toBe(2);

    // A source without visible text has no key, and any number of them may exist.
    await c.editor.source.create({ title: "Пустая 1", text: " " });
    await c.editor.source.create({ title: "Пустая 2", text: " " });

    await c.admin.source.delete({ id: first.id, version: retitled.version });
    const again = await c.editor.source.create({ title: "Поставки льна, заново", text });
    expect(again.text).toBe(text);
  });

  it("answers an unknown id with NOT_FOUND", async () => {
    expect((await failure(c.viewer.source.byId({ id: unknownId }))).code).toBe("NOT_FOUND");
    expect((await failure(c.admin.source.delete({ id: unknownId, version: 1 }))).code).toBe("NOT_FOUND");
  });

  it("checks roles: viewers cannot write, editors cannot delete", async () => {
    expect((await failure(c.viewer.source.create({ title: "Нельзя" }))).code).toBe("FORBIDDEN");
    const s = await c.editor.source.create({ title: "Удалить позже" });
    expect((await failure(c.editor.source.delete({ id: s.id, version: s.version }))).code).toBe("FORBIDDEN");
    expect((await c.viewer.source.byId({ id: s.id })).title).toBe("Удалить позже");
  });
});
