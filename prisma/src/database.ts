// The one place that opens the database: embedded PGlite (a data folder, or memory
// for tests) or a PostgreSQL server. Both get the same migrations and the same
// Prisma client, so the rest of the code does not know which one it talks to.
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { mkdirSync, openSync, writeSync, closeSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { PrismaClient } from "./generated/prisma/client.ts";
import { applyMigrations, type SqlRunner } from "./migrate.ts";

export type DatabaseOptions =
  /** dataDir undefined = in memory; `image` is a dump of an already migrated database (tests). */
  | { kind: "pglite"; dataDir?: string; image?: Blob }
  /** poolSize: connections kept to the server (DATABASE_POOL_SIZE, default 10); poolWaitMs: how long a query waits for one (tests shorten it). */
  | { kind: "postgresql"; url: string; poolSize?: number; poolWaitMs?: number };

export type Database = {
  kind: "pglite" | "postgresql";
  prisma: PrismaClient;
  /** Raw SQL access below Prisma, for migrations, health checks and test set-up. */
  raw: SqlRunner;
  /** Applies pending migrations; returns their names. */
  migrate(): Promise<string[]>;
  /**
   * A copy of an embedded database, to open again with `image` (tests, backups); undefined
   * for a server. Taken while no transaction is open, so it holds every acknowledged write.
   */
  dump?: (compression?: "none" | "gzip") => Promise<Blob>;
  /** Where the data lives, for logs: a folder, "memory" or the server address without password. */
  location: string;
  close(): Promise<void>;
};

export class DatabaseUnavailableError extends Error {}

/** Chooses the database from DATABASE_URL: a postgresql:// URL means a server, anything else the embedded one. */
export function databaseOptionsFromUrl(url: string | undefined, dataDir: string, { poolSize }: { poolSize?: number } = {}): DatabaseOptions {
  if (url && /^postgres(ql)?:\/\//.test(url)) return { kind: "postgresql", url, poolSize };
  return { kind: "pglite", dataDir };
}

export async function openDatabase(options: DatabaseOptions, { migrate = true } = {}): Promise<Database> {
  const db = options.kind === "pglite" ? await openPGlite(options) : await openPostgres(options.url, options);
  try {
    if (migrate) await db.migrate();
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

/**
 * Under load a request waits for a connection or a transaction slot rather than
 * failing: Prisma's defaults (2 s to start, 5 s to finish) turn a short queue into
 * errors. What still cannot start in 10 s is answered 503 (server/src/errors.ts).
 */
const transactionOptions = { maxWait: 10_000, timeout: 20_000 };

/**
 * PGlite has no autovacuum, so without this the planner never gets table statistics
 * and picks plans that are thousands of times too slow on large tables (a filtered
 * meeting list over 100,000 rows: minutes instead of milliseconds). The embedded
 * database is analysed at start and then every half hour.
 */
const analyseEveryMs = 30 * 60 * 1000;

async function openPGlite(options: { dataDir?: string; image?: Blob }): Promise<Database> {
  const dataDir = options.dataDir ? path.resolve(options.dataDir) : undefined;
  const releaseLock = dataDir ? lockDataDir(dataDir) : () => {};
  let client: PGlite;
  try {
    client = new PGlite({ dataDir, loadDataDir: options.image, extensions: { pg_trgm } });
    await client.waitReady;
  } catch (error) {
    releaseLock();
    throw new DatabaseUnavailableError(`Cannot open the embedded database in ${dataDir}: ${(error as Error).message}`);
  }
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(client), transactionOptions });
  const raw: SqlRunner = {
    query: async <T>(sql: string, params: unknown[] = []) => (await client.query<T>(sql, params)).rows,
    execInTransaction: async (script, after) => {
      await client.transaction(async (tx) => {
        await tx.exec(script);
        await tx.query(after.sql, after.params);
      });
    },
  };
  const analyse = setInterval(() => void client.query("ANALYZE").catch(() => {}), analyseEveryMs);
  analyse.unref();
  return {
    kind: "pglite",
    prisma,
    location: dataDir ?? "memory",
    raw,
    migrate: async () => {
      const applied = await applyMigrations(raw);
      await client.query("ANALYZE");
      return applied;
    },
    // dumpDataDir already excludes queries; waiting for the transaction lock too keeps an
    // interactive transaction from being caught between two of its statements.
    dump: (compression = "none") => client._runExclusiveTransaction(() => client.dumpDataDir(compression)),
    async close() {
      clearInterval(analyse);
      await prisma.$disconnect();
      await client.close();
      releaseLock();
    },
  };
}

/**
 * PGlite is single-process: two processes on one folder corrupt it. A lock file with
 * the owner's pid turns that into a clear message; a lock left by a dead process is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, "atlas.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(readFileSync(lockPath, "utf8").trim());
      if (owner && owner !== process.pid && isAlive(owner)) {
        throw new DatabaseUnavailableError(
          `The data folder ${dataDir} is in use by another process (pid ${owner}). Stop it, or set ATLAS_DATA_DIR to another folder.`,
        );
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new DatabaseUnavailableError(`Cannot lock the data folder ${dataDir}.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Two instances starting at once must not both apply a migration; this lock serialises them. */
const migrationLockKey = 7_240_514_001;

function clientRunner(client: pg.Pool | pg.PoolClient): SqlRunner {
  return {
    query: async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[],
    execInTransaction: async (script, after) => {
      const conn = "release" in client ? client : await client.connect();
      try {
        await conn.query("BEGIN");
        await conn.query(script);
        await conn.query(after.sql, after.params);
        await conn.query("COMMIT");
      } catch (error) {
        await conn.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        if (conn !== client) conn.release();
      }
    },
  };
}

/**
 * Session settings of every connection the app opens to a PostgreSQL server. JIT compilation is
 * off: the app's statements read a few hundred rows through indexes, but the planner's cost of
 * some (the dossier's events, the overview's key figures) passes jit_above_cost, and compiling
 * them took 66 of a statement's 70 ms at a million meetings (EXPLAIN: "JIT … Emission 56.6 ms").
 * Exported for the benchmark's floor, which must run the same SQL the same way.
 */
export const appSessionOptions = "-c jit=off";

async function openPostgres(url: string, { poolSize = 10, poolWaitMs = 10_000 }: { poolSize?: number; poolWaitMs?: number } = {}): Promise<Database> {
  const location = redactUrl(url);
  // A query waits for a free connection as long as a transaction waits to start (maxWait).
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: poolWaitMs, options: appSessionOptions });
  pool.on("error", () => {}); // an idle client dropped by the server; the next query reconnects
  let probe: pg.PoolClient;
  try {
    probe = await pool.connect();
  } catch (error) {
    await pool.end().catch(() => {});
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new DatabaseUnavailableError(`Cannot reach the PostgreSQL server at ${location}: ${reason}`);
  }
  probe.release();
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool), transactionOptions });
  return {
    kind: "postgresql",
    prisma,
    location,
    raw: clientRunner(pool),
    async migrate() {
      const client = await pool.connect();
      try {
        await client.query("SELECT pg_advisory_lock($1)", [migrationLockKey]);
        return await applyMigrations(clientRunner(client));
      } finally {
        await client.query("SELECT pg_advisory_unlock($1)", [migrationLockKey]).catch(() => {});
        client.release();
      }
    },
    async close() {
      await prisma.$disconnect();
      await pool.end().catch(() => {});
    },
  };
}

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "postgresql://(unparseable url)";
  }
}
