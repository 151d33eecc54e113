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
    // The aggregate triggers run once per insert batch; at a million meetings that made the load
    // take about an hour (session 9). The bench database is nobody's: load with them off, then
    // recompute the aggregates once from the raw rows (the same functions db:rebuild-aggregates calls).
    await withAggregateTriggersOff(db, () =>
      seedDatabase(db.prisma, {
        generated: { seed: 2024, partners: 300, interactions, method: "sql" },
        now: new Date("2026-11-25T12:00:00Z"),
        onProgress: (table, written) => console.log(`  ${table}: ${written} rows, ${((performance.now() - started) / 1000).toFixed(0)} s`),
      }),
    );
    await db.raw.query("SELECT atlas_rebuild_aggregates()");
    await db.raw.query("SELECT atlas_rebuild_partner_contacts()");
    await db.raw.query("SELECT atlas_rebuild_partner_sector_contacts()");
    await db.raw.query("SELECT atlas_rebuild_person_contacts()");
    await db.raw.query("SELECT atlas_rebuild_open_follow_ups()");
    // VACUUM as well: it sets the visibility map, without which an index-only scan still reads
    // every heap page it meets (autovacuum would do it some minutes later on a server).
    await db.raw.query(db.kind === "postgresql" ? "VACUUM (ANALYZE)" : "ANALYZE");
    console.log(`seeded ${interactions} interactions in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  if (db.kind === "postgresql") await vacuumWhereNeeded(db);
  console.log(`${db.kind} (${db.location}), ${await db.prisma.interaction.count()} interactions`);
  return db;
}

/**
 * VACUUMs the tables whose pages are not all marked all-visible. An index-only scan reads the
 * heap page of every row on a page that is not, so one table left so (session 11 found the
 * FollowUp table so after the load's VACUUM, for reasons not found) made the overdue count
 * read 12,800 heap pages: 96 ms instead of 2. A server's autovacuum keeps this in step with
 * the writes; the CI server runs with autovacuum off, so the benchmark does it before it
 * measures.
 */
async function vacuumWhereNeeded(db: Database) {
  const rows = await db.raw.query<{ name: string }>(
    `SELECT relname AS name FROM pg_class
      WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace AND relpages > 100 AND relallvisible < relpages * 0.95`,
  );
  for (const { name } of rows) {
    console.log(`  VACUUM ANALYZE "${name}": fewer than 95 % of its pages are all-visible`);
    await db.raw.query(`VACUUM (ANALYZE) "${name.replaceAll('"', '""')}"`);
  }
}

/** The tables whose triggers keep the aggregates (migrations aggregates_triggers, partner_contacts_triggers, partner_sector_contacts_triggers, person_contacts_and_open_follow_ups_triggers). */
const aggregateTriggerTables = [
  "Interaction",
  "InteractionPartner",
  "InteractionSector",
  "Partner",
  "InteractionParticipant",
  "FollowUp",
  "Agreement",
  "AgreementParty",
  "PlanItem",
];

/** Runs `load` with the user triggers of those tables disabled (foreign keys stay checked), enabling them again afterwards. */
async function withAggregateTriggersOff<T>(db: Database, load: () => Promise<T>): Promise<T> {
  for (const table of aggregateTriggerTables) await db.raw.query(`ALTER TABLE "${table}" DISABLE TRIGGER USER`);
  try {
    return await load();
  } finally {
    for (const table of aggregateTriggerTables) await db.raw.query(`ALTER TABLE "${table}" ENABLE TRIGGER USER`);
  }
}
