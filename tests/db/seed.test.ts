// The seed: reference lists, the Vologda — Kazakhstan case and the generated demo dataset.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import { ZId } from "@atlas/shared/common";
import { canMoveTo, type AgreementKindRules } from "@atlas/shared/agreement-stages";

/** The 4-FZ rule of the built-in agreement kinds the generator draws (cooperation and twinning need registration). */
const kindRules = (kind: string): AgreementKindRules => ({ name: kind, needsStateRegistration: kind === "COOPERATION_AGREEMENT" || kind === "TWINNING" });
import { agreementStages } from "@atlas/shared/enums";
import { searchTextOf } from "@atlas/shared/search-text";
import { addDays, dayOrNull, isCalendarDay, periodOf, utcDateToDay, type CalendarDay, type TDatePrecision } from "@atlas/shared/calendar-day";
import { openTestDatabase } from "../support/test-database.ts";
import { seedDatabase, isDatabaseEmpty } from "../../prisma/seed/seed-database.ts";
import { caseIds, casePublishedOn, kazakhstanCaseRows } from "../../prisma/seed/kazakhstan-case.ts";
import { generateDataset, seedGenerated, SeedPrerequisiteError, type GenerateOptions } from "../../prisma/seed/generator.ts";
import { seedSectors, sectorId, sectors } from "../../prisma/seed/sectors.ts";
import { seedDayColumns, seedTableName, seedTableOrder, type SeedRows, type SeedTable } from "../../prisma/seed/write-rows.ts";

// The generated data is "as of" a day of the home region's calendar; the instant is only
// for bookkeeping stamps (createdAt, completedAt).
const today: CalendarDay = "2026-11-25";
const now = new Date("2026-11-25T09:00:00Z");
const asOf = { today, now };
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
    const first = await seedDatabase(db.prisma, { ...asOf, generated: small });
    // The bulk load drops the trigram indexes of the big tables and must build them again.
    expect(await searchIndexes()).toEqual(indexesBefore);
    expect(first.generated?.skipped).toBe(false);
    expect(await isDatabaseEmpty(db.prisma)).toBe(false);
    const afterFirst = await countAll(db);
    // Every row the case and the generator produce is in the database, and nothing else.
    expect(afterFirst).toEqual(rowCounts(kazakhstanCaseRows(), generateDataset({ ...small, ...asOf })));

    const second = await seedDatabase(db.prisma, { ...asOf, generated: small });
    expect(second.generated?.skipped).toBe(true);
    expect(await countAll(db)).toEqual(afterFirst);
    // Even when the dataset is written again row by row, duplicates are skipped.
    await seedGenerated(db.prisma, { ...small, ...asOf, method: "createMany", skipIfPresent: false });
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
      include: {
        participants: { include: { person: true } },
        partners: true,
        sectors: { include: { sector: true } },
        followUps: true,
        sources: { include: { source: true } },
      },
    });
    expect(visit).toMatchObject({ kind: "VISIT", direction: "INCOMING", format: "IN_PERSON", place: "Вологда", startTime: null });
    // The release of 13.11.2024 says «в ноябре 2024 года»: the visit is November 2024, no
    // day is invented, and nothing about it lies after the release that reports it.
    // One release reports the visit (the case names no second outlet).
    expect(visit.sources.map((l) => l.source)).toMatchObject([{ kind: "PRESS_RELEASE", publishedPrecision: "DAY" }]);
    expect(dayOrNull(visit.sources[0]!.source.publishedAt)).toBe("2024-11-13");
    expect(casePublishedOn).toBe("2024-11-13");
    expect([visit.datePrecision, utcDateToDay(visit.startsAt), dayOrNull(visit.endsAt)]).toEqual(["MONTH", "2024-11-01", "2024-11-30"]);
    expect(utcDateToDay(visit.startsAt) <= "2024-11-13").toBe(true);
    expect(periodOf(utcDateToDay(visit.startsAt), visit.datePrecision)).toEqual({ first: "2024-11-01", last: "2024-11-30" });
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
    expect(visit.followUps.every((f) => f.ownerId === null && f.status === "OPEN" && f.dueDate === null)).toBe(true);
    // The tasks come from the release: not recorded before it was published.
    expect(visit.followUps.every((f) => f.createdAt >= new Date("2024-11-12T21:00:00Z"))).toBe(true);
    expect(visit.sources[0]!.source).toMatchObject({ url: null, urlKey: null });
    expect(visit.searchText).toBe(searchTextOf.interaction(visit));

    const proposal = await p.agreement.findUniqueOrThrow({
      where: { id: caseIds.almatyProposal },
      include: { parties: true, stageHistory: true, sectors: { include: { sector: true } } },
    });
    expect(proposal).toMatchObject({ kind: "COOPERATION_AGREEMENT", stage: "PROPOSAL_SENT" });
    expect(proposal.parties.map((x) => x.partnerId)).toEqual([caseIds.almatyOblast]);
    expect(proposal.sectors.map((s) => s.sector.code).sort()).toEqual(["culture", "education", "trade"]);
    expect(proposal.stageHistory).toHaveLength(1);
    // «уже направлено» by the release of 13.11.2024, with no date of its own: filed under that month.
    expect(proposal.stageHistory[0]).toMatchObject({ fromStage: null, toStage: "PROPOSAL_SENT", datePrecision: "MONTH" });
    expect(utcDateToDay(proposal.stageHistory[0]!.changedAt)).toBe("2024-11-01");
    expect(utcDateToDay(proposal.stageChangedAt)).toBe("2024-11-01");

    const project = await p.project.findUniqueOrThrow({ where: { id: caseIds.timberProject }, include: { sites: true, sector: true } });
    expect(project).toMatchObject({ stage: "SITE_SELECTION", partnerId: caseIds.kazakhstan });
    expect(project.sector?.code).toBe("timber");
    expect(project.sites.map((s) => [s.name, s.status]).sort()).toEqual([
      ["Индустриальный парк «Сокол»", "CANDIDATE"],
      ["Особая экономическая зона «Вологодская»", "CANDIDATE"],
    ]);

    // Ded Moroz's tour: the release names Astana «в декабре» and no other stop, no day, no outcome.
    const tour = await p.event.findUniqueOrThrow({ where: { id: caseIds.dedMorozTour }, include: { stops: { orderBy: { position: "asc" } }, partners: true } });
    expect(tour).toMatchObject({ kind: "TOUR", datePrecision: "MONTH" });
    expect(tour.status).not.toBe("HELD");
    expect([utcDateToDay(tour.startsAt), dayOrNull(tour.endsAt)]).toEqual(["2024-12-01", "2024-12-31"]);
    expect(tour.stops.map((s) => s.place)).toEqual(["Астана"]);
    expect(tour.stops[0]).toMatchObject({ position: 0, partnerId: caseIds.astana, latitude: 51.17, longitude: 71.43, datePrecision: "MONTH" });
    expect(dayOrNull(tour.stops[0]!.date)).toBe("2024-12-01");

    // The forum «Горизонт 2050» is «в декабре»: December 2024, announced, not known to have been held.
    const forum = await p.event.findUniqueOrThrow({ where: { id: caseIds.horizon2050 }, include: { partners: true, sectors: { include: { sector: true } } } });
    expect(forum).toMatchObject({ kind: "FORUM", datePrecision: "MONTH", title: "Международный инвестиционный форум «Горизонт 2050»" });
    expect(["PLANNED", "CONFIRMED"]).toContain(forum.status);
    expect([utcDateToDay(forum.startsAt), dayOrNull(forum.endsAt)]).toEqual(["2024-12-01", "2024-12-31"]);
    expect(forum.partners.map((x) => x.partnerId)).toEqual([caseIds.kazakhstan]);
    expect(forum.sectors.map((s) => s.sector.code)).toEqual(["investment"]);

    const iceCream = await p.exportCategory.findUniqueOrThrow({ where: { name: "Мороженое" } });
    expect(iceCream).toMatchObject({ id: caseIds.iceCream, reportedMarketsCount: 26, hsCode: "2105" });
    const categories = await p.exportCategory.findMany({ where: { id: { in: [caseIds.dairy, caseIds.cannedMeat, caseIds.frozenBerries] } } });
    expect(categories.map((c) => c.hsCode).sort()).toEqual(["04", "0811", "1602"]);
    // The case knows no export figures: those for Kazakhstan are the generated background,
    // each citing the synthetic statistics, none a source of the case.
    const kzScope = [caseIds.kazakhstan, ...kz.children.map((c) => c.id)];
    const toKazakhstan = await p.exportFigure.findMany({ where: { destinationId: { in: kzScope } }, include: { source: true } });
    expect(toKazakhstan.length).toBeGreaterThan(0);
    expect(toKazakhstan.every((f) => f.source?.title === "Демонстрационная статистика экспорта (синтетические данные)")).toBe(true);
  });

  it("stores every vague date as its whole period, and no date outside 1900–2100", async () => {
    // A month spans exactly its month, a quarter its quarter, a year its year, in every table with a precision.
    for (const table of ["Interaction", "Event"]) {
      const rows = await db.raw.query<{ precision: string; n: number; bad: number }>(
        `WITH v AS (
           SELECT "datePrecision"::text AS precision, "startsAt" AS s, "endsAt" AS e,
                  CASE "datePrecision" WHEN 'MONTH' THEN 'month' WHEN 'QUARTER' THEN 'quarter' ELSE 'year' END AS unit,
                  CASE "datePrecision" WHEN 'MONTH' THEN interval '1 month' WHEN 'QUARTER' THEN interval '3 months' ELSE interval '1 year' END AS len
             FROM "${table}" WHERE "datePrecision" IN ('MONTH', 'QUARTER', 'YEAR'))
         SELECT precision, count(*)::int AS n,
                count(*) FILTER (WHERE s <> date_trunc(unit, s::timestamp)::date
                                    OR e IS DISTINCT FROM (date_trunc(unit, s::timestamp) + len - interval '1 day')::date)::int AS bad
           FROM v GROUP BY 1`,
      );
      expect(rows.map((r) => r.precision)).toContain("MONTH");
      for (const r of rows) expect(r.bad, `${table} ${r.precision}: ${r.bad} of ${r.n}`).toBe(0);
    }
    // Stops and stage steps keep the period's first day.
    for (const [table, column] of [
      ["EventStop", "date"],
      ["AgreementStageChange", "changedAt"],
    ] as const) {
      const [row] = await db.raw.query<{ bad: number }>(
        `SELECT count(*)::int AS bad FROM "${table}" WHERE "datePrecision" = 'MONTH' AND "${column}" <> date_trunc('month', "${column}"::timestamp)::date
           OR "datePrecision" = 'YEAR' AND "${column}" <> date_trunc('year', "${column}"::timestamp)::date
           OR "datePrecision" = 'QUARTER' AND "${column}" <> date_trunc('quarter', "${column}"::timestamp)::date`,
      );
      expect(row!.bad, table).toBe(0);
    }
    // Every date column of every seeded table lies within 1900–2100.
    for (const [list, columns] of Object.entries(seedDayColumns) as Array<[SeedTable, readonly string[]]>) {
      for (const column of columns) {
        const [row] = await db.raw.query<{ lo: string | null; hi: string | null }>(
          `SELECT to_char(min("${column}"), 'YYYY-MM-DD') AS lo, to_char(max("${column}"), 'YYYY-MM-DD') AS hi FROM "${seedTableName[list]}"`,
        );
        if (row!.lo) expect(row!.lo >= "1900-01-01" && row!.hi! <= "2100-12-31", `${list}.${column}: ${row!.lo} … ${row!.hi}`).toBe(true);
      }
    }
  });

  it("finds the case by Cyrillic text in any case and with ё", async () => {
    const hits = await db.prisma.interaction.findMany({ where: { searchText: { contains: "горизонт 2050" } }, select: { id: true } });
    expect(hits.map((h) => h.id)).toContain(caseIds.visit);
    const people = await db.prisma.person.findMany({ where: { searchText: { contains: "даурен абаев" } }, select: { id: true } });
    expect(people.map((x) => x.id)).toEqual([caseIds.abaev]);
  });
});

describe("the case's dates", () => {
  it("invents no day: every date is the release's day or the first or last day of a month the release names", () => {
    const rows = kazakhstanCaseRows();
    const allowed = new Set([casePublishedOn, "2024-11-01", "2024-11-30", "2024-12-01", "2024-12-31"]);
    const found: string[] = [];
    for (const [table, columns] of Object.entries(seedDayColumns) as Array<[SeedTable, readonly string[]]>) {
      for (const row of rows[table] as Array<Record<string, unknown>>) {
        for (const column of columns) {
          const value = row[column];
          if (value === null || value === undefined) continue;
          found.push(String(value));
          expect(allowed.has(String(value)), `${table}.${column} = ${String(value)}`).toBe(true);
        }
      }
    }
    expect(found).toContain(casePublishedOn);
    // Only the release itself is dated to the day; everything else it reports is a month.
    for (const list of [rows.interactions, rows.events, rows.eventStops, rows.agreementStageChanges]) {
      for (const row of list as Array<{ datePrecision?: TDatePrecision }>) expect(row.datePrecision).toBe("MONTH");
    }
    expect(rows.sources.map((s) => [s.publishedAt, s.publishedPrecision])).toEqual([[casePublishedOn, "DAY"]]);
    // No follow-up of the case has a due date: the release gives none.
    expect(rows.followUps.every((f) => f.dueDate === null)).toBe(true);
  });
});

describe("generateDataset", () => {
  const options: GenerateOptions = { ...small, ...asOf };
  const a = generateDataset(options);
  // Large enough for the rare cases: vague dates, undated tour stops.
  const big = generateDataset({ seed: 4, partners: 300, interactions: 20_000, ...asOf });

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
      expect(i.startsAt <= today).toBe(true);
      if (i.endsAt) expect(i.endsAt >= i.startsAt && i.endsAt <= today).toBe(true);
      // A time of day only where the day itself is known.
      if (i.startTime != null) expect([i.datePrecision, /^([01]\d|2[0-3]):[0-5]\d$/.test(i.startTime)]).toEqual(["DAY", true]);
    }
    const sixMonths = addDays(today, 184);
    expect(a.events.some((e) => e.startsAt > today)).toBe(true);
    for (const e of a.events) {
      expect(e.startsAt <= sixMonths).toBe(true);
      if (e.endsAt) expect(e.endsAt >= e.startsAt).toBe(true);
      if (e.startsAt > today) expect(["PLANNED", "CONFIRMED", "POSTPONED"]).toContain(e.status);
      if (e.status === "HELD") expect((e.endsAt ?? e.startsAt) < today).toBe(true);
    }
    expect(a.events.some((e) => e.kind === "TOUR")).toBe(true);
    const stopsOf = new Map<string, SeedRows["eventStops"]>();
    for (const stop of [...a.eventStops, ...big.eventStops]) stopsOf.set(stop.eventId, [...(stopsOf.get(stop.eventId) ?? []), stop]);
    for (const tour of [...a.events, ...big.events].filter((e) => e.kind === "TOUR")) {
      const stops = stopsOf.get(tour.id) ?? [];
      expect(stops.length).toBeGreaterThan(0);
      expect(stops.map((s) => s.position)).toEqual(stops.map((_, i) => i));
      // Dated stops lie inside the tour and follow the route in time; undated ones keep their place.
      const dated = stops.filter((s) => s.date != null).map((s) => s.date!);
      for (const date of dated) expect(date >= tour.startsAt && date <= (tour.endsAt ?? tour.startsAt), `${tour.title}: ${date}`).toBe(true);
      expect(dated).toEqual([...dated].sort());
      for (const stop of stops) if (stop.date != null) expect(stop.datePrecision).toBe(tour.datePrecision);
    }
    // Some stops are known without their day, as releases report them.
    const undated = big.eventStops.filter((s) => s.date === null);
    expect(undated.length).toBeGreaterThan(0);
    expect(undated.length).toBeLessThan(big.eventStops.length / 2);
    const nonTours = new Set(a.events.filter((e) => e.kind !== "TOUR").map((e) => e.id));
    expect(a.eventStops.filter((s) => nonTours.has(s.eventId))).toEqual([]);
  });

  it("knows a few meetings and events only to the month, quarter or year, or «около» a day, and stores each as its whole period", () => {
    const share = (list: Array<{ datePrecision?: TDatePrecision }>, ...precisions: TDatePrecision[]) =>
      list.filter((x) => precisions.includes(x.datePrecision ?? "DAY")).length / list.length;
    // About 3 % month, 1 % quarter or year, 1 % approximate; most to the day.
    expect(share(big.interactions, "MONTH")).toBeGreaterThan(0.02);
    expect(share(big.interactions, "MONTH")).toBeLessThan(0.04);
    expect(share(big.interactions, "QUARTER", "YEAR")).toBeGreaterThan(0.003);
    expect(share(big.interactions, "QUARTER", "YEAR")).toBeLessThan(0.015);
    expect(share(big.interactions, "APPROXIMATE")).toBeGreaterThan(0.005);
    expect(share(big.interactions, "APPROXIMATE")).toBeLessThan(0.015);
    expect(share(big.interactions, "DAY")).toBeGreaterThan(0.93);
    expect(big.events.filter((e) => e.datePrecision !== "DAY").length).toBeGreaterThan(0);
    expect(share(big.events, "DAY")).toBeGreaterThan(0.9);
    for (const row of [...big.interactions, ...big.events, ...a.interactions, ...a.events]) {
      const precision = row.datePrecision ?? "DAY";
      if (precision === "MONTH" || precision === "QUARTER" || precision === "YEAR") {
        const period = periodOf(row.startsAt, precision);
        expect([row.startsAt, row.endsAt], `${row.title} (${precision})`).toEqual([period.first, period.last]);
      }
    }
  });

  it("writes every date as a day of 1900–2100", () => {
    let checked = 0;
    for (const [table, columns] of Object.entries(seedDayColumns) as Array<[SeedTable, readonly string[]]>) {
      for (const row of a[table] as Array<Record<string, unknown>>) {
        for (const column of columns) {
          const value = row[column];
          if (value === null || value === undefined) continue;
          if (!isCalendarDay(value)) throw new Error(`${table}.${column}: ${String(value)}`);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(small.interactions);
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
    const big = generateDataset({ seed: 3, partners: 300, interactions: 500, ...asOf });
    for (const data of [a, big]) {
      for (const agreement of data.agreements) {
        const history = data.agreementStageChanges.filter((c) => c.agreementId === agreement.id);
        expect(history.length).toBeGreaterThan(0);
        expect(history[0]!.fromStage).toBeNull();
        expect(history[0]!.toStage).toBe("PROPOSAL_SENT");
        for (let i = 1; i < history.length; i++) {
          const step = history[i]!;
          expect(step.fromStage).toBe(history[i - 1]!.toStage);
          // Stage dates never go back in time along the history.
          expect(step.changedAt >= history[i - 1]!.changedAt, `${agreement.title}: ${history[i - 1]!.changedAt} → ${step.changedAt}`).toBe(true);
          expect(canMoveTo(kindRules(agreement.kind), step.fromStage!, step.toStage), `${agreement.kind}: ${step.fromStage} → ${step.toStage}`).toBe(true);
        }
        const last = history[history.length - 1]!;
        expect(last.toStage).toBe(agreement.stage);
        expect(last.changedAt).toEqual(agreement.stageChangedAt);
        // No stage date after the day the data is "as of"; a vague one's whole period is over.
        for (const step of history) {
          expect(step.changedAt <= today).toBe(true);
          expect(periodOf(step.changedAt, step.datePrecision ?? "DAY").last <= today).toBe(true);
        }
        const reached = new Set(history.map((c) => c.toStage));
        expect(!!agreement.signedAt).toBe(reached.has("SIGNED"));
        expect(!!agreement.registrationNumber).toBe(reached.has("REGISTERED"));
        expect(!!agreement.effectiveAt).toBe(reached.has("IN_FORCE"));
        // In force through its last day; expired once that day is over.
        if (["IN_FORCE", "IMPLEMENTATION", "EXTENDED"].includes(agreement.stage ?? "PROPOSAL_SENT") && agreement.expiresAt)
          expect(agreement.expiresAt >= today).toBe(true);
        if (agreement.stage === "EXPIRED") expect(agreement.expiresAt! < today).toBe(true);
        for (const [signed, later] of [
          [agreement.signedAt, agreement.registeredAt],
          [agreement.signedAt, agreement.effectiveAt],
        ] as const) {
          if (signed && later) expect(later >= signed).toBe(true);
        }
      }
    }
    expect(new Set(big.agreements.map((x) => x.stage))).toEqual(new Set(agreementStages));
    // A few histories start with a step known only to the month or the year, stored as the period's first day.
    const vague = big.agreementStageChanges.filter((c) => c.datePrecision === "MONTH" || c.datePrecision === "YEAR");
    expect(vague.length).toBeGreaterThan(0);
    for (const c of vague) {
      expect(c.fromStage).toBeNull();
      expect(c.changedAt).toBe(periodOf(c.changedAt, c.datePrecision!).first);
    }
  });

  it("has follow-ups that are done, open and overdue, with consistent completion dates", () => {
    const overdue = a.followUps.filter((f) => (f.status === "OPEN" || f.status === "IN_PROGRESS") && f.dueDate! < today);
    expect(overdue.length).toBeGreaterThan(0);
    expect(a.followUps.some((f) => f.status === "DONE")).toBe(true);
    expect(a.followUps.some((f) => f.dueDate! > today)).toBe(true);
    expect([...a.followUps, ...a.planItems].every((f) => f.dueDate === null || isCalendarDay(f.dueDate))).toBe(true);
    for (const f of [...a.followUps, ...a.planItems]) {
      expect(!!f.completedAt).toBe(f.status === "DONE");
      if (f.completedAt) expect(f.completedAt <= now).toBe(true);
    }
  });

  it("writes searchText the way the services do", () => {
    for (const p of a.partners)
      expect(p.searchText).toBe(searchTextOf.partner({ name: p.name, nameEn: p.nameEn, isoCode: p.isoCode, aliases: p.aliases as string[] }));
    for (const p of a.people) expect(p.searchText).toBe(searchTextOf.person(p));
    for (const i of a.interactions.slice(0, 200)) expect(i.searchText).toBe(searchTextOf.interaction(i));
    for (const x of a.agreements) expect(x.searchText).toBe(searchTextOf.agreement(x));
    for (const e of a.events) expect(e.searchText).toBe(searchTextOf.event(e));
  });

  it("adds synthetic export figures by quarter, Kazakhstan's for the categories the case names", () => {
    expect(a.exportFigures.length).toBeGreaterThan(0);
    const destinations = new Set(a.exportFigures.map((f) => f.destinationId));
    const generatedCountries = new Set(a.partners.filter((p) => p.level === "COUNTRY").map((p) => p.id));
    expect([...destinations].every((d) => generatedCountries.has(d) || d === caseIds.kazakhstan)).toBe(true);
    // Dairy, canned meat and frozen berries for Kazakhstan (and ice cream): figures of the
    // synthetic statistics, never of the case, which knows no figures.
    const toKazakhstan = new Set(a.exportFigures.filter((f) => f.destinationId === caseIds.kazakhstan).map((f) => f.categoryId));
    expect([...toKazakhstan].sort()).toEqual([caseIds.dairy, caseIds.cannedMeat, caseIds.frozenBerries, caseIds.iceCream].sort());
    const synthetic = new Set(a.sources.filter((s) => s.title.includes("синтетические")).map((s) => s.id));
    expect(a.exportFigures.every((f) => synthetic.has(f.sourceId!))).toBe(true);
    expect(kazakhstanCaseRows().exportFigures).toEqual([]);
    // Ice cream goes to every country the demo has.
    expect(new Set(a.exportFigures.filter((f) => f.categoryId === caseIds.iceCream).map((f) => f.destinationId)).size).toBe(generatedCountries.size + 1);
    for (const f of a.exportFigures) {
      // Whole quarters that are over.
      expect(periodOf(f.periodStart, "QUARTER")).toEqual({ first: f.periodStart, last: f.periodEnd });
      expect(f.periodEnd < today).toBe(true);
    }
  });
});

describe("seed writes", () => {
  it("writes the same days with createMany as with SQL, and takes «today» from Moscow's calendar", async () => {
    const [one, two] = [await openTestDatabase(), await openTestDatabase()];
    try {
      const opts = { seed: 5, partners: 30, interactions: 300 };
      // 22:30 UTC on the 24th is already the 25th in Vologda (Moscow time): the day the data is as of.
      const lateEvening = new Date("2026-11-24T22:30:00Z");
      const moscowDay = "2026-11-25";
      const startsOf = (day: CalendarDay) => generateDataset({ ...opts, today: day, now: lateEvening }).interactions.map((i) => i.startsAt);
      expect(startsOf(moscowDay)).not.toEqual(startsOf("2026-11-24"));
      await seedDatabase(one.prisma, { now: lateEvening, generated: { ...opts, method: "createMany" } });
      await seedDatabase(two.prisma, { today: moscowDay, now: lateEvening, generated: { ...opts, method: "sql" } });
      expect(await countAll(one)).toEqual(await countAll(two));
      const digests = async (db: Database) => {
        const out: Record<string, string> = {};
        for (const [table, columns] of [
          ["Interaction", `title || "startsAt"::text || coalesce("endsAt"::text, '') || "datePrecision" || coalesce("startTime", '')`],
          ["Event", `title || "startsAt"::text || coalesce("endsAt"::text, '') || "datePrecision"`],
          ["EventStop", `coalesce("date"::text, '-') || "datePrecision"`],
          ["AgreementStageChange", `"changedAt"::text || "datePrecision"`],
          ["Agreement", `"stageChangedAt"::text || coalesce("signedAt"::text, '') || coalesce("expiresAt"::text, '')`],
          ["FollowUp", `coalesce("dueDate"::text, '')`],
          ["PlanItem", `"dueDate"::text`],
          ["Source", `coalesce("publishedAt"::text, '') || "publishedPrecision"`],
          ["ExportFigure", `"periodStart"::text || "periodEnd"::text`],
        ] as const) {
          const [row] = await db.raw.query<{ d: string }>(`SELECT md5(string_agg(id::text || ${columns}, ',' ORDER BY id)) AS d FROM "${table}"`);
          out[table] = row!.d;
        }
        return out;
      };
      expect(await digests(one)).toEqual(await digests(two));
      // The days in the database are the days of the rows, through either write method.
      const rows = generateDataset({ ...opts, today: moscowDay, now: lateEvening });
      const stored = await two.raw.query<{ id: string; day: string }>(`SELECT id::text AS id, to_char("startsAt", 'YYYY-MM-DD') AS day FROM "Interaction"`);
      const byId = new Map(stored.map((r) => [r.id, r.day]));
      for (const i of rows.interactions) expect(byId.get(i.id)).toBe(i.startsAt);
    } finally {
      await one.close();
      await two.close();
    }
  }, 180_000);

  it("refuses a generated dataset without the case, and reuses a sector created by hand", async () => {
    const db = await openTestDatabase();
    try {
      await expect(seedGenerated(db.prisma, { ...small, interactions: 50, ...asOf })).rejects.toBeInstanceOf(SeedPrerequisiteError);
      const own = await db.prisma.sector.create({ data: { code: "timber", name: "Лес (заведён вручную)", nameEn: "Forestry" } });
      await seedSectors(db.prisma);
      await seedDatabase(db.prisma, { ...asOf, generated: { ...small, partners: 20, interactions: 200 } });
      expect(await db.prisma.sector.count({ where: { code: "timber" } })).toBe(1);
      expect(await db.prisma.sector.count({ where: { id: sectorId("timber") } })).toBe(0);
      const visitSectors = await db.prisma.interactionSector.findMany({ where: { interactionId: caseIds.visit } });
      expect(visitSectors.map((s) => s.sectorId)).toContain(own.id);
    } finally {
      await db.close();
    }
  }, 120_000);
});
