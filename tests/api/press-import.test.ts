// Press-release import through the API (issue 14): pressImport.draft reads a release
// against the database's partners, people and vocabularies and writes nothing;
// pressImport.confirm writes the reviewed draft in one transaction, with history, and
// refuses a second import of the same address or text.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import type { TConfirmPartner, TConfirmPerson, TPressImportConfirmInput, TPressReleaseDraft } from "@atlas/shared/press-import";
import { importTextMessages, maxImportTextLength } from "@atlas/shared/press-import";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor, failure } from "../support/callers.ts";
import { gazetteer } from "../press-import/gazetteer.ts";
import { fixture as visit } from "../press-import/fixtures/01-ambassador-visit.ts";

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;
/** Fixture keys → database ids. */
const partnerId = new Map<string, string>();
const personId = new Map<string, string>();
const sectorId = new Map<string, string>();

const url = "https://vologda-oblast.ru/novosti/ambassador-kz/";
const unknownId = "8f14e45f-ceea-467a-9c1a-1e2a3b4c5d6e";

beforeAll(async () => {
  db = await openTestDatabase();
  c = await callersFor(db);
  // The partners and people of the extractor's fixture world (parents come first there).
  for (const p of gazetteer.partners) {
    const created = await c.admin.partner.create({
      name: p.name,
      level: p.level,
      aliases: p.aliases ?? [],
      parentId: p.parentKey ? partnerId.get(p.parentKey)! : null,
      isHome: p.isHome ?? false,
    });
    partnerId.set(p.key, created.id);
  }
  for (const p of gazetteer.people) {
    const created = await c.editor.person.create({
      fullName: p.fullName,
      post: p.post ?? null,
      organisation: p.organisation ?? null,
      side: p.side,
      partnerId: p.partnerKey ? partnerId.get(p.partnerKey)! : null,
    });
    personId.set(p.key, created.id);
  }
  for (const [i, name] of gazetteer.sectors.entries()) {
    const s = await db.prisma.sector.create({ data: { code: `s${i}`, name, nameEn: `Sector ${i}`, sortOrder: i } });
    sectorId.set(name, s.id);
  }
  for (const [i, name] of gazetteer.exportCategories.entries()) await db.prisma.exportCategory.create({ data: { name, sortOrder: i } });
});
afterAll(async () => db?.close());

/** Rows of every table an import writes to. */
async function counts() {
  const p = db.prisma;
  return {
    sources: await p.source.count(),
    partners: await p.partner.count(),
    people: await p.person.count(),
    meetings: await p.interaction.count(),
    agreements: await p.agreement.count(),
    events: await p.event.count(),
    followUps: await p.followUp.count(),
    history: await p.changeLog.count(),
  };
}

/** The confirm input an editor's review of the draft sends back, with their corrections applied by `correct`. */
function reviewed(draft: TPressReleaseDraft, text: string, extra: Partial<TPressImportConfirmInput> = {}): TPressImportConfirmInput {
  const h = draft.happening!;
  return {
    source: { title: "Андрей Ларионов обсудил с послом Казахстана совместные проекты", url, outlet: "Правительство Вологодской области", publishedOn: visit.publishedOn, text },
    happening: { title: h.title, kind: h.kind, startsAt: h.date!.day, datePrecision: h.date!.precision, place: h.place, direction: h.direction },
    partners: draft.partners.map((p): TConfirmPartner => (p.partnerId ? { id: p.partnerId } : { new: { name: p.name, level: p.level, parentId: p.parentId } })),
    people: draft.people.map(
      (p): TConfirmPerson => (p.personId ? { id: p.personId } : { new: { fullName: p.fullName, post: p.post, organisation: p.organisation, side: p.side, partner: null } }),
    ),
    sectorIds: draft.terms.filter((t) => t.vocabulary === "sector").map((t) => t.value),
    followUps: draft.followUps.map((f) => ({ title: f.title })),
    ...extra,
  };
}

describe("pressImport.draft", () => {
  it("reads fixture 01 against the database: existing partners, people and sectors matched; nothing written", async () => {
    const before = await counts();
    const { draft, alreadyImported } = await c.editor.pressImport.draft({ text: visit.text, url, publishedOn: visit.publishedOn });
    expect(alreadyImported).toBeNull();
    expect(await counts()).toEqual(before);

    expect(draft.happening).toMatchObject({ kind: "VISIT", date: { day: "2024-11-14", precision: "DAY" } });
    const partners = Object.fromEntries(draft.partners.map((p) => [p.name, p.partnerId]));
    expect(partners).toMatchObject({
      "Республика Казахстан": partnerId.get("kazakhstan"),
      "Вологодская область": partnerId.get("vologda-oblast"),
      "Вологда": partnerId.get("vologda"),
    });
    const people = Object.fromEntries(draft.people.map((p) => [p.fullName, p.personId]));
    expect(people).toMatchObject({
      "Андрей Ларионов": personId.get("governor"),
      "Нурлан Каримов": personId.get("kz-ambassador"),
      "Игорь Сташков": personId.get("external-relations-head"),
    });
    expect(draft.people.find((p) => p.fullName === "Нурлан Каримов")?.side).toBe("PARTNER");
    const sectors = draft.terms.filter((t) => t.vocabulary === "sector").map((t) => t.value);
    expect(sectors).toEqual(expect.arrayContaining(["Лесная промышленность", "Сельское хозяйство", "Образование"].map((n) => sectorId.get(n))));
    const exports = draft.terms.filter((t) => t.vocabulary === "exportCategory").map((t) => t.name);
    expect(exports).toEqual(expect.arrayContaining(["Молочная продукция", "Мясные консервы"]));
  });

  it("refuses an empty text and a text over 200,000 characters with a message on `text`", async () => {
    const empty = await failure(c.editor.pressImport.draft({ text: "   \n ", publishedOn: "2024-11-15" }));
    expect(empty.code).toBe("BAD_REQUEST");
    expect(empty.fieldErrors?.text).toEqual([importTextMessages.empty]);
    expect(empty.message).toMatch(/Вставьте текст/);

    const long = await failure(c.editor.pressImport.draft({ text: "а".repeat(maxImportTextLength + 1), publishedOn: "2024-11-15" }));
    expect(long.code).toBe("BAD_REQUEST");
    expect(long.fieldErrors?.text).toEqual([importTextMessages.tooLong]);
    expect(long.message).toMatch(/Текст длиннее 200\s000 символов/);

    // Exactly the limit is read (an empty draft with the reason, not an error).
    const atLimit = await c.editor.pressImport.draft({ text: "а".repeat(maxImportTextLength), publishedOn: "2024-11-15" });
    expect(atLimit.draft.notes.length).toBeGreaterThan(0);
  });

  it("answers a text with no cooperation facts, or in another language, with a note rather than an error", async () => {
    const english = await c.editor.pressImport.draft({ text: "The governor met the ambassador of Kazakhstan yesterday.", publishedOn: "2024-11-15" });
    expect(english.draft.partners).toEqual([]);
    expect(english.draft.notes).toEqual(["Текст не на русском языке"]);
  });
});

describe("pressImport.confirm", () => {
  let draft: TPressReleaseDraft;
  let result: Awaited<ReturnType<typeof c.editor.pressImport.confirm>>;
  const embassy = "Посольство Республики Казахстан в Российской Федерации";

  beforeAll(async () => {
    draft = (await c.editor.pressImport.draft({ text: visit.text, url, publishedOn: visit.publishedOn })).draft;
  });

  it("writes the reviewed draft with corrections in one go: source, new partner, meeting, agreement, event, follow-ups, history", async () => {
    const before = await counts();
    const input = reviewed(draft, visit.text);
    // Corrections: «Российская Федерация» dropped, «Вологда» switched to a new organisation.
    input.partners = draft.partners
      .filter((p) => p.name !== "Российская Федерация")
      .map((p): TConfirmPartner =>
        p.name === "Вологда" ? { new: { name: embassy, level: "ORGANISATION", parentId: partnerId.get("kazakhstan")! } } : { id: p.partnerId! },
      );
    const kz = input.partners!.findIndex((p) => "id" in p && p.id === partnerId.get("kazakhstan"));
    const embassyRef = input.partners!.findIndex((p) => "new" in p);
    expect(kz).toBeGreaterThanOrEqual(0);
    expect(embassyRef).toBeGreaterThanOrEqual(0);
    input.people = [
      ...input.people!,
      { new: { fullName: "Асель Нурпеисова", post: "Советник посольства", organisation: embassy, side: "PARTNER", partner: embassyRef }, role: "сопровождающая" },
    ];
    input.agreements = [{ title: "Соглашение о сотрудничестве с Республикой Казахстан", kind: "COOPERATION_AGREEMENT", stage: "PROPOSAL_SENT", stageDate: "2024-11-14", parties: [kz] }];
    input.events = [{ title: "Презентация вологодских товаров", kind: "EXHIBITION", startsAt: "2025-03-01", datePrecision: "MONTH", partners: [kz, embassyRef] }];
    input.followUps = [{ title: "Определить ответственных за каждое направление" }];

    result = await c.editor.pressImport.confirm(input);

    const after = await counts();
    expect(after.sources - before.sources).toBe(1);
    expect(after.partners - before.partners).toBe(1);
    expect(after.people - before.people).toBe(1);
    expect(after.meetings - before.meetings).toBe(1);
    expect(after.agreements - before.agreements).toBe(1);
    expect(after.events - before.events).toBe(1);
    expect(after.followUps - before.followUps).toBe(1);

    const source = await db.prisma.source.findUniqueOrThrow({ where: { id: result.sourceId } });
    expect(source).toMatchObject({ kind: "PRESS_RELEASE", text: visit.text, outlet: "Правительство Вологодской области", urlKey: "https://vologda-oblast.ru/novosti/ambassador-kz" });

    const newPartner = await db.prisma.partner.findFirstOrThrow({ where: { name: embassy } });
    expect(newPartner).toMatchObject({ level: "ORGANISATION", parentId: partnerId.get("kazakhstan") });
    expect(result.partnerIds).toContain(newPartner.id);

    const meeting = await c.viewer.meeting.byId({ id: result.meetingId! });
    expect(meeting).toMatchObject({ kind: "VISIT", startsAt: "2024-11-14", datePrecision: "DAY" });
    expect(meeting.partners.map((p) => p.id).sort()).toEqual([...new Set(result.partnerIds)].sort());
    expect(meeting.partners.map((p) => p.id)).not.toContain(partnerId.get("russia"));
    const participants = meeting.participants.map((p) => p.personId);
    expect(participants).toEqual(expect.arrayContaining([personId.get("governor"), personId.get("kz-ambassador"), ...result.personIds]));
    // The ambassador keeps the post held on the meeting's day.
    expect(meeting.participants.find((p) => p.personId === personId.get("kz-ambassador"))?.post).toMatch(/Посол/);
    expect(meeting.participants.find((p) => p.fullName === "Асель Нурпеисова")?.role).toBe("сопровождающая");
    expect(meeting.sectors.map((s) => s.id)).toEqual(expect.arrayContaining([sectorId.get("Лесная промышленность"), sectorId.get("Образование")]));
    expect(meeting.sources.map((s) => s.id)).toEqual([result.sourceId]);
    expect(meeting.agreements.map((a) => a.id)).toEqual(result.agreementIds);

    const agreement = await c.viewer.agreement.byId({ id: result.agreementIds[0]! });
    expect(agreement).toMatchObject({ stage: "PROPOSAL_SENT", stageChangedAt: "2024-11-14" });
    expect(agreement.sources.map((s) => s.id)).toEqual([result.sourceId]);

    const event = await c.viewer.event.byId({ id: result.eventIds[0]! });
    expect(event).toMatchObject({ kind: "EXHIBITION", startsAt: "2025-03-01", datePrecision: "MONTH" });

    expect(result.followUpIds).toHaveLength(1);
    const task = await db.prisma.followUp.findUniqueOrThrow({ where: { id: result.followUpIds[0]! } });
    expect(task).toMatchObject({ interactionId: result.meetingId, title: "Определить ответственных за каждое направление" });

    // Every record written has its history entry, by the editor.
    const written: Array<[string, string]> = [
      ["source", result.sourceId],
      ["partner", newPartner.id],
      ["person", result.personIds.at(-1)!],
      ["meeting", result.meetingId!],
      ["agreement", result.agreementIds[0]!],
      ["event", result.eventIds[0]!],
      ["followUp", result.followUpIds[0]!],
    ];
    for (const [entity, recordId] of written) {
      const log = await db.prisma.changeLog.findMany({ where: { entity, recordId } });
      expect(log, `${entity} history`).toHaveLength(1);
      expect(log[0]).toMatchObject({ action: "CREATE", userId: c.users.editor.id });
    }
  });

  it("the same release again: draft names the source, confirm is a CONFLICT naming it (by address, or by text alone)", async () => {
    const again = await c.editor.pressImport.draft({ text: visit.text, url, publishedOn: visit.publishedOn });
    expect(again.alreadyImported).toEqual({ sourceId: result.sourceId, title: "Андрей Ларионов обсудил с послом Казахстана совместные проекты" });

    // The same address written otherwise, and the same text with other line breaks and spaces, no address.
    const byUrl = await c.editor.pressImport.draft({ text: "Другой текст про визит посла Казахстана в Вологду.", url: "HTTPS://www.vologda-oblast.ru/novosti/ambassador-kz?utm_source=tg", publishedOn: visit.publishedOn });
    expect(byUrl.alreadyImported?.sourceId).toBe(result.sourceId);
    const reflowed = visit.text.replaceAll("\n\n", "\r\n").replaceAll(". ", ".\u00a0 ");
    const byText = await c.editor.pressImport.draft({ text: reflowed, publishedOn: visit.publishedOn });
    expect(byText.alreadyImported?.sourceId).toBe(result.sourceId);

    const before = await counts();
    const sameUrl = await failure(c.editor.pressImport.confirm(reviewed(draft, visit.text)));
    expect(sameUrl.code).toBe("CONFLICT");
    expect(sameUrl.message).toContain("уже импортирован");
    expect(sameUrl.current).toEqual({ id: result.sourceId, title: "Андрей Ларионов обсудил с послом Казахстана совместные проекты" });

    const input = reviewed(draft, reflowed);
    input.source!.url = null;
    const sameText = await failure(c.editor.pressImport.confirm(input));
    expect(sameText.code).toBe("CONFLICT");
    expect(sameText.current).toMatchObject({ id: result.sourceId });
    expect(await counts()).toEqual(before);
  });

  it("a failing item writes nothing at all", async () => {
    const text = visit.text.replace("14 ноября", "12 ноября").replace("Нурланом Каримовым", "Нурланом Каримовым и советником посольства");
    const base = (): TPressImportConfirmInput => {
      const input = reviewed(draft, text);
      input.source!.url = "https://vologda-oblast.ru/novosti/another";
      input.partners = [...input.partners!, { new: { name: "Торговое представительство Казахстана", level: "ORGANISATION", parentId: partnerId.get("kazakhstan")! } }];
      input.people = [...input.people!, { new: { fullName: "Ерлан Сапаров", side: "PARTNER", partner: input.partners.length - 1 } }];
      input.agreements = [{ title: "Меморандум", kind: "MEMORANDUM", stage: "PROPOSAL_SENT", stageDate: "2024-11-12", parties: [0] }];
      return input;
    };
    const before = await counts();

    const unknownSector = await failure(c.editor.pressImport.confirm({ ...base(), sectorIds: [sectorId.get("Туризм")!, unknownId] }));
    expect(["BAD_REQUEST", "NOT_FOUND"]).toContain(unknownSector.code);
    expect(await counts()).toEqual(before);

    const futureStage = await failure(c.editor.pressImport.confirm({ ...base(), agreements: [{ title: "Меморандум", kind: "MEMORANDUM", stage: "SIGNED", stageDate: "2999-01-01", parties: [0] }] }));
    expect(futureStage.code).toBe("BAD_REQUEST");
    expect(Object.keys(futureStage.fieldErrors ?? {}).some((k) => k.startsWith("agreements.0"))).toBe(true);
    expect(await counts()).toEqual(before);

    const unknownPartner = await failure(c.editor.pressImport.confirm({ ...base(), partners: [...base().partners!, { id: unknownId }] }));
    expect(["BAD_REQUEST", "NOT_FOUND"]).toContain(unknownPartner.code);
    expect(await counts()).toEqual(before);

    const badRef = await failure(c.editor.pressImport.confirm({ ...base(), agreements: [{ title: "Меморандум", kind: "MEMORANDUM", stage: "PROPOSAL_SENT", stageDate: "2024-11-12", parties: [99] }] }));
    expect(badRef.code).toBe("BAD_REQUEST");
    expect(badRef.fieldErrors?.["agreements.0.parties.0"]).toBeDefined();
    expect(await counts()).toEqual(before);

    // The same input with the bad item fixed goes through.
    const ok = await c.editor.pressImport.confirm(base());
    expect(ok.meetingId).not.toBeNull();
  });

  it("refuses an empty text on confirm with a Russian message on source.text", async () => {
    const input = reviewed(draft, " ");
    input.source!.url = "https://vologda-oblast.ru/novosti/empty";
    const empty = await failure(c.editor.pressImport.confirm(input));
    expect(empty.code).toBe("BAD_REQUEST");
    expect(empty.fieldErrors?.["source.text"]).toEqual([importTextMessages.empty]);
  });
});

describe("pressImport: roles", () => {
  it("editors and administrators only", async () => {
    const draftInput = { text: visit.text, publishedOn: visit.publishedOn };
    expect((await failure(c.viewer.pressImport.draft(draftInput))).code).toBe("FORBIDDEN");
    expect((await failure(c.analyst.pressImport.draft(draftInput))).code).toBe("FORBIDDEN");
    expect((await failure(c.anonymous.pressImport.draft(draftInput))).code).toBe("UNAUTHORIZED");
    const confirmInput = { source: { title: "x", publishedOn: visit.publishedOn, text: "Текст" } };
    expect((await failure(c.viewer.pressImport.confirm(confirmInput))).code).toBe("FORBIDDEN");
    expect((await failure(c.analyst.pressImport.confirm(confirmInput))).code).toBe("FORBIDDEN");
    expect((await c.admin.pressImport.draft(draftInput)).draft.happening?.kind).toBe("VISIT");
  });
});
