// The demo data as a new user meets it (issue 17, item 7; issue 15, item 8): loaded the
// way a first start in demo mode loads it, then read back from the database. Routes do
// not repeat a stop, projects and sites have names a register would hold, an overdue task
// is someone's, and «Мои задачи» has work for each demo account.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import { caseIds } from "@atlas/db/seed/kazakhstan-case";
import { demoAccounts } from "@atlas/db/seed/demo-accounts";
import { readEnv } from "@atlas/server/env";
import { prepareDemo } from "@atlas/server/demo";
import { homeCalendar } from "@atlas/server/home-calendar";
import { dayToUtcDate } from "@atlas/shared/calendar-day";
import { openTaskStatuses } from "@atlas/shared/list-values";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor } from "../support/callers.ts";

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;
const env = readEnv({ ATLAS_DEMO: "true", LOG_LEVEL: "silent" });

beforeAll(async () => {
  db = await openTestDatabase();
  expect(await prepareDemo({ db, env, log: { info: () => {} } })).toBe(true);
  c = await callersFor(db);
}, 600_000);
afterAll(async () => db?.close());

describe("the demo data", () => {
  it("is the demo's full size", async () => {
    expect(env.ATLAS_DEMO_INTERACTIONS).toBe(5000);
    expect(await db.prisma.interaction.count()).toBeGreaterThanOrEqual(5000);
  });

  it("never lists the same place twice in a row on a tour", async () => {
    const tours = await db.prisma.event.findMany({
      where: { kind: "TOUR" },
      select: { title: true, stops: { orderBy: { position: "asc" }, select: { place: true } } },
    });
    expect(tours.length).toBeGreaterThan(3);
    const repeats = tours.flatMap((t) =>
      t.stops
        .slice(1)
        .filter((s, i) => s.place === t.stops[i]!.place)
        .map((s) => `${t.title}: ${s.place}`),
    );
    expect(repeats).toEqual([]);
  });

  it("names every project once, and its sites after real places", async () => {
    const projects = await db.prisma.project.findMany({ select: { id: true, title: true, summary: true } });
    expect(projects.length).toBeGreaterThan(20);
    expect(new Set(projects.map((p) => p.title)).size).toBe(projects.length);
    const sites = await db.prisma.projectSite.findMany({ select: { name: true } });
    expect(sites.length).toBeGreaterThan(20);
    expect(sites.filter((s) => /^Площадка \d/.test(s.name))).toEqual([]);
    // Generated summaries read like minutes: who met, what was decided — not «Отрасль: …»
    // (the case's project keeps the words of its release).
    for (const p of projects.filter((x) => x.id !== caseIds.timberProject)) {
      expect(p.summary).not.toMatch(/Отрасль:/);
      expect(p.summary).toMatch(/^На .+ рассмотрено предложение .+ Решили: 1\) /);
    }
  });

  it("gives every overdue follow-up an owner, and keeps overdue ones a minority of the open work", async () => {
    // The day the server calls today, the one the demo data was generated as of.
    const today = dayToUtcDate(homeCalendar(env.ATLAS_TIME_ZONE).today());
    const open = { status: { in: [...openTaskStatuses] }, deletedAt: null };
    // The case's own tasks have no owner and no due date, as its release gives none.
    const overdue = await db.prisma.followUp.findMany({ where: { ...open, dueDate: { lt: today } }, select: { ownerId: true, interactionId: true } });
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.filter((f) => f.ownerId === null)).toEqual([]);
    const openCount = await db.prisma.followUp.count({ where: open });
    expect(overdue.length).toBeLessThan(openCount / 2);
    const caseTasks = await db.prisma.followUp.findMany({ where: { interactionId: caseIds.visit }, select: { ownerId: true } });
    expect(caseTasks.length).toBeGreaterThan(0);
    expect(caseTasks.every((f) => f.ownerId === null)).toBe(true);
  });

  it("has open tasks in «Мои задачи» of the demo editor, analyst and administrator", async () => {
    for (const email of ["editor@demo", "analyst@demo", "admin@demo"]) {
      const user = await db.prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true, email: true, name: true, role: true, isActive: true } });
      expect(user.isActive).toBe(true);
      // The list the tasks page asks for on its default tab.
      const mine = await c.as(user).followUp.list({ filter: { ownerId: user.id, statuses: [...openTaskStatuses] }, limit: 50 });
      expect(mine.items.length, email).toBeGreaterThan(0);
      expect(mine.items.every((t) => t.owner?.id === user.id)).toBe(true);
    }
    // The demo accounts are the server's, with the password it gives them.
    const accounts = await db.prisma.user.findMany({ where: { email: { endsWith: "@demo" } }, select: { email: true, passwordHash: true, isActive: true } });
    expect(accounts.map((a) => a.email).sort()).toEqual(demoAccounts.map((a) => a.email).sort());
    expect(accounts.every((a) => a.isActive && a.passwordHash)).toBe(true);
  });

  it("has export figures to Kazakhstan for dairy, canned meat, frozen berries and ice cream", async () => {
    const rows = await db.prisma.exportFigure.groupBy({ by: ["categoryId"], where: { destinationId: caseIds.kazakhstan }, _count: true });
    expect(rows.map((r) => r.categoryId).sort()).toEqual([caseIds.dairy, caseIds.cannedMeat, caseIds.frozenBerries, caseIds.iceCream].sort());
    const iceCreamMarkets = await db.prisma.exportFigure.findMany({
      where: { categoryId: caseIds.iceCream },
      distinct: ["destinationId"],
      select: { destinationId: true },
    });
    expect(iceCreamMarkets.length).toBeGreaterThan(10);
  });
});
