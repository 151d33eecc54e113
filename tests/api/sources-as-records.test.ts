// Sources as records (issue 10, part 3): one press release is one Source row, however
// many meetings, agreements and events cite it; one address is one source (the URL key
// ignores case of scheme and host, `www.`, utm_ parameters, #fragment and a trailing
// slash); a meeting cites any number of sources, and its history records the set.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import { normalizeSourceUrl } from "@atlas/shared/source-url";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor, failure } from "../support/callers.ts";

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;
let kz: { id: string };

beforeAll(async () => {
  db = await openTestDatabase();
  c = await callersFor(db);
  kz = await c.editor.partner.create({ name: "Республика Казахстан", level: "COUNTRY", isoCode: "KZ" });
});
afterAll(async () => db?.close());

const meeting = (title: string, sourceIds: string[]) =>
  c.editor.meeting.create({ title, kind: "VISIT", startsAt: "2024-11-14", partnerIds: [kz.id], sourceIds });

describe("the URL key", () => {
  it("is one key for the same address however it is written", () => {
    const key = "https://gov35.ru/news/visit-kz";
    for (const url of [
      "https://gov35.ru/news/visit-kz",
      "  HTTPS://WWW.Gov35.RU/news/visit-kz/  ",
      "https://www.gov35.ru/news/visit-kz?utm_source=telegram&utm_medium=post",
      "https://gov35.ru/news/visit-kz/#comments",
    ]) {
      expect(normalizeSourceUrl(url)).toBe(key);
    }
    // The path's case and the other parameters are the page's own.
    expect(normalizeSourceUrl("https://gov35.ru/News/visit-kz?id=7&utm_campaign=x&page=2")).toBe("https://gov35.ru/News/visit-kz?id=7&page=2");
    expect(normalizeSourceUrl("")).toBeNull();
    expect(normalizeSourceUrl(null)).toBeNull();
  });
});

describe("sources as records", () => {
  it("one source cited by a meeting and by an agreement is one row, listed by both", async () => {
    const release = await c.editor.source.create({
      title: "Посол Казахстана посетил Вологодскую область",
      kind: "PRESS_RELEASE",
      url: "https://vologda-oblast.ru/news/ambassador-kz",
      outlet: "Правительство Вологодской области",
      publishedAt: "2024-11-13",
    });
    expect(release.outlet).toBe("Правительство Вологодской области");
    const before = await db.prisma.source.count();

    const visit = await meeting("Рабочий визит посла", [release.id]);
    const proposal = await c.editor.agreement.create({
      title: "Предложение о сотрудничестве",
      kind: "COOPERATION_AGREEMENT",
      partyIds: [kz.id],
      stageDate: "2024-11-13",
      sourceIds: [release.id],
    });

    expect(await db.prisma.source.count()).toBe(before);
    const listed = {
      id: release.id,
      title: "Посол Казахстана посетил Вологодскую область",
      url: "https://vologda-oblast.ru/news/ambassador-kz",
      outlet: "Правительство Вологодской области",
      kind: "PRESS_RELEASE",
      publishedAt: "2024-11-13",
      publishedPrecision: "DAY",
    };
    expect((await c.viewer.meeting.byId({ id: visit.id })).sources).toEqual([listed]);
    expect((await c.viewer.agreement.byId({ id: proposal.id })).sources).toEqual([listed]);
    expect(await db.prisma.interactionSource.count({ where: { sourceId: release.id } })).toBe(1);
    expect(await db.prisma.agreementSource.count({ where: { sourceId: release.id } })).toBe(1);
  });

  it("refuses a second source with the same address, also written with www., a trailing slash or utm_ parameters", async () => {
    const first = await c.editor.source.create({ title: "Визит посла: пресс-релиз", url: "https://gov35.ru/news/12345", outlet: "gov35.ru" });
    const count = await db.prisma.source.count();
    for (const url of [
      "https://gov35.ru/news/12345",
      "https://www.gov35.ru/news/12345",
      "https://gov35.ru/news/12345/",
      "https://gov35.ru/news/12345?utm_source=vk&utm_medium=social",
      "HTTPS://WWW.GOV35.RU/news/12345/?utm_campaign=visit#top",
    ]) {
      const refused = await failure(c.editor.source.create({ title: "Тот же релиз ещё раз", url }));
      expect(refused.code).toBe("CONFLICT");
      expect(refused.message).toBe("Источник с этим адресом уже есть: «Визит посла: пресс-релиз»");
      expect(refused.current).toMatchObject({ id: first.id, title: "Визит посла: пресс-релиз", url: "https://gov35.ru/news/12345", outlet: "gov35.ru" });
      expect(refused.fieldMessages).toEqual({ url: ["Источник с этим адресом уже есть: «Визит посла: пресс-релиз»"] });
      // source.find by the address finds it, however the address is written.
      expect((await c.viewer.source.find({ url })).items.map((s) => s.id)).toEqual([first.id]);
    }
    expect(await db.prisma.source.count()).toBe(count);
    // By words of the title or the outlet.
    expect((await c.viewer.source.find({ q: "ВИЗИТ пресс-релиз" })).items.map((s) => s.id)).toContain(first.id);
    expect((await c.viewer.source.find({ q: "gov35.ru" })).items.map((s) => s.id)).toContain(first.id);
    expect((await c.viewer.source.find({ url: "https://gov35.ru/news/99999" })).items).toEqual([]);

    // update: moving another source onto the address is refused the same way, with the existing one.
    const other = await c.editor.source.create({ title: "Другая заметка", url: "https://tass.ru/politika/1" });
    const moved = await failure(c.editor.source.update({ id: other.id, version: other.version, data: { url: "https://www.gov35.ru/news/12345/" } }));
    expect(moved.code).toBe("CONFLICT");
    expect(moved.message).toBe("Источник с этим адресом уже есть: «Визит посла: пресс-релиз»");
    expect(moved.current).toMatchObject({ id: first.id });
    // A source's own address, written otherwise, is not a conflict with itself.
    const same = await c.editor.source.update({ id: first.id, version: first.version, data: { url: "https://www.gov35.ru/news/12345/" } });
    expect(same.version).toBe(first.version + 1);

    // Once the source is deleted, the address is free again.
    await c.admin.source.delete({ id: other.id, version: other.version });
    const again = await c.editor.source.create({ title: "ТАСС снова", url: "https://tass.ru/politika/1/" });
    expect(again.url).toBe("https://tass.ru/politika/1/");
  });

  it("keeps many sources on one meeting; removing one leaves the other; the history records sourceIds", async () => {
    const tass = await c.editor.source.create({
      title: "ТАСС: посол Казахстана в Вологде",
      url: "https://tass.ru/v/1",
      outlet: "ТАСС",
      kind: "NEWS",
      publishedAt: "2024-11-14",
    });
    const gov = await c.editor.source.create({
      title: "Губернатор встретился с послом",
      url: "https://vologda-oblast.ru/v/1",
      outlet: "Правительство Вологодской области",
      kind: "PRESS_RELEASE",
      publishedAt: "2024-11-13",
    });
    const visit = await meeting("Визит, о котором написали двое", [tass.id, gov.id]);
    // Newest publication first.
    expect(visit.sources.map((s) => [s.outlet, s.publishedAt])).toEqual([
      ["ТАСС", "2024-11-14"],
      ["Правительство Вологодской области", "2024-11-13"],
    ]);

    const updated = await c.editor.meeting.update({ id: visit.id, version: visit.version, data: { sourceIds: [gov.id] } });
    expect(updated.sources.map((s) => s.id)).toEqual([gov.id]);
    // The source itself stays: only the link went.
    expect((await c.viewer.source.byId({ id: tass.id })).title).toBe("ТАСС: посол Казахстана в Вологде");

    const history = await c.viewer.history.byRecord({ entity: "meeting", id: visit.id });
    const create = history.items.find((e) => e.action === "CREATE")!;
    const update = history.items.find((e) => e.action === "UPDATE")!;
    expect(create.changes.find((ch) => ch.field === "sourceIds")?.to).toEqual([tass.id, gov.id].sort());
    expect(update.changes.find((ch) => ch.field === "sourceIds")).toEqual({ field: "sourceIds", from: [tass.id, gov.id].sort(), to: [gov.id] });
    // The history names the sources it refers to.
    expect(history.names[tass.id]).toBe("ТАСС: посол Казахстана в Вологде");

    // Sending the same set again changes nothing in the history.
    const same = await c.editor.meeting.update({ id: visit.id, version: updated.version, data: { sourceIds: [gov.id] } });
    const after = await c.viewer.history.byRecord({ entity: "meeting", id: visit.id });
    expect(after.items.filter((e) => e.action === "UPDATE" && e.changes.some((ch) => ch.field === "sourceIds"))).toHaveLength(1);
    expect(same.sources.map((s) => s.id)).toEqual([gov.id]);
  });

  it("refuses deleted or unknown sources, twice-named ones and more than 20, naming the field", async () => {
    const gone = await c.editor.source.create({ title: "Удалённая заметка" });
    await c.admin.source.delete({ id: gone.id, version: gone.version });
    const refused = await failure(meeting("С удалённым источником", [gone.id]));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.fieldMessages).toEqual({ sourceIds: ["Источник не найден или удалён (1)"] });

    const event = await failure(
      c.editor.event.create({ title: "Форум", kind: "FORUM", startsAt: "2024-12-03", sourceIds: ["8f14e45f-ceea-467a-9c1a-1e2a3b4c5d6e"] }),
    );
    expect(event.fieldMessages).toEqual({ sourceIds: ["Источник не найден или удалён (1)"] });

    const note = await c.editor.source.create({ title: "Заметка" });
    const twice = await failure(meeting("Дважды", [note.id, note.id]));
    expect(twice.code).toBe("BAD_REQUEST");
    expect(Object.keys(twice.fieldMessages ?? {})).toEqual(["sourceIds"]);
    const many = await failure(
      meeting(
        "Много",
        Array.from({ length: 21 }, () => note.id),
      ),
    );
    expect(Object.keys(many.fieldMessages ?? {})).toEqual(["sourceIds"]);
    // Nothing was written by the refused calls.
    expect(await db.prisma.interaction.count({ where: { title: { in: ["С удалённым источником", "Дважды", "Много"] } } })).toBe(0);
  });

  it("lists an event's sources, and keeps a source deleted after it was cited when the event is edited", async () => {
    const release = await c.editor.source.create({ title: "Анонс форума «Горизонт 2050»", outlet: "Правительство Вологодской области" });
    const created = await c.editor.event.create({ title: "Форум «Горизонт 2050»", kind: "FORUM", startsAt: "2024-12-03", sourceIds: [release.id] });
    expect(created.sources.map((s) => s.title)).toEqual(["Анонс форума «Горизонт 2050»"]);
    const fresh = await db.prisma.source.findUniqueOrThrow({ where: { id: release.id } });
    await c.admin.source.delete({ id: release.id, version: fresh.version });
    // The form sends back the set it shows; the source already cited is not checked again.
    const edited = await c.editor.event.update({
      id: created.id,
      version: created.version,
      data: { title: "Форум «Горизонт 2050» (Астана)", sourceIds: [release.id] },
    });
    expect(edited.sources.map((s) => s.id)).toEqual([release.id]);
    // A source that records cite cannot be removed from the database under them.
    await expect(db.prisma.source.delete({ where: { id: release.id } })).rejects.toThrow();
  });
});
