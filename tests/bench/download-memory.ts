// Memory benchmark (not a unit test): 100,000 generated meetings downloaded as CSV and as
// XLSX through the real HTTP server in this process; the server's JS heap is sampled while
// the file streams, and its growth over the heap before the download is reported.
// Usage: pnpm bench:download [meetings]   (default 100000). Exits 1 when the growth reaches
// 100 MB (the bound) or a file misses rows.
import { performance } from "node:perf_hooks";
import type { AddressInfo } from "node:net";
import { openDatabase } from "@atlas/db/database";
import { seedDatabase } from "@atlas/db/seed/seed-database";
import { appRouter } from "@atlas/server/routers/_app";
import { createContextInner } from "@atlas/server/context";
import { createCallerFactory } from "@atlas/server/trpc";
import { buildApp } from "@atlas/server/app";
import { readEnv } from "@atlas/server/env";

const meetings = Number(process.argv[2] ?? 100_000);
const limitBytes = 100 * 1024 * 1024;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with node --expose-gc (pnpm bench:download does)");

const db = await openDatabase({ kind: "pglite" });
let started = performance.now();
await seedDatabase(db.prisma, { generated: { seed: 2024, partners: 300, interactions: meetings }, now: new Date("2026-11-25T12:00:00Z") });
console.log(`seeded ${meetings} meetings in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const admin = await db.prisma.user.create({
  data: { email: "bench-admin@bench.example", name: "Bench", role: "ADMIN" },
  select: { id: true, email: true, name: true, role: true },
});
const caller = createCallerFactory(appRouter)(createContextInner({ db, user: admin }));
const password = "download-bench-password";
await caller.admin.users.create({ email: "bench-analyst@bench.example", name: "Аналитик", role: "ANALYST", password, mustChangePassword: false });
const total = await db.prisma.interaction.count({ where: { deletedAt: null } });

const app = await buildApp({ db, env: readEnv({ ATLAS_DEMO: "false", LOG_LEVEL: "warn" }) });
await app.listen({ host: "127.0.0.1", port: 0 });
const base = `http://localhost:${(app.server.address() as AddressInfo).port}`;
const signIn = await fetch(`${base}/trpc/auth.signIn`, {
  method: "POST",
  headers: { "content-type": "application/json", origin: base, "sec-fetch-site": "same-origin" },
  body: JSON.stringify({ email: "bench-analyst@bench.example", password }),
});
const cookie = signIn.headers
  .getSetCookie()
  .find((c) => c.startsWith("atlas_session="))
  ?.split(";")[0];
if (!cookie) throw new Error(`sign-in failed: ${signIn.status}`);

let failed = false;
for (const format of ["csv", "xlsx"] as const) {
  gc();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 50);
  started = performance.now();
  const res = await fetch(`${base}/api/download/meetings.${format}`, { headers: { cookie } });
  if (res.status !== 200 || !res.body) throw new Error(`download answered ${res.status}`);
  // The client counts bytes and keeps none, so the heap is the server's.
  let bytes = 0;
  for await (const chunk of res.body) bytes += (chunk as Uint8Array).byteLength;
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  const logged = await db.prisma.downloadLog.findFirstOrThrow({ where: { format }, orderBy: { at: "desc" } });
  const growth = peak - before;
  const ok = growth < limitBytes && logged.rowCount === total;
  if (!ok) failed = true;
  console.log(
    `${ok ? "ok  " : "FAIL"} meetings.${format}: ${logged.rowCount} of ${total} rows, ${(bytes / 1024 / 1024).toFixed(1)} MB in ${seconds.toFixed(1)} s; ` +
      `heap before ${(before / 1024 / 1024).toFixed(1)} MB, peak growth ${(growth / 1024 / 1024).toFixed(1)} MB (bound 100 MB)`,
  );
}
await app.close();
await db.close();
process.exit(failed ? 1 : 0);
