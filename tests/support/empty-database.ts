// An empty database with no migrations applied, for the migration tests: they apply the
// migrations up to the one under test, write rows as the previous version stored them,
// then apply the rest. In-memory PGlite, or a new database on the TEST_DATABASE_URL server
// (dropped again by `drop`).
import { randomUUID } from "node:crypto";
import pg from "pg";
import { openDatabase, type Database } from "@atlas/db/database";
import { withDatabase } from "./global-setup.ts";

export async function openEmptyDatabase(): Promise<{ db: Database; drop?: () => Promise<void> }> {
  const server = process.env.TEST_DATABASE_URL;
  if (!server) return { db: await openDatabase({ kind: "pglite" }, { migrate: false }) };
  const name = `atlas_migration_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const db = await openDatabase({ kind: "postgresql", url: withDatabase(server, name) }, { migrate: false });
  return {
    db,
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: server });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
