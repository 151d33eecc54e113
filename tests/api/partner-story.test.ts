// partner.story: the partner page's chronicle, on the Kazakhstan case alone and with the
// generated demo data below it. The expected items are worked out from the fixture's
// rows through Prisma (not through the story's SQL): every stage move of an agreement
// with a party in the subtree, forums and tours (a tour as its stops in the subtree),
// and visits with the partner itself or a state in the subtree.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import { seedDatabase } from "@atlas/db/seed/seed-database";
import { caseIds } from "@atlas/db/seed/kazakhstan-case";
import { utcDateToDay } from "@atlas/shared/calendar-day";
import type { TPartnerStoryCursor, TPartnerStoryItem } from "@atlas/shared/partner-story";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor, failure } from "../support/callers.ts";

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;

beforeAll(async () => {
  db = await openTestDatabase();
  await seedDatabase(db.prisma, { generated: { seed: 2024, partners: 150, interactions: 150 } });
  c = await callersFor(db);
}, 120_000);
afterAll(async () => db?.close());

/** The partner and every live partner below it. */
async function subtree(id: string): Promise<string[]> {
  const ids = [id];
  for (let level = [id]; level.length;) {
    const children = await db.prisma.partner.findMany({ where: { parentId: { in: level }, deletedAt: null }, select: { id: true } });
    level = children.map((p) => p.id);
    ids.push(...level);
  }
  return ids;
}

/** The story's rows of the fixture, by their own ids, worked out with Prisma. */
async function expectedIds(partnerId: string): Promise<Set<string>> {
  const scope = await subtree(partnerId);
  const live = { in: scope };
  const stageChanges = await db.prisma.agreementStageChange.findMany({
    where: { agreement: { deletedAt: null, parties: { some: { partnerId: live } } } },
    select: { id: true },
  });
  const events = await db.prisma.event.findMany({
    where: { deletedAt: null, kind: { in: ["FORUM", "TOUR"] }, stops: { none: {} }, partners: { some: { partnerId: live } } },
    select: { id: true },
  });
  const stops = await db.prisma.eventStop.findMany({
    where: { partnerId: live, event: { deletedAt: null, kind: { in: ["FORUM", "TOUR"] } } },
    select: { id: true },
  });
  const visits = await db.prisma.interaction.findMany({
    where: {
      deletedAt: null,
      kind: "VISIT",
      partners: { some: { partner: { id: live, deletedAt: null, OR: [{ id: partnerId }, { level: "COUNTRY" }] } } },
    },
    select: { id: true },
  });
  return new Set([...stageChanges, ...events, ...stops, ...visits].map((r) => r.id));
}

/** Every page of a story, «Раньше» after «Раньше», put together oldest first. */
async function wholeStory(id: string, limit: number) {
  let items: TPartnerStoryItem[] = [];
  let cursor: TPartnerStoryCursor | null = null;
  let pages = 0;
  do {
    const page = await c.viewer.partner.story({ id, limit, cursor });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    items = [...page.items, ...items];
    cursor = page.earlier;
    pages++;
  } while (cursor && pages < 100);
  return { items, pages };
}

const dayOf = (item: TPartnerStoryItem) => item.date ?? (item.kind === "tourStop" ? item.tour.startsAt : "");

describe("partner.story on the Kazakhstan case alone", () => {
  it("tells the visit, the proposal to Almaty Oblast, the forum and Ded Moroz in Astana, in that order, with their months", async () => {
    const caseOnly = await openTestDatabase();
    try {
      await seedDatabase(caseOnly.prisma, {});
      const story = await (await callersFor(caseOnly)).viewer.partner.story({ id: caseIds.kazakhstan });
      expect(story.earlier).toBeNull();
      expect(story.items.map((i) => [i.kind, i.recordId, i.date, i.datePrecision])).toEqual([
        ["interaction", caseIds.visit, "2024-11-01", "MONTH"],
        ["stageChange", caseIds.almatyProposal, "2024-11-01", "MONTH"],
        ["event", caseIds.horizon2050, "2024-12-01", "MONTH"],
        ["tourStop", caseIds.dedMorozTour, "2024-12-01", "MONTH"],
      ]);
      const [visit, proposal, , astana] = story.items;
      // Who: both sides of the visit with the posts they held; the proposal's party; the stop's city.
      expect(visit!.people.map((p) => p.fullName)).toEqual(["Георгий Филимонов", "Даурен Абаев"]);
      expect(visit!.people[1]!.post).toContain("Посол");
      expect(proposal!.partners.map((p) => p.name)).toEqual(["Алматинская область"]);
      expect(proposal!.kind === "stageChange" && proposal!.subtype).toBe("PROPOSAL_SENT");
      expect(astana!.kind === "tourStop" && astana!.place).toBe("Астана");
      // Every item links the release it comes from.
      for (const item of story.items) expect(item.sources.map((s) => s.id)).toEqual([caseIds.source]);
    } finally {
      await caseOnly.close();
    }
  });
});

describe("partner.story with the generated data", () => {
  it("holds exactly the fixture's visits at the highest level, stage moves, forums and tours of the subtree, oldest first", async () => {
    const expected = await expectedIds(caseIds.kazakhstan);
    const { items } = await wholeStory(caseIds.kazakhstan, 50);
    expect(new Set(items.map((i) => i.id))).toEqual(expected);
    expect(items.length).toBe(expected.size);
    const days = items.map(dayOf);
    expect(days).toEqual([...days].sort());
    // The four items of the case, in the story's order.
    const caseRecords = [caseIds.visit, caseIds.almatyProposal, caseIds.horizon2050, caseIds.dedMorozTour];
    expect(items.filter((i) => caseRecords.includes(i.recordId as never)).map((i) => i.recordId)).toEqual(caseRecords);
    // Routine contacts are not in it: only visits.
    expect(items.filter((i) => i.kind === "interaction").every((i) => i.subtype === "VISIT")).toBe(true);
  });

  it("pages back with «Раньше»: small pages put together are the whole story, each item once", async () => {
    const whole = await wholeStory(caseIds.kazakhstan, 50);
    const paged = await wholeStory(caseIds.kazakhstan, 2);
    expect(paged.pages).toBe(Math.ceil(whole.items.length / 2));
    expect(paged.items.map((i) => i.id)).toEqual(whole.items.map((i) => i.id));
    // The first page is the latest one.
    const latest = await c.viewer.partner.story({ id: caseIds.kazakhstan, limit: 2 });
    expect(latest.items.map((i) => i.id)).toEqual(whole.items.slice(-2).map((i) => i.id));
  });

  it("keeps to a region's own subtree: Almaty Oblast's story has the proposal, not the ambassador's visit to Vologda", async () => {
    const expected = await expectedIds(caseIds.almatyOblast);
    const { items } = await wholeStory(caseIds.almatyOblast, 50);
    expect(new Set(items.map((i) => i.id))).toEqual(expected);
    expect(items.map((i) => i.recordId)).toContain(caseIds.almatyProposal);
    expect(items.map((i) => i.recordId)).not.toContain(caseIds.visit);
  });

  it("leaves out a deleted record, and refuses an unknown partner or a bad cursor", async () => {
    const before = await wholeStory(caseIds.kazakhstan, 50);
    await db.prisma.event.update({ where: { id: caseIds.horizon2050 }, data: { deletedAt: new Date() } });
    try {
      const after = await wholeStory(caseIds.kazakhstan, 50);
      expect(after.items.map((i) => i.recordId)).not.toContain(caseIds.horizon2050);
      expect(after.items.length).toBe(before.items.length - 1);
    } finally {
      await db.prisma.event.update({ where: { id: caseIds.horizon2050 }, data: { deletedAt: null } });
    }
    await expect(failure(c.viewer.partner.story({ id: "00000000-0000-4000-8000-000000000000" }))).resolves.toMatchObject({ code: "NOT_FOUND" });
    const bad = await failure(
      c.viewer.partner.story({
        id: caseIds.kazakhstan,
        cursor: { day: "01.12.2024" as never, kind: "event", recordId: caseIds.horizon2050, position: -1, id: caseIds.horizon2050 },
      }),
    );
    expect(bad.code).toBe("BAD_REQUEST");
  });

  it("dates a stage move as its stage history does", async () => {
    const { items } = await wholeStory(caseIds.kazakhstan, 50);
    const moves = items.filter((i) => i.kind === "stageChange");
    const rows = await db.prisma.agreementStageChange.findMany({ where: { id: { in: moves.map((m) => m.id) } } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const m of moves) {
      const row = byId.get(m.id)!;
      expect([m.date, m.datePrecision, m.kind === "stageChange" && m.subtype]).toEqual([utcDateToDay(row.changedAt), row.datePrecision, row.toStage]);
    }
  });
});
