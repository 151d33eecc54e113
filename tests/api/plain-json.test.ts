// The API is plain JSON (issue 16: no superjson transformer). What a procedure returns
// through createCaller must be exactly what the web client gets after JSON.stringify and
// JSON.parse: instants as ISO strings, calendar days as 'YYYY-MM-DD', decimals as text,
// no Date, bigint, Map or Set (JSON.stringify throws on a bigint and turns a Map or Set
// into {}). The type check below covers every procedure's declared output; the calls
// cover what the types cannot see (raw SQL rows cast to a type, values typed unknown).
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import type { AnyProcedure, AnyRouter, inferProcedureOutput } from "@trpc/server";
import type { Database } from "@atlas/db/database";
import { seedDatabase } from "@atlas/db/seed/seed-database";
import { caseIds } from "@atlas/db/seed/kazakhstan-case";
import type { AppRouter } from "@atlas/server/routers/_app";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor } from "../support/callers.ts";
import { isoTimestamp } from "../support/timestamps.ts";

// The path of every output field whose type JSON cannot carry (12 levels deep is more than any answer nests).
type NotJson = Date | bigint | Map<unknown, unknown> | Set<unknown> | symbol | ((...args: never[]) => unknown);
type NotJsonPaths<T, P extends string, Depth extends unknown[] = []> = Depth["length"] extends 12
  ? never
  : T extends NotJson
    ? P
    : T extends readonly (infer E)[]
      ? // JSON writes an undefined item of an array as null.
        (undefined extends E ? `${P}[] (undefined)` : never) | NotJsonPaths<E, `${P}[]`, [...Depth, 1]>
      : T extends object
        ? { [K in keyof T & string]-?: NotJsonPaths<T[K], `${P}.${K}`, [...Depth, 1]> }[keyof T & string]
        : never;
type RouterNotJsonPaths<R, P extends string> = {
  [K in keyof R & string]: R[K] extends AnyProcedure
    ? NotJsonPaths<inferProcedureOutput<R[K]>, `${P}${K}`>
    : R[K] extends AnyRouter
      ? never
      : R[K] extends object
        ? RouterNotJsonPaths<R[K], `${P}${K}.`>
        : never;
}[keyof R & string];

/** Checked by `pnpm run typecheck`: a Date left in any output names its path here ("sector.list.items[].createdAt"). */
type OutputsThatAreNotJson = RouterNotJsonPaths<AppRouter["_def"]["record"], "">;

/** The value as the client reads it: through JSON text and back. */
const overTheWire = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;

beforeAll(async () => {
  db = await openTestDatabase();
  await seedDatabase(db.prisma, { generated: { seed: 2024, partners: 40, interactions: 120 } });
  c = await callersFor(db);
}, 120_000);
afterAll(async () => db?.close());

describe("plain JSON answers", () => {
  it("no procedure declares an output JSON cannot carry", () => {
    expectTypeOf<OutputsThatAreNotJson>().toEqualTypeOf<never>();
  });

  it("reads answer what the client receives, unchanged by the trip through JSON", async () => {
    const { viewer, admin, editor } = c;
    // Something in every list, a deleted record for history.deleted, a history to read.
    const sector = await admin.sector.create({ code: "plain-json", name: "Проверка JSON", nameEn: "JSON check" });
    await admin.sector.update({ id: sector.id, version: sector.version, data: { name: "Проверка JSON, правка" } });
    await editor.calendarFeed.create({ name: "Лента", filter: {} });
    const meetings = await viewer.meeting.list({});
    const firstMeeting = meetings.items[0]!;
    const deleted = await admin.meeting.byId({ id: firstMeeting.id });
    await admin.meeting.delete({ id: deleted.id, version: deleted.version });

    const lists = {
      partners: await viewer.partner.list({}),
      people: await viewer.person.list({}),
      meetings: await viewer.meeting.list({}),
      events: await viewer.event.list({}),
      agreements: await viewer.agreement.list({}),
      projects: await viewer.project.list({}),
      followUps: await viewer.followUp.list({}),
      sources: await viewer.source.list({}),
      sectors: await viewer.sector.list({}),
      exportCategories: await viewer.exportCategory.list({}),
      exportFigures: await viewer.exportFigure.list({}),
      exportFacts: await viewer.exportFact.list({}),
    };
    for (const [name, page] of Object.entries(lists)) expect(page.items.length, name).toBeGreaterThan(0);
    const answers: Record<string, unknown> = {
      ...lists,
      partner: await viewer.partner.byId({ id: caseIds.kazakhstan }),
      dossier: await viewer.partner.dossier({ id: caseIds.kazakhstan }),
      story: await viewer.partner.story({ id: caseIds.kazakhstan }),
      person: await viewer.person.byId({ id: lists.people.items[0]!.id }),
      meeting: await viewer.meeting.byId({ id: lists.meetings.items[0]!.id }),
      event: await viewer.event.byId({ id: lists.events.items[0]!.id }),
      agreement: await viewer.agreement.byId({ id: lists.agreements.items[0]!.id }),
      project: await viewer.project.byId({ id: lists.projects.items[0]!.id }),
      followUp: await viewer.followUp.byId({ id: lists.followUps.items[0]!.id }),
      source: await viewer.source.byId({ id: lists.sources.items[0]!.id }),
      sector: await viewer.sector.byId({ id: sector.id }),
      exportCategory: await viewer.exportCategory.byId({ id: lists.exportCategories.items[0]!.id }),
      exportFigure: await viewer.exportFigure.byId({ id: lists.exportFigures.items[0]!.id }),
      exportFact: await viewer.exportFact.byId({ id: lists.exportFacts.items[0]!.id }),
      summary: await viewer.dashboard.summary({ filter: {} }),
      signals: await viewer.dashboard.signals({ filter: {} }),
      charts: await viewer.dashboard.charts({ filter: {} }),
      timeline: await viewer.timeline.list({ filter: {} }),
      history: await viewer.history.byRecord({ entity: "sector", id: sector.id }),
      deleted: await admin.history.deleted({}),
      search: await viewer.search.global({ q: "Казахстан" }),
      users: await admin.admin.users.list(),
      feeds: await editor.calendarFeed.list(),
      vocabularies: await viewer.vocabulary.all(),
    };
    for (const [name, answer] of Object.entries(answers)) expect(overTheWire(answer), name).toEqual(answer);
  }, 60_000);

  it("instants are ISO strings that give back the stored value to the millisecond", async () => {
    const created = await c.admin.sector.create({ code: "round-trip", name: "Точность времени", nameEn: "Time precision" });
    expect(created.updatedAt).toMatch(isoTimestamp);
    const stored = await db.prisma.sector.findUniqueOrThrow({ where: { id: created.id }, select: { createdAt: true, updatedAt: true } });
    expect(created.createdAt).toBe(stored.createdAt.toISOString());
    // The string a client would send back finds the row by equality, in Prisma and in SQL.
    const echoed = new Date(created.updatedAt);
    expect(echoed.getTime()).toBe(stored.updatedAt.getTime());
    expect(await db.prisma.sector.count({ where: { id: created.id, updatedAt: echoed } })).toBe(1);
    const [{ same }] = (await db.prisma
      .$queryRaw`SELECT ("updatedAt" = ${created.updatedAt}::timestamp) AS same FROM "Sector" WHERE id = ${created.id}::uuid`) as [{ same: boolean }];
    expect(same).toBe(true);

    const edited = await c.admin.sector.update({ id: created.id, version: created.version, data: { name: "Точность времени, правка" } });
    expect(new Date(edited.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(created.updatedAt).getTime());
    const [entry] = (await c.viewer.history.byRecord({ entity: "sector", id: created.id })).items;
    expect(entry!.at).toMatch(isoTimestamp);
  });
});
