// The axis' summary: counts per week or month per lane, and as items only the important
// ones and those of sparse buckets. The second part seeds 100,000 meetings with one SQL
// insert and checks that the default window's answer keeps the same bounds (it is
// aggregated in SQL): a capped number of items, one bucket per lane and month, and a
// bounded number of bytes. Timing is left to `pnpm bench`.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@atlas/db/database";
import { TIMELINE_SUMMARY_ITEMS, type TTimelineSummary } from "@atlas/shared/timeline";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor } from "../support/callers.ts";
import { NOW, seedActivity, type Activity } from "./activity-fixture.ts";

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;
let s: Activity;

beforeAll(async () => {
  vi.useFakeTimers({ now: NOW, toFake: ["Date"] });
  db = await openTestDatabase();
  c = await callersFor(db);
  s = await seedActivity(db);
});
afterAll(async () => {
  vi.useRealTimers();
  await db?.close();
});

const counts = (r: TTimelineSummary) => Object.fromEntries(r.lanes.map((l) => [l.lane, l.buckets.map((b) => `${b.start}:${b.count}`).join(" ")]));
const lines = (r: TTimelineSummary) => r.items.map((i) => `${i.date} ${i.kind} ${i.kind === "tourStop" ? i.place : i.title}${i.important ? " !" : ""}`);

describe("timeline.summary", () => {
  it("counts each lane by month in the default window, centred on today, and sends sparse buckets and important items as items", async () => {
    const r = await c.viewer.timeline.summary({});
    // Six months either side of the home region's day (2025-06-15).
    expect([r.from, r.to, r.bucket]).toEqual(["2024-12-15", "2025-12-15", "month"]);
    expect(counts(r)).toEqual({
      contacts: "2025-01-01:1 2025-02-01:1 2025-03-01:2 2025-07-01:1",
      agreements: "2025-02-01:1 2025-04-01:1",
      events: "2025-07-01:2",
      tours: "2025-08-01:3",
    });
    // Every bucket here is sparse (at most three): all items come; the forum and the tour's stops are the important ones.
    expect(lines(r)).toEqual([
      "2025-01-31 interaction Мастера Великого Устюга",
      "2025-02-10 interaction Переговоры с Алматинской областью",
      "2025-02-10 stageChange Соглашение о сотрудничестве с Алматинской областью",
      "2025-03-01 interaction Видеозвонок с Минском",
      "2025-03-20 interaction Совместная встреча Казахстан и Алматинская область",
      "2025-04-10 stageChange Соглашение о сотрудничестве с Алматинской областью",
      "2025-07-01 event Отменённая выставка",
      "2025-07-10 interaction Визит в Астану",
      "2025-07-20 event Форум «Горизонт 2050» !",
      "2025-08-01 tourStop Великий Устюг !",
      "2025-08-05 tourStop Астана !",
      "2025-08-09 tourStop Минск !",
    ]);
    expect(r.truncated).toBe(false);
  });

  it("counts a window of three months by week (Mondays) and obeys the filter", async () => {
    const r = await c.viewer.timeline.summary({ filter: { from: "2025-06-01", to: "2025-08-31" } });
    expect(r.bucket).toBe("week");
    expect(counts(r).tours).toBe("2025-07-28:1 2025-08-04:2");
    const kz = await c.viewer.timeline.summary({ filter: { from: "2025-06-01", to: "2025-08-31", partnerIds: [s.partners.by.id] } });
    expect(lines(kz)).toEqual(["2025-07-01 event Отменённая выставка", "2025-08-09 tourStop Минск !"]);
  });

  it("never files a vaguer date under one bucket: a month counted by week is apart, and still comes when important", async () => {
    const tour = await db.prisma.event.findFirstOrThrow({ where: { title: "Тур Деда Мороза" }, include: { stops: { orderBy: { position: "asc" } } } });
    await db.prisma.eventStop.update({ where: { id: tour.stops[1]!.id }, data: { date: new Date("2025-08-01"), datePrecision: "MONTH" } });
    try {
      const r = await c.viewer.timeline.summary({ filter: { from: "2025-06-01", to: "2025-08-31" } });
      const tours = r.lanes.find((l) => l.lane === "tours")!;
      expect([tours.total, tours.unbucketed, counts(r).tours]).toEqual([3, 1, "2025-07-28:1 2025-08-04:1"]);
      const astana = r.items.find((i) => i.kind === "tourStop" && i.place === "Астана")!;
      expect([astana.startsAt, astana.endsAt, astana.datePrecision]).toEqual(["2025-08-01", "2025-08-31", "MONTH"]);
      // By month it is one month's item like any other.
      const byMonth = await c.viewer.timeline.summary({});
      expect(byMonth.lanes.find((l) => l.lane === "tours")!.unbucketed).toBe(0);
    } finally {
      await db.prisma.eventStop.update({ where: { id: tour.stops[1]!.id }, data: { date: tour.stops[1]!.date, datePrecision: tour.stops[1]!.datePrecision } });
    }
  });

  it("with `all` spans the items' days and today", async () => {
    const r = await c.viewer.timeline.summary({ all: true });
    expect(r.from <= "2024-09-10").toBe(true);
    expect(r.to >= "2025-08-09").toBe(true);
    expect(r.bucket).toBe("month");
  });

  it("stays bounded at 100,000 meetings: counts, not rows", async () => {
    // 100,000 contacts over three years around today; every fifth a visit, and every
    // tenth visit with a state (important): 2,000 of them, about 670 in the year's window,
    // far more than the cap. (Only those get a partner row: PGlite checks foreign keys
    // row by row, slowly.)
    // A meeting known to its month is stored as the month's first and last day (the CHECK of migration timeline_under_way_reads).
    await db.prisma.$executeRawUnsafe(`
      INSERT INTO "Interaction" (id, title, kind, "startsAt", "endsAt", "datePrecision", place, "updatedAt", "searchText")
      SELECT gen_random_uuid(), 'Встреча ' || n, CASE WHEN n % 5 = 0 THEN 'VISIT' ELSE 'MEETING' END,
             CASE WHEN n % 49 = 0 THEN date_trunc('month', d)::date ELSE d END,
             CASE WHEN n % 49 = 0 THEN (date_trunc('month', d) + interval '1 month - 1 day')::date END,
             CASE WHEN n % 49 = 0 THEN 'MONTH'::"DatePrecision" ELSE 'DAY'::"DatePrecision" END,
             CASE WHEN n % 50 = 0 THEN 'state visit' END, now(), ''
        FROM generate_series(1, 100000) AS n, LATERAL (SELECT DATE '2025-06-15' - ((n * 7919) % 1096 - 548) AS d) AS day`);
    await db.prisma.$executeRawUnsafe(`
      INSERT INTO "InteractionPartner" ("interactionId", "partnerId")
      SELECT id, '${s.partners.kz.id}'::uuid FROM "Interaction" WHERE place = 'state visit'`);
    await db.prisma.$executeRawUnsafe(`ANALYZE`);
    await expect(db.prisma.interaction.count()).resolves.toBeGreaterThanOrEqual(100_000);

    const r = await c.viewer.timeline.summary({});
    const bytes = Buffer.byteLength(JSON.stringify(r));
    const contacts = r.lanes.find((l) => l.lane === "contacts")!;
    console.log(
      `timeline.summary at 100,000 meetings: ${r.items.length} items, ${contacts.total} contacts in the window in ${contacts.buckets.length} buckets, ${bytes} bytes`,
    );
    // About a third of the meetings lie in the year's window: all counted…
    expect(contacts.total).toBeGreaterThan(30_000);
    expect(contacts.buckets.length).toBeLessThanOrEqual(13);
    // …but only the capped items sent, important first (the forum and the tour are among them).
    expect(r.truncated).toBe(true);
    expect(r.items.length).toBe(TIMELINE_SUMMARY_ITEMS);
    expect(r.items.every((i) => i.important)).toBe(true);
    expect(lines(r)).toContain("2025-07-20 event Форум «Горизонт 2050» !");
    expect(r.lanes.flatMap((l) => l.buckets).length).toBeLessThanOrEqual(4 * 13);
    expect(bytes).toBeLessThan(120_000);

    // Three years by month and three months by week: the same bounds.
    for (const filter of [
      { from: "2023-01-01", to: "2026-06-15" },
      { from: "2025-05-01", to: "2025-07-31" },
    ]) {
      const w = await c.viewer.timeline.summary({ filter });
      expect(w.items.length).toBeLessThanOrEqual(TIMELINE_SUMMARY_ITEMS);
      expect(Buffer.byteLength(JSON.stringify(w))).toBeLessThan(120_000);
    }
  }, 300_000);
});
