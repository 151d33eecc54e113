import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import type { TCreateEventInput } from "@atlas/shared/event";
import { makeDay, todayIn } from "@atlas/shared/calendar-day";
import { openTestDatabase } from "../support/test-database.ts";
import { callerWith, callersFor, failure } from "../support/callers.ts";

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;
let kz: { id: string };
let astana: { id: string };
let by: { id: string };
let minsk: { id: string };
let uz: { id: string };
let tourism: { id: string };
let investment: { id: string };

const unknownId = "8f14e45f-ceea-467a-9c1a-1e2a3b4c5d6e";
// December of the coming year (in the home region's calendar), so that everything planned there is "upcoming" whenever the suite runs.
const year = Number(todayIn("Europe/Moscow").slice(0, 4)) + 1;
const dec = (day: number) => makeDay(year, 12, day);

beforeAll(async () => {
  db = await openTestDatabase();
  c = await callersFor(db);
  kz = await c.editor.partner.create({ name: "Республика Казахстан", level: "COUNTRY", isoCode: "KZ" });
  astana = await c.editor.partner.create({ name: "Астана", level: "CITY", parentId: kz.id, latitude: 51.17, longitude: 71.45 });
  by = await c.editor.partner.create({ name: "Республика Беларусь", level: "COUNTRY", isoCode: "BY" });
  minsk = await c.editor.partner.create({ name: "Минск", level: "CITY", parentId: by.id });
  uz = await c.editor.partner.create({ name: "Республика Узбекистан", level: "COUNTRY", isoCode: "UZ" });
  tourism = await db.prisma.sector.create({ data: { code: "tourism", name: "Туризм", nameEn: "Tourism" } });
  investment = await db.prisma.sector.create({ data: { code: "investment", name: "Инвестиции", nameEn: "Investment" } });
});
afterAll(async () => db?.close());

const tour = (): TCreateEventInput => ({
  title: "Новогоднее турне Деда Мороза из Великого Устюга",
  kind: "TOUR",
  startsAt: dec(10),
  endsAt: dec(25),
  place: "Великий Устюг",
  sectorIds: [tourism.id],
  partnerIds: [by.id],
  stops: [
    { place: "Минск", partnerId: minsk.id, date: dec(12) },
    { place: "Астана", partnerId: astana.id, date: dec(18), latitude: 51.17, longitude: 71.45, notes: "ёлка на главной площади" },
    { place: "Ташкент", partnerId: null, date: dec(18) },
  ],
});

describe("event", () => {
  it("creates a forum and a tour with three stops and reads them back in order", async () => {
    const forum = await c.editor.event.create({
      title: "Международный инвестиционный форум «Горизонт 2050»",
      kind: "FORUM",
      startsAt: dec(4),
      endsAt: dec(5),
      place: "Вологда",
      partnerIds: [kz.id],
      sectorIds: [investment.id],
    });
    expect(forum).toMatchObject({ status: "PLANNED", stops: [], stopCount: 0, partners: [{ id: kz.id }], sectors: [{ id: investment.id }] });
    expect(forum).toMatchObject({ startsAt: dec(4), endsAt: dec(5), datePrecision: "DAY" });

    const created = await c.editor.event.create(tour());
    const read = await c.viewer.event.byId({ id: created.id });
    expect(read.stops.map((s) => [s.position, s.place, s.partner?.name ?? null])).toEqual([
      [0, "Минск", "Минск"],
      [1, "Астана", "Астана"],
      [2, "Ташкент", null],
    ]);
    expect(read.stops[1]).toMatchObject({ date: dec(18), datePrecision: "DAY", latitude: 51.17, longitude: 71.45, notes: "ёлка на главной площади" });
    expect(read.stopCount).toBe(3);
    expect(read.sectors.map((s) => s.code)).toEqual(["tourism"]);

    const listed = await c.viewer.event.list({ filter: { kinds: ["TOUR", "FORUM"] } });
    // Default sort: by start, earliest first.
    expect(listed.items.map((i) => i.id)).toEqual([forum.id, created.id]);
    const listedTour = listed.items[1]!;
    expect(listedTour.stopCount).toBe(3);
    expect(listedTour.stops.map((s) => s.place)).toEqual(["Минск", "Астана", "Ташкент"]);
    expect(listedTour.stops[1]!.partner).toEqual({ id: astana.id, name: "Астана" });

    const log = await db.prisma.changeLog.findFirst({ where: { entity: "event", recordId: created.id, action: "CREATE" } });
    expect((log!.changes as { stops: unknown[] }).stops).toHaveLength(3);
    // The history records days, not instants.
    expect(log!.changes).toMatchObject({ startsAt: dec(10), endsAt: dec(25), datePrecision: "DAY" });
    expect((log!.changes as { stops: Array<{ date: string }> }).stops.map((x) => x.date)).toEqual([dec(12), dec(18), dec(18)]);
  });

  it("refuses a tour whose stops go backwards or leave its dates, with the stop's field path", async () => {
    const backwards = tour();
    backwards.stops![2]!.date = dec(15);
    const refused = await failure(c.editor.event.create(backwards));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(Object.keys(refused.fieldErrors ?? {})).toEqual(["stops.2.date"]);

    const outside = tour();
    outside.stops![0]!.date = dec(9);
    expect(Object.keys((await failure(c.editor.event.create(outside))).fieldErrors ?? {})).toEqual(["stops.0.date"]);

    // Without an end date the tour lasts one day: its start.
    const noEnd = { ...tour(), endsAt: null };
    expect(Object.keys((await failure(c.editor.event.create(noEnd))).fieldErrors ?? {})).toEqual(["stops.0.date", "stops.1.date", "stops.2.date"]);

    const empty = await failure(c.editor.event.create({ ...tour(), stops: [] }));
    expect(Object.keys(empty.fieldErrors ?? {})).toEqual(["stops"]);

    const endBeforeStart = await failure(c.editor.event.create({ title: "Выставка", kind: "EXHIBITION", startsAt: dec(10), endsAt: dec(9) }));
    expect(Object.keys(endBeforeStart.fieldErrors ?? {})).toEqual(["endsAt"]);
  });

  it("refuses stops on an event that is not a tour", async () => {
    const refused = await failure(
      c.editor.event.create({ title: "Дни Вологодской области", kind: "REGION_DAYS", startsAt: dec(1), stops: [{ place: "Астана", date: dec(1) }] }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(Object.keys(refused.fieldErrors ?? {})).toEqual(["stops"]);

    // Turning a tour into a forum while it still has stops is refused too, on the merged record.
    const t = await c.editor.event.create({ ...tour(), title: "Тур, который станет форумом" });
    const changed = await failure(c.editor.event.update({ id: t.id, version: t.version, data: { kind: "FORUM" } }));
    expect(changed.code).toBe("BAD_REQUEST");
    expect(Object.keys(changed.fieldErrors ?? {})).toEqual(["data.stops"]);
    const ok = await c.editor.event.update({ id: t.id, version: t.version, data: { kind: "FORUM", stops: [] } });
    expect(ok).toMatchObject({ kind: "FORUM", stops: [], stopCount: 0 });
  });

  it("updates fields and replaces partners, sectors and stops when given", async () => {
    const t = await c.editor.event.create({ ...tour(), title: "Тур для правки" });
    const moved = await failure(c.editor.event.update({ id: t.id, version: t.version, data: { startsAt: dec(13) } }));
    expect(Object.keys(moved.fieldErrors ?? {})).toEqual(["data.stops.0.date"]);

    const updated = await c.editor.event.update({
      id: t.id,
      version: t.version,
      data: {
        status: "CONFIRMED",
        partnerIds: [kz.id, uz.id],
        sectorIds: [],
        stops: [
          { place: "Астана", partnerId: astana.id, date: dec(14) },
          { place: "Ташкент", date: dec(16) },
        ],
      },
    });
    expect(updated.status).toBe("CONFIRMED");
    expect(updated.partners.map((p) => p.id).sort()).toEqual([kz.id, uz.id].sort());
    expect(updated.sectors).toEqual([]);
    expect(updated.stops.map((s) => [s.position, s.place])).toEqual([
      [0, "Астана"],
      [1, "Ташкент"],
    ]);
    expect(await db.prisma.eventStop.count({ where: { eventId: t.id } })).toBe(2);

    const kept = await c.editor.event.update({ id: t.id, version: updated.version, data: { description: "Программа уточняется" } });
    expect(kept.stops).toHaveLength(2);
    expect(kept.partners).toHaveLength(2);

    const badStopPartner = await failure(
      c.editor.event.update({ id: t.id, version: kept.version, data: { stops: [{ place: "Где-то", partnerId: unknownId, date: dec(14) }] } }),
    );
    expect(badStopPartner.code).toBe("BAD_REQUEST");
    expect(Object.keys(badStopPartner.fieldErrors ?? {})).toEqual(["data.stops.0.partnerId"]);

    const log = await db.prisma.changeLog.findMany({ where: { entity: "event", recordId: t.id, action: "UPDATE" }, orderBy: { at: "asc" } });
    expect(log).toHaveLength(2);
    expect(Object.keys(log[0]!.changes as object).sort()).toEqual(["partnerIds", "sectorIds", "status", "stops"]);
    expect(Object.keys(log[1]!.changes as object)).toEqual(["description"]);
  });

  it("filters by stop country, upcoming, period overlap and text", async () => {
    const route = await c.editor.event.create({
      ...tour(),
      title: "Турне по Средней Азии",
      partnerIds: [uz.id],
      sectorIds: [],
      stops: [
        { place: "Ташкент", partnerId: uz.id, date: dec(20) },
        { place: "Астана", partnerId: astana.id, date: dec(22) },
      ],
    });
    const minskOnly = await c.editor.event.create({
      ...tour(),
      title: "Турне по Беларуси",
      partnerIds: [],
      stops: [{ place: "Минск", partnerId: minsk.id, date: dec(20) }],
    });
    const past = await c.editor.event.create({
      title: "Ёлочный фестиваль прошлых лет",
      kind: "FESTIVAL",
      status: "HELD",
      startsAt: makeDay(year - 3, 1, 5),
      partnerIds: [kz.id],
    });

    // Kazakhstan is not among the partners of the route; one of its stops (Astana) is.
    const kzEvents = (await c.viewer.event.list({ filter: { countryCodes: ["KZ"] }, limit: 500 })).items.map((i) => i.id);
    expect(kzEvents).toContain(route.id);
    expect(kzEvents).toContain(past.id);
    expect(kzEvents).not.toContain(minskOnly.id);
    const byStopPartner = (await c.viewer.event.list({ filter: { partnerIds: [astana.id] }, limit: 500 })).items.map((i) => i.id);
    expect(byStopPartner).toContain(route.id);
    expect(byStopPartner).not.toContain(past.id);

    const upcoming = (await c.viewer.event.list({ filter: { upcoming: true }, limit: 500 })).items;
    expect(upcoming.map((i) => i.id)).toContain(route.id);
    expect(upcoming.map((i) => i.id)).not.toContain(past.id);
    const today = todayIn("Europe/Moscow");
    expect(upcoming.every((i) => (i.endsAt ?? i.startsAt) >= today)).toBe(true);

    // Period overlap: the tour (10–25 Dec) overlaps 21–22 Dec though it starts before; the forum (4–5 Dec) does not.
    const overlap = (await c.viewer.event.list({ filter: { from: dec(21), to: dec(22) }, limit: 500 })).items.map((i) => i.title);
    expect(overlap).toContain("Турне по Средней Азии");
    expect(overlap).not.toContain("Международный инвестиционный форум «Горизонт 2050»");
    expect(overlap).not.toContain("Ёлочный фестиваль прошлых лет");
    // An event without an end date overlaps a period when it starts inside it.
    const onStartDay = (await c.viewer.event.list({ filter: { from: makeDay(year - 3, 1, 5), to: makeDay(year - 3, 1, 6) } })).items;
    expect(onStartDay.map((i) => i.id)).toEqual([past.id]);
    expect((await c.viewer.event.list({ filter: { from: dec(26), to: dec(31) } })).total).toBe(0);

    // Text: case and ё/е do not matter; every word must occur.
    expect((await c.viewer.event.list({ filter: { q: "ЕЛОЧНЫЙ фестиваль" } })).items.map((i) => i.id)).toEqual([past.id]);
    expect((await c.viewer.event.list({ filter: { q: "горизонт 2050" } })).items.map((i) => i.kind)).toEqual(["FORUM"]);
    expect((await c.viewer.event.list({ filter: { q: "горизонт фестиваль" } })).total).toBe(0);

    expect((await c.viewer.event.list({ filter: { statuses: ["HELD"] } })).items.map((i) => i.id)).toEqual([past.id]);
    expect((await c.viewer.event.list({ filter: { sectorIds: [investment.id] } })).items.map((i) => i.kind)).toEqual(["FORUM"]);

    const desc = (await c.viewer.event.list({ sort: { field: "startsAt", direction: "desc" }, limit: 500 })).items;
    expect(desc.at(-1)!.id).toBe(past.id);
  });

  it("refuses a stale version with CONFLICT and keeps the first edit", async () => {
    const e = await c.editor.event.create({ title: "Бизнес-миссия в Алматы", kind: "BUSINESS_MISSION", startsAt: dec(2) });
    await c.editor.event.update({ id: e.id, version: e.version, data: { place: "Алматы" } });
    const stale = await failure(c.editor.event.update({ id: e.id, version: e.version, data: { place: "Астана" } }));
    expect(stale.code).toBe("CONFLICT");
    expect((await c.viewer.event.byId({ id: e.id })).place).toBe("Алматы");
  });

  it("answers bad input with BAD_REQUEST and field paths", async () => {
    const bad = await failure(
      c.editor.event.create({
        title: "",
        kind: "парад" as never,
        startsAt: "не дата" as never,
        latitude: -100,
        partnerIds: ["x"],
      }),
    );
    expect(bad.code).toBe("BAD_REQUEST");
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["kind", "latitude", "partnerIds.0", "startsAt", "title"]);
    const badStop = await failure(c.editor.event.create({ ...tour(), stops: [{ place: " ", date: dec(12), longitude: 200 }] }));
    expect(Object.keys(badStop.fieldErrors ?? {}).sort()).toEqual(["stops.0.longitude", "stops.0.place"]);

    const unknownRefs = await failure(
      c.editor.event.create({
        title: "Форум",
        kind: "FORUM",
        startsAt: dec(3),
        partnerIds: [kz.id, unknownId],
        sectorIds: [unknownId],
        sourceIds: [unknownId],
      }),
    );
    expect(unknownRefs.code).toBe("BAD_REQUEST");
    expect(Object.keys(unknownRefs.fieldErrors ?? {}).sort()).toEqual(["partnerIds", "sectorIds", "sourceIds"]);

    expect((await failure(c.viewer.event.byId({ id: unknownId }))).code).toBe("NOT_FOUND");
  });

  it("soft-deletes and restores (admin only)", async () => {
    const e = await c.editor.event.create({ ...tour(), title: "Тур на удаление" });
    expect((await failure(c.editor.event.delete({ id: e.id, version: e.version }))).code).toBe("FORBIDDEN");
    const deleted = await c.admin.event.delete({ id: e.id, version: e.version });
    expect((await failure(c.viewer.event.byId({ id: e.id }))).code).toBe("NOT_FOUND");
    expect((await c.viewer.event.list({ filter: { q: "на удаление" } })).total).toBe(0);

    expect((await failure(c.admin.event.restore({ id: e.id, version: e.version }))).code).toBe("CONFLICT");
    const restored = await c.admin.event.restore({ id: e.id, version: deleted.version });
    expect(restored.stops).toHaveLength(3);
    expect((await c.viewer.event.list({ filter: { q: "на удаление" } })).items.map((i) => i.id)).toEqual([e.id]);

    const actions = await db.prisma.changeLog.findMany({
      where: { entity: "event", recordId: e.id },
      orderBy: { at: "asc" },
      select: { action: true, userId: true },
    });
    expect(actions.map((a) => a.action)).toEqual(["CREATE", "DELETE", "RESTORE"]);
    expect(actions[2]!.userId).toBe(c.users.admin.id);
  });

  it("lets a viewer read but not create", async () => {
    const denied = await failure(c.viewer.event.create({ title: "Форум", kind: "FORUM", startsAt: dec(3) }));
    expect(denied.code).toBe("FORBIDDEN");
    expect((await failure(c.analyst.event.update({ id: unknownId, version: 1, data: { title: "x" } }))).code).toBe("FORBIDDEN");
    expect((await c.viewer.event.list({})).total).toBeGreaterThan(0);
  });
});

describe("event: dates as precise as the source", () => {
  it("stores a forum «в декабре 2024» as the month: in a December filter, not in November's, and read back as MONTH", async () => {
    const forum = await c.editor.event.create({
      title: "Форум «Горизонт 2050» в декабре",
      kind: "FORUM",
      status: "HELD",
      startsAt: "2024-12-12",
      datePrecision: "MONTH",
      partnerIds: [kz.id],
    });
    expect(forum).toMatchObject({ startsAt: "2024-12-01", endsAt: "2024-12-31", datePrecision: "MONTH" });
    expect(await c.viewer.event.byId({ id: forum.id })).toEqual(forum);

    const titles = async (from: string, to: string) =>
      (await c.viewer.event.list({ filter: { q: "горизонт 2050 в декабре", from, to } })).items.map((i) => [i.id, i.datePrecision]);
    expect(await titles("2024-12-01", "2024-12-31")).toEqual([[forum.id, "MONTH"]]);
    // Any part of December finds it, also a day the source never named.
    expect(await titles("2024-12-20", "2024-12-20")).toEqual([[forum.id, "MONTH"]]);
    expect(await titles("2024-11-01", "2024-11-30")).toEqual([]);
    expect(await titles("2025-01-01", "2025-01-31")).toEqual([]);

    // The quarter, once the month is in doubt; then the exact day, once known: the stored
    // end of the month was derived from it and does not survive as the end of a one-day forum.
    const quarter = await c.editor.event.update({ id: forum.id, version: forum.version, data: { datePrecision: "QUARTER" } });
    expect(quarter).toMatchObject({ startsAt: "2024-10-01", endsAt: "2024-12-31", datePrecision: "QUARTER" });
    expect(await titles("2024-11-01", "2024-11-30")).toEqual([[forum.id, "QUARTER"]]);
    const exact = await c.editor.event.update({ id: forum.id, version: quarter.version, data: { startsAt: "2024-12-12", datePrecision: "DAY" } });
    expect(exact).toMatchObject({ startsAt: "2024-12-12", endsAt: null, datePrecision: "DAY" });
    const log = await db.prisma.changeLog.findMany({ where: { entity: "event", recordId: forum.id, action: "UPDATE" }, orderBy: { at: "asc" } });
    expect(log[1]!.changes).toMatchObject({ startsAt: { from: "2024-10-01", to: "2024-12-12" }, endsAt: { from: "2024-12-31", to: null } });
  });

  it("records a tour of 10 stops, 9 of them without a date, in route order; a stop outside the tour is refused on its path", async () => {
    const countries = ["Финляндия", "Норвегия", "Швеция", "Дания", "Германия", "Франция", "Италия", "Сербия", "Турция"];
    const input: TCreateEventInput = {
      title: "Турне Деда Мороза: 9 стран и Астана",
      kind: "TOUR",
      startsAt: "2024-11-18",
      endsAt: "2024-12-31",
      stops: [
        ...countries.map((place) => ({ place })),
        // «В декабре»: the month, not an invented day.
        { place: "Астана", partnerId: astana.id, date: "2024-12-16", datePrecision: "MONTH" as const },
      ],
    };
    const created = await c.editor.event.create(input);
    const read = await c.viewer.event.byId({ id: created.id });
    expect(read.stops.map((x) => [x.position, x.place, x.date, x.datePrecision])).toEqual([
      ...countries.map((place, i) => [i, place, null, "DAY"]),
      [9, "Астана", "2024-12-01", "MONTH"],
    ]);
    expect(read.stopCount).toBe(10);
    const listed = (await c.viewer.event.list({ filter: { q: "9 стран и астана" } })).items;
    expect(listed.map((e) => e.stops.map((x) => x.place))).toEqual([[...countries, "Астана"]]);

    // Dated outside the tour: refused on that stop, on create and on update.
    const late = { ...input, stops: input.stops!.map((x, i) => (i === 9 ? { ...x, date: "2025-01-10", datePrecision: "DAY" as const } : x)) };
    const refused = await failure(c.editor.event.create(late));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(Object.keys(refused.fieldErrors ?? {})).toEqual(["stops.9.date"]);
    const early = { ...input, stops: input.stops!.map((x, i) => (i === 3 ? { ...x, date: "2024-11-01" } : x)) };
    expect(Object.keys((await failure(c.editor.event.create(early))).fieldErrors ?? {})).toEqual(["stops.3.date"]);
    const updateRefused = await failure(c.editor.event.update({ id: created.id, version: created.version, data: { stops: late.stops } }));
    expect(Object.keys(updateRefused.fieldErrors ?? {})).toEqual(["data.stops.9.date"]);
    // Moving the tour away from its dated stop is refused too.
    const moved = await failure(c.editor.event.update({ id: created.id, version: created.version, data: { startsAt: "2025-01-05", endsAt: "2025-01-20" } }));
    expect(Object.keys(moved.fieldErrors ?? {})).toEqual(["data.stops.9.date"]);
    expect((await c.viewer.event.byId({ id: created.id })).version).toBe(created.version);
  });

  it("counts «upcoming» by the home region's day: an event ending today is upcoming, one that ended yesterday is not", async () => {
    // 15 January 2025, 22:30 UTC: already 16 January in Moscow.
    const { caller } = callerWith({ db, user: c.users.viewer, clock: { now: () => new Date("2025-01-15T22:30:00Z") } });
    const mk = (title: string, startsAt: string, endsAt: string | null, datePrecision: "DAY" | "MONTH" = "DAY") =>
      c.editor.event.create({ title, kind: "EXHIBITION", status: "HELD", startsAt, endsAt, datePrecision }).then((e) => e.id);
    const endsToday = await mk("Выставка до шестнадцатого", "2025-01-10", "2025-01-16");
    const endedYesterday = await mk("Выставка до пятнадцатого", "2025-01-10", "2025-01-15");
    const oneDayToday = await mk("Выставка одного дня", "2025-01-16", null);
    const inJanuary = await mk("Выставка в январе", "2025-01-01", null, "MONTH");
    const ids = (await caller.event.list({ filter: { upcoming: true, q: "выставка", to: "2025-12-31" }, limit: 500 })).items.map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining([endsToday, oneDayToday, inJanuary]));
    expect(ids).not.toContain(endedYesterday);
  });

  it("refuses dates that are not days, with the field's path", async () => {
    for (const startsAt of [null, "12.11.2024", "2024", "2024-02-30", "2024-12-01T10:00:00Z"]) {
      const err = await failure(c.editor.event.create({ title: "Форум", kind: "FORUM", startsAt: startsAt as never }));
      expect(err.code, String(startsAt)).toBe("BAD_REQUEST");
      expect(Object.keys(err.fieldErrors ?? {}), String(startsAt)).toEqual(["startsAt"]);
    }
    const badStop = await failure(
      c.editor.event.create({ title: "Тур", kind: "TOUR", startsAt: "2024-12-01", stops: [{ place: "Астана", date: "16.12.2024" }] }),
    );
    expect(Object.keys(badStop.fieldErrors ?? {})).toEqual(["stops.0.date"]);
  });
});
