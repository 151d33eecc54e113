// Backups of both databases, used by `pnpm db:backup` / `pnpm db:restore`
// (prisma/scripts/backup.ts) and by the server's scheduled backups (ATLAS_BACKUP_DIR).
//
// - Embedded database: PGlite's own dump of its data folder (a .tar.gz). The dump runs
//   while no transaction is open and no query runs (PGlite has one connection), so it
//   is a transactionally consistent image holding every write acknowledged before it
//   started. Restoring opens a fresh folder from that image.
// - PostgreSQL server: `pg_dump --format=custom` and `pg_restore --clean --if-exists`
//   (Debian package postgresql-client, same major version as the server or newer).
//
// Every backup file is written under a temporary name and renamed when complete, so a
// crash or a full disk never leaves a truncated file under the final name.
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import pg from "pg";
import { DatabaseUnavailableError, openDatabase, redactUrl, type Database } from "./database.ts";

export class BackupError extends Error {}

export type BackupResult = { file: string; bytes: number; ms: number };

/** The file extension of a backup of each kind of database. */
export const backupExtension = { pglite: ".tar.gz", postgresql: ".dump" } as const;

/** Writes `data` to `file` atomically: a temporary file in the same folder, flushed, then renamed. */
export function writeFileAtomically(file: string, data: Uint8Array): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const temp = temporaryName(file);
  try {
    const fd = openSync(temp, "w", 0o600);
    try {
      let offset = 0;
      while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

function temporaryName(file: string): string {
  return path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.partial-${process.pid}-${Date.now()}`);
}

/** A consistent image of an open embedded database, written to `file` (.tar.gz). */
export async function backupOpenDatabase(db: Database, file: string): Promise<BackupResult> {
  if (!db.dump) throw new BackupError("backupOpenDatabase is for the embedded database; use backupPostgres for a server");
  const started = performance.now();
  const image = await db.dump("gzip");
  const bytes = new Uint8Array(await image.arrayBuffer());
  writeFileAtomically(file, bytes);
  return { file, bytes: bytes.length, ms: performance.now() - started };
}

/**
 * Backs up the embedded database in `dataDir` when no server has it open. A running
 * server holds the folder's lock: then the backup is refused with DatabaseUnavailableError
 * (the server takes its own backups, ATLAS_BACKUP_DIR).
 */
export async function backupDataDir(dataDir: string, file: string): Promise<BackupResult> {
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) throw new BackupError(`${dataDir} holds no embedded database`);
  const db = await openDatabase({ kind: "pglite", dataDir }, { migrate: false });
  try {
    return await backupOpenDatabase(db, file);
  } finally {
    await db.close();
  }
}

/** The pid of the live process that has the embedded database in `dataDir` open, or null. */
export function dataDirOwner(dataDir: string): number | null {
  try {
    const pid = Number(readFileSync(path.join(dataDir, "atlas.lock"), "utf8").trim());
    if (!pid || pid === process.pid) return null;
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM" ? Number(readFileSync(path.join(dataDir, "atlas.lock"), "utf8").trim()) : null;
  }
}

function isNonEmptyDir(dir: string): boolean {
  return existsSync(dir) && statSync(dir).isDirectory() && readdirSync(dir).length > 0;
}

/**
 * Restores an embedded backup into `dataDir`, which must be empty or missing; with
 * `force` a non-empty folder is emptied first (never one a running server has open).
 */
export async function restoreDataDir(file: string, dataDir: string, { force = false } = {}): Promise<void> {
  if (!existsSync(file)) throw new BackupError(`No such backup file: ${file}`);
  const target = path.resolve(dataDir);
  if (isNonEmptyDir(target)) {
    if (!force) throw new BackupError(`${target} is not empty. Restore into a new folder, or add --force to replace what is there.`);
    const owner = dataDirOwner(target);
    if (owner) throw new DatabaseUnavailableError(`${target} is in use by a running server (pid ${owner}): stop it first.`);
    for (const entry of readdirSync(target)) rmSync(path.join(target, entry), { recursive: true, force: true });
  }
  mkdirSync(target, { recursive: true });
  const image = new Blob([readFileSync(file)]);
  let client: PGlite | undefined;
  try {
    client = new PGlite({ dataDir: target, loadDataDir: image, extensions: { pg_trgm } });
    await client.waitReady;
    // Proves the image opens and holds the schema, before anyone relies on it.
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
    if (!rows[0] || rows[0].n === 0) throw new Error("it holds no tables");
  } catch (error) {
    throw new BackupError(`${file} is not a backup of the embedded database: ${(error as Error).message}`);
  } finally {
    await client?.close();
  }
  // The image holds the lock file of the process that took it: not the owner of this folder.
  rmSync(path.join(target, "atlas.lock"), { force: true });
}

// ---------------------------------------------------------------- PostgreSQL server

/** True when pg_dump and pg_restore can be run. */
export function postgresToolsAvailable(): boolean {
  return ["pg_dump", "pg_restore"].every((tool) => spawnSync(tool, ["--version"], { stdio: "ignore" }).status === 0);
}

export const postgresToolsMissing =
  "pg_dump and pg_restore are not installed. On Debian or Ubuntu: `apt-get install postgresql-client` (its major version must be at least the server's).";

/** A URL without its password, and the password for PGPASSWORD (so it never shows in a process list). */
function connection(url: string): { url: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (u.password) {
    env.PGPASSWORD = decodeURIComponent(u.password);
    u.password = "";
  }
  return { url: u.toString(), env };
}

function run(tool: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      if (stderr.length < 20_000) stderr += chunk.toString("utf8");
    });
    child.on("error", (error) => reject(new BackupError(`${tool} could not be started: ${error.message}. ${postgresToolsMissing}`)));
    child.on("close", (code) => (code === 0 ? resolve() : reject(new BackupError(`${tool} failed (exit ${code}): ${stderr.trim()}`))));
  });
}

/** `pg_dump --format=custom` of the database at `url`, written atomically to `file`. A snapshot: writes after it started are not in it. */
export async function backupPostgres(url: string, file: string): Promise<BackupResult> {
  if (!postgresToolsAvailable()) throw new BackupError(postgresToolsMissing);
  const started = performance.now();
  const { url: bare, env } = connection(url);
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const temp = temporaryName(file);
  try {
    await run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${temp}`, `--dbname=${bare}`], env);
    const fd = openSync(temp, "r");
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  return { file, bytes: statSync(file).size, ms: performance.now() - started };
}

/**
 * Restores a pg_dump file into the database at `url`. A missing database is created;
 * one that already has tables is refused unless `force` (then pg_restore's --clean
 * drops and recreates what the backup holds).
 */
export async function restorePostgres(file: string, url: string, { force = false } = {}): Promise<void> {
  if (!existsSync(file)) throw new BackupError(`No such backup file: ${file}`);
  if (!postgresToolsAvailable()) throw new BackupError(postgresToolsMissing);
  const tables = await tableCount(url);
  if (tables === null) await createDatabase(url);
  else if (tables > 0 && !force) {
    throw new BackupError(`The database ${redactUrl(url)} is not empty (${tables} tables). Restore into a new database, or add --force to replace it.`);
  }
  const { url: bare, env } = connection(url);
  await run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--exit-on-error", `--dbname=${bare}`, file], env);
}

/** Tables in the database's public schema, or null when the database does not exist. */
async function tableCount(url: string): Promise<number | null> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    if ((error as { code?: string }).code === "3D000") return null;
    throw new DatabaseUnavailableError(`Cannot reach the PostgreSQL server at ${redactUrl(url)}: ${(error as Error).message}`);
  }
  try {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'`);
    return Number(rows[0]!.n);
  } finally {
    await client.end();
  }
}

async function createDatabase(url: string): Promise<void> {
  const u = new URL(url);
  const name = decodeURIComponent(u.pathname.slice(1));
  if (!/^[A-Za-z_][A-Za-z0-9_$-]{0,62}$/.test(name)) throw new BackupError(`Refusing to create a database named ${JSON.stringify(name)}`);
  u.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: u.toString() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
}

// ---------------------------------------------------------------- scheduled backups

/** `atlas-<kind>-20261204-031500.tar.gz`: names sort by time, so retention keeps the last ones by name. */
export function scheduledBackupName(kind: Database["kind"], at: Date): string {
  const stamp = at.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  return `atlas-${kind}-${stamp}${backupExtension[kind]}`;
}

/** The scheduled backups in `dir`, oldest first. */
export function listScheduledBackups(dir: string, kind: Database["kind"]): string[] {
  if (!existsSync(dir)) return [];
  const pattern = new RegExp(`^atlas-${kind}-\\d{8}-\\d{6}${backupExtension[kind].replaceAll(".", "\\.")}$`);
  return readdirSync(dir)
    .filter((name) => pattern.test(name))
    .sort();
}

/** Deletes all but the newest `keep` scheduled backups; returns the names removed. */
export function pruneScheduledBackups(dir: string, kind: Database["kind"], keep: number): string[] {
  const all = listScheduledBackups(dir, kind);
  const removed = all.slice(0, Math.max(0, all.length - keep));
  for (const name of removed) rmSync(path.join(dir, name), { force: true });
  return removed;
}
