// Vocabularies kept as data (issue 10): editors add values where they need them;
// administrators rename, retire and merge; a merge moves every reference in one
// transaction and the history says so. Runs on PGlite and on the PostgreSQL server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import type { TVocabularyName } from "@atlas/shared/vocabulary";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor, failure } from "../support/callers.ts";

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;
let kz: { id: string };
let vologda: { id: string };

beforeAll(async () => {
  db = await openTestDatabase();
  c = await callersFor(db);
  kz = await c.editor.partner.create({ name: "Республика Казахстан", level: "COUNTRY", isoCode: "KZ" });
  vologda = await c.editor.partner.create({ name: "Вологодская область", level: "REGION", isoCode: "RU-VLG" });
});
afterAll(async () => db?.close());

async function term(vocabulary: TVocabularyName, name: string) {
  const all = await c.viewer.vocabulary.all();
  const found = all[vocabulary].find((t) => t.name === name);
  if (!found) throw new Error(`${vocabulary}: no «${name}»`);
  return found;
}

describe("vocabulary.add (editors, from the forms)", () => {
  it("adds a meeting kind with a code made from its name, returns the existing one for the same name, and logs the addition", async () => {
    const added = await c.editor.vocabulary.add({ vocabulary: "meetingKind", name: "Заседание рабочей группы" });
    expect(added.existed).toBe(false);
    expect(added.term).toMatchObject({ value: "ZASEDANIE_RABOCHEY_GRUPPY", name: "Заседание рабочей группы", retired: false, system: false });

    const again = await c.editor.vocabulary.add({ vocabulary: "meetingKind", name: "  заседание  РАБОЧЕЙ группы " });
    expect(again).toMatchObject({ existed: true, term: { id: added.term.id } });
    expect((await c.viewer.vocabulary.all()).meetingKind.filter((t) => t.value.startsWith("ZASEDANIE_RABOCHEY"))).toHaveLength(1);

    const meeting = await c.editor.meeting.create({ title: "Рабочая группа по лесу", kind: added.term.value, startsAt: "2024-03-01", partnerIds: [kz.id] });
    expect(meeting.kind).toBe("ZASEDANIE_RABOCHEY_GRUPPY");

    const log = await db.prisma.changeLog.findMany({ where: { entity: "meetingKind", recordId: added.term.id } });
    expect(log.map((e) => e.action)).toEqual(["CREATE"]);
  });

  it("is refused to viewers and analysts; renaming, retiring and merging are refused to editors", async () => {
    expect((await failure(c.viewer.vocabulary.add({ vocabulary: "sector", name: "ЖКХ" }))).code).toBe("FORBIDDEN");
    const visit = await term("meetingKind", "Визит");
    expect(
      (await failure(c.editor.vocabulary.update({ vocabulary: "meetingKind", id: visit.id, version: visit.version, data: { name: "Поездка" } }))).code,
    ).toBe("FORBIDDEN");
    expect((await failure(c.editor.vocabulary.retire({ vocabulary: "meetingKind", id: visit.id, version: visit.version, retired: true }))).code).toBe(
      "FORBIDDEN",
    );
    const call = await term("meetingKind", "Звонок");
    expect((await failure(c.editor.vocabulary.merge({ vocabulary: "meetingKind", fromId: call.id, intoId: visit.id }))).code).toBe("FORBIDDEN");
  });

  it("refuses an unknown code in a record, naming the field", async () => {
    const refused = await failure(c.editor.meeting.create({ title: "Встреча", kind: "NO_SUCH_KIND", startsAt: "2024-03-01", partnerIds: [kz.id] }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.fieldErrors?.kind).toEqual([{ key: "vocabulary.unknownValue", params: { vocabulary: "meetingKind" } }]);
    expect(refused.fieldMessages?.kind?.[0]).toBe("Такого значения нет в справочнике");
  });

  it("adds an agreement kind that takes effect on signature (a contract), or one that needs 4-FZ registration", async () => {
    const supply = await c.editor.vocabulary.add({ vocabulary: "agreementKind", name: "Договор поставки", needsStateRegistration: false });
    const compact = await c.editor.vocabulary.add({
      vocabulary: "agreementKind",
      name: "Соглашение о торгово-экономическом сотрудничестве",
      needsStateRegistration: true,
    });
    for (const [kind, canEnterIntoForce] of [
      [supply.term.value, true],
      [compact.term.value, false],
    ] as const) {
      const signed = await c.editor.agreement.create({ title: `Соглашение ${kind}`, kind, partyIds: [kz.id], stage: "SIGNED", stageDate: "2024-05-01" });
      expect(signed.allowedNextStages.includes("IN_FORCE"), kind).toBe(canEnterIntoForce);
    }
  });
});

describe("retiring", () => {
  it("stops offering a value for new records; a record that holds it keeps it and can still be saved", async () => {
    const added = await c.editor.vocabulary.add({ vocabulary: "meetingKind", name: "Выездное совещание" });
    const old = await c.editor.meeting.create({ title: "Совещание в Соколе (черновик)", kind: added.term.value, startsAt: "2023-06-01", partnerIds: [kz.id] });
    const retired = await c.admin.vocabulary.retire({ vocabulary: "meetingKind", id: added.term.id, version: added.term.version, retired: true });
    expect(retired.retired).toBe(true);

    const refused = await failure(c.editor.meeting.create({ title: "Ещё одно", kind: added.term.value, startsAt: "2024-06-01", partnerIds: [kz.id] }));
    expect(refused.fieldErrors?.kind?.[0]?.key).toBe("vocabulary.retiredValue");
    expect(refused.fieldMessages?.kind?.[0]).toMatch(/«Выездное совещание» выведено из употребления/);

    // The old record keeps it: read back, and saved with another change.
    expect((await c.viewer.meeting.byId({ id: old.id })).kind).toBe(added.term.value);
    const edited = await c.editor.meeting.update({ id: old.id, version: old.version, data: { kind: added.term.value, title: "Совещание в Соколе" } });
    expect(edited).toMatchObject({ kind: added.term.value, title: "Совещание в Соколе" });
    // …and the name still reads: the vocabulary lists retired values, marked.
    expect((await term("meetingKind", "Выездное совещание")).retired).toBe(true);

    // A retired value with the same name is named, not duplicated.
    const again = await failure(c.editor.vocabulary.add({ vocabulary: "meetingKind", name: "выездное совещание" }));
    expect(again.code).toBe("CONFLICT");
  });

  it("keeps built-in values that carry meaning: TOUR cannot be retired or merged away, only renamed", async () => {
    const tour = await term("eventKind", "Тур");
    const forum = await term("eventKind", "Форум");
    expect((await failure(c.admin.vocabulary.retire({ vocabulary: "eventKind", id: tour.id, version: tour.version, retired: true }))).code).toBe("BAD_REQUEST");
    expect((await failure(c.admin.vocabulary.merge({ vocabulary: "eventKind", fromId: tour.id, intoId: forum.id }))).code).toBe("BAD_REQUEST");
    const renamed = await c.admin.vocabulary.update({ vocabulary: "eventKind", id: tour.id, version: tour.version, data: { name: "Гастрольный тур" } });
    expect(renamed).toMatchObject({ value: "TOUR", name: "Гастрольный тур", version: tour.version + 1 });
  });

  it("detects a concurrent rename instead of overwriting it", async () => {
    const added = await c.editor.vocabulary.add({ vocabulary: "partnerKind", name: "Торговый дом" });
    await c.admin.vocabulary.update({ vocabulary: "partnerKind", id: added.term.id, version: added.term.version, data: { name: "Торговый дом (ТД)" } });
    const stale = await failure(
      c.admin.vocabulary.update({ vocabulary: "partnerKind", id: added.term.id, version: added.term.version, data: { nameEn: "Trading house" } }),
    );
    expect(stale.code).toBe("CONFLICT");
  });
});

describe("merging two sectors", () => {
  it("moves every meeting, agreement, event and project to the kept sector, bumps their versions, and the history records the merge", async () => {
    const housing = (await c.editor.vocabulary.add({ vocabulary: "sector", name: "ЖКХ" })).term;
    const utilities = (await c.editor.vocabulary.add({ vocabulary: "sector", name: "Жилищно-коммунальное хозяйство" })).term;
    const tourism = (await c.editor.vocabulary.add({ vocabulary: "sector", name: "Туризм" })).term;

    const onlyHousing = await c.editor.meeting.create({
      title: "О капремонте",
      kind: "MEETING",
      startsAt: "2024-02-01",
      partnerIds: [kz.id],
      sectorIds: [housing.id],
    });
    const both = await c.editor.meeting.create({
      title: "ЖКХ и коммунальные сети",
      kind: "MEETING",
      startsAt: "2024-02-02",
      partnerIds: [kz.id],
      sectorIds: [housing.id, utilities.id, tourism.id],
    });
    const agreement = await c.editor.agreement.create({
      title: "Соглашение о ЖКХ",
      kind: "MEMORANDUM",
      partyIds: [kz.id],
      sectorIds: [housing.id],
      stage: "DRAFT",
      stageDate: "2024-02-03",
    });
    const event = await c.editor.event.create({ title: "Форум ЖКХ", kind: "FORUM", startsAt: "2024-02-04", partnerIds: [kz.id], sectorIds: [housing.id] });
    const project = await c.editor.project.create({ title: "Модернизация теплосетей", partnerId: vologda.id, sectorId: housing.id });

    const merged = await c.admin.vocabulary.merge({ vocabulary: "sector", fromId: housing.id, intoId: utilities.id });
    expect(merged.from).toMatchObject({ id: housing.id, retired: true, mergedIntoId: utilities.id });
    expect(merged.moved).toEqual({ meeting: 2, agreement: 1, event: 1, project: 1 });

    const sectorsOf = (r: { sectors: Array<{ id: string }> }) => r.sectors.map((s) => s.id).sort();
    const m1 = await c.viewer.meeting.byId({ id: onlyHousing.id });
    const m2 = await c.viewer.meeting.byId({ id: both.id });
    expect(sectorsOf(m1)).toEqual([utilities.id]);
    expect(sectorsOf(m2)).toEqual([utilities.id, tourism.id].sort());
    expect(m1.version).toBe(onlyHousing.version + 1);
    expect(sectorsOf(await c.viewer.agreement.byId({ id: agreement.id }))).toEqual([utilities.id]);
    expect(sectorsOf(await c.viewer.event.byId({ id: event.id }))).toEqual([utilities.id]);
    expect((await c.viewer.project.byId({ id: project.id })).sector?.id).toBe(utilities.id);

    // No link to the merged sector is left anywhere.
    const left = await db.prisma.$queryRawUnsafe<Array<{ n: number }>>(
      `SELECT (SELECT count(*) FROM "InteractionSector" WHERE "sectorId" = $1::uuid) + (SELECT count(*) FROM "AgreementSector" WHERE "sectorId" = $1::uuid)
        + (SELECT count(*) FROM "EventSector" WHERE "sectorId" = $1::uuid) + (SELECT count(*) FROM "Project" WHERE "sectorId" = $1::uuid) AS n`,
      housing.id,
    );
    expect(Number(left[0]!.n)).toBe(0);

    const meetingHistory = await c.viewer.history.byRecord({ entity: "meeting", id: onlyHousing.id });
    expect(JSON.stringify(meetingHistory)).toContain(utilities.id);
    const log = await db.prisma.changeLog.findMany({ where: { entity: "meeting", recordId: onlyHousing.id }, orderBy: { at: "asc" } });
    expect(log.at(-1)).toMatchObject({ action: "UPDATE", changes: { sectorIds: { from: [housing.id], to: [utilities.id] } }, userId: expect.any(String) });
    const sectorLog = await db.prisma.changeLog.findMany({ where: { entity: "sector", recordId: housing.id }, orderBy: { at: "asc" } });
    expect(sectorLog.at(-1)?.changes).toMatchObject({ mergedInto: { to: "Жилищно-коммунальное хозяйство" } });

    // An edit opened before the merge is refused, not silently applied over it.
    expect((await failure(c.editor.meeting.update({ id: onlyHousing.id, version: onlyHousing.version, data: { title: "Старая правка" } }))).code).toBe(
      "CONFLICT",
    );
    // The merged sector is no longer offered for new records.
    const refused = await failure(
      c.editor.meeting.create({ title: "Новая", kind: "MEETING", startsAt: "2024-03-01", partnerIds: [kz.id], sectorIds: [housing.id] }),
    );
    expect(Object.keys(refused.fieldMessages ?? {})).toEqual(["sectorIds"]);
    // Merging again, or into a retired value, is refused.
    expect((await failure(c.admin.vocabulary.merge({ vocabulary: "sector", fromId: housing.id, intoId: tourism.id }))).code).toBe("BAD_REQUEST");
    expect((await failure(c.admin.vocabulary.merge({ vocabulary: "sector", fromId: tourism.id, intoId: housing.id }))).code).toBe("BAD_REQUEST");
  });

  it("moves export figures and facts when two export categories are merged", async () => {
    const a = (await c.editor.vocabulary.add({ vocabulary: "exportCategory", name: "Мороженое" })).term;
    const b = (await c.editor.vocabulary.add({ vocabulary: "exportCategory", name: "Молочная продукция" })).term;
    const figure = await c.editor.exportFigure.create({
      categoryId: a.id,
      destinationId: kz.id,
      periodStart: "2024-01-01",
      periodEnd: "2024-03-31",
      value: 100,
      currency: "RUB",
    });
    const fact = await c.editor.exportFact.create({ kind: "INTENT", partnerId: kz.id, categoryId: a.id, statement: "Заинтересованы в поставках мороженого" });
    const merged = await c.admin.vocabulary.merge({ vocabulary: "exportCategory", fromId: a.id, intoId: b.id });
    expect(merged.moved).toEqual({ exportFigure: 1, exportFact: 1 });
    expect((await db.prisma.exportFigure.findUniqueOrThrow({ where: { id: figure.id } })).categoryId).toBe(b.id);
    expect((await db.prisma.exportFact.findUniqueOrThrow({ where: { id: fact.id } })).categoryId).toBe(b.id);
  });

  it("moves meetings from one meeting kind to another", async () => {
    const added = (await c.editor.vocabulary.add({ vocabulary: "meetingKind", name: "Видеоконференция" })).term;
    const call = await term("meetingKind", "Звонок");
    const meeting = await c.editor.meeting.create({ title: "Видеосвязь с Астаной", kind: added.value, startsAt: "2024-04-01", partnerIds: [kz.id] });
    await c.admin.vocabulary.merge({ vocabulary: "meetingKind", fromId: added.id, intoId: call.id });
    const after = await c.viewer.meeting.byId({ id: meeting.id });
    expect(after).toMatchObject({ kind: "CALL", version: meeting.version + 1 });
    const log = await db.prisma.changeLog.findMany({ where: { entity: "meeting", recordId: meeting.id }, orderBy: { at: "asc" } });
    expect(log.at(-1)?.changes).toEqual({ kind: { from: added.value, to: "CALL" } });
  });
});
