// The SQL the application sends, captured below Prisma at the database driver (as the HTTP
// benchmark's floor does, tests/bench/http-speed.ts), so that a plan test checks the
// statements the app runs rather than copies of them written by hand.
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import type { Database } from "@atlas/db/database";

export type CapturedStatement = { text: string; values: unknown[] };

type QueryFn = (this: unknown, ...args: unknown[]) => unknown;
type Patchable = { prototype: { query: QueryFn } };

/** Transaction control and session settings: not statements with a plan. */
const control = /^\s*(BEGIN|COMMIT|ROLLBACK|SET\s|SAVEPOINT|RELEASE|DEALLOCATE)/i;

/**
 * The class whose `query` Prisma's adapter calls: pg.Client for a server (pools included),
 * PGlite for the embedded database. PGlite is loaded from where the database module loads
 * it (prisma/), as the same ES module, so that patching its prototype reaches the instance.
 */
async function driverClass(db: Database): Promise<Patchable> {
  if (db.kind === "postgresql") return pg.Client as unknown as Patchable;
  const fromDb = createRequire(new URL("../../prisma/package.json", import.meta.url));
  // require.resolve gives the CommonJS build; its ES module build sits beside it (package.json "exports").
  const cjs = fromDb.resolve("@electric-sql/pglite");
  const esm = path.join(path.dirname(cjs), "index.js");
  return ((await import(pathToFileURL(esm).href)) as { PGlite: Patchable }).PGlite;
}

/** Runs `work` and returns every statement sent to the database meanwhile, in order. Not for concurrent use. */
export async function captureSql(db: Database, work: () => Promise<unknown>): Promise<CapturedStatement[]> {
  const driver = await driverClass(db);
  const original = driver.prototype.query;
  const sent: CapturedStatement[] = [];
  driver.prototype.query = function (this: unknown, ...args: unknown[]) {
    const config = args[0] as string | { text: string; values?: unknown[] };
    const text = typeof config === "string" ? config : config.text;
    const values = typeof config === "string" ? args[1] : config.values;
    if (!control.test(text)) sent.push({ text, values: Array.isArray(values) ? values : [] });
    return original.apply(this, args);
  };
  try {
    await work();
  } finally {
    driver.prototype.query = original;
  }
  if (sent.length === 0) throw new Error("no SQL was captured: has Prisma's adapter stopped calling pg.Client#query / PGlite#query?");
  return sent;
}
