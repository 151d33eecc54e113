// A fresh database made from what the global set-up migrated once: a copy of the PGlite
// image or a database created from the PostgreSQL template. Free of vitest's `inject`,
// so the global set-up's own process can use it too (the shared browser server).
import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { openDatabase, type Database } from "@atlas/db/database";

export type DatabaseSource = {
  pgliteImagePath: string | null;
  postgresTemplate: { url: string; database: string } | null;
};

/** A fresh, migrated, empty database made from `source`; close it when done. */
export async function openDatabaseFrom(source: DatabaseSource): Promise<Database> {
  const template = source.postgresTemplate;
  if (template) {
    const name = `atlas_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
    const admin = new pg.Client({ connectionString: template.url });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template.database}`);
    } finally {
      await admin.end();
    }
    const db = await openDatabase({ kind: "postgresql", url: withDatabase(template.url, name) }, { migrate: false });
    return {
      ...db,
      async close() {
        await db.close();
        const cleanup = new pg.Client({ connectionString: template.url });
        await cleanup.connect();
        await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await cleanup.end();
      },
    };
  }
  const imagePath = source.pgliteImagePath;
  if (!imagePath) throw new Error("global set-up provided no test database");
  return openDatabase({ kind: "pglite", image: new Blob([readFileSync(imagePath)]) }, { migrate: false });
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
