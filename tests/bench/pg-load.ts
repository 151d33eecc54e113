// PostgreSQL under load (issue 12), not part of `pnpm test`:
//
//   pnpm bench:load [--clients 300] [--seconds 30] [--pool 20] [--create-share 0.5] [--keep]
//
// Creates a fresh database on the PostgreSQL server (TEST_DATABASE_URL, else DATABASE_URL,
// else postgresql://root@127.0.0.1:5432/postgres), starts TWO real server processes on it
// (the first seeds the demo data), signs in as the demo editor, and runs `--clients`
// concurrent clients for `--seconds`, each sending one request after another to one of
// the two instances: meeting.create or dashboard.summary. Prints status counts and
// latencies, then checks that every acknowledged meeting is in the database. Exits 1 on
// any answer ≥ 500 (503 included), a failed request, or a missing write.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { freePort, stop } from "./processes.ts";

const { values: args } = parseArgs({
  options: {
    clients: { type: "string", default: "300" },
    seconds: { type: "string", default: "30" },
    pool: { type: "string", default: "20" },
    "create-share": { type: "string", default: "0.5" },
    interactions: { type: "string", default: "5000" },
    keep: { type: "boolean", default: false },
  },
});
const clients = Number(args.clients);
const seconds = Number(args.seconds);
const poolSize = Number(args.pool);
const createShare = Number(args["create-share"]);

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgresql://root@127.0.0.1:5432/postgres";
const dbName = `atlas_load_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
const dbUrl = (() => {
  const u = new URL(serverUrl);
  u.pathname = `/${dbName}`;
  return u.toString();
})();

async function adminQuery(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

type Instance = { port: number; child: ChildProcess; base: string };

async function startInstance(name: string): Promise<Instance> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: path.join(repoRoot, "server"),
    env: {
      ...process.env,
      DATABASE_URL: dbUrl,
      DATABASE_POOL_SIZE: String(poolSize),
      PORT: String(port),
      HOST: "127.0.0.1",
      ATLAS_DEMO: "true",
      ATLAS_DEMO_INTERACTIONS: args.interactions,
      // 300 clients share one demo session here: the per-session limit on expensive reads is for people, not for this test.
      ATLAS_READ_RATE_PER_MINUTE: "1000000",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-20_000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(`${base}/healthz`);
      if (res.ok) {
        console.log(`${name} ready on port ${port}`);
        child.stdout!.on("data", (chunk: Buffer) => process.stdout.write(`[${name}] ${chunk}`));
        child.stderr!.on("data", (chunk: Buffer) => process.stdout.write(`[${name}] ${chunk}`));
        return { port, child, base };
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} did not start within 300 s:\n${output}`);
}

async function stopInstance(instance: Instance): Promise<void> {
  await stop(instance.child);
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const instances: Instance[] = [];
let exitCode = 0;
await adminQuery(`CREATE DATABASE ${dbName}`);
console.log(`database ${dbName} on ${new URL(serverUrl).host}; ${clients} clients for ${seconds} s on two instances, DATABASE_POOL_SIZE=${poolSize} each`);
try {
  // The first instance migrates and seeds the demo data; the second finds it there.
  instances.push(await startInstance("instance A"));
  instances.push(await startInstance("instance B"));

  const signIn = await fetch(`${instances[0]!.base}/trpc/auth.signIn`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: instances[0]!.base, "sec-fetch-site": "same-origin" },
    body: JSON.stringify({ email: "editor@demo", password: "demo" }),
  });
  const cookie = (signIn.headers.getSetCookie().find((c) => c.startsWith("atlas_session=")) ?? "").split(";")[0] ?? "";
  if (!cookie) throw new Error(`sign-in failed: ${signIn.status} ${await signIn.text()}`);

  const db = new pg.Client({ connectionString: dbUrl });
  await db.connect();
  const partnerIds = (await db.query<{ id: string }>(`SELECT id FROM "Partner" WHERE "deletedAt" IS NULL ORDER BY id LIMIT 50`)).rows.map((r) => r.id);
  const meetingsBefore = Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM "Interaction"`)).rows[0]!.n);
  if (partnerIds.length === 0) throw new Error("the demo data has no partners");

  const statuses: Record<string, number> = {};
  const latencies: Record<"create" | "summary", number[]> = { create: [], summary: [] };
  const acknowledged: string[] = [];
  const failures: string[] = [];
  const summaryInput = encodeURIComponent(JSON.stringify({ filter: {} }));
  const endAt = performance.now() + seconds * 1000;
  let sequence = 0;

  async function client(index: number): Promise<void> {
    const { base } = instances[index % 2]!;
    let i = 0;
    while (performance.now() < endAt) {
      const create = ((index * 7919 + i++) % 100) / 100 < createShare;
      const started = performance.now();
      let status: number | string;
      try {
        if (create) {
          const n = ++sequence;
          const body = JSON.stringify({
            title: `Нагрузочная встреча ${n}`,
            kind: "MEETING",
            startsAt: "2026-11-12",
            partnerIds: [partnerIds[n % partnerIds.length]],
          });
          const res = await fetch(`${base}/trpc/meeting.create`, {
            method: "POST",
            headers: { "content-type": "application/json", origin: base, "sec-fetch-site": "same-origin", cookie },
            body,
          });
          status = res.status;
          const text = await res.text();
          if (res.status === 200) acknowledged.push((JSON.parse(text) as { result: { data: { id: string } } }).result.data.id);
          else if (res.status >= 500 && failures.length < 10) failures.push(`meeting.create ${res.status}: ${text.slice(0, 300)}`);
        } else {
          const res = await fetch(`${base}/trpc/dashboard.summary?input=${summaryInput}`, { headers: { cookie } });
          status = res.status;
          const text = await res.text();
          if (res.status >= 500 && failures.length < 10) failures.push(`dashboard.summary ${res.status}: ${text.slice(0, 300)}`);
        }
      } catch (error) {
        status = `error ${(error as Error).cause ? String((error as { cause: { code?: string } }).cause.code) : (error as Error).message}`;
      }
      latencies[create ? "create" : "summary"].push(performance.now() - started);
      const key = `${create ? "meeting.create" : "dashboard.summary"} ${status}`;
      statuses[key] = (statuses[key] ?? 0) + 1;
    }
  }

  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, (_, i) => client(i)));
  const elapsed = (performance.now() - started) / 1000;

  const total = Object.values(statuses).reduce((a, b) => a + b, 0);
  console.log(`\n${total} requests in ${elapsed.toFixed(1)} s (${(total / elapsed).toFixed(0)}/s)`);
  for (const [key, count] of Object.entries(statuses).sort()) console.log(`  ${key.padEnd(28)} ${count}`);
  for (const op of ["create", "summary"] as const) {
    const sorted = latencies[op].sort((a, b) => a - b);
    console.log(
      `  ${op === "create" ? "meeting.create   " : "dashboard.summary"} p50 ${percentile(sorted, 50).toFixed(0)} ms, p95 ${percentile(sorted, 95).toFixed(0)} ms, p99 ${percentile(sorted, 99).toFixed(0)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(0)} ms`,
    );
  }
  if (failures.length) console.log(`\nfirst answers ≥ 500:\n  ${failures.join("\n  ")}`);

  // Every acknowledged create must be in the database.
  const found = Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM "Interaction" WHERE id = ANY($1::uuid[])`, [acknowledged])).rows[0]!.n);
  const meetingsAfter = Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM "Interaction"`)).rows[0]!.n);
  await db.end();
  console.log(`\nacknowledged creates: ${acknowledged.length}; found in the database: ${found}; meetings ${meetingsBefore} → ${meetingsAfter}`);

  const serverErrors = Object.entries(statuses)
    .filter(([key]) => !/ (2|4)\d\d$/.test(key))
    .reduce((a, [, n]) => a + n, 0);
  if (serverErrors > 0) {
    console.log(`FAIL: ${serverErrors} answers ≥ 500 or failed requests`);
    exitCode = 1;
  }
  if (found !== acknowledged.length) {
    console.log(`FAIL: ${acknowledged.length - found} acknowledged writes are missing`);
    exitCode = 1;
  }
  if (exitCode === 0) console.log("OK: no answer ≥ 500, every acknowledged write present");
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  for (const instance of instances) await stopInstance(instance);
  if (!args.keep) await adminQuery(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => {});
  else console.log(`kept database ${dbName}`);
}
process.exit(exitCode);
