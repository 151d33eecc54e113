import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import type { TCreateEventInput } from "@atlas/shared/event";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor, failure } from "../support/callers.ts";

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
// December of the coming year, so that everything planned there is "upcoming" whenever the suite runs.
const year = new Date().getFullYear() + 1;
const dec = (day: number, hour = 10) => new Date(Date.UTC(year, 11, day, hour));

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
    { place: "Ташкент", partnerId: null, date: dec(18, 20) },
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

    const created = await c.editor.event.create(tour());
    const read = await c.viewer.event.byId({ id: created.id });
    expect(read.stops.map((s) => [s.position, s.place, s.partner?.name ?? null])).toEqual([
      [0, "Минск", "Минск"],
      [1, "Астана", "Астана"],
      [2, "Ташкент", null],
    ]);
    expect(read.stops[1]).toMatchObject({ date: dec(18), latitude: 51.17, longitude: 71.45, notes: "ёлка на главной площади" });
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

    // Without an end date the tour lasts one moment: its start.
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
    const minskOnly = await c.editor.event.create({ ...tour(), title: "Турне по Беларуси", partnerIds: [], stops: [{ place: "Минск", partnerId: minsk.id, date: dec(20) }] });
    const past = await c.editor.event.create({
      title: "Ёлочный фестиваль прошлых лет",
      kind: "FESTIVAL",
      status: "HELD",
      startsAt: new Date(Date.UTC(year - 3, 0, 5)),
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
    expect(upcoming.every((i) => i.startsAt >= new Date(Date.now() - 24 * 3600 * 1000))).toBe(true);

    // Period overlap: the tour (10–25 Dec) overlaps 21–22 Dec though it starts before; the forum (4–5 Dec) does not.
    const overlap = (await c.viewer.event.list({ filter: { from: dec(21, 0), to: dec(22, 23) }, limit: 500 })).items.map((i) => i.title);
    expect(overlap).toContain("Турне по Средней Азии");
    expect(overlap).not.toContain("Международный инвестиционный форум «Горизонт 2050»");
    expect(overlap).not.toContain("Ёлочный фестиваль прошлых лет");
    // An event without an end date overlaps a period when it starts inside it.
    const onStartDay = (await c.viewer.event.list({ filter: { from: new Date(Date.UTC(year - 3, 0, 5)), to: new Date(Date.UTC(year - 3, 0, 6)) } })).items;
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
        kind: "PARADE" as never,
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
      c.editor.event.create({ title: "Форум", kind: "FORUM", startsAt: dec(3), partnerIds: [kz.id, unknownId], sectorIds: [unknownId], sourceId: unknownId }),
    );
    expect(unknownRefs.code).toBe("BAD_REQUEST");
    expect(Object.keys(unknownRefs.fieldErrors ?? {}).sort()).toEqual(["partnerIds", "sectorIds", "sourceId"]);

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

    const actions = await db.prisma.changeLog.findMany({ where: { entity: "event", recordId: e.id }, orderBy: { at: "asc" }, select: { action: true, userId: true } });
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
