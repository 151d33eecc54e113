import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@atlas/db/database";
import type { TTimelineItem } from "@atlas/shared/timeline";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor, callerWith, failure } from "../support/callers.ts";
import { NOW, seedActivity, seedVagueDates, TODAY, type Activity } from "./activity-fixture.ts";

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

/** One readable line per item: kind, date, and what it is about. */
const lines = (items: TTimelineItem[]) =>
  items.map((i) => {
    const day = i.date ?? "(без даты)";
    if (i.kind === "stageChange") return `${day} stageChange ${i.title}: ${i.fromStage ?? "—"} → ${i.subtype}`;
    if (i.kind === "tourStop") return `${day} tourStop ${i.title} #${i.position} ${i.place}`;
    return `${day} ${i.kind} ${i.title}`;
  });

const A1 = "Соглашение о сотрудничестве с Алматинской областью";

describe("timeline.list", () => {
  it("tells the story from 12 months back to 12 months ahead, in order, without deleted rows", async () => {
    const { items, truncated, from, to } = await c.viewer.timeline.list({});
    expect(from).toBe("2024-06-15");
    expect(to).toBe("2026-06-15");
    expect(truncated).toBe(false);
    expect(lines(items)).toEqual([
      "2024-09-10 event Дни Вологодской области в Минске",
      `2024-10-01 stageChange ${A1}: — → PROPOSAL_SENT`,
      "2024-11-20 interaction Встреча с послом Казахстана",
      "2024-12-01 stageChange План мероприятий с Минском: — → IMPLEMENTATION",
      "2025-01-31 interaction Мастера Великого Устюга",
      // Same moment: ordered by kind, so the interaction comes first.
      "2025-02-10 interaction Переговоры с Алматинской областью",
      `2025-02-10 stageChange ${A1}: PROPOSAL_SENT → DRAFT`,
      "2025-03-01 interaction Видеозвонок с Минском",
      "2025-03-20 interaction Совместная встреча Казахстан и Алматинская область",
      `2025-04-10 stageChange ${A1}: DRAFT → NEGOTIATION`,
      "2025-07-01 event Отменённая выставка",
      "2025-07-10 interaction Визит в Астану",
      "2025-07-20 event Форум «Горизонт 2050»",
      // The tour appears as its stops, not as one event.
      "2025-08-01 tourStop Тур Деда Мороза #1 Великий Устюг",
      "2025-08-05 tourStop Тур Деда Мороза #2 Астана",
      "2025-08-09 tourStop Тур Деда Мороза #3 Минск",
    ]);
  });

  it("carries each kind's own fields and its partners", async () => {
    const { items } = await c.viewer.timeline.list({});
    const meeting = items.find((i) => i.id === s.interactions.i1.id);
    // The deleted partner of this meeting is left out.
    expect(meeting).toEqual({
      kind: "interaction",
      id: s.interactions.i1.id,
      recordId: s.interactions.i1.id,
      date: "2024-11-20",
      startsAt: "2024-11-20",
      endsAt: "2024-11-21",
      datePrecision: "DAY",
      title: "Встреча с послом Казахстана",
      subtype: "MEETING",
      direction: "INCOMING",
      place: "Вологда",
      partners: [{ id: s.partners.kz.id, name: "Республика Казахстан" }],
    });
    const draft = s.agreements.a1.stageHistory[1]!;
    expect(items.find((i) => i.id === draft.id)).toEqual({
      kind: "stageChange",
      id: draft.id,
      recordId: s.agreements.a1.id,
      date: "2025-02-10",
      startsAt: "2025-02-10",
      endsAt: null,
      datePrecision: "DAY",
      title: A1,
      subtype: "DRAFT",
      fromStage: "PROPOSAL_SENT",
      partners: [
        { id: s.partners.almaty.id, name: "Алматинская область" },
        { id: s.partners.vologda.id, name: "Вологодская область" },
      ],
    });
    expect(items.find((i) => i.id === s.events.e3.id)).toEqual({
      kind: "event",
      id: s.events.e3.id,
      recordId: s.events.e3.id,
      date: "2025-07-01",
      startsAt: "2025-07-01",
      endsAt: null,
      datePrecision: "DAY",
      title: "Отменённая выставка",
      subtype: "EXHIBITION",
      status: "CANCELLED",
      place: null,
      partners: [{ id: s.partners.by.id, name: "Республика Беларусь" }],
    });
    const astanaStop = s.events.e2.stops[1]!;
    expect(items.find((i) => i.id === astanaStop.id)).toEqual({
      kind: "tourStop",
      id: astanaStop.id,
      recordId: s.events.e2.id,
      date: "2025-08-05",
      startsAt: "2025-08-05",
      endsAt: null,
      datePrecision: "DAY",
      title: "Тур Деда Мороза",
      subtype: "TOUR",
      status: "CONFIRMED",
      place: "Астана",
      position: 2,
      partners: [{ id: s.partners.astana.id, name: "Астана" }],
      tour: { startsAt: "2025-08-01", endsAt: "2025-08-10", datePrecision: "DAY" },
    });
    expect(items.some((i) => i.recordId === s.events.e2.id && i.kind === "event")).toBe(false);
  });

  it("narrows every part to a country and what lies below it", async () => {
    const { items } = await c.viewer.timeline.list({ filter: { partnerIds: [s.partners.kz.id] } });
    expect(lines(items)).toEqual([
      `2024-10-01 stageChange ${A1}: — → PROPOSAL_SENT`,
      "2024-11-20 interaction Встреча с послом Казахстана",
      "2025-02-10 interaction Переговоры с Алматинской областью",
      `2025-02-10 stageChange ${A1}: PROPOSAL_SENT → DRAFT`,
      "2025-03-20 interaction Совместная встреча Казахстан и Алматинская область",
      `2025-04-10 stageChange ${A1}: DRAFT → NEGOTIATION`,
      "2025-07-10 interaction Визит в Астану",
      "2025-07-20 event Форум «Горизонт 2050»",
      // Only the tour's stop in Astana belongs to Kazakhstan.
      "2025-08-05 tourStop Тур Деда Мороза #2 Астана",
    ]);
  });

  it("narrows every part to a sector: agreements and tours by their own sectors", async () => {
    const { items } = await c.viewer.timeline.list({ filter: { sectorIds: [s.sectors.culture.id] } });
    expect(lines(items)).toEqual([
      "2024-09-10 event Дни Вологодской области в Минске",
      `2024-10-01 stageChange ${A1}: — → PROPOSAL_SENT`,
      "2024-12-01 stageChange План мероприятий с Минском: — → IMPLEMENTATION",
      "2025-01-31 interaction Мастера Великого Устюга",
      `2025-02-10 stageChange ${A1}: PROPOSAL_SENT → DRAFT`,
      "2025-03-01 interaction Видеозвонок с Минском",
      `2025-04-10 stageChange ${A1}: DRAFT → NEGOTIATION`,
      "2025-07-10 interaction Визит в Астану",
      "2025-08-01 tourStop Тур Деда Мороза #1 Великий Устюг",
      "2025-08-05 tourStop Тур Деда Мороза #2 Астана",
      "2025-08-09 tourStop Тур Деда Мороза #3 Минск",
    ]);
  });

  it("narrows by text (case and ё/е ignored) and by period, both ends inclusive", async () => {
    const tour = await c.viewer.timeline.list({ filter: { q: "деда МОРОЗА" } });
    expect(tour.items.map((i) => i.kind)).toEqual(["tourStop", "tourStop", "tourStop"]);
    const cancelled = await c.viewer.timeline.list({ filter: { q: "ОТМЕНЕННАЯ" } });
    expect(lines(cancelled.items)).toEqual(["2025-07-01 event Отменённая выставка"]);
    const both = await c.viewer.timeline.list({ filter: { q: "алматинской переговоры" } });
    expect(lines(both.items)).toEqual(["2025-02-10 interaction Переговоры с Алматинской областью"]);

    const march = await c.viewer.timeline.list({
      filter: { from: "2025-03-01", to: "2025-03-20" },
    });
    expect(lines(march.items)).toEqual([
      "2025-03-01 interaction Видеозвонок с Минском",
      "2025-03-20 interaction Совместная встреча Казахстан и Алматинская область",
    ]);
    // An explicit period reaches beyond the default window.
    const old = await c.viewer.timeline.list({ filter: { from: "2022-01-01", to: "2023-12-31" } });
    expect(lines(old.items)).toEqual([
      "2022-01-01 stageChange Прекращённое соглашение с Беларусью: — → TERMINATED",
      "2023-03-01 stageChange Меморандум с Казахстаном о лесной промышленности: — → SIGNED",
      "2023-04-01 stageChange Меморандум с Казахстаном о лесной промышленности: SIGNED → IN_FORCE",
      "2023-05-10 interaction Давняя встреча с Беларусью",
    ]);
  });

  it("cuts the stream at the limit and says so", async () => {
    const all = await c.viewer.timeline.list({});
    const first5 = await c.viewer.timeline.list({ limit: 5 });
    expect(first5.truncated).toBe(true);
    expect(first5.items).toEqual(all.items.slice(0, 5));
    expect((await c.viewer.timeline.list({ limit: 15 })).truncated).toBe(true);
    expect((await c.viewer.timeline.list({ limit: 16 })).truncated).toBe(false);
  });

  it("counts everything that matched, keeps the latest items on request, and leaves out kinds", async () => {
    const all = await c.viewer.timeline.list({});
    expect(all.total).toBe(16);
    const last5 = await c.viewer.timeline.list({ limit: 5, keep: "last" });
    expect(last5).toMatchObject({ truncated: true, total: 16 });
    // Still in date order, the five latest of the stream.
    expect(last5.items).toEqual(all.items.slice(-5));
    const first5 = await c.viewer.timeline.list({ limit: 5 });
    expect(first5.total).toBe(16);

    const planned = await c.viewer.timeline.list({ kinds: ["event", "tourStop", "stageChange"] });
    expect(planned.items.some((i) => i.kind === "interaction")).toBe(false);
    expect(planned.items).toEqual(all.items.filter((i) => i.kind !== "interaction"));
    expect(planned.total).toBe(planned.items.length);
    const contacts = await c.viewer.timeline.list({ kinds: ["interaction"], filter: { partnerIds: [s.partners.kz.id] } });
    expect(lines(contacts.items)).toEqual([
      "2024-11-20 interaction Встреча с послом Казахстана",
      "2025-02-10 interaction Переговоры с Алматинской областью",
      "2025-03-20 interaction Совместная встреча Казахстан и Алматинская область",
      "2025-07-10 interaction Визит в Астану",
    ]);
  });

  it("with `all` opens the ends the filter leaves open and reports the items' extent", async () => {
    const everything = await c.viewer.timeline.list({ all: true });
    const days = lines(everything.items);
    // Beyond the 12-month window on both sides, deleted rows still left out.
    expect(days[0]).toBe("2022-01-01 stageChange Прекращённое соглашение с Беларусью: — → TERMINATED");
    expect(days).toContain("2023-05-10 interaction Давняя встреча с Беларусью");
    expect(days).toEqual([...days].sort());
    expect(everything.total).toBe(everything.items.length);
    expect(everything.total).toBeGreaterThan(16);
    expect(everything.from).toEqual(everything.items[0]!.date);
    expect(everything.to).toEqual(everything.items.at(-1)!.date);
    // A given end still holds.
    const since = await c.viewer.timeline.list({ all: true, filter: { from: "2025-07-01" } });
    expect(since.from).toBe("2025-07-01");
    expect(since.items.every((i) => i.date !== null && i.date >= "2025-07-01")).toBe(true);
    expect(since.items.length).toBeGreaterThanOrEqual(6);
    // Nothing matched: the window collapses to the home region's today.
    const none = await c.viewer.timeline.list({ all: true, filter: { q: "нет такого слова" } });
    expect(none).toEqual({ items: [], truncated: false, total: 0, from: TODAY, to: TODAY, months: null });
  });

  it("counts by month beyond the limit when asked", async () => {
    const all = await c.viewer.timeline.list({});
    expect(all.months).toBeNull();
    const cut = await c.viewer.timeline.list({ limit: 2, byMonth: true, keep: "last" });
    expect(cut.items).toHaveLength(2);
    const expected = new Map<string, number>();
    for (const i of all.items) expected.set(i.date!.slice(0, 7), (expected.get(i.date!.slice(0, 7)) ?? 0) + 1);
    expect(cut.months).toEqual([...expected].map(([month, count]) => ({ month, count })));
    expect(cut.months?.slice(0, 3)).toEqual([
      { month: "2024-09", count: 1 },
      { month: "2024-10", count: 1 },
      { month: "2024-11", count: 1 },
    ]);
    expect(cut.months?.reduce((sum, m) => sum + m.count, 0)).toBe(cut.total);
    // Under a filter and for one kind only.
    const contacts = await c.viewer.timeline.list({ kinds: ["interaction"], byMonth: true, filter: { partnerIds: [s.partners.kz.id] } });
    expect(contacts.months).toEqual([
      { month: "2024-11", count: 1 },
      { month: "2025-02", count: 1 },
      { month: "2025-03", count: 1 },
      { month: "2025-07", count: 1 },
    ]);
  });

  it("validates the limit and the period", async () => {
    const bad = await failure(c.viewer.timeline.list({ limit: 0 }));
    expect(bad.code).toBe("BAD_REQUEST");
    expect(Object.keys(bad.fieldErrors ?? {})).toEqual(["limit"]);
    expect(Object.keys((await failure(c.viewer.timeline.list({ limit: 2001 }))).fieldErrors ?? {})).toEqual(["limit"]);
    const noKinds = await failure(c.viewer.timeline.list({ kinds: [] }));
    expect(Object.keys(noKinds.fieldErrors ?? {})).toEqual(["kinds"]);
    const reversed = await failure(c.viewer.timeline.list({ filter: { from: "2025-02-01", to: "2025-01-01" } }));
    expect(Object.keys(reversed.fieldErrors ?? {})).toEqual(["filter.to"]);
    // A day is a `YYYY-MM-DD` string: a typed day or a timestamp is refused, never guessed.
    const typed = await failure(c.viewer.timeline.list({ filter: { from: "12.11.2024" } }));
    expect(Object.keys(typed.fieldErrors ?? {})).toEqual(["filter.from"]);
  });
});

describe("timeline.list: dates as precise as the source", () => {
  let vague: Awaited<ReturnType<typeof seedVagueDates>>;
  let signed: { id: string };
  beforeAll(async () => {
    vague = await seedVagueDates(db, s);
    // Signed «в 2024 году»: a stage move known only to its year.
    signed = await db.prisma.agreement.create({
      data: {
        title: "Соглашение, подписанное в 2024 году",
        kind: "MEMORANDUM",
        stage: "SIGNED",
        stageChangedAt: new Date("2024-01-01T00:00:00Z"),
        searchText: "соглашение подписанное в 2024 году",
        parties: { create: [{ partnerId: s.partners.uz.id }] },
        stageHistory: { create: [{ toStage: "SIGNED", changedAt: new Date("2024-01-01T00:00:00Z"), datePrecision: "YEAR" }] },
      },
    });
  });

  it("lists a 10-stop tour with 9 undated stops in route order, inventing no dates", async () => {
    const { items } = await c.viewer.timeline.list({ filter: { q: "9 стран", from: "2024-12-01", to: "2024-12-31" } });
    expect(items.map((i) => [i.kind, i.kind === "tourStop" ? i.position : null, i.date, i.datePrecision])).toEqual([
      ...Array.from({ length: 9 }, (_, i) => ["tourStop", i + 1, null, null]),
      ["tourStop", 10, "2024-12-01", "MONTH"],
    ]);
    const astana = items.at(-1)!;
    expect(astana).toMatchObject({
      kind: "tourStop",
      recordId: vague.tour.id,
      place: "Астана",
      startsAt: "2024-12-01",
      endsAt: "2024-12-31",
      partners: [{ id: s.partners.astana.id, name: "Астана" }],
      tour: { startsAt: "2024-12-01", endsAt: "2024-12-31", datePrecision: "MONTH" },
    });
    const first = items[0]!;
    expect(first).toMatchObject({ place: "Финляндия", date: null, startsAt: null, endsAt: null, partners: [] });
    // The stops' own ids, each once: nothing was made up to place them.
    expect(items.map((i) => i.id)).toEqual(vague.tour.stops.map((st) => st.id));

    // Not in November: the tour is a December one, and so is its Astana stop.
    const november = await c.viewer.timeline.list({ filter: { q: "9 стран", from: "2024-11-01", to: "2024-11-30" } });
    expect(november.items).toEqual([]);
    // Kazakhstan has only the Astana stop.
    const kz = await c.viewer.timeline.list({ filter: { q: "9 стран", partnerIds: [s.partners.kz.id], from: "2024-12-01", to: "2024-12-31" } });
    expect(kz.items.map((i) => (i.kind === "tourStop" ? i.place : i.kind))).toEqual(["Астана"]);
    // Undated stops are in no month of the density count; the dated one is in December.
    const months = await c.viewer.timeline.list({ filter: { q: "9 стран", from: "2024-12-01", to: "2024-12-31" }, byMonth: true });
    expect(months).toMatchObject({ total: 10, months: [{ month: "2024-12", count: 1 }] });
  });

  it("places a month as a span over the whole month, in a December window and not in November's", async () => {
    const dec = await c.viewer.timeline.list({ filter: { from: "2024-12-20", to: "2024-12-25" }, kinds: ["event", "interaction"] });
    expect(dec.items.map((i) => [i.kind, i.title, i.startsAt, i.endsAt, i.datePrecision])).toEqual([
      ["interaction", "Переговоры с Узбекистаном в IV квартале", "2024-10-01", "2024-12-31", "QUARTER"],
      ["event", "Форум «Горизонт 2050» (декабрь)", "2024-12-01", "2024-12-31", "MONTH"],
      ["interaction", "Встреча с Узбекистаном в декабре", "2024-12-01", "2024-12-31", "MONTH"],
    ]);
    const nov = await c.viewer.timeline.list({ filter: { from: "2024-11-01", to: "2024-11-30" }, kinds: ["event", "interaction"] });
    expect(nov.items.map((i) => i.title)).toEqual(["Переговоры с Узбекистаном в IV квартале", "Встреча с послом Казахстана"]);
    // By month: the December meeting in December; the fourth quarter is no month (not October).
    const uz = await c.viewer.timeline.list({ filter: { partnerIds: [s.partners.uz.id] }, kinds: ["interaction"], byMonth: true, all: true });
    expect(uz.total).toBe(2);
    expect(uz.months).toEqual([{ month: "2024-12", count: 1 }]);
  });

  it("gives a stage change its precision and the span of its period", async () => {
    const { items } = await c.viewer.timeline.list({ filter: { from: "2024-06-01", to: "2024-06-30", partnerIds: [s.partners.uz.id] } });
    expect(items).toEqual([
      expect.objectContaining({
        kind: "stageChange",
        recordId: signed.id,
        subtype: "SIGNED",
        date: "2024-01-01",
        startsAt: "2024-01-01",
        endsAt: "2024-12-31",
        datePrecision: "YEAR",
      }),
    ]);
    const before = await c.viewer.timeline.list({ filter: { from: "2023-01-01", to: "2023-12-31", partnerIds: [s.partners.uz.id] } });
    expect(before.items).toEqual([]);
  });

  it("counts its default window from the home region's day, not the server's", async () => {
    // 22:30 UTC on 14 June 2026: already 15 June in Kamchatka, still 14 June in New York.
    const at = { now: () => new Date("2026-06-14T22:30:00Z") };
    const kamchatka = callerWith({ db, user: c.users.viewer, timeZone: "Asia/Kamchatka", clock: at });
    const newYork = callerWith({ db, user: c.users.viewer, timeZone: "America/New_York", clock: at });
    expect(await kamchatka.caller.timeline.list({ limit: 1 })).toMatchObject({ from: "2025-06-15", to: "2027-06-15" });
    expect(await newYork.caller.timeline.list({ limit: 1 })).toMatchObject({ from: "2025-06-14", to: "2027-06-14" });
  });
});
