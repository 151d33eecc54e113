// Press-release import through the API (issue 14): pressImport.draft reads a release
// against the database's partners, people and vocabularies and writes nothing;
// pressImport.confirm writes the reviewed draft in one transaction, with history —
// projects with their sites, export facts in words, a matched person's new post — and
// refuses a second import of the same address or text, also when two arrive at once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import type { TConfirmPartner, TConfirmPerson, TPressImportConfirmInput, TPressReleaseDraft } from "@atlas/shared/press-import";
import { confirmMessages, importTextMessages, maxImportTextLength } from "@atlas/shared/press-import";
import { sourceTextHash } from "@atlas/db/source-text";
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
const categoryId = new Map<string, string>();

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
  for (const [i, name] of gazetteer.exportCategories.entries()) {
    const category = await db.prisma.exportCategory.create({ data: { name, sortOrder: i } });
    categoryId.set(name, category.id);
  }
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
    projects: await p.project.count(),
    sites: await p.projectSite.count(),
    exportFacts: await p.exportFact.count(),
    positions: await p.personPosition.count(),
    history: await p.changeLog.count(),
  };
}

/** The confirm input an editor's review of the draft sends back, with their corrections applied by `correct`. */
function reviewed(draft: TPressReleaseDraft, text: string, extra: Partial<TPressImportConfirmInput> = {}): TPressImportConfirmInput {
  const h = draft.happening!;
  return {
    source: {
      title: "Андрей Ларионов обсудил с послом Казахстана совместные проекты",
      url,
      outlet: "Правительство Вологодской области",
      publishedOn: visit.publishedOn,
      text,
    },
    happening: { title: h.title, kind: h.kind, startsAt: h.date!.day, datePrecision: h.date!.precision, place: h.place, direction: h.direction },
    partners: draft.partners.map((p): TConfirmPartner => (p.partnerId ? { id: p.partnerId } : { new: { name: p.name, level: p.level, parentId: p.parentId } })),
    people: draft.people.map((p): TConfirmPerson =>
      p.personId ? { id: p.personId } : { new: { fullName: p.fullName, post: p.post, organisation: p.organisation, side: p.side, partner: null } },
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
      Вологда: partnerId.get("vologda"),
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
    expect(empty.fieldErrors?.text?.map((found) => found.key)).toEqual([importTextMessages.empty]);
    expect(empty.message).toMatch(/Вставьте текст/);

    const long = await failure(c.editor.pressImport.draft({ text: "а".repeat(maxImportTextLength + 1), publishedOn: "2024-11-15" }));
    expect(long.code).toBe("BAD_REQUEST");
    expect(long.fieldErrors?.text?.map((found) => found.key)).toEqual([importTextMessages.tooLong]);
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
      {
        new: { fullName: "Асель Нурпеисова", post: "Советник посольства", organisation: embassy, side: "PARTNER", partner: embassyRef },
        role: "сопровождающая",
      },
    ];
    input.agreements = [
      {
        title: "Соглашение о сотрудничестве с Республикой Казахстан",
        kind: "COOPERATION_AGREEMENT",
        stage: "PROPOSAL_SENT",
        stageDate: "2024-11-14",
        parties: [kz],
      },
    ];
    input.events = [
      { title: "Презентация вологодских товаров", kind: "EXHIBITION", startsAt: "2025-03-01", datePrecision: "MONTH", partners: [kz, embassyRef] },
    ];
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
    expect(source).toMatchObject({
      kind: "PRESS_RELEASE",
      text: visit.text,
      outlet: "Правительство Вологодской области",
      urlKey: "https://vologda-oblast.ru/novosti/ambassador-kz",
    });

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
    const byUrl = await c.editor.pressImport.draft({
      text: "Другой текст про визит посла Казахстана в Вологду.",
      url: "HTTPS://www.vologda-oblast.ru/novosti/ambassador-kz?utm_source=tg",
      publishedOn: visit.publishedOn,
    });
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
      input.partners = [
        ...input.partners!,
        { new: { name: "Торговое представительство Казахстана", level: "ORGANISATION", parentId: partnerId.get("kazakhstan")! } },
      ];
      input.people = [...input.people!, { new: { fullName: "Ерлан Сапаров", side: "PARTNER", partner: input.partners.length - 1 } }];
      input.agreements = [{ title: "Меморандум", kind: "MEMORANDUM", stage: "PROPOSAL_SENT", stageDate: "2024-11-12", parties: [0] }];
      return input;
    };
    const before = await counts();

    const unknownSector = await failure(c.editor.pressImport.confirm({ ...base(), sectorIds: [sectorId.get("Туризм")!, unknownId] }));
    expect(["BAD_REQUEST", "NOT_FOUND"]).toContain(unknownSector.code);
    expect(await counts()).toEqual(before);

    const futureStage = await failure(
      c.editor.pressImport.confirm({
        ...base(),
        agreements: [{ title: "Меморандум", kind: "MEMORANDUM", stage: "SIGNED", stageDate: "2999-01-01", parties: [0] }],
      }),
    );
    expect(futureStage.code).toBe("BAD_REQUEST");
    expect(Object.keys(futureStage.fieldMessages ?? {}).some((k) => k.startsWith("agreements.0"))).toBe(true);
    expect(await counts()).toEqual(before);

    const unknownPartner = await failure(c.editor.pressImport.confirm({ ...base(), partners: [...base().partners!, { id: unknownId }] }));
    expect(["BAD_REQUEST", "NOT_FOUND"]).toContain(unknownPartner.code);
    expect(await counts()).toEqual(before);

    const badRef = await failure(
      c.editor.pressImport.confirm({
        ...base(),
        agreements: [{ title: "Меморандум", kind: "MEMORANDUM", stage: "PROPOSAL_SENT", stageDate: "2024-11-12", parties: [99] }],
      }),
    );
    expect(badRef.code).toBe("BAD_REQUEST");
    expect(badRef.fieldMessages?.["agreements.0.parties.0"]).toBeDefined();
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
    expect(empty.fieldErrors?.["source.text"]?.map((found) => found.key)).toEqual([importTextMessages.empty]);
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

// ——— Projects, export facts and posts (issue 14, the confirm step's gaps) ———

/** A release about a consul who is recorded with an earlier post, a project with two sites, and dairy exports. */
const consulText = `Губернатор обсудил с генконсулом Казахстана совместное производство и поставки молочной продукции

12 марта 2025 года Губернатор Вологодской области Андрей Ларионов провёл переговоры с Генеральным консулом Республики Казахстан в Санкт-Петербурге Арманом Шаккалиевым. Встреча прошла в Вологде.

Стороны обсудили создание совместного деревообрабатывающего производства с участием казахстанского капитала, которое может разместиться в особой экономической зоне «Вологодская» или в индустриальном парке «Сокол».

Вологодские производители намерены наладить поставки молочной продукции в Республику Казахстан.`;
const consulPost = "Генеральный консул Республики Казахстан в Санкт-Петербурге";
const consulOrganisation = "Генеральное консульство Республики Казахстан в Санкт-Петербурге";
const earlierPost = "Советник Посольства Республики Казахстан в Российской Федерации";

/** A confirm input with only what these tests need: the source (no address), a meeting with Kazakhstan and the governor. */
function minimalInput(text: string, extra: Partial<TPressImportConfirmInput> = {}): TPressImportConfirmInput {
  return {
    source: { title: text.split("\n")[0]!, publishedOn: "2025-03-13", text },
    happening: {
      title: "Переговоры с Генеральным консулом Республики Казахстан",
      kind: "NEGOTIATIONS",
      startsAt: "2025-03-12",
      datePrecision: "DAY",
      place: "Вологда",
      direction: "INCOMING",
    },
    partners: [{ id: partnerId.get("kazakhstan")! }],
    people: [{ id: personId.get("governor")! }],
    ...extra,
  };
}

describe("pressImport: projects, export facts and a matched person's post", () => {
  let consulId: string;

  beforeAll(async () => {
    const consul = await c.editor.person.create({
      fullName: "Арман Шаккалиев",
      post: earlierPost,
      organisation: "Посольство Республики Казахстан в Российской Федерации",
      side: "PARTNER",
      partnerId: partnerId.get("kazakhstan")!,
    });
    consulId = consul.id;
  });

  it("draft: the project with its sites in the nominative, the export category and the project with the partner they concern, the consul's text post beside the recorded one", async () => {
    const { draft } = await c.editor.pressImport.draft({ text: consulText, publishedOn: "2025-03-13" });
    expect(draft.projects).toHaveLength(1);
    expect(draft.projects[0]).toMatchObject({ sites: ["Особая экономическая зона «Вологодская»", "Индустриальный парк «Сокол»"] });
    // Its sentence names no partner: those of the whole text, Kazakhstan first (another region of Russia is a partner too).
    expect(draft.projects[0]!.partnerTexts).toEqual(["Республика Казахстан", "Санкт-Петербург"]);
    expect(draft.projects[0]!.title.length).toBeLessThanOrEqual(160);
    const dairy = draft.terms.find((t) => t.vocabulary === "exportCategory" && t.name === "Молочная продукция");
    // Its sentence names the partner: that one alone.
    expect(dairy).toMatchObject({ value: categoryId.get("Молочная продукция"), partnerTexts: ["Республика Казахстан"] });
    // Sectors carry no partners.
    expect(draft.terms.filter((t) => t.vocabulary === "sector").every((t) => t.partnerTexts === undefined)).toBe(true);
    const consul = draft.people.find((p) => p.fullName === "Арман Шаккалиев");
    expect(consul).toMatchObject({ personId: consulId, post: consulPost, recordedPost: earlierPost });
    expect(draft.people.find((p) => p.fullName === "Андрей Ларионов")).toMatchObject({ recordedPost: "Губернатор Вологодской области" });
  });

  it("confirm: the project through the project service (its partner, candidate sites, the release as its source), an intent to supply per category, the consul's new post from the meeting's day — each with history", async () => {
    const before = await counts();
    const input = minimalInput(consulText, {
      people: [{ id: personId.get("governor")! }, { id: consulId, post: consulPost, organisation: consulOrganisation }],
      projects: [
        {
          title: "Совместное деревообрабатывающее производство",
          partner: 0,
          sites: [{ name: "Особая экономическая зона «Вологодская»" }, { name: "Индустриальный парк «Сокол»" }],
        },
      ],
      exportFacts: [
        {
          categoryId: categoryId.get("Молочная продукция")!,
          partner: 0,
          statement: "Вологодские производители намерены наладить поставки молочной продукции в Республику Казахстан.",
        },
      ],
    });
    const result = await c.editor.pressImport.confirm(input);
    const after = await counts();
    expect(after.projects - before.projects).toBe(1);
    expect(after.sites - before.sites).toBe(2);
    expect(after.exportFacts - before.exportFacts).toBe(1);
    expect(after.positions - before.positions).toBe(1);
    expect(result.projectIds).toHaveLength(1);
    expect(result.exportFactIds).toHaveLength(1);

    const project = await c.viewer.project.byId({ id: result.projectIds[0]! });
    expect(project).toMatchObject({
      title: "Совместное деревообрабатывающее производство",
      stage: "IDEA",
      partner: { id: partnerId.get("kazakhstan") },
      source: { id: result.sourceId },
    });
    expect(project.sites.map((site) => [site.name, site.status]).sort()).toEqual([
      ["Индустриальный парк «Сокол»", "CANDIDATE"],
      ["Особая экономическая зона «Вологодская»", "CANDIDATE"],
    ]);

    // The fact in the text's words, for Kazakhstan, citing the release: no figure, period, rank or growth.
    const fact = await db.prisma.exportFact.findUniqueOrThrow({ where: { id: result.exportFactIds[0]! } });
    expect(fact).toMatchObject({
      kind: "INTENT",
      partnerId: partnerId.get("kazakhstan"),
      categoryId: categoryId.get("Молочная продукция"),
      sourceId: result.sourceId,
      statement: "Вологодские производители намерены наладить поставки молочной продукции в Республику Казахстан.",
      periodStart: null,
      periodEnd: null,
      rank: null,
      growthPercent: null,
    });

    // The consul: the text's post is current from the meeting's day; the earlier one is kept.
    const consul = await c.viewer.person.byId({ id: consulId });
    expect(consul).toMatchObject({ post: consulPost, organisation: consulOrganisation });
    expect(consul.positions.map((p) => [p.post, p.startsOn, p.endsOn]).sort()).toEqual(
      [
        [consulPost, "2025-03-12", null],
        [earlierPost, null, null],
      ].sort(),
    );
    // The meeting keeps the post held that day.
    const meeting = await c.viewer.meeting.byId({ id: result.meetingId! });
    expect(meeting.participants.find((p) => p.personId === consulId)).toMatchObject({ post: consulPost, organisation: consulOrganisation });

    const logged = async (entity: string, recordId: string) => db.prisma.changeLog.findMany({ where: { entity, recordId }, orderBy: { at: "asc" } });
    expect(await logged("project", result.projectIds[0]!)).toMatchObject([{ action: "CREATE", userId: c.users.editor.id }]);
    expect(await logged("exportFact", result.exportFactIds[0]!)).toMatchObject([{ action: "CREATE", userId: c.users.editor.id }]);
    const personLog = await logged("person", consulId);
    expect(personLog.at(-1)).toMatchObject({ action: "UPDATE", userId: c.users.editor.id });
    expect(JSON.stringify(personLog.at(-1)!.changes)).toContain(consulPost);

    // A meeting before that day is the earlier post's (posts over time).
    const earlier = await c.editor.meeting.create({
      title: "Встреча в посольстве",
      kind: "MEETING",
      startsAt: "2025-01-20",
      partnerIds: [partnerId.get("kazakhstan")!],
      participants: [{ personId: consulId }],
    });
    expect(earlier.participants.find((p) => p.personId === consulId)?.post).toBe(earlierPost);
  });

  it("a post the person already holds on that day is not recorded again (case and spacing aside)", async () => {
    const before = await counts();
    const text = consulText.replace("Встреча прошла в Вологде.", "Встреча прошла в Вологде, в здании Правительства области.");
    await c.editor.pressImport.confirm(
      minimalInput(text, {
        happening: { title: "Ещё одна встреча с консулом", kind: "MEETING", startsAt: "2025-04-02" },
        people: [{ id: consulId, post: `  ${consulPost.toUpperCase()} ` }],
      }),
    );
    const after = await counts();
    expect(after.positions).toBe(before.positions);
    expect((await c.viewer.person.byId({ id: consulId })).post).toBe(consulPost);
  });

  it("bad items get a Russian message on their field and nothing is written", async () => {
    const text = `${consulText}\n\nТекст для проверки ошибок.`;
    const before = await counts();
    const base = (): TPressImportConfirmInput =>
      minimalInput(text, {
        projects: [{ title: "Совместное производство", partner: 0, sites: [{ name: "Индустриальный парк «Сокол»" }] }],
        exportFacts: [{ categoryId: categoryId.get("Молочная продукция")!, partner: 0, statement: "Поставки молочной продукции в Казахстан" }],
      });

    const noPartner = await failure(
      c.editor.pressImport.confirm({
        ...base(),
        projects: [{ title: "Совместное производство", sites: [] }],
        exportFacts: [{ categoryId: categoryId.get("Молочная продукция")!, partner: null, statement: "Поставки" }],
      }),
    );
    expect(noPartner.code).toBe("BAD_REQUEST");
    expect(noPartner.fieldErrors?.["projects.0.partner"]?.map((found) => found.key)).toEqual([confirmMessages.projectPartner]);
    expect(noPartner.fieldErrors?.["exportFacts.0.partner"]?.map((found) => found.key)).toEqual([confirmMessages.exportFactPartner]);

    const farPartner = await failure(c.editor.pressImport.confirm({ ...base(), projects: [{ title: "Совместное производство", partner: 5 }] }));
    expect(farPartner.fieldMessages?.["projects.0.partner"]).toEqual(["Нет партнёра с номером 6"]);

    // The project's own rules, reported under the item: one site named twice.
    const twice = await failure(
      c.editor.pressImport.confirm({
        ...base(),
        projects: [{ title: "Совместное производство", partner: 0, sites: [{ name: "Парк «Сокол»" }, { name: "парк «сокол»" }] }],
      }),
    );
    expect(twice.code, JSON.stringify(twice)).toBe("BAD_REQUEST");
    expect(twice.fieldMessages?.["projects.0.sites.1.name"], JSON.stringify(twice.fieldMessages)).toEqual(["Площадка с таким названием уже есть в проекте"]);

    const unknownCategory = await failure(
      c.editor.pressImport.confirm({ ...base(), exportFacts: [{ categoryId: unknownId, partner: 0, statement: "Поставки" }] }),
    );
    expect(unknownCategory.code).toBe("BAD_REQUEST");
    expect(unknownCategory.fieldMessages?.["exportFacts.0.categoryId"]).toEqual(["Категория экспорта не найдена"]);

    const emptyStatement = await failure(
      c.editor.pressImport.confirm({ ...base(), exportFacts: [{ categoryId: categoryId.get("Молочная продукция")!, partner: 0, statement: "  " }] }),
    );
    expect(emptyStatement.fieldMessages?.["exportFacts.0.statement"]).toEqual(["Заполните поле"]);

    const orgAlone = await failure(c.editor.pressImport.confirm({ ...base(), people: [{ id: consulId, organisation: consulOrganisation }] }));
    expect(orgAlone.fieldErrors?.["people.0.post"]?.map((found) => found.key)).toEqual([confirmMessages.organisationWithoutPost]);

    expect(await counts()).toEqual(before);
    // Fixed, the same input goes through.
    const ok = await c.editor.pressImport.confirm(base());
    expect(ok.projectIds).toHaveLength(1);
    expect(ok.exportFactIds).toHaveLength(1);
  });
});

describe("pressImport: one text, one source — also for two imports at the same moment", () => {
  const releaseText = (n: string) =>
    `Губернатор Вологодской области Андрей Ларионов провёл переговоры с делегацией Республики Казахстан (${n}).\n\nСтороны обсудили сотрудничество в лесной промышленности.`;

  it("the source's text key is the SHA-256 of the text without whitespace, the same for a reflowed copy", async () => {
    const text = releaseText("ключ");
    const result = await c.editor.pressImport.confirm(minimalInput(text));
    const source = await db.prisma.source.findUniqueOrThrow({ where: { id: result.sourceId } });
    expect(source.textHash).toMatch(/^[0-9a-f]{64}$/);
    expect(source.textHash).toBe(sourceTextHash(text.replaceAll("\n\n", "\r\n  ").replaceAll(" ", "\u00a0")));
    // The same key as PostgreSQL computes it (as the migration does for older sources).
    const [row] = await db.prisma.$queryRaw<Array<{ key: string }>>`
      SELECT encode(sha256(convert_to(regexp_replace(text, '[ \t\n\r\f\v\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+', '', 'g'), 'UTF8')), 'hex') AS key
        FROM "Source" WHERE id = ${result.sourceId}::uuid`;
    expect(row?.key).toBe(source.textHash);
  });

  it("two confirms of the same text without an address at once: one is written, the other is a CONFLICT naming it", async () => {
    const text = releaseText("одновременно");
    const before = await counts();
    const results = await Promise.allSettled([
      c.editor.pressImport.confirm(minimalInput(text)),
      c.editor.pressImport.confirm(minimalInput(text.replaceAll("\n\n", "\n"))),
    ]);
    const passed = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r) => r.status === "rejected");
    expect(passed).toHaveLength(1);
    expect(refused).toHaveLength(1);
    const conflict = await failure(Promise.reject((refused[0] as PromiseRejectedResult).reason));
    const written = (passed[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof c.editor.pressImport.confirm>>>).value;
    expect(conflict.code).toBe("CONFLICT");
    expect(conflict.message).toContain("уже импортирован");
    expect(conflict.current).toMatchObject({ id: written.sourceId });
    expect(conflict.fieldMessages?.["source.text"]).toBeDefined();
    const after = await counts();
    expect(after.sources - before.sources).toBe(1);
    expect(after.meetings - before.meetings).toBe(1);
  });

  it("an import that cannot see the other one yet meets the unique index, and gets the same CONFLICT", async () => {
    const text = releaseText("индекс");
    const before = await counts();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let held!: () => void;
    const holding = new Promise<void>((resolve) => (held = resolve));
    // Another import's transaction: its source is written but not yet committed.
    const other = db.prisma.$transaction(
      async (tx) => {
        const source = await tx.source.create({
          data: { title: "Параллельный импорт", kind: "PRESS_RELEASE", text, textHash: sourceTextHash(text) },
          select: { id: true },
        });
        held();
        await gate;
        return source.id;
      },
      { timeout: 30_000, maxWait: 30_000 },
    );
    await holding;
    const confirm = failure(c.editor.pressImport.confirm(minimalInput(text)));
    if (db.kind === "postgresql") {
      // The import has passed its check (the other source is not committed) and waits at the index.
      await expect
        .poll(
          async () =>
            (
              await db.prisma.$queryRaw<
                Array<{ n: number }>
              >`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`
            )[0]!.n,
          { timeout: 15_000 },
        )
        .toBeGreaterThan(0);
    }
    release();
    const otherId = await other;
    const refused = await confirm;
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toBe("Этот пресс-релиз уже импортирован: источник «Параллельный импорт»");
    expect(refused.current).toEqual({ id: otherId, title: "Параллельный импорт" });
    const after = await counts();
    expect(after.sources - before.sources).toBe(1);
    expect(after.meetings).toBe(before.meetings);
  });
});
