// Applies the SQL migrations in prisma/migrations in order, in-process, on start.
// The Prisma CLI cannot do this for the embedded database (one process per data
// folder), so the app does it itself and keeps Prisma's own bookkeeping table, so
// `prisma migrate status` and `migrate deploy` still understand the database.
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

export const migrationsDir = fileURLToPath(new URL("../migrations", import.meta.url));

/** The minimum a raw driver must offer: run SQL with parameters, and run a script in one transaction. */
export type SqlRunner = {
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a multi-statement script atomically, then the follow-up statement in the same transaction. */
  execInTransaction(script: string, after: { sql: string; params: unknown[] }): Promise<void>;
};

export type Migration = { name: string; sql: string; checksum: string };

export function readMigrations(dir = migrationsDir): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const bookkeepingTable = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export class MigrationError extends Error {}

/** Applies every migration not yet recorded; returns the names applied. */
export async function applyMigrations(db: SqlRunner, migrations = readMigrations()): Promise<string[]> {
  await db.query(bookkeepingTable);
  const done = await db.query<{ migration_name: string; checksum: string }>(
    `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const applied = new Map(done.map((r) => [r.migration_name, r.checksum]));
  const newlyApplied: string[] = [];
  for (const m of migrations) {
    const known = applied.get(m.name);
    if (known !== undefined) {
      if (known !== m.checksum) {
        throw new MigrationError(
          `Migration ${m.name} was changed after it was applied to this database; restore its original migration.sql and create a new migration instead.`,
        );
      }
      continue;
    }
    await db.execInTransaction(m.sql, {
      sql: `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
            VALUES ($1, $2, $3, now(), now(), 1)`,
      params: [randomUUID(), m.checksum, m.name],
    });
    newlyApplied.push(m.name);
  }
  return newlyApplied;
}
