import { inject } from "vitest";
import type { Database } from "@atlas/db/database";
import { openDatabaseFrom } from "./database-source.ts";

/** A fresh, migrated, empty database for one test file (or one test); close it when done. */
export async function openTestDatabase(): Promise<Database> {
  return openDatabaseFrom({ pgliteImagePath: inject("pgliteImagePath"), postgresTemplate: inject("postgresTemplate") });
}
