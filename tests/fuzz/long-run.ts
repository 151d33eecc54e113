// The long fuzz run: the same inputs as tests/http/fuzz.test.ts, as many as asked.
//
//   pnpm fuzz [--count 200] [--seed N] [--only meeting.]      (embedded database, in memory)
//   TEST_DATABASE_URL=postgresql://… pnpm fuzz …               (a fresh database on that server, dropped after)
//
// Prints the answers' status codes per procedure and every answer ≥ 500 with its input;
// exits 1 when there was one.
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import pg from "pg";
import { openDatabase, type Database } from "@atlas/db/database";
import { fuzzProcedure, formatFailures, startFuzzSession, type FuzzFailure } from "./harness.ts";
import { fuzzTargets, inputsFor } from "./inputs.ts";

const { values: args } = parseArgs({
  options: {
    count: { type: "string", default: "200" },
    seed: { type: "string" },
    only: { type: "string" },
    log: { type: "string", default: "silent" },
  },
});
const count = Number(args.count);
const seed = args.seed !== undefined ? Number(args.seed) : Math.floor(Math.random() * 2 ** 31);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
  console.error("usage: pnpm fuzz [--count N] [--seed N] [--only PREFIX] [--log LEVEL]");
  process.exit(2);
}

const serverUrl = process.env.TEST_DATABASE_URL;

async function open(): Promise<{ db: Database; drop: () => Promise<void> }> {
  if (!serverUrl) return { db: await openDatabase({ kind: "pglite" }), drop: async () => {} };
  const name = `atlas_fuzz_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ kind: "postgresql", url: url.toString() });
  return {
    db,
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

const { db, drop } = await open();
console.log(`fuzz: seed ${seed}, ${count} inputs per procedure, ${db.kind === "pglite" ? "embedded database" : db.location}`);
const session = await startFuzzSession(db, { logLevel: args.log });
const failures: FuzzFailure[] = [];
const totals: Record<number, number> = {};
const started = performance.now();
try {
  const targets = fuzzTargets().filter((t) => !args.only || t.path.startsWith(args.only));
  // Rounds of at most 50 inputs per procedure, so later procedures see ids created in every round.
  for (let round = 0; round * 50 < count; round++) {
    const n = Math.min(50, count - round * 50);
    for (const target of targets) {
      const inputs = inputsFor(target, { seed: seed + round, count: n, pool: session.pool });
      const result = await fuzzProcedure(session, target, inputs);
      failures.push(...result.failures);
      for (const [status, k] of Object.entries(result.statuses)) totals[Number(status)] = (totals[Number(status)] ?? 0) + k;
      const line = Object.entries(result.statuses)
        .map(([status, k]) => `${status}×${k}`)
        .join(" ");
      console.log(`${target.path.padEnd(32)} ${line}${result.failures.length ? "   <-- ≥ 500" : ""}`);
    }
  }
} finally {
  await session.close();
  await db.close();
  await drop();
}
const sent = Object.values(totals).reduce((a, b) => a + b, 0);
console.log(`\n${sent} requests in ${((performance.now() - started) / 1000).toFixed(1)} s; statuses: ${JSON.stringify(totals)}`);
if (failures.length > 0) {
  console.log(`\n${failures.length} answers ≥ 500:\n${formatFailures(failures)}`);
  process.exit(1);
}
console.log("no answer ≥ 500");
