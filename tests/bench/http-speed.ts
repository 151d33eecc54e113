// The benchmark of record for reads (issue 16), not part of `pnpm test`:
//
//   pnpm bench:http [--interactions 100000] [--embedded] [--clients 1,16] [--seconds 10] [--only REGEX]
//
// Seeds the project's generator at the given size (kept between runs, see bench-database.ts),
// starts the real server as its own process on it, signs in, and drives each call over HTTP
// with autocannon at each number of concurrent clients. On PostgreSQL it also runs the
// floor: a bare node:http + pg process that replays the very SQL the call sent (captured
// below, in the same waves of parallel statements), with no tRPC, Prisma or
// session. Prints per call and client count: p50, p95, requests per second, answers that
// were not 200, and the ratio of p50 to the floor's. Compare two sizes by running twice.
import type { ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { benchDatabaseUrl, openBenchDatabase } from "./bench-database.ts";
import type { FloorCall } from "./sql-floor.ts";
import { prepareBenchCalls } from "./bench-calls.ts";
import { startProcess, stop } from "./processes.ts";
import { captureSql, intoWaves } from "./capture-sql.ts";

const { values: args } = parseArgs({
  options: {
    interactions: { type: "string", default: "100000" },
    embedded: { type: "boolean", default: false },
    clients: { type: "string", default: "1,16" },
    seconds: { type: "string", default: "10" },
    only: { type: "string" },
  },
});
const interactions = Number(args.interactions);
const clientCounts = args.clients.split(",").map(Number);
const seconds = Number(args.seconds);
const only = args.only ? new RegExp(args.only) : null;
const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const dbName = `atlas_bench_${interactions}`;
const dataDir = path.join(os.tmpdir(), `atlas-bench-${interactions}`);
const target = args.embedded ? ({ kind: "pglite", dataDir } as const) : ({ kind: "postgresql", name: dbName } as const);

// ---- The data, the bench account and the calls ----
const db = await openBenchDatabase(target, interactions);
const { password, caller, calls } = await prepareBenchCalls(db, only);

// ---- The floor's SQL: what each call sends, captured in waves of parallel statements ----
const floorCalls: FloorCall[] = [];
if (db.kind === "postgresql") {
  for (const c of calls) {
    await c.run(caller); // warm-up
    floorCalls.push({ name: c.name, waves: intoWaves(await captureSql(() => c.run(caller))) });
  }
  for (const c of floorCalls) console.log(`floor: ${c.name}: ${c.waves.map((w) => w.length).join(" + ")} statements`);
  if (floorCalls.some((c) => c.waves.length === 0)) throw new Error("no SQL was captured for the floor: has Prisma's adapter stopped using pg.Client#query?");
}
await db.close();

// ---- Processes: the real server and the floor ----

const databaseEnv: Record<string, string | undefined> =
  target.kind === "postgresql" ? { DATABASE_URL: await benchDatabaseUrl(dbName) } : { ATLAS_DATA_DIR: dataDir, DATABASE_URL: undefined };
const server = await startProcess("server", ["src/main.ts"], path.join(repoRoot, "server"), {
  ...databaseEnv,
  ATLAS_DEMO: "false",
  // One bench session sends thousands of expensive reads a minute: the per-session limit is for people.
  ATLAS_READ_RATE_PER_MINUTE: "1000000",
});
let floor: { base: string; child: ChildProcess } | null = null;
if (floorCalls.length > 0) {
  const file = path.join(os.tmpdir(), `atlas-floor-${process.pid}.json`);
  writeFileSync(file, JSON.stringify(floorCalls));
  floor = await startProcess("floor", [path.join(repoRoot, "tests/bench/sql-floor.ts"), file], repoRoot, databaseEnv);
}

type Measure = { p50: number; p95: number; rps: number; bad: number; total: number };
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function drive(url: string, connections: number, headers: Record<string, string>): Promise<Measure> {
  const times: number[] = [];
  let bad = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, headers, timeout: 60 }, (error, r) => (error ? reject(error) : resolve(r)));
    instance.on("response", (_client, status, _bytes, responseTime) => {
      times.push(responseTime);
      if (status !== 200) bad++;
    });
  });
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    rps: result.requests.average,
    bad: bad + result.errors + result.timeouts,
    total: times.length,
  };
}

const lines: string[] = [];
try {
  const signIn = await fetch(`${server.base}/trpc/auth.signIn`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: server.base, "sec-fetch-site": "same-origin" },
    body: JSON.stringify({ email: "bench@local", password }),
  });
  const cookie = (signIn.headers.getSetCookie().find((c) => c.startsWith("atlas_session=")) ?? "").split(";")[0] ?? "";
  if (!cookie) throw new Error(`sign-in failed: ${signIn.status} ${await signIn.text()}`);

  lines.push(
    `${target.kind === "postgresql" ? "PostgreSQL" : "PGlite (embedded)"}, ${interactions.toLocaleString("en")} meetings; ${os.cpus().length} cores; ${seconds} s per row; ms`,
    "",
    "| call | clients | p50 | p95 | req/s | not 200 | floor p50 | floor p95 | p50 ÷ floor |",
    "|---|---|---|---|---|---|---|---|---|",
  );
  console.log(lines.join("\n"));
  for (const [index, c] of calls.entries()) {
    const url = `${server.base}/trpc/${c.path}?input=${encodeURIComponent(JSON.stringify(c.input))}`;
    for (const clients of clientCounts) {
      const app = await drive(url, clients, { cookie, "accept-encoding": "gzip" });
      // autocannon stops at the deadline, but the server still works through what it had
      // queued (heavy reads wait their turn): one more call, answered after them, says it is idle.
      await (await fetch(url, { headers: { cookie } })).arrayBuffer();
      const bare = floor ? await drive(`${floor.base}/${index}`, clients, {}) : null;
      if (floor) await (await fetch(`${floor.base}/${index}`)).arrayBuffer();
      const f = (n: number) => n.toFixed(1);
      const line = `| ${c.name} | ${clients} | ${f(app.p50)} | ${f(app.p95)} | ${app.rps.toFixed(0)} | ${app.bad} of ${app.total} | ${bare ? f(bare.p50) : "–"} | ${bare ? f(bare.p95) : "–"} | ${bare ? (app.p50 / bare.p50).toFixed(2) : "–"} |`;
      lines.push(line);
      console.log(line);
    }
  }
} finally {
  await stop(server.child);
  if (floor) await stop(floor.child);
}
