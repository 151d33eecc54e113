// The calendar feed through the real Fastify app (inject), read back with a kept
// iCalendar parser (ical.js), as Thunderbird would read it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ICAL from "ical.js";
import type { Database } from "@atlas/db/database";
import { buildApp, type FastifyInstance } from "@atlas/server/app";
import { readEnv } from "@atlas/server/env";
import { makeDay, todayIn } from "@atlas/shared/calendar-day";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor, failure } from "../support/callers.ts";
import { isoTimestamp } from "../support/timestamps.ts";

let db: Database;
let app: FastifyInstance;
let c: Awaited<ReturnType<typeof callersFor>>;
let kz: { id: string };
let tourism: { id: string };
let tourId: string;

const year = Number(todayIn("Europe/Moscow").slice(0, 4)) + 1;
const dec = (day: number) => makeDay(year, 12, day);

beforeAll(async () => {
  db = await openTestDatabase();
  c = await callersFor(db);
  // A home time zone other than the machine's: all-day entries must still be the stored days.
  app = await buildApp({
    db,
    env: readEnv({ ATLAS_DEMO: "false", LOG_LEVEL: "silent", ATLAS_CLIENT_DIR: "/nonexistent-client", ATLAS_TIME_ZONE: "Asia/Almaty" }),
  });
  kz = await c.editor.partner.create({ name: "Республика Казахстан", level: "COUNTRY", isoCode: "KZ" });
  const astana = await c.editor.partner.create({ name: "Астана", level: "CITY", parentId: kz.id });
  const almaty = await c.editor.partner.create({ name: "Алматы", level: "CITY", parentId: kz.id });
  const by = await c.editor.partner.create({ name: "Республика Беларусь", level: "COUNTRY", isoCode: "BY" });
  tourism = await db.prisma.sector.create({ data: { code: "tourism", name: "Туризм", nameEn: "Tourism" } });
  const tour = await c.editor.event.create({
    title: "Турне Деда Мороза",
    kind: "TOUR",
    startsAt: dec(10),
    endsAt: dec(20),
    place: "Великий Устюг",
    sectorIds: [tourism.id],
    partnerIds: [kz.id],
    stops: [
      { place: "Астана", partnerId: astana.id, date: dec(12) },
      { place: "Алматы", partnerId: almaty.id, date: dec(15) },
      { place: "Караганда", partnerId: null, date: null },
    ],
  });
  tourId = tour.id;
  await c.editor.event.create({ title: "Форум в Минске", kind: "FORUM", startsAt: dec(5), endsAt: dec(6), place: "Минск", partnerIds: [by.id] });
  await c.editor.event.create({ title: "Выставка в Астане", kind: "FORUM", startsAt: dec(1), place: "Астана", partnerIds: [astana.id], status: "CANCELLED" });
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

type Entry = { uid: string; summary: string; start: string; end: string; allDay: boolean; location: string; description: string };

function parse(text: string): Entry[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate,
      location: event.location,
      description: event.description,
    };
  });
}

const get = (url: string) => app.inject({ method: "GET", url, headers: { host: "127.0.0.1:3000" } });

describe("calendar feed", () => {
  it("serves the filter's events as all-day entries, each tour stop its own entry", async () => {
    const feed = await c.analyst.calendarFeed.create({ name: "Казахстан", filter: { countryCodes: ["KZ"], sectorIds: [tourism.id] } });
    expect(feed.path).toBe(`/calendar/${feed.token}.ics`);
    const response = await get(feed.path);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^text\/calendar/);
    // Dates as VALUE=DATE: no time, no zone to shift them.
    expect(response.body).toContain(`DTSTART;VALUE=DATE:${dec(10).replaceAll("-", "")}`);
    // The only instants (when an entry last changed) are in UTC.
    expect(response.body.match(/^DTSTAMP:.*$/gm)?.every((line) => /^DTSTAMP:\d{8}T\d{6}Z\r?$/.test(line))).toBe(true);
    const entries = parse(response.body);
    expect(entries.map((e) => e.summary)).toEqual(["Турне Деда Мороза", "Турне Деда Мороза: Астана", "Турне Деда Мороза: Алматы"]);
    const [tour, astana, almaty] = entries as [Entry, Entry, Entry];
    expect(tour).toMatchObject({ allDay: true, start: dec(10), end: dec(21), location: "Великий Устюг" });
    expect(astana).toMatchObject({ allDay: true, start: dec(12), end: dec(13), location: "Астана" });
    expect(almaty).toMatchObject({ allDay: true, start: dec(15), end: dec(16) });
    expect(tour.description).toContain(`http://127.0.0.1:3000/events/${tourId}`);
    expect(new Set(entries.map((e) => e.uid)).size).toBe(3);
    expect(tour.uid).toContain(tourId);

    // The same UIDs after an edit, so a subscribed calendar updates its entries.
    const stored = await c.editor.event.byId({ id: tourId });
    await c.editor.event.update({ id: tourId, version: stored.version, data: { title: "Новогоднее турне Деда Мороза" } });
    const again = parse((await get(feed.path)).body);
    expect(again.map((e) => e.uid)).toEqual(entries.map((e) => e.uid));
    expect(again[0]!.summary).toBe("Новогоднее турне Деда Мороза");
    await c.editor.event.update({ id: tourId, version: stored.version + 1, data: { title: "Турне Деда Мороза" } });
  });

  it("without a filter has every event but the cancelled one", async () => {
    const feed = await c.editor.calendarFeed.create({ name: "Всё" });
    const summaries = parse((await get(feed.path)).body).map((e) => e.summary);
    expect(summaries).toEqual(["Форум в Минске", "Турне Деда Мороза", "Турне Деда Мороза: Астана", "Турне Деда Мороза: Алматы"]);
  });

  it("lists feeds without their token; a revoked or unknown token gets 404", async () => {
    const feed = await c.analyst.calendarFeed.create({ name: "Для отзыва", filter: { partnerIds: [kz.id] } });
    const listed = (await c.analyst.calendarFeed.list()).find((f) => f.id === feed.id);
    expect(listed).toMatchObject({ name: "Для отзыва", partners: ["Республика Казахстан"], revokedAt: null });
    expect(JSON.stringify(await c.analyst.calendarFeed.list())).not.toContain(feed.token);
    // Another user neither sees nor revokes it.
    expect((await c.editor.calendarFeed.list()).some((f) => f.id === feed.id)).toBe(false);
    expect(await failure(c.editor.calendarFeed.revoke({ id: feed.id }))).toMatchObject({ code: "NOT_FOUND", key: "calendarFeed.notFound" });
    expect((await get(feed.path)).statusCode).toBe(200);

    await c.analyst.calendarFeed.revoke({ id: feed.id });
    const revoked = await get(feed.path);
    expect(revoked.statusCode).toBe(404);
    expect(revoked.json()).toMatchObject({ error: { key: "calendarFeed.notFound" } });
    expect((await c.analyst.calendarFeed.list()).find((f) => f.id === feed.id)?.revokedAt).toMatch(isoTimestamp);

    const wrongToken = feed.token.slice(0, -1) + (feed.token.endsWith("A") ? "B" : "A");
    for (const path of [`/calendar/${wrongToken}.ics`, "/calendar/short.ics", `/calendar/${feed.token}`]) {
      expect((await get(path)).statusCode).toBe(404);
    }
  });

  it("is rate-limited per address like the other expensive reads", async () => {
    const limited = await buildApp({
      db,
      env: readEnv({ ATLAS_DEMO: "false", LOG_LEVEL: "silent", ATLAS_CLIENT_DIR: "/nonexistent-client", ATLAS_READ_RATE_PER_MINUTE: "2" }),
    });
    try {
      const feed = await c.analyst.calendarFeed.create({ name: "Часто" });
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await limited.inject({ method: "GET", url: feed.path, headers: { host: "127.0.0.1:3000" } })).statusCode);
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await limited.close();
    }
  });

  it("a viewer cannot make a feed; bad filters are refused", async () => {
    expect(await failure(c.viewer.calendarFeed.create({ name: "Моё" }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await failure(c.viewer.calendarFeed.list())).toMatchObject({ code: "FORBIDDEN" });
    const unknown = await failure(c.analyst.calendarFeed.create({ name: "Чужой", filter: { partnerIds: ["8f14e45f-ceea-467a-9c1a-1e2a3b4c5d6e"] } }));
    expect(unknown).toMatchObject({ code: "BAD_REQUEST", fieldMessages: { "filter.partnerIds.0": ["Неверная ссылка"] } });
    expect(await failure(c.analyst.calendarFeed.create({ name: " " }))).toMatchObject({ code: "BAD_REQUEST", fieldMessages: { name: ["Заполните поле"] } });
  });
});
