// The seed: reference lists, the Vologda — Kazakhstan case and the generated demo dataset.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import { ZId } from "@atlas/shared/common";
import { canMoveTo } from "@atlas/shared/agreement-stages";
import { agreementStages } from "@atlas/shared/enums";
import { searchTextOf } from "@atlas/shared/search-text";
import { openTestDatabase } from "../support/test-database.ts";
import { seedDatabase, isDatabaseEmpty } from "../../prisma/seed/seed-database.ts";
import { caseIds, kazakhstanCaseRows } from "../../prisma/seed/kazakhstan-case.ts";
import { generateDataset, seedGenerated, SeedPrerequisiteError, type GenerateOptions } from "../../prisma/seed/generator.ts";
import { seedSectors, sectorId, sectors } from "../../prisma/seed/sectors.ts";
import { seedTableName, seedTableOrder, type SeedRows } from "../../prisma/seed/write-rows.ts";

const now = new Date("2026-11-25T09:00:00Z");
const small = { seed: 1, partners: 40, interactions: 2000 } as const;
const tables = ["Sector", ...seedTableOrder.map((t) => seedTableName[t])];

async function countAll(db: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await db.raw.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`);
    counts[table] = row!.n;
  }
  return counts;
}

function rowCounts(...sets: SeedRows[]): Record<string, number> {
  const counts: Record<string, number> = { Sector: sectors.length };
  for (const t of seedTableOrder) counts[seedTableName[t]] = sets.reduce((n, s) => n + s[t].length, 0);
  return counts;
}

describe("seedDatabase", () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => db?.close());

  it("fills an empty database once: a second run creates nothing", async () => {
    expect(await isDatabaseEmpty(db.prisma)).toBe(true);
    const searchIndexes = () => db.raw.query<{ indexname: string }>(`SELECT indexname::text FROM pg_indexes WHERE indexdef ILIKE '%USING gin%' ORDER BY 1`);
    const indexesBefore = await searchIndexes();
    expect(indexesBefore.length).toBeGreaterThan(0);
    const first = await seedDatabase(db.prisma, { now, generated: small });
    // The bulk load drops the trigram indexes of the big tables and must build them again.
    expect(await searchIndexes()).toEqual(indexesBefore);
    expect(first.generated?.skipped).toBe(false);
    expect(await isDatabaseEmpty(db.prisma)).toBe(false);
    const afterFirst = await countAll(db);
    // Every row the case and the generator produce is in the database, and nothing else.
    expect(afterFirst).toEqual(rowCounts(kazakhstanCaseRows(), generateDataset({ ...small, now })));

    const second = await seedDatabase(db.prisma, { now, generated: small });
    expect(second.generated?.skipped).toBe(true);
    expect(await countAll(db)).toEqual(afterFirst);
    // Even when the dataset is written again row by row, duplicates are skipped.
    await seedGenerated(db.prisma, { ...small, now, method: "createMany", skipIfPresent: false });
    expect(await countAll(db)).toEqual(afterFirst);
  }, 180_000);

  it("records the case with its relations", async () => {
    const p = db.prisma;
    const home = await p.partner.findFirstOrThrow({ where: { isHome: true }, include: { parent: true } });
    expect(home).toMatchObject({ id: caseIds.vologdaOblast, name: "Вологодская область", isoCode: "RU-VLG", level: "REGION" });
    expect(home.parent?.isoCode).toBe("RU");
    expect(home.notes).toContain("Вологда");

    const kz = await p.partner.findUniqueOrThrow({ where: { id: caseIds.kazakhstan }, include: { children: true } });
    expect(kz).toMatchObject({ level: "COUNTRY", isoCode: "KZ" });
    const almaty = kz.children.find((c) => c.name === "Алматинская область");
    expect(almaty).toMatchObject({ level: "REGION", isoCode: "KZ-19" });
    expect(kz.children.find((c) => c.name === "Астана")).toMatchObject({ level: "CITY", latitude: 51.17, longitude: 71.43 });
    const ustyug = await p.partner.findUniqueOrThrow({ where: { id: caseIds.velikyUstyug } });
    expect(ustyug).toMatchObject({ level: "CITY", parentId: caseIds.vologdaOblast });

    const visit = await p.interaction.findUniqueOrThrow({
      where: { id: caseIds.visit },
      include: { participants: { include: { person: true } }, partners: true, sectors: { include: { sector: true } }, followUps: true, source: true },
    });
    expect(visit).toMatchObject({ kind: "VISIT", direction: "INCOMING", format: "IN_PERSON", place: "Вологда" });
    expect(visit.startsAt.toISOString().slice(0, 7)).toBe("2024-11");
    expect(visit.outcomes).toMatch(/план/i);
    expect(visit.partners.map((x) => x.partnerId)).toEqual([caseIds.kazakhstan]);
    const people = Object.fromEntries(visit.participants.map((x) => [x.person.fullName, x]));
    expect(Object.keys(people).sort()).toEqual(["Георгий Филимонов", "Даурен Абаев"]);
    expect(people["Даурен Абаев"]!.person).toMatchObject({ side: "PARTNER", partnerId: caseIds.kazakhstan });
    expect(people["Даурен Абаев"]!.person.post).toBe("Чрезвычайный и Полномочный Посол Республики Казахстан в Российской Федерации");
    expect(people["Даурен Абаев"]!.role).toBeTruthy();
    expect(people["Георгий Филимонов"]!.person).toMatchObject({ side: "HOME", post: "Губернатор Вологодской области" });
    expect(visit.sectors.map((s) => s.sector.code).sort()).toEqual(["agriculture", "culture", "education", "investment", "timber", "tourism", "trade"]);
    expect(visit.followUps.length).toBeGreaterThanOrEqual(3);
    expect(visit.followUps.every((f) => f.ownerId === null && f.status === "OPEN")).toBe(true);
    expect(visit.source).toMatchObject({ url: null });
    expect(visit.searchText).toBe(searchTextOf.interaction(visit));

    const proposal = await p.agreement.findUniqueOrThrow({
      where: { id: caseIds.almatyProposal },
      include: { parties: true, stageHistory: true, sectors: { include: { sector: true } } },
    });
    expect(proposal).toMatchObject({ kind: "COOPERATION_AGREEMENT", stage: "PROPOSAL_SENT" });
    expect(proposal.parties.map((x) => x.partnerId)).toEqual([caseIds.almatyOblast]);
    expect(proposal.sectors.map((s) => s.sector.code).sort()).toEqual(["culture", "education", "trade"]);
    expect(proposal.stageHistory).toHaveLength(1);
    expect(proposal.stageHistory[0]).toMatchObject({ fromStage: null, toStage: "PROPOSAL_SENT" });
    expect(proposal.stageHistory[0]!.changedAt.toISOString().slice(0, 7)).toBe("2024-11");

    const project = await p.project.findUniqueOrThrow({ where: { id: caseIds.timberProject }, include: { sites: true, sector: true } });
    expect(project).toMatchObject({ stage: "SITE_SELECTION", partnerId: caseIds.kazakhstan });
    expect(project.sector?.code).toBe("timber");
    expect(project.sites.map((s) => [s.name, s.status]).sort()).toEqual([
      ["Индустриальный парк «Сокол»", "CANDIDATE"],
      ["Особая экономическая зона «Вологодская»", "CANDIDATE"],
    ]);

    const tour = await p.event.findUniqueOrThrow({ where: { id: caseIds.dedMorozTour }, include: { stops: { orderBy: { position: "asc" } }, partners: true } });
    expect(tour).toMatchObject({ kind: "TOUR", status: "HELD" });
    expect(tour.stops.map((s) => s.place)).toEqual(["Великий Устюг", "Астана"]);
    expect(tour.stops[1]).toMatchObject({ partnerId: caseIds.astana, latitude: 51.17, longitude: 71.43 });
    expect(tour.stops[1]!.date.toISOString().slice(0, 7)).toBe("2024-12");

    const forum = await p.event.findUniqueOrThrow({ where: { id: caseIds.horizon2050 }, include: { partners: true, sectors: { include: { sector: true } } } });
    expect(forum).toMatchObject({ kind: "FORUM", status: "HELD", title: "Международный инвестиционный форум «Горизонт 2050»" });
    expect(forum.partners.map((x) => x.partnerId)).toEqual([caseIds.kazakhstan]);
    expect(forum.sectors.map((s) => s.sector.code)).toEqual(["investment"]);

    const iceCream = await p.exportCategory.findUniqueOrThrow({ where: { name: "Мороженое" } });
    expect(iceCream).toMatchObject({ id: caseIds.iceCream, reportedMarketsCount: 26, hsCode: "2105" });
    const categories = await p.exportCategory.findMany({ where: { id: { in: [caseIds.dairy, caseIds.cannedMeat, caseIds.frozenBerries] } } });
    expect(categories.map((c) => c.hsCode).sort()).toEqual(["04", "0811", "1602"]);
    // No export figures are invented for the real partner.
    const kzScope = [caseIds.kazakhstan, ...kz.children.map((c) => c.id)];
    expect(await p.exportFigure.count({ where: { destinationId: { in: kzScope } } })).toBe(0);
  });

  it("finds the case by Cyrillic text in any case and with ё", async () => {
    const hits = await db.prisma.interaction.findMany({ where: { searchText: { contains: "горизонт 2050" } }, select: { id: true } });
    expect(hits.map((h) => h.id)).toContain(caseIds.visit);
    const people = await db.prisma.person.findMany({ where: { searchText: { contains: "даурен абаев" } }, select: { id: true } });
    expect(people.map((x) => x.id)).toEqual([caseIds.abaev]);
  });
});

describe("generateDataset", () => {
  const options: GenerateOptions = { ...small, now };
  const a = generateDataset(options);

  it("gives the same rows for the same options and different rows for another seed", () => {
    expect(generateDataset(options)).toEqual(a);
    const other = generateDataset({ ...options, seed: 2 });
    expect(other.interactions.map((i) => i.id)).not.toEqual(a.interactions.map((i) => i.id));
    expect(other.interactions.map((i) => i.title)).not.toEqual(a.interactions.map((i) => i.title));
  });

  it("uses valid, unique ids that do not collide with the case", () => {
    const idsOf = (rows: SeedRows) =>
      Object.values(rows).flatMap((list) => (list as Array<{ id?: string }>).map((r) => r.id).filter((id): id is string => !!id));
    const caseRowIds = new Set(idsOf(kazakhstanCaseRows()));
    const ids = idsOf(a);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => caseRowIds.has(id))).toEqual([]);
    expect(ids.every((id) => ZId.safeParse(id).success)).toBe(true);
    const caseNames = new Set(kazakhstanCaseRows().partners.map((p) => p.name));
    expect(a.partners.filter((p) => caseNames.has(p.name))).toEqual([]);
  });

  it("keeps the dates of contacts, events and tours in order", () => {
    expect(a.interactions).toHaveLength(small.interactions);
    for (const i of a.interactions) {
      expect(i.startsAt <= now).toBe(true);
      if (i.endsAt) expect(i.endsAt >= i.startsAt && i.endsAt <= now).toBe(true);
    }
    const sixMonths = new Date(now.getTime() + 184 * 86_400_000);
    expect(a.events.some((e) => e.startsAt > now)).toBe(true);
    for (const e of a.events) {
      expect(e.startsAt <= sixMonths).toBe(true);
      if (e.endsAt) expect(e.endsAt >= e.startsAt).toBe(true);
      if (e.startsAt > now) expect(["PLANNED", "CONFIRMED", "POSTPONED"]).toContain(e.status);
      if (e.status === "HELD") expect((e.endsAt ?? e.startsAt) < now).toBe(true);
    }
    const tours = a.events.filter((e) => e.kind === "TOUR");
    expect(tours.length).toBeGreaterThan(0);
    for (const tour of tours) {
      const stops = a.eventStops.filter((s) => s.eventId === tour.id);
      expect(stops.length).toBeGreaterThan(0);
      expect(stops.map((s) => s.position)).toEqual(stops.map((_, i) => i));
      for (let i = 0; i < stops.length; i++) {
        expect(stops[i]!.date >= tour.startsAt && stops[i]!.date <= (tour.endsAt ?? tour.startsAt)).toBe(true);
        if (i > 0) expect(stops[i]!.date >= stops[i - 1]!.date).toBe(true);
      }
    }
    const nonTours = new Set(a.events.filter((e) => e.kind !== "TOUR").map((e) => e.id));
    expect(a.eventStops.filter((s) => nonTours.has(s.eventId))).toEqual([]);
  });

  it("chooses at most one site per project", () => {
    for (const project of a.projects) {
      const sites = a.projectSites.filter((s) => s.projectId === project.id);
      expect(sites.filter((s) => s.status === "CHOSEN").length).toBeLessThanOrEqual(1);
      expect(new Set(sites.map((s) => s.name)).size).toBe(sites.length);
      if (["PREPARATION", "CONSTRUCTION", "OPERATING"].includes(project.stage ?? "IDEA")) expect(sites.filter((s) => s.status === "CHOSEN")).toHaveLength(1);
    }
  });

  it("gives every agreement a stage history that leads to its current stage by allowed moves", () => {
    const big = generateDataset({ seed: 3, partners: 300, interactions: 500, now });
    for (const data of [a, big]) {
      for (const agreement of data.agreements) {
        const history = data.agreementStageChanges.filter((c) => c.agreementId === agreement.id);
        expect(history.length).toBeGreaterThan(0);
        expect(history[0]!.fromStage).toBeNull();
        expect(history[0]!.toStage).toBe("PROPOSAL_SENT");
        for (let i = 1; i < history.length; i++) {
          const step = history[i]!;
          expect(step.fromStage).toBe(history[i - 1]!.toStage);
          expect(step.changedAt >= history[i - 1]!.changedAt).toBe(true);
          expect(canMoveTo(agreement.kind, step.fromStage!, step.toStage), `${agreement.kind}: ${step.fromStage} → ${step.toStage}`).toBe(true);
        }
        const last = history[history.length - 1]!;
        expect(last.toStage).toBe(agreement.stage);
        expect(last.changedAt).toEqual(agreement.stageChangedAt);
        expect(last.changedAt <= now).toBe(true);
        const reached = new Set(history.map((c) => c.toStage));
        expect(!!agreement.signedAt).toBe(reached.has("SIGNED"));
        expect(!!agreement.registrationNumber).toBe(reached.has("REGISTERED"));
        expect(!!agreement.effectiveAt).toBe(reached.has("IN_FORCE"));
        if (["IN_FORCE", "IMPLEMENTATION", "EXTENDED"].includes(agreement.stage ?? "PROPOSAL_SENT") && agreement.expiresAt) expect(agreement.expiresAt > now).toBe(true);
        if (agreement.stage === "EXPIRED") expect(agreement.expiresAt! <= now).toBe(true);
      }
    }
    expect(new Set(big.agreements.map((x) => x.stage))).toEqual(new Set(agreementStages));
  });

  it("has follow-ups that are done, open and overdue, with consistent completion dates", () => {
    const overdue = a.followUps.filter((f) => (f.status === "OPEN" || f.status === "IN_PROGRESS") && f.dueDate! < now);
    expect(overdue.length).toBeGreaterThan(0);
    expect(a.followUps.some((f) => f.status === "DONE")).toBe(true);
    expect(a.followUps.some((f) => f.dueDate! > now)).toBe(true);
    for (const f of [...a.followUps, ...a.planItems]) {
      expect(!!f.completedAt).toBe(f.status === "DONE");
      if (f.completedAt) expect(f.completedAt <= now).toBe(true);
    }
  });

  it("writes searchText the way the services do", () => {
    for (const p of a.partners) expect(p.searchText).toBe(searchTextOf.partner({ name: p.name, nameEn: p.nameEn, isoCode: p.isoCode }));
    for (const p of a.people) expect(p.searchText).toBe(searchTextOf.person(p));
    for (const i of a.interactions.slice(0, 200)) expect(i.searchText).toBe(searchTextOf.interaction(i));
    for (const x of a.agreements) expect(x.searchText).toBe(searchTextOf.agreement(x));
    for (const e of a.events) expect(e.searchText).toBe(searchTextOf.event(e));
  });

  it("adds export figures by quarter for synthetic destinations only", () => {
    expect(a.exportFigures.length).toBeGreaterThan(0);
    const destinations = new Set(a.exportFigures.map((f) => f.destinationId));
    expect(destinations.has(caseIds.kazakhstan)).toBe(false);
    const generatedCountries = new Set(a.partners.filter((p) => p.level === "COUNTRY").map((p) => p.id));
    expect([...destinations].every((d) => generatedCountries.has(d))).toBe(true);
    for (const f of a.exportFigures) {
      const start = new Date(f.periodStart);
      expect(start.getUTCDate()).toBe(1);
      expect(start.getUTCMonth() % 3).toBe(0);
      expect(new Date(f.periodEnd) < now).toBe(true);
    }
  });
});

describe("seed writes", () => {
  it("writes the same database with createMany as with SQL", async () => {
    const [one, two] = [await openTestDatabase(), await openTestDatabase()];
    try {
      const opts = { seed: 5, partners: 30, interactions: 300 };
      await seedDatabase(one.prisma, { now, generated: { ...opts, method: "createMany" } });
      await seedDatabase(two.prisma, { now, generated: { ...opts, method: "sql" } });
      expect(await countAll(one)).toEqual(await countAll(two));
      const digest = (db: Database) =>
        db.raw.query<{ d: string }>(`SELECT md5(string_agg(id::text || title || "startsAt"::text || coalesce("endsAt"::text, ''), ',' ORDER BY id)) AS d FROM "Interaction"`);
      expect(await digest(one)).toEqual(await digest(two));
    } finally {
      await one.close();
      await two.close();
    }
  }, 180_000);

  it("refuses a generated dataset without the case, and reuses a sector created by hand", async () => {
    const db = await openTestDatabase();
    try {
      await expect(seedGenerated(db.prisma, { ...small, interactions: 50, now })).rejects.toBeInstanceOf(SeedPrerequisiteError);
      const own = await db.prisma.sector.create({ data: { code: "timber", name: "Лес (заведён вручную)", nameEn: "Forestry" } });
      await seedSectors(db.prisma);
      await seedDatabase(db.prisma, { now, generated: { ...small, partners: 20, interactions: 200 } });
      expect(await db.prisma.sector.count({ where: { code: "timber" } })).toBe(1);
      expect(await db.prisma.sector.count({ where: { id: sectorId("timber") } })).toBe(0);
      const visitSectors = await db.prisma.interactionSector.findMany({ where: { interactionId: caseIds.visit } });
      expect(visitSectors.map((s) => s.sectorId)).toContain(own.id);
    } finally {
      await db.close();
    }
  }, 120_000);
});
