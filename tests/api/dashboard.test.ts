import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@atlas/db/database";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor, callerWith, failure } from "../support/callers.ts";
import { NOW, seedActivity, seedVagueDates, type Activity } from "./activity-fixture.ts";

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;
let s: Activity;

beforeAll(async () => {
  // Only Date is frozen: "now", "this year" and "the last 24 months" are then known.
  vi.useFakeTimers({ now: NOW, toFake: ["Date"] });
  db = await openTestDatabase();
  c = await callersFor(db);
  s = await seedActivity(db);
});
afterAll(async () => {
  vi.useRealTimers();
  await db?.close();
});

const counts = (rows: Array<{ name: string; interactions: number; agreements: number; events: number }>) =>
  rows.map((r) => [r.name, r.interactions, r.agreements, r.events]);

const zeroStages = {
  PROPOSAL_SENT: 0,
  DRAFT: 0,
  NEGOTIATION: 0,
  SIGNED: 0,
  REGISTERED: 0,
  IN_FORCE: 0,
  IMPLEMENTATION: 0,
  EXTENDED: 0,
  EXPIRED: 0,
  TERMINATED: 0,
};

describe("dashboard.summary", () => {
  it("computes the key figures as of now, without deleted rows", async () => {
    const { keyFigures } = await c.viewer.dashboard.summary({});
    expect(keyFigures).toEqual({
      // Kazakhstan, Almaty Oblast, Minsk; not the home region's city, not the future visit to Astana.
      activePartners: 3,
      agreementsByStage: { ...zeroStages, NEGOTIATION: 1, IN_FORCE: 1, IMPLEMENTATION: 1, TERMINATED: 1 },
      // Held from 1 January to today (the Astana visit is still ahead); none by 15 June 2024.
      meetingsYearToDate: 4,
      meetingsLastYearToDate: 0,
      yearToDate: { from: "2025-01-01", to: "2025-06-15" },
      lastYearToDate: { from: "2024-01-01", to: "2024-06-15" },
      // The forum and the tour; the cancelled exhibition and the deleted forum do not count.
      eventsNext90Days: 2,
      // Of an interaction, of an agreement, of a plan item; not done, future, deleted, or of a deleted meeting.
      overdueFollowUps: 3,
    });
  });

  it("counts activity per partner, with the country each belongs to", async () => {
    const { byPartner } = await c.viewer.dashboard.summary({});
    expect(counts(byPartner)).toEqual([
      ["Минск", 1, 1, 2],
      ["Республика Казахстан", 2, 1, 1],
      ["Алматинская область", 2, 1, 0],
      ["Астана", 1, 0, 1],
      ["Республика Беларусь", 1, 1, 0],
    ]);
    const kz = byPartner.find((p) => p.partnerId === s.partners.kz.id);
    expect(kz).toMatchObject({ level: "COUNTRY", isoCode: "KZ", countryIsoCode: "KZ", latitude: 48, longitude: 67 });
    expect(kz).toMatchObject({ lastContactAt: "2025-03-20", lastContactPrecision: "DAY" });
    const almaty = byPartner.find((p) => p.partnerId === s.partners.almaty.id);
    expect(almaty).toMatchObject({ level: "REGION", isoCode: "KZ-19", countryIsoCode: "KZ" });
    expect(byPartner.find((p) => p.partnerId === s.partners.minsk.id)?.countryIsoCode).toBe("BY");
    // The only contact with Astana is still ahead.
    expect(byPartner.find((p) => p.partnerId === s.partners.astana.id)).toMatchObject({ lastContactAt: null, lastContactPrecision: null });
    expect(byPartner.find((p) => p.partnerId === s.partners.by.id)?.lastContactAt).toBe("2023-05-10");
  });

  it("rolls a region's and a city's activity up to its country, counting a shared record once", async () => {
    const { byCountry } = await c.viewer.dashboard.summary({});
    // Kazakhstan: its own two meetings, Almaty's negotiations (the joint meeting once), the visit to Astana.
    expect(byCountry).toEqual([
      { partnerId: s.partners.kz.id, countryIsoCode: "KZ", name: "Республика Казахстан", interactions: 4, agreements: 2, events: 2 },
      { partnerId: s.partners.by.id, countryIsoCode: "BY", name: "Республика Беларусь", interactions: 2, agreements: 2, events: 2 },
    ]);
  });

  it("counts per sector, leaving deleted sectors out", async () => {
    const { bySector } = await c.viewer.dashboard.summary({});
    expect(bySector.map((r) => [r.code, r.interactions, r.agreements, r.events])).toEqual([
      ["timber", 2, 1, 1],
      ["agriculture", 2, 1, 2],
      ["culture", 4, 2, 2],
    ]);
    expect(bySector[0]).toMatchObject({ sectorId: s.sectors.timber.id, name: "Лесная промышленность" });
  });

  it("buckets interactions by calendar month over the last 24 months by default", async () => {
    const { activityByMonth, activityByMonthAndSector } = await c.viewer.dashboard.summary({});
    expect(activityByMonth).toHaveLength(24);
    expect(activityByMonth[0]).toEqual({ month: "2023-07", interactions: 0 });
    expect(activityByMonth.at(-1)).toEqual({ month: "2025-06", interactions: 0 });
    expect(activityByMonth.filter((m) => m.interactions > 0)).toEqual([
      { month: "2024-11", interactions: 1 },
      { month: "2025-01", interactions: 1 },
      { month: "2025-02", interactions: 1 },
      { month: "2025-03", interactions: 2 },
    ]);
    expect(activityByMonthAndSector).toEqual([
      { month: "2024-11", sectorCode: "agriculture", interactions: 1 },
      { month: "2024-11", sectorCode: "timber", interactions: 1 },
      { month: "2025-01", sectorCode: "culture", interactions: 1 },
      { month: "2025-02", sectorCode: "agriculture", interactions: 1 },
      { month: "2025-03", sectorCode: "culture", interactions: 1 },
      { month: "2025-03", sectorCode: "timber", interactions: 1 },
    ]);
  });

  it("sums exports by category, destination and year as exact decimal strings", async () => {
    const { exports } = await c.viewer.dashboard.summary({});
    expect(exports.byCategory).toEqual([
      { categoryId: s.categories.iceCream.id, name: "Мороженое", value: "1700.75", currency: "USD", volume: "16.500", unit: "т" },
      // USD and RUB mixed: no single currency.
      { categoryId: s.categories.dairy.id, name: "Молочная продукция", value: "400.00", currency: null, volume: "1.200", unit: "т" },
    ]);
    expect(exports.byDestination).toEqual([
      { partnerId: s.partners.kz.id, name: "Республика Казахстан", value: "1300.50", currency: null },
      { partnerId: s.partners.by.id, name: "Республика Беларусь", value: "600.25", currency: "USD" },
      { partnerId: s.partners.almaty.id, name: "Алматинская область", value: "200.00", currency: "USD" },
    ]);
    expect(exports.byPeriod).toEqual([
      { year: 2023, value: "100.00", currency: "USD" },
      { year: 2024, value: "1500.75", currency: "USD" },
      { year: 2025, value: "500.00", currency: null },
    ]);
  });

  it("narrows everything to a sector", async () => {
    const summary = await c.viewer.dashboard.summary({ filter: { sectorIds: [s.sectors.timber.id] } });
    expect(summary.keyFigures).toEqual({
      activePartners: 2,
      agreementsByStage: { ...zeroStages, IN_FORCE: 1 },
      meetingsYearToDate: 1,
      meetingsLastYearToDate: 0,
      yearToDate: { from: "2025-01-01", to: "2025-06-15" },
      lastYearToDate: { from: "2024-01-01", to: "2024-06-15" },
      eventsNext90Days: 1,
      overdueFollowUps: 1,
    });
    expect(counts(summary.byPartner)).toEqual([
      ["Республика Казахстан", 2, 1, 1],
      ["Алматинская область", 1, 0, 0],
    ]);
    expect(counts(summary.byCountry)).toEqual([["Республика Казахстан", 2, 1, 1]]);
    expect(summary.bySector.map((r) => r.code)).toEqual(["timber"]);
    expect(summary.activityByMonthAndSector.map((r) => r.sectorCode)).toEqual(["timber", "timber"]);
    // Export figures have no sector: the sector filter leaves them alone.
    expect(summary.exports.byCategory.map((r) => r.value)).toEqual(["1700.75", "400.00"]);
  });

  it("narrows everything to a country and what lies below it", async () => {
    const summary = await c.viewer.dashboard.summary({ filter: { partnerIds: [s.partners.kz.id] } });
    expect(summary.keyFigures).toEqual({
      activePartners: 2,
      agreementsByStage: { ...zeroStages, NEGOTIATION: 1, IN_FORCE: 1 },
      // Almaty Oblast's negotiations and the joint meeting; the Astana visit is still ahead.
      meetingsYearToDate: 2,
      meetingsLastYearToDate: 0,
      yearToDate: { from: "2025-01-01", to: "2025-06-15" },
      lastYearToDate: { from: "2024-01-01", to: "2024-06-15" },
      // The tour counts through its stop in Astana.
      eventsNext90Days: 2,
      overdueFollowUps: 2,
    });
    expect(counts(summary.byPartner)).toEqual([
      ["Республика Казахстан", 2, 1, 1],
      ["Алматинская область", 2, 1, 0],
      ["Астана", 1, 0, 1],
    ]);
    expect(counts(summary.byCountry)).toEqual([["Республика Казахстан", 4, 2, 2]]);
    expect(summary.bySector.map((r) => [r.code, r.interactions, r.agreements, r.events])).toEqual([
      ["timber", 2, 1, 1],
      ["agriculture", 2, 1, 1],
      ["culture", 1, 1, 1],
    ]);
    expect(summary.exports.byCategory).toEqual([
      { categoryId: s.categories.iceCream.id, name: "Мороженое", value: "1200.50", currency: "USD", volume: "12.500", unit: "т" },
      { categoryId: s.categories.dairy.id, name: "Молочная продукция", value: "300.00", currency: "RUB", volume: "1.200", unit: "т" },
    ]);

    const belarus = await c.viewer.dashboard.summary({ filter: { countryCodes: ["BY"] } });
    expect(counts(belarus.byCountry)).toEqual([["Республика Беларусь", 2, 2, 2]]);
    expect(counts(belarus.byPartner)).toEqual([
      ["Минск", 1, 1, 2],
      ["Республика Беларусь", 1, 1, 0],
    ]);
  });

  it("narrows the counts, months and exports to a period but not the key figures", async () => {
    const summary = await c.viewer.dashboard.summary({
      filter: { from: "2025-01-01", to: "2025-03-31" },
    });
    // Almaty Oblast: two contacts and the agreement that moved to DRAFT in February.
    expect(counts(summary.byPartner)).toEqual([
      ["Алматинская область", 2, 1, 0],
      ["Минск", 1, 0, 0],
      ["Республика Казахстан", 1, 0, 0],
    ]);
    expect(counts(summary.byCountry)).toEqual([
      ["Республика Казахстан", 2, 1, 0],
      ["Республика Беларусь", 1, 0, 0],
    ]);
    expect(summary.activityByMonth).toEqual([
      { month: "2025-01", interactions: 1 },
      { month: "2025-02", interactions: 1 },
      { month: "2025-03", interactions: 2 },
    ]);
    expect(summary.exports.byCategory.map((r) => [r.name, r.value, r.currency])).toEqual([
      ["Молочная продукция", "300.00", "RUB"],
      ["Мороженое", "200.00", "USD"],
    ]);
    expect(summary.exports.byPeriod).toEqual([{ year: 2025, value: "500.00", currency: null }]);
    expect(summary.keyFigures.activePartners).toBe(3);
    expect(summary.keyFigures.meetingsYearToDate).toBe(4);
  });

  it("narrows by text, every word, regardless of case", async () => {
    const summary = await c.viewer.dashboard.summary({ filter: { q: "АЛМАТИНСК" } });
    expect(counts(summary.byPartner)).toEqual([
      ["Алматинская область", 2, 1, 0],
      ["Республика Казахстан", 1, 0, 0],
    ]);
    const none = await c.viewer.dashboard.summary({ filter: { q: "алматинск минск" } });
    expect(none.byPartner).toEqual([]);
    expect(none.keyFigures.meetingsYearToDate).toBe(0);
  });

  it("refuses a period that ends before it starts, and anonymous callers", async () => {
    const bad = await failure(c.viewer.dashboard.summary({ filter: { from: "2025-02-01", to: "2025-01-01" } }));
    expect(bad.code).toBe("BAD_REQUEST");
    expect(Object.keys(bad.fieldErrors ?? {})).toEqual(["filter.to"]);
    // Days are `YYYY-MM-DD`: a typed day or a bare year is refused with the field's path, never guessed.
    const typed = await failure(c.viewer.dashboard.summary({ filter: { from: "12.11.2024", to: "2024" } }));
    expect(Object.keys(typed.fieldErrors ?? {}).sort()).toEqual(["filter.from", "filter.to"]);
    expect((await failure(c.anonymous.dashboard.summary({}))).code).toBe("UNAUTHORIZED");
  });
});

describe("dashboard.signals", () => {
  it("lists partners without recent contact, expiring agreements and overdue plan items", async () => {
    const signals = await c.viewer.dashboard.signals({});
    // Belarus has no contact of its own since 2023, but Minsk (below it) was called in March.
    expect(signals.noContactPartners).toEqual([
      { partnerId: s.partners.astana.id, name: "Астана", level: "CITY", isoCode: null, lastContactAt: null, lastContactPrecision: null },
      { partnerId: s.partners.uz.id, name: "Республика Узбекистан", level: "COUNTRY", isoCode: "UZ", lastContactAt: null, lastContactPrecision: null },
    ]);
    expect(signals.expiringAgreements).toEqual([
      {
        agreementId: s.agreements.a2.id,
        title: "Меморандум с Казахстаном о лесной промышленности",
        stage: "IN_FORCE",
        expiresAt: "2025-08-01",
        partners: [{ id: s.partners.kz.id, name: "Республика Казахстан" }],
      },
    ]);
    expect(signals.overduePlanItems).toEqual([
      {
        id: s.planItems.p1.id,
        title: "Дни культуры",
        dueDate: "2025-05-01",
        status: "OPEN",
        responsible: "Департамент",
        agreement: { id: s.agreements.a3.id, title: "План мероприятий с Минском" },
      },
      {
        id: s.planItems.p4.id,
        title: "Обмен делегациями",
        dueDate: "2025-06-01",
        status: "IN_PROGRESS",
        responsible: "Департамент",
        agreement: { id: s.agreements.a3.id, title: "План мероприятий с Минском" },
      },
    ]);
  });

  it("honours the thresholds", async () => {
    const signals = await c.viewer.dashboard.signals({ noContactMonths: 2, expiringWithinDays: 365 });
    expect(signals.noContactPartners.map((p) => [p.name, p.lastContactAt, p.lastContactPrecision])).toEqual([
      ["Астана", null, null],
      ["Республика Узбекистан", null, null],
      ["Минск", "2025-03-01", "DAY"],
      ["Республика Беларусь", "2025-03-01", "DAY"],
      ["Алматинская область", "2025-03-20", "DAY"],
      ["Республика Казахстан", "2025-03-20", "DAY"],
    ]);
    expect(signals.expiringAgreements.map((a) => a.agreementId)).toEqual([s.agreements.a2.id, s.agreements.a3.id]);
  });

  it("applies the filter's partners, sectors and text", async () => {
    const kz = await c.viewer.dashboard.signals({ filter: { partnerIds: [s.partners.kz.id] }, noContactMonths: 2 });
    expect(kz.noContactPartners.map((p) => p.name)).toEqual(["Астана", "Алматинская область", "Республика Казахстан"]);
    expect(kz.overduePlanItems).toEqual([]);

    const belarus = await c.viewer.dashboard.signals({ filter: { countryCodes: ["BY"] } });
    expect(belarus.overduePlanItems.map((p) => p.title)).toEqual(["Дни культуры", "Обмен делегациями"]);
    expect(belarus.noContactPartners).toEqual([]);

    // With a sector, only contacts in that sector count.
    const culture = await c.viewer.dashboard.signals({ filter: { sectorIds: [s.sectors.culture.id] }, expiringWithinDays: 365 });
    expect(culture.noContactPartners.map((p) => p.name)).toEqual(["Алматинская область", "Астана", "Республика Казахстан", "Республика Узбекистан"]);
    expect(culture.expiringAgreements.map((a) => a.agreementId)).toEqual([s.agreements.a3.id]);

    const text = await c.viewer.dashboard.signals({ filter: { q: "меморандум" }, expiringWithinDays: 365 });
    expect(text.expiringAgreements.map((a) => a.agreementId)).toEqual([s.agreements.a2.id]);
    expect(text.overduePlanItems).toEqual([]);
  });

  it("validates the thresholds", async () => {
    const bad = await failure(c.viewer.dashboard.signals({ noContactMonths: 0, expiringWithinDays: -1 }));
    expect(bad.code).toBe("BAD_REQUEST");
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["expiringWithinDays", "noContactMonths"]);
  });
});

describe("dashboard.summary: recent activity", () => {
  const rows = (items: Array<{ kind: string; title: string; date: string; subtype: string }>) => items.map((r) => [r.kind, r.subtype, r.date, r.title]);

  beforeAll(async () => {
    // Creation dates are what "new event" and "new project" go by; the fixture leaves them to the database.
    const at = (id: string, createdAt: string) => db.prisma.event.update({ where: { id }, data: { createdAt: new Date(createdAt) } });
    await at(s.events.e1.id, "2025-06-01T08:00:00Z");
    await at(s.events.e2.id, "2025-07-01T08:00:00Z"); // after now: not yet
    await at(s.events.e3.id, "2025-06-10T08:00:00Z"); // cancelled
    await at(s.events.e4.id, "2025-06-12T08:00:00Z"); // deleted
    await at(s.events.e5.id, "2024-08-01T08:00:00Z");
    const project = (title: string, createdAt: string, extra = {}) =>
      db.prisma.project.create({
        data: {
          title,
          partnerId: s.partners.almaty.id,
          sectorId: s.sectors.agriculture.id,
          createdAt: new Date(createdAt),
          searchText: title.toLowerCase(),
          ...extra,
        },
      });
    await project("Поставки молочной продукции в Алматы", "2025-05-20T08:00:00Z");
    await project("Удалённый проект", "2025-06-05T08:00:00Z", { deletedAt: new Date("2025-06-06T00:00:00Z") });
  });

  it("lists the latest contacts, stage changes, events held and new projects, newest first, nothing ahead of now", async () => {
    const { recentActivity } = await c.viewer.dashboard.summary({});
    expect(rows(recentActivity)).toEqual([
      ["newProject", "IDEA", "2025-05-20", "Поставки молочной продукции в Алматы"],
      ["stageChange", "NEGOTIATION", "2025-04-10", "Соглашение о сотрудничестве с Алматинской областью"],
      ["meeting", "MEETING", "2025-03-20", "Совместная встреча Казахстан и Алматинская область"],
      ["meeting", "CALL", "2025-03-01", "Видеозвонок с Минском"],
      // The same moment: the contact first.
      ["meeting", "NEGOTIATIONS", "2025-02-10", "Переговоры с Алматинской областью"],
      ["stageChange", "DRAFT", "2025-02-10", "Соглашение о сотрудничестве с Алматинской областью"],
      ["meeting", "MEETING", "2025-01-31", "Мастера Великого Устюга"],
      ["stageChange", "IMPLEMENTATION", "2024-12-01", "План мероприятий с Минском"],
    ]);
    // The forum entered on 1 June takes place on 20 July: not yet activity, whatever day it was entered.
    expect(recentActivity.map((r) => r.title)).not.toContain("Форум «Горизонт 2050»");
    const [project, negotiation, joint] = recentActivity;
    expect(project?.partners).toEqual([{ id: s.partners.almaty.id, name: "Алматинская область" }]);
    expect(negotiation).toMatchObject({ kind: "stageChange", recordId: s.agreements.a1.id, fromStage: "DRAFT" });
    // Partners by name; the deleted one is left out.
    expect(joint?.partners.map((p) => p.name)).toEqual(["Алматинская область", "Республика Казахстан"]);
  });

  it("follows the filter's sector, country and period", async () => {
    const agri = await c.viewer.dashboard.summary({ filter: { sectorIds: [s.sectors.agriculture.id] } });
    expect(rows(agri.recentActivity).map((r) => [r[0], r[2]])).toEqual([
      ["newProject", "2025-05-20"],
      ["stageChange", "2025-04-10"],
      ["meeting", "2025-02-10"],
      ["stageChange", "2025-02-10"],
      ["meeting", "2024-11-20"],
      ["stageChange", "2024-10-01"],
      // The days of the region in Minsk, by the days they took place (entered on 1 August 2024).
      ["event", "2024-09-10"],
    ]);
    const belarus = await c.viewer.dashboard.summary({ filter: { countryCodes: ["BY"] } });
    expect(rows(belarus.recentActivity)).toEqual([
      ["meeting", "CALL", "2025-03-01", "Видеозвонок с Минском"],
      ["stageChange", "IMPLEMENTATION", "2024-12-01", "План мероприятий с Минском"],
      ["event", "REGION_DAYS", "2024-09-10", "Дни Вологодской области в Минске"],
      ["meeting", "MEETING", "2023-05-10", "Давняя встреча с Беларусью"],
      ["stageChange", "TERMINATED", "2022-01-01", "Прекращённое соглашение с Беларусью"],
    ]);
    expect(belarus.recentActivity[2]).toMatchObject({
      recordId: s.events.e5.id,
      status: "HELD",
      endsAt: "2024-09-12",
      datePrecision: "DAY",
      startsAt: "2024-09-10",
      eventEndsAt: "2024-09-12",
      partners: [{ id: s.partners.minsk.id, name: "Минск" }],
    });
    const winter = await c.viewer.dashboard.summary({ filter: { from: "2025-01-01", to: "2025-03-01" } });
    expect(rows(winter.recentActivity).map((r) => r[3])).toEqual([
      "Видеозвонок с Минском",
      "Переговоры с Алматинской областью",
      "Соглашение о сотрудничестве с Алматинской областью",
      "Мастера Великого Устюга",
    ]);
    const text = await c.viewer.dashboard.summary({ filter: { q: "молочной" } });
    expect(rows(text.recentActivity).map((r) => r[0])).toEqual(["newProject"]);
  });

  it("keeps events held and new projects to two each, so contacts and agreements stay in view", async () => {
    for (const day of ["10", "11", "12"]) {
      await db.prisma.project.create({ data: { title: `Проект ${day} июня`, partnerId: s.partners.kz.id, createdAt: new Date(`2025-06-${day}T08:00:00Z`) } });
    }
    for (const day of ["01", "02", "03"]) {
      const title = `Выставка ${day} июня`;
      await db.prisma.event.create({
        data: { title, kind: "EXHIBITION", status: "HELD", startsAt: new Date(`2025-06-${day}T00:00:00Z`), searchText: title.toLowerCase() },
      });
    }
    const { recentActivity } = await c.viewer.dashboard.summary({});
    expect(rows(recentActivity).map((r) => [r[0], r[2]])).toEqual([
      ["newProject", "2025-06-12"],
      ["newProject", "2025-06-11"],
      ["event", "2025-06-03"],
      ["event", "2025-06-02"],
      ["stageChange", "2025-04-10"],
      ["meeting", "2025-03-20"],
      ["meeting", "2025-03-01"],
      ["meeting", "2025-02-10"],
    ]);
  });
});

describe("dashboard: dates as precise as the source", () => {
  beforeAll(async () => {
    await seedVagueDates(db, s);
  });

  it("counts a forum «в декабре 2024» in a December period and not in November's", async () => {
    const december = await c.viewer.dashboard.summary({ filter: { from: "2024-12-01", to: "2024-12-31" } });
    // The forum (Kazakhstan) and the tour stopping in Astana are December events; Uzbekistan's month and quarter meetings overlap December.
    expect(counts(december.byPartner)).toEqual([
      ["Республика Узбекистан", 2, 0, 0],
      ["Астана", 0, 0, 1],
      ["Минск", 0, 1, 0],
      ["Республика Казахстан", 0, 0, 1],
    ]);
    expect(december.bySector.find((r) => r.code === "timber")).toMatchObject({ events: 1 });
    // Any period touching December holds it, even one that starts on its 20th.
    const lateDecember = await c.viewer.dashboard.summary({ filter: { from: "2024-12-20", to: "2025-01-10" } });
    expect(lateDecember.byPartner.find((p) => p.partnerId === s.partners.kz.id)).toMatchObject({ events: 1 });

    const november = await c.viewer.dashboard.summary({ filter: { from: "2024-11-01", to: "2024-11-30" } });
    // Only the ambassador's visit and the fourth-quarter talks; the forum is not a November one.
    expect(counts(november.byPartner)).toEqual([
      ["Республика Казахстан", 1, 0, 0],
      ["Республика Узбекистан", 1, 0, 0],
    ]);
    expect(november.bySector.find((r) => r.code === "timber")).toMatchObject({ events: 0 });
  });

  it("puts a month-precision meeting in its month, and a quarter one in no month but in its year", async () => {
    const { activityByMonth, activityByMonthAndSector, keyFigures } = await c.viewer.dashboard.summary({
      filter: { from: "2024-10-01", to: "2024-12-31" },
    });
    // October stays empty: the fourth quarter is not its first month.
    expect(activityByMonth).toEqual([
      { month: "2024-10", interactions: 0 },
      { month: "2024-11", interactions: 1 },
      { month: "2024-12", interactions: 1 },
    ]);
    expect(activityByMonthAndSector.filter((r) => r.month === "2024-12")).toEqual([{ month: "2024-12", sectorCode: "agriculture", interactions: 1 }]);
    // Neither of Uzbekistan's 2024 meetings is one of 1 January – 15 June 2024, the span the
    // overview compares with (a December or fourth-quarter meeting is never its first day).
    expect(keyFigures.meetingsLastYearToDate).toBe(0);
  });

  it("does not read «в декабре» as 1 December when judging how long ago the last contact was", async () => {
    // Today is 2025-06-15: six months back is 2024-12-15, inside December.
    const six = await c.viewer.dashboard.signals({ filter: { q: "узбекистан" } });
    expect(six.noContactPartners).toEqual([]);
    const two = await c.viewer.dashboard.signals({ filter: { q: "узбекистан" }, noContactMonths: 2 });
    expect(two.noContactPartners).toEqual([
      {
        partnerId: s.partners.uz.id,
        name: "Республика Узбекистан",
        level: "COUNTRY",
        isoCode: "UZ",
        lastContactAt: "2024-12-01",
        lastContactPrecision: "MONTH",
      },
    ]);
    const { byPartner } = await c.viewer.dashboard.summary({ filter: { partnerIds: [s.partners.uz.id] } });
    expect(byPartner[0]).toMatchObject({ name: "Республика Узбекистан", lastContactAt: "2024-12-01", lastContactPrecision: "MONTH" });
  });

  it("counts a tour's stop as activity of its place: Astana is not «never contacted» after the December tour stopped there", async () => {
    // Astana's own visit (10 July 2025) is still ahead; the tour «9 стран и Астана» stopped there in December 2024.
    const six = await c.viewer.dashboard.signals({ filter: { q: "астана" } });
    expect(six.noContactPartners.map((p) => p.name)).not.toContain("Астана");
    const three = await c.viewer.dashboard.signals({ filter: { q: "астана" }, noContactMonths: 3 });
    expect(three.noContactPartners.find((p) => p.partnerId === s.partners.astana.id)).toMatchObject({
      lastContactAt: "2024-12-01",
      lastContactPrecision: "MONTH",
    });
  });
});

describe("dashboard: today is the home region's day", () => {
  // 22:30 UTC on 4 December 2026: already 5 December in Kamchatka, still 4 December in New York.
  const clock = { now: () => new Date("2026-12-04T22:30:00Z") };
  const callerIn = (timeZone: string) => callerWith({ db, user: c.users.viewer, timeZone, clock }).caller;

  beforeAll(async () => {
    const armenia = await db.prisma.partner.create({
      data: { name: "Республика Армения", level: "COUNTRY", isoCode: "AM", searchText: "республика армения" },
    });
    // Six months before 4 December: recent enough in New York, too old in Kamchatka.
    await db.prisma.interaction.create({
      data: {
        title: "Встреча с Арменией",
        kind: "MEETING",
        startsAt: new Date("2026-06-04T00:00:00Z"),
        searchText: "встреча с арменией",
        partners: { create: [{ partnerId: armenia.id }] },
      },
    });
    const agreement = await db.prisma.agreement.create({
      data: {
        title: "Соглашение с Арменией",
        kind: "MEMORANDUM",
        stage: "IN_FORCE",
        stageChangedAt: new Date("2026-01-10T00:00:00Z"),
        // Its last day is 4 December: expiring in New York, over in Kamchatka.
        expiresAt: new Date("2026-12-04T00:00:00Z"),
        searchText: "соглашение с арменией",
        parties: { create: [{ partnerId: armenia.id }] },
        stageHistory: { create: [{ toStage: "IN_FORCE", changedAt: new Date("2026-01-10T00:00:00Z") }] },
      },
    });
    await db.prisma.planItem.create({ data: { agreementId: agreement.id, title: "Визит делегации", dueDate: new Date("2026-12-04T00:00:00Z") } });
  });

  it("counts «no contact for N months», expiring agreements and overdue plan items from the home day", async () => {
    const input = { filter: { q: "армени" }, noContactMonths: 6 };
    const kamchatka = await callerIn("Asia/Kamchatka").dashboard.signals(input);
    expect(kamchatka.noContactPartners.map((p) => [p.name, p.lastContactAt])).toEqual([["Республика Армения", "2026-06-04"]]);
    expect(kamchatka.expiringAgreements).toEqual([]);
    expect(kamchatka.overduePlanItems.map((p) => [p.title, p.dueDate])).toEqual([["Визит делегации", "2026-12-04"]]);

    const newYork = await callerIn("America/New_York").dashboard.signals(input);
    expect(newYork.noContactPartners).toEqual([]);
    expect(newYork.expiringAgreements.map((a) => [a.title, a.expiresAt])).toEqual([["Соглашение с Арменией", "2026-12-04"]]);
    expect(newYork.overduePlanItems).toEqual([]);
  });

  it("takes this year and the default 24 months from the home day", async () => {
    // 22:30 UTC on 31 December 2026 is already 2027 in Kamchatka.
    const newYear = { now: () => new Date("2026-12-31T22:30:00Z") };
    const kamchatka = await callerWith({ db, user: c.users.viewer, timeZone: "Asia/Kamchatka", clock: newYear }).caller.dashboard.summary({
      filter: { q: "армени" },
    });
    const newYork = await callerWith({ db, user: c.users.viewer, timeZone: "America/New_York", clock: newYear }).caller.dashboard.summary({
      filter: { q: "армени" },
    });
    // Kamchatka is on 1 January 2027: nothing held yet this year, nor by 1 January 2026.
    expect([kamchatka.keyFigures.yearToDate, kamchatka.keyFigures.meetingsYearToDate, kamchatka.keyFigures.meetingsLastYearToDate]).toEqual([
      { from: "2027-01-01", to: "2027-01-01" },
      0,
      0,
    ]);
    // New York is still on 31 December 2026: the June contact with Armenia is this year's.
    expect([newYork.keyFigures.yearToDate, newYork.keyFigures.meetingsYearToDate, newYork.keyFigures.meetingsLastYearToDate]).toEqual([
      { from: "2026-01-01", to: "2026-12-31" },
      1,
      0,
    ]);
    expect(kamchatka.activityByMonth.at(-1)?.month).toBe("2027-01");
    expect(newYork.activityByMonth.at(-1)?.month).toBe("2026-12");
  });
});
