// Search that understands Russian (issue 13): word forms, aliases, Latin spellings, the
// duplicate guard, and one search across record types. Runs on PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import { latinSkeleton, stemOf } from "@atlas/shared/russian-text";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor } from "../support/callers.ts";

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;
let china: { id: string };
let almaty: { id: string };
const ids = (page: { items: Array<{ id: string }> }) => page.items.map((i) => i.id).sort();

beforeAll(async () => {
  db = await openTestDatabase();
  c = await callersFor(db);
  china = await c.editor.partner.create({ name: "Китайская Народная Республика", level: "COUNTRY", isoCode: "CN", aliases: ["Китай", "КНР"] });
  await c.editor.partner.create({ name: "Республика Беларусь", level: "COUNTRY", isoCode: "BY", aliases: ["Беларусь", "Белоруссия"] });
  await c.editor.partner.create({ name: "Королевство Нидерландов", level: "COUNTRY", isoCode: "NL", aliases: ["Нидерланды", "Голландия"] });
  const kz = await c.editor.partner.create({ name: "Республика Казахстан", level: "COUNTRY", isoCode: "KZ" });
  almaty = await c.editor.partner.create({ name: "Алматы", level: "CITY", parentId: kz.id, aliases: ["Алма-Ата"] });
  await c.editor.partner.create({ name: "Шэньян", level: "CITY", parentId: china.id, aliases: ["Шеньян"] });
  await c.editor.partner.create({ name: "Мурманская область", level: "REGION", isoCode: "RU-MUR" });
});
afterAll(async () => db?.close());

describe("word forms", () => {
  it("«Деда Мороза» and «Дед Мороз» find the same three records, and nothing else", async () => {
    const kz = (await c.viewer.partner.list({ filter: { q: "Казахстан" } })).items[0]!;
    const made = [];
    for (const title of ["Визит Деда Мороза в Астану", "Дед Мороз встретился со школьниками", "Письма Деду Морозу из Алматы"]) {
      made.push((await c.editor.meeting.create({ title, kind: "MEETING", startsAt: "2024-12-16", partnerIds: [kz.id] })).id);
    }
    await c.editor.meeting.create({ title: "Морозоустойчивые сорта ягод", kind: "MEETING", startsAt: "2024-12-17", partnerIds: [kz.id] });
    const oblique = ids(await c.viewer.meeting.list({ filter: { q: "Деда Мороза" } }));
    const plain = ids(await c.viewer.meeting.list({ filter: { q: "дед мороз" } }));
    expect(oblique).toEqual(made.sort());
    expect(plain).toEqual(oblique);
  });

  it("«Меморандума о взаимопонимании» finds the memorandum; the stop word «о» is not required", async () => {
    const memo = await c.editor.agreement.create({
      title: "Меморандум о взаимопонимании между Вологодской и Алматинской областями",
      kind: "MEMORANDUM",
      partyIds: [almaty.id],
      stage: "DRAFT",
      stageDate: "2024-11-13",
    });
    expect(ids(await c.viewer.agreement.list({ filter: { q: "Меморандума о взаимопонимании" } }))).toEqual([memo.id]);
  });

  it("stems exactly as PostgreSQL's russian text search configuration does", async () => {
    const words = ["деда", "мороза", "меморандума", "взаимопонимании", "вологодской", "области", "визиты", "делегации", "казахстана", "соколе"];
    const rows = await db.prisma.$queryRawUnsafe<Array<{ word: string; lexeme: string }>>(
      `SELECT w AS word, (SELECT string_agg(lexeme, ' ') FROM unnest(to_tsvector('russian', w))) AS lexeme FROM unnest($1::text[]) w`,
      words,
    );
    for (const { word, lexeme } of rows) expect(stemOf(word), word).toBe(lexeme);
  });
});

describe("aliases", () => {
  it("«КНР» finds China and the meetings that name «Китай»; «Белоруссия» finds Belarus; «Голландия» the Netherlands; «Шеньян» Шэньян", async () => {
    expect((await c.viewer.partner.list({ filter: { q: "КНР" } })).items.map((p) => p.name)).toContain("Китайская Народная Республика");
    const meeting = await c.editor.meeting.create({
      title: "Переговоры с делегацией Китая",
      kind: "NEGOTIATIONS",
      startsAt: "2024-05-05",
      partnerIds: [china.id],
    });
    expect(ids(await c.viewer.meeting.list({ filter: { q: "КНР" } }))).toContain(meeting.id);
    expect((await c.viewer.partner.list({ filter: { q: "Белоруссия" } })).items.map((p) => p.name)).toEqual(["Республика Беларусь"]);
    expect((await c.viewer.partner.list({ filter: { q: "Голландия" } })).items.map((p) => p.name)).toEqual(["Королевство Нидерландов"]);
    expect((await c.viewer.partner.list({ filter: { q: "Шеньян" } })).items.map((p) => p.name)).toEqual(["Шэньян"]);
  });

  it("«Алма-Ата» finds Алматы and a meeting held there", async () => {
    expect((await c.viewer.partner.list({ filter: { q: "Алма-Ата" } })).items.map((p) => p.id)).toEqual([almaty.id]);
    const meeting = await c.editor.meeting.create({ title: "Деловая миссия в Алматы", kind: "VISIT", startsAt: "2024-06-06", partnerIds: [almaty.id] });
    const found = await c.viewer.meeting.list({ filter: { q: "Алма-Ата" } });
    expect(found.items.map((m) => m.title).sort()).toEqual(["Деловая миссия в Алматы", "Письма Деду Морозу из Алматы"]);
    expect(ids(found)).toContain(meeting.id);
  });

  it("the duplicate guard knows aliases and does not flag regions that share only «область»", async () => {
    const byAlias = await c.editor.partner.findSimilar({ name: "Белоруссия" });
    expect(byAlias[0]).toMatchObject({ name: "Республика Беларусь", exact: true });
    expect((await c.editor.partner.findSimilar({ name: "Московская область" })).map((p) => p.name)).not.toContain("Мурманская область");
    expect((await c.editor.partner.findSimilar({ name: "Мурманская обл" })).map((p) => p.name)).toContain("Мурманская область");
  });
});

describe("Latin spellings", () => {
  it("«Yuri Lilein» finds «Юрий Лилейн» in the list and in the duplicate guard; «Dmitry Mikhno» finds «Дмитрий Михно»", async () => {
    const yuri = await c.editor.person.create({ fullName: "Юрий Лилейн", side: "HOME" });
    const dmitry = await c.editor.person.create({ fullName: "Дмитрий Михно", side: "HOME" });
    expect(ids(await c.viewer.person.list({ filter: { q: "Yuri Lilein" } }))).toEqual([yuri.id]);
    expect(ids(await c.viewer.person.list({ filter: { q: "Dmitry Mikhno" } }))).toEqual([dmitry.id]);
    expect((await c.editor.person.findSimilar({ fullName: "Yuri Lilein" })).map((p) => p.id)).toContain(yuri.id);
  });

  it("the migration's SQL skeleton agrees with the application's", async () => {
    const names = ["Юрий Лилейн", "Дмитрий Михно", "Даурен Абаев", "Касым-Жомарт Токаев", "Алматинская область", "Щёлково", "Ёлкин Яков", "Жетысу"];
    const rows = await db.prisma.$queryRawUnsafe<Array<{ name: string; skeleton: string }>>(
      `SELECT n AS name, atlas_latin_skeleton(n) AS skeleton FROM unnest($1::text[]) n`,
      names,
    );
    for (const { name, skeleton } of rows) expect(skeleton, name).toBe(latinSkeleton(name));
  });
});

describe("search.global", () => {
  it("finds «сокол» across types, grouped, the exact name first", async () => {
    const vologda = await c.editor.partner.create({ name: "Вологодская область", level: "REGION", isoCode: "RU-VLG" });
    const sokol = await c.editor.partner.create({ name: "Сокол", level: "CITY", parentId: vologda.id });
    const park = await c.editor.project.create({ title: "Индустриальный парк «Сокол»", partnerId: sokol.id });
    const meeting = await c.editor.meeting.create({ title: "Визит в Сокол", kind: "VISIT", startsAt: "2024-03-03", partnerIds: [sokol.id] });
    const result = await c.viewer.search.global({ q: "сокол" });
    const group = (type: string) => result.groups.find((g) => g.type === type)?.hits ?? [];
    expect(group("partner")[0]).toMatchObject({ id: sokol.id, match: "exact" });
    expect(group("project").map((h) => h.id)).toContain(park.id);
    expect(group("meeting").map((h) => h.id)).toContain(meeting.id);
    expect(group("meeting").find((h) => h.id === meeting.id)?.day).toBe("2024-03-03");

    // A word form and a typo.
    expect((await c.viewer.search.global({ q: "Соколе" })).groups.find((g) => g.type === "partner")?.hits.map((h) => h.id)).toContain(sokol.id);
    const typo = await c.viewer.search.global({ q: "Индустриальный прак Сокол" });
    expect(typo.groups.find((g) => g.type === "project")?.hits[0]).toMatchObject({ id: park.id });
    expect((await c.viewer.search.global({ q: "   " })).groups).toEqual([]);

    // A typo of a whole word is forgiven; a word that only shares letters is not similar.
    const protocol = await c.editor.agreement.create({
      title: "Протокол о сотрудничестве",
      kind: "JOINT_COMMISSION_PROTOCOL",
      partyIds: [sokol.id],
      stage: "DRAFT",
      stageDate: "2024-01-01",
    });
    const again = await c.viewer.search.global({ q: "сокол" });
    expect(again.groups.find((g) => g.type === "agreement")?.hits.map((h) => h.id) ?? []).not.toContain(protocol.id);
    const kz = await c.viewer.search.global({ q: "Казахтан" });
    expect(kz.groups.find((g) => g.type === "partner")?.hits[0]).toMatchObject({ title: "Республика Казахстан", match: "similar" });
  });

  it("finds sources by their words, dated or not, but not by a typo: they grow with the history", async () => {
    const older = await c.editor.source.create({ title: "Лесопромышленный форум в Вологде", publishedAt: "2023-05-10" });
    const newer = await c.editor.source.create({ title: "Итоги лесопромышленного форума", publishedAt: "2025-05-12" });
    const undated = await c.editor.source.create({ title: "Заметка о лесопромышленном форуме" });
    const hits = (await c.viewer.search.global({ q: "лесопромышленный форум" })).groups.find((g) => g.type === "source")?.hits ?? [];
    expect(hits.map((h) => h.id).sort()).toEqual([older.id, newer.id, undated.id].sort());
    expect(hits.find((h) => h.id === newer.id)).toMatchObject({ day: "2025-05-12", match: "words" });
    // A typo finds a partner by similarity, never a source (no similarity scan over a growing table).
    const partner = await c.editor.partner.create({ name: "Лесопромышленный кластер", level: "ORGANISATION" });
    const typo = await c.viewer.search.global({ q: "Лесопромышлинный" });
    expect(typo.groups.find((g) => g.type === "partner")?.hits.map((h) => h.id)).toContain(partner.id);
    expect(typo.groups.find((g) => g.type === "source")).toBeUndefined();
  });
});
