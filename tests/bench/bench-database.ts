// The benchmarks' data: the project's own generator at a given size, in a PostgreSQL
// database named after that size (kept between runs, seeded only while it holds no
// meetings, so a second run after a change measures the same data) or in an embedded
// one (in memory, or a data folder that a server process can open afterwards).
import { performance } from "node:perf_hooks";
import pg from "pg";
import { openDatabase, type Database } from "@atlas/db/database";
import { seedDatabase } from "@atlas/db/seed/seed-database";

/** The PostgreSQL server the benchmarks use: TEST_DATABASE_URL, else the local one. */
export const benchServerUrl = process.env.TEST_DATABASE_URL ?? "postgresql://root@127.0.0.1:5432/postgres";

/** The URL of database `name` on the benchmark server, created when missing. */
export async function benchDatabaseUrl(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: benchServerUrl });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(benchServerUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export type BenchTarget = { kind: "postgresql"; name: string } | { kind: "pglite"; dataDir?: string };

/** Opens the benchmark database and fills it with `interactions` generated meetings when it has none. */
export async function openBenchDatabase(target: BenchTarget, interactions: number): Promise<Database> {
  const db =
    target.kind === "postgresql"
      ? await openDatabase({ kind: "postgresql", url: await benchDatabaseUrl(target.name) })
      : await openDatabase({ kind: "pglite", dataDir: target.dataDir });
  if ((await db.prisma.interaction.count()) === 0) {
    const started = performance.now();
    await seedDatabase(db.prisma, { generated: { seed: 2024, partners: 300, interactions }, now: new Date("2026-11-25T12:00:00Z") });
    await db.raw.query("ANALYZE");
    console.log(`seeded ${interactions} interactions in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  console.log(`${db.kind} (${db.location}), ${await db.prisma.interaction.count()} interactions`);
  return db;
}
