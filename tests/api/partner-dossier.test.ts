// partner.dossier: the partner page and the printed briefing, on the demo data (the
// Kazakhstan case plus a small generated dataset) and on records made here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import { seedDatabase } from "@atlas/db/seed/seed-database";
import { caseIds } from "@atlas/db/seed/kazakhstan-case";
import type { TPartnerDossier } from "@atlas/shared/partner";
import { addDays, todayIn } from "@atlas/shared/calendar-day";
import { defaultHomeTimeZone } from "@atlas/server/home-calendar";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor, callerWith, failure } from "../support/callers.ts";

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;
let kz: TPartnerDossier;

beforeAll(async () => {
  db = await openTestDatabase();
  await seedDatabase(db.prisma, { generated: { seed: 2024, partners: 150, interactions: 150 } });
  c = await callersFor(db);
  kz = await c.viewer.partner.dossier({ id: caseIds.kazakhstan });
}, 120_000);
afterAll(async () => db?.close());

const names = (list: Array<{ name: string }>) => list.map((x) => x.name);
/** The home region's day now: what the default callers' dossiers count from. */
const homeToday = () => todayIn(defaultHomeTimeZone);
/** The last day a record's dates stand for. */
const lastDay = (r: { startsAt: string; endsAt: string | null }) => r.endsAt ?? r.startsAt;

describe("partner.dossier on the Kazakhstan case", () => {
  it("names the ambassador first among their people, and the governor on our side", () => {
    expect(kz.people.theirs.items[0]).toMatchObject({ fullName: "Даурен Абаев", partner: { id: caseIds.kazakhstan }, contacts: 1 });
    // People of the regions and cities below Kazakhstan belong to its dossier too.
    expect(kz.people.theirs.total).toBeGreaterThan(1);
    expect(kz.people.theirs.items.some((p) => p.partner?.id !== caseIds.kazakhstan)).toBe(true);
    expect(kz.people.ours.items.every((p) => p.side === "HOME")).toBe(true);
    // Ours are listed by their latest contact (the generated 2026 contacts before the 2024 visit), each with a day.
    expect(kz.people.ours.items.every((p) => p.contacts >= 1 && /^\d{4}-\d{2}-\d{2}$/.test(p.lastContactAt ?? ""))).toBe(true);
  });

  it("names the governor on our side when the visit is among the latest contacts (the case alone)", async () => {
    const caseOnly = await openTestDatabase();
    try {
      await seedDatabase(caseOnly.prisma, {});
      const dossier = await (await callersFor(caseOnly)).viewer.partner.dossier({ id: caseIds.kazakhstan });
      expect(dossier.people.ours.items.map((p) => p.fullName)).toContain("Георгий Филимонов");
      expect(dossier.people.theirs.items[0]).toMatchObject({ fullName: "Даурен Абаев", lastContactPrecision: "MONTH" });
    } finally {
      await caseOnly.close();
    }
  });

  it("lists the November 2024 ambassador visit among the contacts with Kazakhstan itself, with both sides", () => {
    const visit = kz.contacts.direct.items.find((i) => i.id === caseIds.visit);
    expect(visit).toBeDefined();
    expect(visit!.title).toContain("Абаева");
    // «В ноябре 2024 года»: the month, as the release gives it, not a day of it.
    expect([visit!.startsAt, visit!.endsAt, visit!.datePrecision]).toEqual(["2024-11-01", "2024-11-30", "MONTH"]);
    expect(visit!.participants.map((p) => [p.fullName, p.side])).toEqual([
      ["Георгий Филимонов", "HOME"],
      ["Даурен Абаев", "PARTNER"],
    ]);
    expect(names(visit!.partners)).toEqual(["Республика Казахстан"]);
  });

  it("takes contacts with the regions and cities below into the history, newest first, and the summary from it", () => {
    const recent = kz.contacts.recent;
    expect(recent.total).toBeGreaterThan(recent.items.length);
    // Newest first by the last day each contact's dates stand for; all of them before today.
    const days = recent.items.map(lastDay);
    expect(days).toEqual([...days].sort().reverse());
    expect(days.every((d) => d < homeToday())).toBe(true);
    expect(recent.items.some((i) => !i.partners.some((p) => p.id === caseIds.kazakhstan))).toBe(true);
    expect(kz.summary.lastContact).toEqual(recent.items[0]);
    expect(kz.summary.contactsTotal).toBe(recent.total);
  });

  it("shows the proposal to Almaty Oblast with its stage, and counts agreements by stage", () => {
    const proposal = kz.agreements.items.find((a) => a.id === caseIds.almatyProposal);
    expect(proposal).toMatchObject({ stage: "PROPOSAL_SENT", kind: "COOPERATION_AGREEMENT", partners: [{ name: "Алматинская область" }] });
    expect(proposal!.title).toContain("Алматинской области");
    const byStage = Object.fromEntries(kz.summary.agreementsByStage.map((s) => [s.stage, s.count]));
    expect(byStage.PROPOSAL_SENT).toBeGreaterThanOrEqual(1);
    expect(kz.summary.agreementsByStage.reduce((sum, s) => sum + s.count, 0)).toBe(kz.agreements.total);
  });

  it("has the «Горизонт 2050» forum and the Astana stop of Ded Moroz's tour among its events", () => {
    const all = [...kz.events.upcoming.items, ...kz.events.past.items];
    const forum = all.find((e) => e.id === caseIds.horizon2050);
    // «В декабре 2024 года»: a month, not its first day.
    expect(forum).toMatchObject({
      kind: "FORUM",
      startsAt: "2024-12-01",
      endsAt: "2024-12-31",
      datePrecision: "MONTH",
      at: "2024-12-01",
      atPrecision: "MONTH",
      partners: [{ name: "Республика Казахстан" }],
      stops: [],
    });
    expect(forum!.title).toContain("Горизонт 2050");
    const tour = all.find((e) => e.id === caseIds.dedMorozTour);
    // Only the stop in Astana (below Kazakhstan) is listed, not the start in Veliky Ustyug.
    expect(tour!.stops.map((s) => [s.place, s.partner?.name, s.date, s.datePrecision])).toEqual([["Астана", "Астана", "2024-12-01", "MONTH"]]);
    expect([tour!.at, tour!.atPrecision]).toEqual(["2024-12-01", "MONTH"]);
    expect(kz.events.upcoming.items.every((e) => lastDay(e) >= homeToday())).toBe(true);
    expect(kz.events.past.items.every((e) => lastDay(e) < homeToday())).toBe(true);
    const pastDays = kz.events.past.items.map((e) => e.at);
    expect(pastDays).toEqual([...pastDays].sort().reverse());
  });

  it("counts the open follow-ups of its contacts and agreements, and lists the joint timber project", () => {
    expect(kz.summary.openFollowUps).toBe(kz.followUps.total);
    expect(kz.followUps.total).toBeGreaterThanOrEqual(4);
    // The four tasks of the case have no due date; tasks with one come first.
    expect(kz.followUps.items.every((f) => f.status === "OPEN" || f.status === "IN_PROGRESS")).toBe(true);
    expect(kz.projects.items.find((p) => p.id === caseIds.timberProject)).toMatchObject({ stage: "SITE_SELECTION", sector: { name: expect.any(String) } });
  });

  it("lists the children with the activity of their branch", () => {
    const almaty = kz.children.find((ch) => ch.id === caseIds.almatyOblast);
    expect(almaty).toMatchObject({ name: "Алматинская область", level: "REGION" });
    expect(almaty!.agreements).toBeGreaterThanOrEqual(1);
    expect(kz.children.map((ch) => ch.name)).toContain("Астана");
    expect(kz.scopeSize).toBeGreaterThan(kz.children.length);
  });

  it("gives a child its own dossier: Almaty Oblast has the proposal but not the ambassador", async () => {
    const almaty = await c.viewer.partner.dossier({ id: caseIds.almatyOblast });
    expect(almaty.agreements.items.map((a) => a.id)).toContain(caseIds.almatyProposal);
    expect(almaty.people.theirs.items.map((p) => p.fullName)).not.toContain("Даурен Абаев");
    expect(almaty.contacts.recent.items.map((i) => i.id)).not.toContain(caseIds.visit);
  });
});

describe("partner.dossier on records made here", () => {
  it("gives empty lists and no summary for a partner with no activity", async () => {
    const p = await c.editor.partner.create({ name: "Тихая Гавань", level: "CITY" });
    const d = await c.viewer.partner.dossier({ id: p.id });
    expect(d).toMatchObject({
      partnerId: p.id,
      scopeSize: 1,
      summary: { agreementsByStage: [], contactsTotal: 0, lastContact: null, nextContact: null, nextEvent: null, openFollowUps: 0, overdueFollowUps: 0 },
      agreements: { items: [], total: 0 },
      contacts: { recent: { items: [], total: 0 }, direct: { items: [], total: 0 } },
      people: { theirs: { items: [], total: 0 }, ours: { items: [], total: 0 } },
      projects: { items: [], total: 0 },
      exports: { byYear: [], categories: [] },
      events: { upcoming: { items: [], total: 0 }, past: { items: [], total: 0 } },
      followUps: { items: [], total: 0 },
      children: [],
    });
  });

  it("sums exports by year across the partner's children, and gives no sum for mixed currencies", async () => {
    const country = await c.editor.partner.create({ name: "Страна Экспорта", level: "COUNTRY" });
    const region = await c.editor.partner.create({ name: "Область Экспорта", level: "REGION", parentId: country.id });
    const cat = await c.admin.exportCategory.create({ name: "Льняные ткани (тест досье)" });
    const fig = (destinationId: string, start: string, end: string, value: number, currency = "USD") =>
      c.editor.exportFigure.create({ categoryId: cat.id, destinationId, periodStart: start, periodEnd: end, value, currency });
    await fig(country.id, "2023-01-01", "2023-06-30", 100);
    await fig(region.id, "2023-07-01", "2023-12-31", 50.5);
    await fig(country.id, "2024-01-01", "2024-03-31", 70);
    await fig(country.id, "2025-01-01", "2025-03-31", 10, "USD");
    await fig(region.id, "2025-04-01", "2025-06-30", 10, "EUR");
    const d = await c.viewer.partner.dossier({ id: country.id });
    expect(d.exports.byYear.map((y) => [y.year, y.value === null ? null : Number(y.value), y.currency, y.figures])).toEqual([
      [2023, 150.5, "USD", 2],
      [2024, 70, "USD", 1],
      [2025, null, null, 2],
    ]);
    // 2023 is covered from 1 January to 31 December; 2024 only its first quarter.
    expect(d.exports.byYear.map((y) => [y.coveredFrom, y.coveredTo])).toEqual([
      ["2023-01-01", "2023-12-31"],
      ["2024-01-01", "2024-03-31"],
      ["2025-01-01", "2025-06-30"],
    ]);
    expect(names(d.exports.categories)).toEqual(["Льняные ткани (тест досье)"]);
    // The region's dossier has the region's figures only.
    const r = await c.viewer.partner.dossier({ id: region.id });
    expect(r.exports.byYear.map((y) => y.figures)).toEqual([1, 1]);
  });

  it("puts a planned contact in the summary, not in the history, and leaves deleted records out", async () => {
    const city = await c.editor.partner.create({ name: "Город Планов", level: "CITY" });
    const person = await c.editor.person.create({ fullName: "Планов Пётр", side: "PARTNER", partnerId: city.id });
    const today = homeToday();
    const past = await c.editor.meeting.create({
      title: "Прошедшая встреча",
      kind: "MEETING",
      startsAt: addDays(today, -10),
      partnerIds: [city.id],
      participants: [{ personId: person.id }],
      followUps: [{ title: "Просроченное поручение", dueDate: addDays(today, -1) }],
    });
    const planned = await c.editor.meeting.create({ title: "Будущая встреча", kind: "CALL", startsAt: addDays(today, 5), partnerIds: [city.id] });
    const gone = await c.editor.meeting.create({ title: "Удалённая встреча", kind: "CALL", startsAt: addDays(today, -1), partnerIds: [city.id] });
    await c.admin.meeting.delete({ id: gone.id, version: gone.version });

    const d = await c.viewer.partner.dossier({ id: city.id });
    expect(d.contacts.recent.items.map((i) => i.title)).toEqual(["Прошедшая встреча"]);
    expect(d.summary.lastContact?.id).toBe(past.id);
    expect(d.summary.nextContact).toEqual({ id: planned.id, title: "Будущая встреча", startsAt: addDays(today, 5), endsAt: null, datePrecision: "DAY" });
    expect(d.people.theirs.items).toMatchObject([{ fullName: "Планов Пётр", contacts: 1, lastContactAt: addDays(today, -10), lastContactPrecision: "DAY" }]);
    expect(d.summary).toMatchObject({ openFollowUps: 1, overdueFollowUps: 1 });
    expect(d.followUps.items).toMatchObject([{ title: "Просроченное поручение", dueDate: addDays(today, -1), overdue: true, interaction: { id: past.id } }]);
  });

  it("counts last and next from the home region's day, and gives every date with its precision", async () => {
    const city = await c.editor.partner.create({ name: "Город Календаря", level: "CITY" });
    const prisma = db.prisma;
    const utc = (day: string) => new Date(`${day}T00:00:00Z`);
    const meeting = (title: string, startsAt: string, endsAt: string | null, datePrecision: "DAY" | "MONTH") =>
      prisma.interaction.create({
        data: {
          title,
          kind: "MEETING",
          startsAt: utc(startsAt),
          endsAt: endsAt ? utc(endsAt) : null,
          datePrecision,
          partners: { create: [{ partnerId: city.id }] },
        },
      });
    const onFourth = await meeting("Встреча 4 декабря", "2026-12-04", null, "DAY");
    const inDecember = await meeting("Встреча в декабре", "2026-12-01", "2026-12-31", "MONTH");
    await prisma.followUp.create({ data: { title: "Поручение к 4 декабря", dueDate: utc("2026-12-04"), interactionId: onFourth.id } });
    // Entered after the fact: signed on 06.06.2024, in force since 20.06.2024.
    const agreement = await prisma.agreement.create({
      data: {
        title: "Соглашение с Городом Календаря",
        kind: "COOPERATION_AGREEMENT",
        stage: "IN_FORCE",
        stageChangedAt: utc("2024-06-20"),
        signedAt: utc("2024-06-06"),
        effectiveAt: utc("2024-06-20"),
        parties: { create: [{ partnerId: city.id }] },
        stageHistory: {
          create: [
            { toStage: "SIGNED", changedAt: utc("2024-06-06") },
            { fromStage: "SIGNED", toStage: "IN_FORCE", changedAt: utc("2024-06-20") },
          ],
        },
      },
    });
    // A December tour that stops here twice: once on a day nobody reported, once «в декабре».
    const tour = await prisma.event.create({
      data: {
        title: "Тур через Город Календаря",
        kind: "TOUR",
        startsAt: utc("2026-12-01"),
        endsAt: utc("2026-12-31"),
        datePrecision: "MONTH",
        stops: {
          create: [
            { position: 1, place: "Город Календаря, вокзал", partnerId: city.id, date: null },
            { position: 2, place: "Город Календаря, площадь", partnerId: city.id, date: utc("2026-12-01"), datePrecision: "MONTH" },
          ],
        },
      },
    });

    // 22:30 UTC on 4 December 2026: already the 5th in Kamchatka, still the 4th in New York.
    const clock = { now: () => new Date("2026-12-04T22:30:00Z") };
    const dossierIn = (timeZone: string) => callerWith({ db, user: c.users.viewer, timeZone, clock }).caller.partner.dossier({ id: city.id });
    const kamchatka = await dossierIn("Asia/Kamchatka");
    const newYork = await dossierIn("America/New_York");

    // The meeting of the 4th is past in Kamchatka and still "next" (today) in New York.
    expect(kamchatka.contacts.recent.items.map((i) => [i.id, i.startsAt, i.endsAt, i.datePrecision])).toEqual([[onFourth.id, "2026-12-04", null, "DAY"]]);
    expect(newYork.contacts.recent.items).toEqual([]);
    // «В декабре» is next all December, never a contact of 1 December.
    expect(kamchatka.summary.nextContact).toEqual({
      id: inDecember.id,
      title: "Встреча в декабре",
      startsAt: "2026-12-01",
      endsAt: "2026-12-31",
      datePrecision: "MONTH",
    });
    expect(newYork.summary.nextContact?.id).toBe(inDecember.id);
    expect([kamchatka.summary.overdueFollowUps, newYork.summary.overdueFollowUps]).toEqual([1, 0]);
    expect(kamchatka.followUps.items[0]).toMatchObject({ dueDate: "2026-12-04", overdue: true });

    expect(kamchatka.agreements.items).toEqual([
      {
        id: agreement.id,
        title: "Соглашение с Городом Календаря",
        kind: "COOPERATION_AGREEMENT",
        stage: "IN_FORCE",
        stageChangedAt: "2024-06-20",
        stageDatePrecision: "DAY",
        signedAt: "2024-06-06",
        registeredAt: null,
        effectiveAt: "2024-06-20",
        expiresAt: null,
        stages: [
          { stage: "SIGNED", date: "2024-06-06", datePrecision: "DAY" },
          { stage: "IN_FORCE", date: "2024-06-20", datePrecision: "DAY" },
        ],
        partners: [{ id: city.id, name: "Город Календаря" }],
      },
    ]);

    expect(kamchatka.events.upcoming.items).toEqual([
      expect.objectContaining({
        id: tour.id,
        startsAt: "2026-12-01",
        endsAt: "2026-12-31",
        datePrecision: "MONTH",
        at: "2026-12-01",
        atPrecision: "MONTH",
        stops: [
          { place: "Город Календаря, вокзал", position: 1, date: null, datePrecision: null, partner: { id: city.id, name: "Город Календаря" } },
          { place: "Город Календаря, площадь", position: 2, date: "2026-12-01", datePrecision: "MONTH", partner: { id: city.id, name: "Город Календаря" } },
        ],
      }),
    ]);
    expect(kamchatka.summary.nextEvent?.id).toBe(tour.id);
    expect(kamchatka.children).toEqual([]);
  });

  it("answers an unknown partner with NOT_FOUND, a malformed id with BAD_REQUEST and a signed-out caller with UNAUTHORIZED", async () => {
    expect((await failure(c.viewer.partner.dossier({ id: "00000000-0000-4000-8000-000000000000" }))).code).toBe("NOT_FOUND");
    expect((await failure(c.viewer.partner.dossier({ id: "kazakhstan" }))).code).toBe("BAD_REQUEST");
    expect((await failure(c.anonymous.partner.dossier({ id: caseIds.kazakhstan }))).code).toBe("UNAUTHORIZED");
    const deleted = await c.editor.partner.create({ name: "Удалённый партнёр досье", level: "CITY" });
    await c.admin.partner.delete({ id: deleted.id, version: deleted.version });
    expect((await failure(c.viewer.partner.dossier({ id: deleted.id }))).code).toBe("NOT_FOUND");
  });
});
