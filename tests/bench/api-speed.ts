// Speed benchmark (not a unit test): loads the generated dataset at full size into an
// in-memory PGlite (or a PostgreSQL database) and times the API's heaviest read
// procedures through createCaller. Exits 1 when a target is missed.
//
//   pnpm bench [interactions] [--pg] [--db NAME] [--only REGEX]
//
// interactions: default 100000. --pg: a database on the PostgreSQL server of
// TEST_DATABASE_URL (else postgresql://root@127.0.0.1:5432/postgres), named by --db
// (default atlas_bench_<interactions>); it is kept, and seeded only when it holds no
// meetings yet, so a second run (say after a migration) measures the same data.
// --only: run the cases whose name matches.
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { appRouter } from "@atlas/server/routers/_app";
import { createContextInner } from "@atlas/server/context";
import { createCallerFactory } from "@atlas/server/trpc";
import { fixture as jointCommission } from "../press-import/fixtures/05-joint-commission.ts";
import { fixture as ambassadorVisit } from "../press-import/fixtures/01-ambassador-visit.ts";
import { openBenchDatabase } from "./bench-database.ts";

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { pg: { type: "boolean", default: false }, db: { type: "string" }, only: { type: "string" } },
});
const interactions = Number(positionals[0] ?? 100_000);
const only = args.only ? new RegExp(args.only) : null;

const db = await openBenchDatabase(args.pg ? { kind: "postgresql", name: args.db ?? `atlas_bench_${interactions}` } : { kind: "pglite" }, interactions);
let started: number;

const admin = await db.prisma.user.upsert({
  where: { email: "bench@local" },
  create: { email: "bench@local", name: "Bench", role: "ADMIN" },
  update: {},
  select: { id: true, email: true, name: true, role: true },
});
const caller = createCallerFactory(appRouter)(createContextInner({ db, user: admin }));
const kz = await db.prisma.partner.findFirstOrThrow({ where: { isoCode: "KZ" } });
const agriculture = await db.prisma.sector.findUniqueOrThrow({ where: { code: "agriculture" } });
const lastYear = { from: "2025-11-25", to: "2026-11-25" };

// Targets for one call on the embedded database (the slowest of the two back ends).
// A release of at least 6,000 characters (the size): the team's longest text, and
// the start of another to reach it.
const longRelease = `${jointCommission.text}\n\n${ambassadorVisit.text}`.slice(0, 6_500);

const cases: Array<[string, number, () => Promise<unknown>]> = [
  ["partner.list (first page)", 300, () => caller.partner.list({})],
  ["meeting.list (first page)", 500, () => caller.meeting.list({})],
  ["meeting.list (country + sector + period)", 800, () => caller.meeting.list({ filter: { partnerIds: [kz.id], sectorIds: [agriculture.id], ...lastYear } })],
  ["meeting.list (text search)", 800, () => caller.meeting.list({ filter: { q: "переговоры" } })],
  // Word forms, aliases and Latin spellings (issue 13): each query word becomes its stem or alternatives.
  ["meeting.list (word forms: «визитов делегаций»)", 800, () => caller.meeting.list({ filter: { q: "визитов делегаций" } })],
  ["meeting.list (alias «КНР»)", 800, () => caller.meeting.list({ filter: { q: "КНР" } })],
  ["person.list (Latin «Dmitry»)", 500, () => caller.person.list({ filter: { q: "Dmitry" } })],
  ["search.global («сокол»)", 800, () => caller.search.global({ q: "сокол" })],
  ["search.global (a common word, «визит»)", 800, () => caller.search.global({ q: "визит" })],
  ["search.global (a typo, «Казахтан»)", 800, () => caller.search.global({ q: "Казахтан" })],
  // Reading a release into a draft: the gazetteer from the database and the extractor (writes nothing).
  [
    `pressImport.draft (${longRelease.length} characters)`,
    500,
    () => caller.pressImport.draft({ text: longRelease, publishedOn: jointCommission.publishedOn }),
  ],
  ["agreement.list", 500, () => caller.agreement.list({})],
  ["dashboard.summary (all)", 2000, () => caller.dashboard.summary({ filter: {} })],
  ["dashboard.summary (country + sector)", 2000, () => caller.dashboard.summary({ filter: { partnerIds: [kz.id], sectorIds: [agriculture.id] } })],
  ["partner.dossier (Kazakhstan)", 2000, () => caller.partner.dossier({ id: kz.id })],
  ["dashboard.signals", 1500, () => caller.dashboard.signals({ filter: {} })],
  ["timeline.list (default window)", 1500, () => caller.timeline.list({ filter: {} })],
];

let missed = 0;
for (const [name, targetMs, run] of cases) {
  if (only && !only.test(name)) continue;
  await run(); // warm-up: plans and caches
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  const median = times.sort((a, b) => a - b)[2]!;
  const ok = median <= targetMs;
  if (!ok) missed++;
  console.log(`${ok ? "ok  " : "SLOW"} ${name.padEnd(44)} median ${median.toFixed(0).padStart(5)} ms (target ${targetMs} ms)`);
}
await db.close();
process.exit(missed ? 1 : 0);
