// Lists that read one page (issue 16): the statements the documented list calls send (captured
// at the driver, support/sql-capture.ts) are planned without a sequential scan of the meeting
// tables, on data from the project's generator with fresh statistics; and a list's total is
// exact when cheap and otherwise a count that stops at LIST_COUNT_BOUND.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import { seedDatabase } from "@atlas/db/seed/seed-database";
import { caseIds } from "@atlas/db/seed/kazakhstan-case";
import { LIST_COUNT_BOUND, SEARCH_COUNT_BOUND } from "@atlas/shared/common";
import { boundedTotal } from "@atlas/server/services/common/list-page";
import { listMeetings } from "@atlas/server/services/meeting/list-meetings";
import { ZListMeetingsInput, type TMeetingFilter } from "@atlas/shared/meeting";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor, type Caller } from "../support/callers.ts";
import { captureSql, type CapturedStatement } from "../support/sql-capture.ts";

/** The tables that grow with the meetings: none of them may be read whole for a page. */
const bigTables = ["Interaction", "InteractionPartner", "InteractionSector", "PartnerContact", "PartnerSectorContact"];

let db: Database;
let viewer: Caller;
let agricultureId: string;
let someMeetingId: string;
/** A partner of a few meetings (the generator's least met). */
let smallPartnerId: string;

beforeAll(async () => {
  db = await openTestDatabase();
  // Enough meetings that a scan of the meeting tables costs the planner more than an index would;
  // seedDatabase ends with ANALYZE, so the plans below are chosen on real statistics.
  await seedDatabase(db.prisma, { generated: { seed: 2024, partners: 150, interactions: 3000 }, now: new Date("2026-11-25T12:00:00Z") });
  viewer = (await callersFor(db)).viewer;
  agricultureId = (await db.prisma.sector.findUniqueOrThrow({ where: { code: "agriculture" } })).id;
  someMeetingId = (await db.prisma.interaction.findFirstOrThrow({ where: { deletedAt: null }, orderBy: { id: "asc" } })).id;
  const [small] = await db.raw.query<{ id: string }>(
    `SELECT "partnerId"::text AS id FROM "InteractionPartner" GROUP BY "partnerId" HAVING count(*) >= 3 ORDER BY count(*), "partnerId" LIMIT 1`,
  );
  smallPartnerId = small!.id;
}, 120_000);
afterAll(async () => db?.close());

type PlanNode = { "Node Type": string; "Relation Name"?: string; Plans?: PlanNode[] };

/** Nodes that read all of their input before they return a row: below them a LIMIT stops nothing. */
const blocking = new Set(["Sort", "Incremental Sort", "Aggregate", "Hash", "Materialize", "WindowAgg", "SetOp", "Unique", "Gather Merge"]);

/**
 * The big tables a plan reads whole: a sequential scan that no LIMIT above it stops. One
 * under a LIMIT with nothing blocking in between (the bounded count: `SELECT count(*) FROM
 * (SELECT 1 … LIMIT 10001)`) stops at the bound, however large the table.
 */
function unboundedSeqScans(plan: PlanNode, bounded = false): string[] {
  const underLimit = plan["Node Type"] === "Limit" || (bounded && !blocking.has(plan["Node Type"]));
  const here = plan["Node Type"] === "Seq Scan" && !underLimit && bigTables.includes(plan["Relation Name"] ?? "") ? [plan["Relation Name"]!] : [];
  return [...here, ...(plan.Plans ?? []).flatMap((child) => unboundedSeqScans(child, underLimit))];
}

/** A captured parameter as an untyped SQL literal: PostgreSQL infers its type from the context, as it does for a parameter. */
function literal(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;
  if (Array.isArray(value)) return quote(`{${value.map((v) => (v === null ? "NULL" : `"${String(v).replace(/["\\]/g, "\\$&")}"`)).join(",")}}`);
  return quote(value instanceof Date ? value.toISOString() : String(value));
}

/**
 * Each captured statement's plan, with the big tables it reads whole. Sequential scans are
 * priced out (enable_seqscan = off) so that a test-sized table, which PostgreSQL rightly
 * reads whole for a 50-id IN list, shows the plan a large one gets: a Seq Scan still in it
 * means no index can serve the statement.
 */
async function plans(statements: CapturedStatement[]) {
  const out: Array<{ sql: string; seqScans: string[] }> = [];
  for (const s of statements) {
    if (!/^\s*(SELECT|WITH)\b/i.test(s.text)) continue;
    const sql = s.text.replace(/\$(\d+)/g, (_, n: string) => literal(s.values[Number(n) - 1]));
    const [row] = await db.prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRawUnsafe<Array<{ "QUERY PLAN": unknown }>>(`EXPLAIN (FORMAT JSON) ${sql}`);
    });
    const raw = row!["QUERY PLAN"];
    const [explained] = (typeof raw === "string" ? JSON.parse(raw) : raw) as Array<{ Plan: PlanNode }>;
    out.push({ sql: s.text.replace(/\s+/g, " ").slice(0, 300), seqScans: unboundedSeqScans(explained!.Plan) });
  }
  return out;
}

const lastYear = { from: "2025-11-25", to: "2026-11-25" };

describe("the documented list calls read one page", () => {
  const calls: Array<[string, () => Promise<unknown>]> = [
    ["meeting.list first page", () => viewer.meeting.list({})],
    [
      "meeting.list (country + sector + period)",
      () => viewer.meeting.list({ filter: { partnerIds: [caseIds.kazakhstan], sectorIds: [agricultureId], ...lastYear } }),
    ],
    ["meeting.list search «переговоры»", () => viewer.meeting.list({ filter: { q: "переговоры" } })],
    ["partner.list", () => viewer.partner.list({})],
    ["agreement.list", () => viewer.agreement.list({})],
    ["meeting.byId", () => viewer.meeting.byId({ id: someMeetingId })],
  ];
  it.each(calls)("%s: no sequential scan of the meeting tables", async (_name, call) => {
    const planned = await plans(await captureSql(db, call));
    expect(planned.length).toBeGreaterThan(0);
    expect(planned.filter((p) => p.seqScans.length > 0)).toEqual([]);
  });
});

describe("a branch's meetings page by page from its contacts", () => {
  it("gives the pages Prisma's own query gives, newest first, for branches, a sector and periods", async () => {
    const input = (filter: TMeetingFilter, cursor: string | null) => ZListMeetingsInput.parse({ filter, limit: 7, cursor });
    const pages = async (filter: TMeetingFilter, pageFromContacts: boolean) => {
      const ids: string[][] = [];
      let cursor: string | null = null;
      do {
        const page: { items: Array<{ id: string }>; nextCursor: string | null } = await listMeetings({
          prisma: db.prisma,
          input: input(filter, cursor),
          countTotal: false,
          pageFromContacts,
        });
        ids.push(page.items.map((m) => m.id));
        cursor = page.nextCursor;
      } while (cursor && ids.length < 25);
      return ids;
    };
    const filters: TMeetingFilter[] = [
      { partnerIds: [caseIds.kazakhstan] },
      { partnerIds: [caseIds.kazakhstan], sectorIds: [agricultureId] },
      { partnerIds: [caseIds.kazakhstan], sectorIds: [agricultureId], ...lastYear },
      { countryCodes: ["KZ"], from: "2025-06-15" },
      { countryCodes: ["KZ"], to: "2024-03-10" },
      { partnerIds: [caseIds.kazakhstan], from: "2025-11-05", to: "2025-11-20" },
      { partnerIds: [smallPartnerId], sectorIds: [agricultureId] },
    ];
    let seen = 0;
    for (const filter of filters) {
      const fromContacts = await pages(filter, true);
      expect({ filter, pages: fromContacts }).toEqual({ filter, pages: await pages(filter, false) });
      seen += fromContacts.flat().length;
    }
    expect(seen).toBeGreaterThan(100);
  });

  it("reads the contacts, not a walk of the meetings, when it answers", async () => {
    const sent = await captureSql(db, () => viewer.meeting.list({ filter: { partnerIds: [caseIds.kazakhstan], sectorIds: [agricultureId], ...lastYear } }));
    expect(sent.some((s) => /FROM "PartnerSectorContact" c/.test(s.text) && /ORDER BY x\.starts_at DESC/.test(s.text))).toBe(true);
  });
});

describe("list totals", () => {
  it("counts at most one row past the bound, and says when it stopped there", async () => {
    const asked: number[] = [];
    const countAtMost = (matching: number) => async (take: number) => (asked.push(take), Math.min(matching, take));
    expect(await boundedTotal(countAtMost(LIST_COUNT_BOUND))).toEqual({ total: LIST_COUNT_BOUND, totalIsLowerBound: false });
    expect(await boundedTotal(countAtMost(LIST_COUNT_BOUND + 1))).toEqual({ total: LIST_COUNT_BOUND, totalIsLowerBound: true });
    expect(await boundedTotal(countAtMost(3 * LIST_COUNT_BOUND))).toEqual({ total: LIST_COUNT_BOUND, totalIsLowerBound: true });
    expect(await boundedTotal(countAtMost(SEARCH_COUNT_BOUND + 1), SEARCH_COUNT_BOUND)).toEqual({ total: SEARCH_COUNT_BOUND, totalIsLowerBound: true });
    expect(await boundedTotal(countAtMost(SEARCH_COUNT_BOUND), SEARCH_COUNT_BOUND)).toEqual({ total: SEARCH_COUNT_BOUND, totalIsLowerBound: false });
    expect(asked).toEqual([LIST_COUNT_BOUND + 1, LIST_COUNT_BOUND + 1, LIST_COUNT_BOUND + 1, SEARCH_COUNT_BOUND + 1, SEARCH_COUNT_BOUND + 1]);
  });

  it("a count under a filter is bounded in the SQL the list sends", async () => {
    // A search is one filter the tallies cannot answer, so the list counts rows.
    const sent = await captureSql(db, () => viewer.meeting.list({ filter: { q: "переговоры" } }));
    const counts = sent.filter((s) => /count\(\*\)/i.test(s.text) && /FROM "Interaction"/.test(s.text));
    expect(counts.length).toBe(1);
    // No ORDER BY before the LIMIT: the count stops at the bound instead of sorting every match.
    expect(counts[0]!.text).toMatch(/LIMIT \$\d+\) bounded/);
    expect(counts[0]!.text).not.toMatch(/ORDER BY/i);
    // A search counts to its own, lower bound: every match is tested row by row.
    expect(counts[0]!.values.map(Number)).toContain(SEARCH_COUNT_BOUND + 1);
  });

  it("meetings: a search that finds more than SEARCH_COUNT_BOUND says so, and the filter without text counts on", async () => {
    // «вопросам» is in about two of three generated titles: well over a thousand of these meetings.
    const page = await viewer.meeting.list({ filter: { q: "вопросам" }, limit: 1 });
    expect({ total: page.total, totalIsLowerBound: page.totalIsLowerBound }).toEqual({ total: SEARCH_COUNT_BOUND, totalIsLowerBound: true });
    const all = await viewer.meeting.list({ filter: {}, limit: 1 });
    expect(all.total).toBeGreaterThan(SEARCH_COUNT_BOUND);
    expect(all.totalIsLowerBound).toBe(false);
  });

  it("meetings: the total is the exact count, from the tallies (periods from a month's first day to any day) or from the rows", async () => {
    const filters = [
      {},
      { partnerIds: [caseIds.kazakhstan] },
      { sectorIds: [agricultureId] },
      { partnerIds: [caseIds.kazakhstan], sectorIds: [agricultureId] },
      { from: "2025-01-01", to: "2025-12-31" },
      // Ends mid-month: the last month's meetings are read from the table, day by day.
      { from: "2025-03-01", to: "2025-11-17" },
      { partnerIds: [caseIds.kazakhstan], sectorIds: [agricultureId], from: "2024-06-01", to: "2026-02-10" },
      { to: "2025-06-15" },
      // From mid-month: the first month's meetings that end in it are read from the table.
      { countryCodes: ["KZ"], ...lastYear },
      { sectorIds: [agricultureId], from: "2025-03-17" },
      { from: "2025-03-17", to: "2025-03-20" },
      { partnerIds: [caseIds.kazakhstan], from: "2024-10-09", to: "2025-02-14" },
      // Both ends inside a month, under a branch and a sector: the edges come from the branch's contacts.
      { partnerIds: [caseIds.kazakhstan], sectorIds: [agricultureId], ...lastYear },
      { countryCodes: ["KZ"], sectorIds: [agricultureId], from: "2024-02-29", to: "2025-08-03" },
      // Both ends inside one month.
      { partnerIds: [caseIds.kazakhstan], from: "2025-11-05", to: "2025-11-20" },
      { sectorIds: [agricultureId], from: "2025-06-03", to: "2025-06-28" },
      // The tallies cannot answer these (text, direction, format): rows are counted, up to the bound.
      { q: "переговоры" },
      { q: "переговоры", directions: ["INCOMING" as const], formats: ["IN_PERSON" as const] },
    ];
    for (const filter of filters) {
      const page = await viewer.meeting.list({ filter, limit: 1 });
      const all = await viewer.meeting.list({ filter, limit: 500 });
      let exact = all.items.length;
      for (let cursor = all.nextCursor; cursor;) {
        const next = await viewer.meeting.list({ filter, limit: 500, cursor });
        exact += next.items.length;
        cursor = next.nextCursor;
      }
      expect({ filter, total: page.total, totalIsLowerBound: page.totalIsLowerBound }).toEqual({ filter, total: exact, totalIsLowerBound: false });
    }
  });

  it("meetings: a total from the tallies takes no count of the meetings", async () => {
    const sent = await captureSql(db, () =>
      viewer.meeting.list({ filter: { partnerIds: [caseIds.kazakhstan], sectorIds: [agricultureId], from: "2025-01-01" } }),
    );
    expect(sent.some((s) => /"InteractionTally"/.test(s.text))).toBe(true);
    expect(sent.filter((s) => /count\(/i.test(s.text) && /FROM "Interaction"|FROM "public"\."Interaction"/.test(s.text))).toEqual([]);
  });
});
