import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { openDatabase, type Database } from "@atlas/db/database";
import { withDatabase } from "./global-setup.ts";

/** A fresh, migrated, empty database for one test file (or one test); close it when done. */
export async function openTestDatabase(): Promise<Database> {
  const template = inject("postgresTemplate");
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
  const imagePath = inject("pgliteImagePath");
  if (!imagePath) throw new Error("global set-up provided no test database");
  return openDatabase({ kind: "pglite", image: new Blob([readFileSync(imagePath)]) }, { migrate: false });
}
