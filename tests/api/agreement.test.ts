import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import type { TCreateAgreementInput, TListAgreementsInput } from "@atlas/shared/agreement";
import { addDays, dayToUtcDate, todayIn } from "@atlas/shared/calendar-day";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor, failure } from "../support/callers.ts";
import { isoTimestamp } from "../support/timestamps.ts";

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;
let kz: { id: string };
let almaty: { id: string };
let by: { id: string };
let timber: { id: string };
let agro: { id: string };
let culture: { id: string };
let pressRelease: { id: string };

// Days of the home region's calendar (the test context's default zone), as the server counts them.
const today = () => todayIn("Europe/Moscow");
const daysFromNow = (n: number) => addDays(today(), n);
const unknownId = "8f14e45f-ceea-467a-9c1a-1e2a3b4c5d6e";

beforeAll(async () => {
  db = await openTestDatabase();
  c = await callersFor(db);
  kz = await c.editor.partner.create({ name: "Республика Казахстан", level: "COUNTRY", isoCode: "KZ" });
  almaty = await c.editor.partner.create({ name: "Алматинская область", level: "REGION", parentId: kz.id, isoCode: "KZ-19" });
  by = await c.editor.partner.create({ name: "Республика Беларусь", level: "COUNTRY", isoCode: "BY" });
  // Sectors and sources have their own routers elsewhere; here they are plain fixtures.
  timber = await db.prisma.sector.create({ data: { code: "timber", name: "Лесная промышленность", nameEn: "Timber", sortOrder: 1 } });
  agro = await db.prisma.sector.create({ data: { code: "agro", name: "Сельское хозяйство", nameEn: "Agriculture", sortOrder: 2 } });
  culture = await db.prisma.sector.create({ data: { code: "culture", name: "Культура", nameEn: "Culture", sortOrder: 3 } });
  pressRelease = await db.prisma.source.create({ data: { title: "Пресс-релиз о визите посла Казахстана", kind: "PRESS_RELEASE" } });
});
afterAll(async () => db?.close());

const base = (extra: Partial<TCreateAgreementInput> = {}): TCreateAgreementInput => ({
  title: "Соглашение о сотрудничестве",
  kind: "COOPERATION_AGREEMENT",
  partyIds: [kz.id],
  stageDate: "2024-11-20",
  ...extra,
});

describe("agreement: create and read", () => {
  it("creates an agreement with parties, sectors, documents and source, and its first stage", async () => {
    const created = await c.editor.agreement.create({
      title: "Предложение о сотрудничестве Алматинской области",
      kind: "COOPERATION_AGREEMENT",
      summary: "Торговля, образование и культурный обмен",
      partyIds: [almaty.id, almaty.id],
      sectorIds: [culture.id, agro.id],
      documents: [{ title: "Проект соглашения", url: "https://example.org/draft.pdf" }, { title: "Сопроводительное письмо" }],
      sourceIds: [pressRelease.id],
      stageDate: "2024-11-18",
    });
    expect(created.stage).toBe("PROPOSAL_SENT");
    expect(created.version).toBe(1);
    expect(created.stageChangedAt).toEqual("2024-11-18");
    expect(created.parties).toEqual([{ id: almaty.id, name: "Алматинская область", level: "REGION" }]);
    expect(created.sectors.map((s) => s.code)).toEqual(["agro", "culture"]);
    expect(created.documents.map((x) => [x.title, x.url])).toEqual([
      ["Проект соглашения", "https://example.org/draft.pdf"],
      ["Сопроводительное письмо", null],
    ]);
    expect(created.sources.map((s) => s.title)).toEqual(["Пресс-релиз о визите посла Казахстана"]);
    expect(created.stageHistory.map((h) => [h.fromStage, h.toStage, h.changedAt])).toEqual([[null, "PROPOSAL_SENT", "2024-11-18"]]);
    expect(created.allowedNextStages).toEqual(["DRAFT", "NEGOTIATION", "TERMINATED"]);
    expect(created.planItems).toEqual([]);

    const byId = await c.viewer.agreement.byId({ id: created.id });
    expect(byId).toEqual(created);
    const log = await db.prisma.changeLog.findMany({ where: { entity: "agreement", recordId: created.id } });
    expect(log.map((l) => [l.action, l.userId])).toEqual([["CREATE", c.users.editor.id]]);
    expect((log[0]?.changes as Record<string, unknown>).title).toBe("Предложение о сотрудничестве Алматинской области");
  });

  it("records an older agreement at its current stage, stamping the stage's date", async () => {
    const signed = await c.editor.agreement.create(base({ title: "Подписанный меморандум", kind: "MEMORANDUM", stage: "SIGNED", stageDate: "2023-05-05" }));
    expect(signed.stage).toBe("SIGNED");
    expect(signed.signedAt).toEqual("2023-05-05");
    expect(signed.stageHistory.map((h) => [h.fromStage, h.toStage, h.changedAt])).toEqual([[null, "SIGNED", "2023-05-05"]]);
    const inForce = await c.editor.agreement.create(
      base({ stage: "IN_FORCE", stageDate: "2022-03-01", signedAt: "2021-12-01", effectiveAt: "2022-03-01", expiresAt: "2027-03-01" }),
    );
    expect(inForce.signedAt).toEqual("2021-12-01");
    expect(inForce.allowedNextStages).toEqual(["IMPLEMENTATION", "EXTENDED", "EXPIRED", "TERMINATED"]);
  });

  it("answers bad input with BAD_REQUEST and field paths", async () => {
    const bad = await failure(
      c.editor.agreement.create({
        title: " ",
        kind: "договор" as never,
        partyIds: [],
        documents: [{ title: "", url: "ftp://example.org" }],
        stageDate: "20.11.2024",
        stage: "SOMEWHERE" as never,
      }),
    );
    expect(bad.code).toBe("BAD_REQUEST");
    expect(Object.keys(bad.fieldMessages ?? {}).sort()).toEqual(["documents.0.title", "documents.0.url", "kind", "partyIds", "stage", "stageDate", "title"]);
    expect(bad.fieldMessages?.stageDate?.[0]).toMatch(/ГГГГ-ММ-ДД/);

    // The date of the stage is never taken to be today: it must be given.
    const { stageDate: _omitted, ...undated } = base();
    const missing = await failure(c.editor.agreement.create(undated as TCreateAgreementInput));
    expect(missing.code).toBe("BAD_REQUEST");
    expect(Object.keys(missing.fieldMessages ?? {})).toEqual(["stageDate"]);
    expect(missing.fieldMessages?.stageDate?.[0]).toBe("Укажите дату");
    const nullDate = await failure(c.editor.agreement.create(base({ stageDate: null as never })));
    expect(Object.keys(nullDate.fieldMessages ?? {})).toEqual(["stageDate"]);

    // A stage reached in the future (by the home region's calendar) is refused by the server.
    const future = await failure(c.editor.agreement.create(base({ stageDate: daysFromNow(3) })));
    expect(future.code).toBe("BAD_REQUEST");
    expect(Object.keys(future.fieldMessages ?? {})).toEqual(["stageDate"]);
    expect(future.fieldMessages?.stageDate?.[0]).toMatch(/будущем/);
    expect(await db.prisma.agreement.count({ where: { stageChangedAt: dayToUtcDate(daysFromNow(3)) } })).toBe(0);
    // Today itself is fine.
    const todays = await c.editor.agreement.create(base({ title: "Предложение сегодняшнего дня", stageDate: today() }));
    expect(todays.stageChangedAt).toBe(today());

    const term = await failure(c.editor.agreement.create(base({ effectiveAt: "2025-01-01", expiresAt: "2024-01-01" })));
    expect(term.code).toBe("BAD_REQUEST");
    expect(Object.keys(term.fieldMessages ?? {})).toEqual(["expiresAt"]);
  });

  it("refuses unknown parties, sectors and sources naming each field", async () => {
    const err = await failure(c.editor.agreement.create(base({ partyIds: [kz.id, unknownId], sectorIds: [unknownId], sourceIds: [unknownId] })));
    expect(err.code).toBe("BAD_REQUEST");
    expect(Object.keys(err.fieldMessages ?? {}).sort()).toEqual(["partyIds", "sectorIds", "sourceIds"]);
    expect(err.fieldMessages?.partyIds?.[0]).toContain(unknownId);
    // Nothing half-written.
    expect(await db.prisma.agreementSource.count({ where: { sourceId: unknownId } })).toBe(0);

    const deletedPartner = await c.editor.partner.create({ name: "Удалённый партнёр", level: "CITY" });
    await c.admin.partner.delete({ id: deletedPartner.id, version: deletedPartner.version });
    const gone = await failure(c.editor.agreement.create(base({ partyIds: [deletedPartner.id] })));
    expect(Object.keys(gone.fieldMessages ?? {})).toEqual(["partyIds"]);
  });

  it("answers an unknown id with NOT_FOUND", async () => {
    expect((await failure(c.viewer.agreement.byId({ id: unknownId }))).code).toBe("NOT_FOUND");
    expect((await failure(c.editor.agreement.update({ id: unknownId, version: 1, data: { title: "x" } }))).code).toBe("NOT_FOUND");
    expect((await failure(c.editor.agreement.advanceStage({ id: unknownId, version: 1, toStage: "DRAFT" }))).code).toBe("NOT_FOUND");
  });

  it("lets only editors write", async () => {
    expect((await failure(c.viewer.agreement.create(base()))).code).toBe("FORBIDDEN");
    expect((await failure(c.analyst.agreement.create(base()))).code).toBe("FORBIDDEN");
  });

  it("shows open follow-ups only", async () => {
    const a = await c.editor.agreement.create(base({ title: "Соглашение с задачами" }));
    await db.prisma.followUp.createMany({
      data: [
        { title: "Согласовать текст с МИД", agreementId: a.id, status: "OPEN", dueDate: dayToUtcDate("2025-02-01") },
        { title: "Направить проект", agreementId: a.id, status: "DONE" },
        { title: "Удалённая задача", agreementId: a.id, status: "OPEN", deletedAt: new Date() },
      ],
    });
    const detail = await c.viewer.agreement.byId({ id: a.id });
    expect(detail.followUps.map((f) => [f.title, f.dueDate])).toEqual([["Согласовать текст с МИД", "2025-02-01"]]);
  });
});

describe("agreement: update", () => {
  it("changes fields, replaces the sets, logs the diff and keeps the stage", async () => {
    const a = await c.editor.agreement.create(base({ title: "Соглашение о лесопереработке", sectorIds: [timber.id], documents: [{ title: "Старый проект" }] }));
    const updated = await c.editor.agreement.update({
      id: a.id,
      version: a.version,
      data: {
        title: "Соглашение о совместном деревообрабатывающем производстве",
        partyIds: [almaty.id, by.id],
        sectorIds: [timber.id, agro.id],
        documents: [{ title: "Новый проект", url: "https://example.org/v2.pdf" }],
        expiresAt: "2030-01-01",
      },
    });
    expect(updated.version).toBe(2);
    expect(updated.stage).toBe("PROPOSAL_SENT");
    expect(updated.parties.map((p) => p.id).sort()).toEqual([almaty.id, by.id].sort());
    expect(updated.sectors.map((s) => s.code)).toEqual(["timber", "agro"]);
    expect(updated.documents.map((x) => x.title)).toEqual(["Новый проект"]);
    expect(updated.summary).toBeNull();

    const log = await db.prisma.changeLog.findFirstOrThrow({ where: { entity: "agreement", recordId: a.id, action: "UPDATE" } });
    const changes = log.changes as Record<string, { from: unknown; to: unknown }>;
    expect(Object.keys(changes).sort()).toEqual(["documents", "expiresAt", "partyIds", "sectorIds", "title"]);
    expect(changes.title).toEqual({ from: "Соглашение о лесопереработке", to: "Соглашение о совместном деревообрабатывающем производстве" });
    // Days in the history, as the user typed them, not instants.
    expect(changes.expiresAt).toEqual({ from: null, to: "2030-01-01" });
    expect(updated.expiresAt).toBe("2030-01-01");

    // searchText follows the new title.
    const found = await c.viewer.agreement.list({ filter: { q: "деревообрабатывающем" } });
    expect(found.items.map((i) => i.id)).toEqual([a.id]);
    expect((await c.viewer.agreement.list({ filter: { q: "лесопереработке" } })).total).toBe(0);
  });

  it("refuses a stage in update data", async () => {
    const a = await c.editor.agreement.create(base());
    const err = await failure(c.editor.agreement.update({ id: a.id, version: a.version, data: { stage: "SIGNED" } as never }));
    expect(err.code).toBe("BAD_REQUEST");
    expect(Object.keys(err.fieldMessages ?? {})).toEqual(["data.stage"]);
  });

  it("refuses a term ending before entry into force, against the stored value too", async () => {
    const a = await c.editor.agreement.create(base({ effectiveAt: "2025-01-01" }));
    const err = await failure(c.editor.agreement.update({ id: a.id, version: a.version, data: { expiresAt: "2024-06-01" } }));
    expect(err.code).toBe("BAD_REQUEST");
    expect(Object.keys(err.fieldMessages ?? {})).toEqual(["data.expiresAt"]);
    const unknown = await failure(c.editor.agreement.update({ id: a.id, version: a.version, data: { sectorIds: [unknownId] } }));
    expect(Object.keys(unknown.fieldMessages ?? {})).toEqual(["data.sectorIds"]);
    const noParty = await failure(c.editor.agreement.update({ id: a.id, version: a.version, data: { partyIds: [] } }));
    expect(Object.keys(noParty.fieldMessages ?? {})).toEqual(["data.partyIds"]);
  });

  it("refuses a stale version with CONFLICT and keeps the first edit", async () => {
    const a = await c.editor.agreement.create(base({ title: "Меморандум о туризме" }));
    await c.editor.agreement.update({ id: a.id, version: a.version, data: { summary: "первая правка" } });
    const stale = await failure(c.editor.agreement.update({ id: a.id, version: a.version, data: { summary: "вторая правка", partyIds: [by.id] } }));
    expect(stale.code).toBe("CONFLICT");
    expect((stale.current as { version: number } | null)?.version).toBe(2);
    const after = await c.viewer.agreement.byId({ id: a.id });
    expect(after.summary).toBe("первая правка");
    expect(after.parties.map((p) => p.id)).toEqual([kz.id]);
  });
});

describe("agreement: implementation plan", () => {
  it("adds, orders, completes, reopens and removes plan items, logging each", async () => {
    const a = await c.editor.agreement.create(base({ title: "План мероприятий на 2025 год", kind: "IMPLEMENTATION_PLAN" }));
    const late = await c.editor.agreement.addPlanItem({
      agreementId: a.id,
      agreementVersion: a.version,
      title: "Дни Вологодской области в Алматы",
      dueDate: "2025-09-01",
    });
    const early = await c.editor.agreement.addPlanItem({
      agreementId: a.id,
      title: "Бизнес-миссия по молочной продукции",
      dueDate: "2025-04-01",
      responsible: "Департамент АПК",
    });
    expect(late.status).toBe("OPEN");
    expect(late.version).toBe(1);
    expect(late.dueDate).toBe("2025-09-01");

    let detail = await c.viewer.agreement.byId({ id: a.id });
    expect(detail.planItems.map((p) => p.title)).toEqual(["Бизнес-миссия по молочной продукции", "Дни Вологодской области в Алматы"]);
    const listed = async () => (await c.viewer.agreement.list({ filter: { q: "план мероприятий на 2025" } })).items[0]?.openPlanItemCount;
    expect(await listed()).toBe(2);

    const done = await c.editor.agreement.updatePlanItem({ id: early.id, version: early.version, data: { status: "DONE" } });
    expect(done.status).toBe("DONE");
    expect(done.completedAt).toMatch(isoTimestamp);
    expect(done.version).toBe(2);
    expect(await listed()).toBe(1);

    const stale = await failure(c.editor.agreement.updatePlanItem({ id: early.id, version: early.version, data: { title: "Другое" } }));
    expect(stale.code).toBe("CONFLICT");

    const reopened = await c.editor.agreement.updatePlanItem({ id: early.id, version: done.version, data: { status: "IN_PROGRESS", dueDate: "2025-05-01" } });
    expect(reopened.completedAt).toBeNull();
    expect(reopened.dueDate).toBe("2025-05-01");
    expect(reopened.title).toBe("Бизнес-миссия по молочной продукции");

    expect((await failure(c.editor.agreement.removePlanItem({ id: late.id, version: 7 }))).code).toBe("CONFLICT");
    await c.editor.agreement.removePlanItem({ id: late.id, version: late.version });
    detail = await c.viewer.agreement.byId({ id: a.id });
    expect(detail.planItems.map((p) => p.id)).toEqual([early.id]);
    expect((await failure(c.editor.agreement.removePlanItem({ id: late.id, version: late.version }))).code).toBe("NOT_FOUND");

    const log = await db.prisma.changeLog.findMany({ where: { entity: "planItem", recordId: { in: [early.id, late.id] } }, orderBy: { at: "asc" } });
    expect(log.map((l) => `${l.recordId === early.id ? "early" : "late"} ${l.action}`)).toEqual([
      "late CREATE",
      "early CREATE",
      "early UPDATE",
      "early UPDATE",
      "late DELETE",
    ]);
    expect((log[4]?.changes as Record<string, unknown>).title).toBe("Дни Вологодской области в Алматы");
    expect((log[0]?.changes as Record<string, unknown>).dueDate).toBe("2025-09-01");
    expect((log[4]?.changes as Record<string, unknown>).dueDate).toBe("2025-09-01");
    expect((log[3]?.changes as Record<string, unknown>).dueDate).toEqual({ from: "2025-04-01", to: "2025-05-01" });
  });

  it("checks the agreement's version when given and refuses bad items", async () => {
    const a = await c.editor.agreement.create(base());
    await c.editor.agreement.update({ id: a.id, version: a.version, data: { summary: "изменено" } });
    const stale = await failure(c.editor.agreement.addPlanItem({ agreementId: a.id, agreementVersion: a.version, title: "Пункт", dueDate: "2025-01-01" }));
    expect(stale.code).toBe("CONFLICT");
    const bad = await failure(c.editor.agreement.addPlanItem({ agreementId: a.id, title: "", dueDate: "не дата" as never }));
    expect(bad.code).toBe("BAD_REQUEST");
    expect(Object.keys(bad.fieldMessages ?? {}).sort()).toEqual(["dueDate", "title"]);
    expect((await failure(c.editor.agreement.addPlanItem({ agreementId: unknownId, title: "Пункт", dueDate: "2025-01-01" }))).code).toBe("NOT_FOUND");
    expect((await failure(c.viewer.agreement.addPlanItem({ agreementId: a.id, title: "Пункт", dueDate: "2025-01-01" }))).code).toBe("FORBIDDEN");
    expect((await c.viewer.agreement.byId({ id: a.id })).planItems).toEqual([]);
  });
});

describe("agreement: list", () => {
  let region: string;
  let country: string;
  let other: string;
  let soon: string;
  let later: string;
  let lapsed: string;
  let ended: string;

  beforeAll(async () => {
    // A country of its own, so these cases do not see the other tests' agreements.
    const uz = await c.editor.partner.create({ name: "Республика Узбекистан", level: "COUNTRY", isoCode: "UZ" });
    const tashkent = await c.editor.partner.create({ name: "Ташкентская область", level: "REGION", parentId: uz.id });
    const city = await c.editor.partner.create({ name: "Ангрен", level: "CITY", parentId: tashkent.id });
    const mk = (extra: Partial<TCreateAgreementInput> & Pick<TCreateAgreementInput, "stageDate">) =>
      c.editor.agreement.create({ kind: "MEMORANDUM", title: "—", partyIds: [uz.id], ...extra }).then((a) => a.id);
    region = await mk({
      title: "Меморандум с Ташкентской областью о поставках мороженого",
      partyIds: [city.id, tashkent.id],
      sectorIds: [agro.id],
      stage: "NEGOTIATION",
      stageDate: "2024-03-10",
    });
    country = await mk({ title: "Соглашение с Узбекистаном о туризме", sectorIds: [culture.id], stage: "DRAFT", stageDate: "2024-08-01" });
    soon = await mk({
      title: "Узбекистан: меморандум, срок истекает скоро",
      stage: "IN_FORCE",
      stageDate: "2024-01-01",
      effectiveAt: "2024-01-01",
      expiresAt: daysFromNow(20),
    });
    later = await mk({
      title: "Узбекистан: меморандум, срок нескоро",
      stage: "IN_FORCE",
      stageDate: "2024-01-01",
      effectiveAt: "2024-01-01",
      expiresAt: daysFromNow(400),
    });
    lapsed = await mk({ title: "Узбекистан: истёкший", stage: "EXPIRED", stageDate: "2024-01-02", expiresAt: daysFromNow(10) });
    ended = await mk({ title: "Узбекистан: прекращённый", stage: "TERMINATED", stageDate: "2024-01-03", expiresAt: daysFromNow(10) });
    other = await c.editor.agreement
      .create({ kind: "TWINNING", title: "Побратимство с Гродно", partyIds: [by.id], stage: "NEGOTIATION", stageDate: "2024-03-10" })
      .then((a) => a.id);
  });

  const ids = async (filter: NonNullable<TListAgreementsInput["filter"]>) =>
    (await c.viewer.agreement.list({ filter, limit: 500 })).items.map((i) => i.id).sort();

  it("finds an agreement with a region (or a city) by its country, by id and by ISO code", async () => {
    const uz = await db.prisma.partner.findFirstOrThrow({ where: { isoCode: "UZ" } });
    const all = [region, country, soon, later, lapsed, ended].sort();
    expect(await ids({ partnerIds: [uz.id] })).toEqual(all);
    expect(await ids({ countryCodes: ["UZ"] })).toEqual(all);
    const tashkent = await db.prisma.partner.findFirstOrThrow({ where: { name: "Ташкентская область" } });
    expect(await ids({ partnerIds: [tashkent.id] })).toEqual([region]);
    expect(await ids({ countryCodes: ["BY"] })).toContain(other);
    expect(await ids({ countryCodes: ["BY"] })).not.toContain(region);
  });

  it("filters by stage, kind, sector, text and period of stage changes", async () => {
    expect(await ids({ countryCodes: ["UZ"], stages: ["NEGOTIATION", "DRAFT"] })).toEqual([region, country].sort());
    expect(await ids({ countryCodes: ["UZ", "BY"], stages: ["NEGOTIATION"] })).toEqual([region, other].sort());
    expect(await ids({ countryCodes: ["BY", "UZ"], kinds: ["TWINNING"] })).toEqual([other]);
    expect(await ids({ countryCodes: ["UZ"], sectorIds: [culture.id] })).toEqual([country]);
    expect(await ids({ q: "МОРОЖЕНОГО ташкентской" })).toEqual([region]);
    expect(await ids({ q: "истекший" })).toEqual([lapsed]);
    expect(await ids({ countryCodes: ["UZ"], from: "2024-03-01", to: "2024-08-31" })).toEqual([region, country].sort());
    expect(await ids({ countryCodes: ["UZ"], from: "2024-08-01" })).toEqual([country]);
  });

  it("lists agreements expiring soon, leaving out those already expired or terminated", async () => {
    expect(await ids({ countryCodes: ["UZ"], expiringWithinDays: 30 })).toEqual([soon]);
    expect(await ids({ countryCodes: ["UZ"], expiringWithinDays: 500 })).toEqual([soon, later].sort());
  });

  it("returns the list shape and sorts, paging by expiry with undated ones last", async () => {
    const page = await c.viewer.agreement.list({ filter: { countryCodes: ["UZ"] }, sort: { field: "title", direction: "asc" } });
    expect(page.total).toBe(6);
    expect(page.items.map((i) => i.title)).toEqual([...page.items.map((i) => i.title)].sort((a, b) => a.localeCompare(b)));
    const first = page.items.find((i) => i.id === region);
    expect(first).toMatchObject({
      kind: "MEMORANDUM",
      stage: "NEGOTIATION",
      stageChangedAt: "2024-03-10",
      stageDatePrecision: "DAY",
      version: 1,
      openPlanItemCount: 0,
    });
    expect(first?.parties.map((p) => p.name)).toEqual(["Ангрен", "Ташкентская область"]);
    expect(first?.sectors).toEqual([{ id: agro.id, code: "agro", name: "Сельское хозяйство" }]);

    const defaultSort = await c.viewer.agreement.list({ filter: { countryCodes: ["UZ"] } });
    expect(defaultSort.items[0]?.id).toBe(country); // latest stage change first

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const p: Awaited<ReturnType<typeof c.viewer.agreement.list>> = await c.viewer.agreement.list({
        filter: { countryCodes: ["UZ"] },
        sort: { field: "expiresAt", direction: "asc" },
        limit: 2,
        cursor,
      });
      seen.push(...p.items.map((i) => i.id));
      cursor = p.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(6);
    expect(seen.slice(2, 4)).toEqual([soon, later]);
    expect(new Set(seen.slice(0, 2))).toEqual(new Set([lapsed, ended]));
    expect(new Set(seen.slice(4))).toEqual(new Set([region, country]));
  });
});

describe("agreement: delete and restore", () => {
  it("soft-deletes for admins only and restores", async () => {
    const a = await c.editor.agreement.create(base({ title: "Соглашение на удаление" }));
    expect((await failure(c.editor.agreement.delete({ id: a.id, version: a.version }))).code).toBe("FORBIDDEN");
    expect((await failure(c.admin.agreement.delete({ id: a.id, version: a.version + 1 }))).code).toBe("CONFLICT");
    const deleted = await c.admin.agreement.delete({ id: a.id, version: a.version });
    expect(deleted.version).toBe(a.version + 1);
    expect((await failure(c.viewer.agreement.byId({ id: a.id }))).code).toBe("NOT_FOUND");
    expect((await c.viewer.agreement.list({ filter: { q: "на удаление" } })).total).toBe(0);
    expect((await failure(c.editor.agreement.advanceStage({ id: a.id, version: deleted.version, toStage: "DRAFT" }))).code).toBe("NOT_FOUND");
    // Still in the database with its history.
    expect(await db.prisma.agreementStageChange.count({ where: { agreementId: a.id } })).toBe(1);

    expect((await failure(c.editor.agreement.restore({ id: a.id, version: deleted.version }))).code).toBe("FORBIDDEN");
    const restored = await c.admin.agreement.restore({ id: a.id, version: deleted.version });
    expect(restored.title).toBe("Соглашение на удаление");
    expect(restored.version).toBe(deleted.version + 1);
    expect(restored.stageHistory).toHaveLength(1);
    expect((await c.viewer.agreement.list({ filter: { q: "на удаление" } })).total).toBe(1);
    expect((await failure(c.admin.agreement.restore({ id: a.id, version: restored.version }))).code).toBe("CONFLICT");

    const log = await db.prisma.changeLog.findMany({ where: { entity: "agreement", recordId: a.id }, orderBy: { at: "asc" } });
    expect(log.map((l) => [l.action, l.userId])).toEqual([
      ["CREATE", c.users.editor.id],
      ["DELETE", c.users.admin.id],
      ["RESTORE", c.users.admin.id],
    ]);
  });
});
