// Calendar days end to end (issue 9): a business date is a day, the same for every
// client and every server whatever their time zone; bad dates are refused, never
// guessed; a date known only to its month is filed as that month; and "today" is the
// home region's day.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import type { TCreateMeetingInput } from "@atlas/shared/meeting";
import { openTestDatabase } from "../support/test-database.ts";
import { callerWith, callersFor, failure } from "../support/callers.ts";

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;
let kz: string;

/** The process time zones a client or a server may run in: far east, home, far west. */
const zones = ["Asia/Kamchatka", "Europe/Moscow", "America/New_York"] as const;
/**
 * Days where a shift by a time zone would show: the turn of a year and of a month, the
 * day Europe and the US moved clocks in 2024 (31 March, 3 November), a leap day.
 */
const edgeDays = ["2024-12-31", "2025-01-01", "2024-03-31", "2024-11-03", "2024-02-29"] as const;

const originalTz = process.env.TZ;
/** Node reads process.env.TZ anew for Date computations made after it changes. */
const inZone = (zone: string) => {
  process.env.TZ = zone;
};

beforeAll(async () => {
  db = await openTestDatabase();
  c = await callersFor(db);
  kz = (await c.editor.partner.create({ name: "Республика Казахстан", level: "COUNTRY", isoCode: "KZ" })).id;
});
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});
afterAll(async () => db?.close());

const meeting = (over: Partial<TCreateMeetingInput> = {}): TCreateMeetingInput => ({
  title: "Встреча",
  kind: "MEETING",
  startsAt: "2024-06-01",
  partnerIds: [kz],
  ...over,
});

describe("calendar days round-trip unchanged in every time zone", () => {
  it("the process time zone changing between the calls does not move a day", async () => {
    // The zone really is in effect: the same instant is a different local hour in each.
    inZone("Asia/Kamchatka");
    const kamchatkaHour = new Date("2024-12-31T21:30:00Z").getHours();
    inZone("America/New_York");
    expect(new Date("2024-12-31T21:30:00Z").getHours()).not.toBe(kamchatkaHour);

    for (const [i, day] of edgeDays.entries()) {
      // Written in one zone, read in the next, listed in the third.
      const [write, read, list] = [zones[i % 3]!, zones[(i + 1) % 3]!, zones[(i + 2) % 3]!];
      const title = `Граница суток ${i}`;
      inZone(write);
      const created = await c.editor.meeting.create(
        meeting({ title, startsAt: day, endsAt: day, startTime: "23:30", followUps: [{ title: `Поручение ${i}`, dueDate: day }] }),
      );
      expect(created).toMatchObject({ startsAt: day, endsAt: day, startTime: "23:30", datePrecision: "DAY" });
      inZone(read);
      const byId = await c.viewer.meeting.byId({ id: created.id });
      expect(byId).toMatchObject({ startsAt: day, endsAt: day, startTime: "23:30" });
      expect(byId.followUps.map((f) => f.dueDate)).toEqual([day]);
      inZone(list);
      // A filter of exactly that day finds it, in whichever zone the list runs.
      const listed = await c.viewer.meeting.list({ filter: { q: title, from: day, to: day } });
      expect(listed.items.map((m) => [m.id, m.startsAt, m.endsAt])).toEqual([[created.id, day, day]]);
      const tasks = await c.viewer.followUp.list({ filter: { q: `Поручение ${i}`, from: day, to: day } });
      expect(tasks.items.map((t) => t.dueDate)).toEqual([day]);

      inZone(write);
      const task = await c.editor.followUp.create({ title: `Отдельное поручение ${i}`, dueDate: day });
      inZone(read);
      expect((await c.viewer.followUp.byId({ id: task.id })).dueDate).toBe(day);
      inZone(list);
      const source = await c.editor.source.create({ title: `Релиз ${i}`, publishedAt: day });
      inZone(write);
      expect((await c.viewer.source.byId({ id: source.id })).publishedAt).toBe(day);
      inZone(read);
      expect((await c.viewer.source.list({ filter: { q: `Релиз ${i}`, from: day, to: day } })).items.map((s) => s.publishedAt)).toEqual([day]);
    }
  });

  it("the home calendar's zone does not move a stored day either", async () => {
    for (const zone of zones) {
      const { caller: editor } = callerWith({ db, user: c.users.editor, timeZone: zone });
      const { caller: viewer } = callerWith({ db, user: c.users.viewer, timeZone: zones[(zones.indexOf(zone) + 1) % 3] });
      inZone(zones[(zones.indexOf(zone) + 2) % 3]!);
      const created = await editor.meeting.create(meeting({ title: `Домашний календарь ${zone}`, startsAt: "2024-12-31" }));
      expect((await viewer.meeting.byId({ id: created.id })).startsAt).toBe("2024-12-31");
      const task = await editor.followUp.create({ title: `Срок ${zone}`, dueDate: "2025-01-01" });
      expect((await viewer.followUp.byId({ id: task.id })).dueDate).toBe("2025-01-01");
      const source = await editor.source.create({ title: `Источник ${zone}`, publishedAt: "2024-11-13" });
      expect((await viewer.source.byId({ id: source.id })).publishedAt).toBe("2024-11-13");
    }
  });
});

describe("bad dates are refused with the field's path, never guessed", () => {
  const bad: Array<[string, unknown]> = [
    ["null", null],
    ["day-first text", "12.11.2024"],
    ["a bare year", "2024"],
    ["a day that does not exist", "2024-02-30"],
    ["the last day JavaScript knows", "+275760-09-13"],
    ["year zero", "0000-01-01"],
    ["a timestamp", "2024-11-13T21:30:00Z"],
    ["a JavaScript Date", new Date("2024-11-13T00:00:00Z")],
  ];

  it.each(bad)("startsAt: %s", async (_, startsAt) => {
    const before = await db.prisma.interaction.count();
    const error = await failure(c.editor.meeting.create({ ...meeting(), startsAt: startsAt as never }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(Object.keys(error.fieldMessages ?? {})).toEqual(["startsAt"]);
    // The message says what to type, in Russian.
    expect(error.fieldMessages?.startsAt?.[0]).toMatch(/дат/i);
    expect(await db.prisma.interaction.count()).toBe(before);
  });

  it("startsAt missing", async () => {
    const { startsAt: _, ...withoutDate } = meeting();
    const error = await failure(c.editor.meeting.create(withoutDate as never));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.fieldMessages).toEqual({ startsAt: ["Укажите дату"] });
  });

  it("names the path of a bad date in an update, a follow-up and a source", async () => {
    const m = await c.editor.meeting.create(meeting({ title: "Проверка пути" }));
    const update = await failure(c.editor.meeting.update({ id: m.id, version: m.version, data: { endsAt: "12.11.2024" } }));
    expect(update.code).toBe("BAD_REQUEST");
    expect(Object.keys(update.fieldMessages ?? {})).toEqual(["data.endsAt"]);
    const task = await failure(c.editor.followUp.create({ title: "Задача", dueDate: "2024" }));
    expect(Object.keys(task.fieldMessages ?? {})).toEqual(["dueDate"]);
    const nested = await failure(c.editor.meeting.create(meeting({ followUps: [{ title: "Задача", dueDate: "2024-02-30" }] })));
    expect(Object.keys(nested.fieldMessages ?? {})).toEqual(["followUps.0.dueDate"]);
    const source = await failure(c.editor.source.create({ title: "Релиз", publishedAt: "+275760-09-13" }));
    expect(Object.keys(source.fieldMessages ?? {})).toEqual(["publishedAt"]);
    const filter = await failure(c.viewer.meeting.list({ filter: { from: "01.12.2024" } }));
    expect(filter.code).toBe("BAD_REQUEST");
    expect(Object.keys(filter.fieldMessages ?? {})).toEqual(["filter.from"]);
  });
});

describe("a date known only to its month", () => {
  it("is December 2024 as a whole: in December's filter, not in November's", async () => {
    const forum = await c.editor.meeting.create(meeting({ title: "Форум «Горизонт 2050»", startsAt: "2024-12-12", datePrecision: "MONTH" }));
    expect(forum).toMatchObject({ datePrecision: "MONTH", startsAt: "2024-12-01", endsAt: "2024-12-31" });
    expect(await c.viewer.meeting.byId({ id: forum.id })).toMatchObject({ datePrecision: "MONTH", startsAt: "2024-12-01", endsAt: "2024-12-31" });

    const ids = async (from: string, to: string) => (await c.viewer.meeting.list({ filter: { q: "Горизонт 2050", from, to } })).items.map((m) => m.id);
    expect(await ids("2024-12-01", "2024-12-31")).toEqual([forum.id]);
    expect(await ids("2024-11-01", "2024-11-30")).toEqual([]);
    // Any part of the month finds it, the last day included; the next month does not.
    expect(await ids("2024-12-31", "2025-01-31")).toEqual([forum.id]);
    expect(await ids("2025-01-01", "2025-01-31")).toEqual([]);
    const listed = await c.viewer.meeting.list({ filter: { q: "Горизонт 2050" } });
    expect(listed.items[0]).toMatchObject({ datePrecision: "MONTH", startsAt: "2024-12-01", endsAt: "2024-12-31" });
  });
});

describe("overdue is counted on the home calendar", () => {
  it("a task due 4 December is overdue at 22:30 UTC in Moscow (already the 5th), not in New York", async () => {
    const now = () => new Date("2026-12-04T22:30:00Z");
    const task = await c.editor.followUp.create({ title: "Срок по домашнему календарю", dueDate: "2026-12-04" });
    const overdueFor = async (timeZone: string) => {
      const { caller, ctx } = callerWith({ db, user: c.users.viewer, timeZone, clock: { now } });
      const page = await caller.followUp.list({ filter: { q: "домашнему календарю", overdue: true } });
      const notOverdue = await caller.followUp.list({ filter: { q: "домашнему календарю", overdue: false } });
      // Exactly one of the two lists holds it.
      expect(page.total + notOverdue.total).toBe(1);
      return { today: ctx.calendar.today(), overdue: page.items.map((t) => t.id) };
    };
    for (const zone of zones) {
      // The server's own zone plays no part.
      inZone(zone);
      expect(await overdueFor("Europe/Moscow")).toEqual({ today: "2026-12-05", overdue: [task.id] });
      expect(await overdueFor("America/New_York")).toEqual({ today: "2026-12-04", overdue: [] });
    }
  });
});
