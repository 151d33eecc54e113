// Backups that restore (issue 12): a backup taken while 20 writers create meetings holds
// every meeting acknowledged before the backup began, once restored into a fresh
// database (the embedded one: PGlite's dump; a PostgreSQL server: pg_dump/pg_restore).
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { openDatabase, type Database } from "@atlas/db/database";
import {
  BackupError,
  backupOpenDatabase,
  backupPostgres,
  dataDirOwner,
  listScheduledBackups,
  postgresToolsAvailable,
  restoreDataDir,
  restorePostgres,
} from "@atlas/db/backup";
import { startScheduledBackups } from "@atlas/server/backup-schedule";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor, type Caller } from "../support/callers.ts";

let db: Database;
let editor: Caller;
let partnerId: string;
let dir: string;
const cleanups: Array<() => Promise<unknown>> = [];

/** The test database's URL on a PostgreSQL server (trust authentication: the redacted location is the URL). */
const serverUrl = () => db.location;
const onServer = () => db.kind === "postgresql";
const toolsMissing = !!process.env.TEST_DATABASE_URL && !postgresToolsAvailable();
if (toolsMissing)
  console.warn("backup.test.ts: pg_dump/pg_restore are not installed (apt-get install postgresql-client): the PostgreSQL backup tests are skipped.");

beforeAll(async () => {
  db = await openTestDatabase();
  const c = await callersFor(db);
  editor = c.editor;
  partnerId = (await c.editor.partner.create({ name: "Акимат Алматинской области", level: "REGION" })).id;
  dir = mkdtempSync(path.join(os.tmpdir(), "atlas-backup-"));
});
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  await db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function backup(file: string) {
  return onServer() ? backupPostgres(serverUrl(), file) : backupOpenDatabase(db, file);
}

/** Restores into a fresh database and opens it; closed and dropped after the file's tests. */
async function restoreFresh(file: string): Promise<Database> {
  if (onServer()) {
    const url = new URL(serverUrl());
    const name = `atlas_restore_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
    url.pathname = `/${name}`;
    cleanups.push(async () => {
      const admin = new pg.Client({ connectionString: serverUrl() });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    });
    await restorePostgres(file, url.toString());
    const restored = await openDatabase({ kind: "postgresql", url: url.toString(), poolSize: 2 }, { migrate: false });
    cleanups.push(() => restored.close());
    return restored;
  }
  const folder = path.join(dir, `restored-${randomUUID().slice(0, 8)}`);
  await restoreDataDir(file, folder);
  const restored = await openDatabase({ kind: "pglite", dataDir: folder }, { migrate: false });
  cleanups.push(() => restored.close());
  return restored;
}

describe.skipIf(toolsMissing)("backup while 20 writers run", () => {
  // 60+ writes from 20 writers, a backup and a restore: ~4 s, and over 30 s on a loaded machine.
  it("restores into a fresh database with every meeting acknowledged before the backup began", { timeout: 120_000 }, async () => {
    const acknowledged: Array<{ id: string; at: number }> = [];
    let stop = false;
    let failed: unknown = null;
    let n = 0;
    const writer = async () => {
      try {
        while (!stop) {
          // Each write starts from the event loop, as a request does: the embedded database
          // answers through microtasks alone, so writers that never yielded would starve every timer.
          await new Promise((r) => setImmediate(r));
          const meeting = await editor.meeting.create({ title: `Встреча ${++n}`, kind: "MEETING", startsAt: "2024-11-12", partnerIds: [partnerId] });
          acknowledged.push({ id: meeting.id, at: performance.now() });
        }
      } catch (error) {
        failed ??= error;
        stop = true;
      }
    };
    const writers = Array.from({ length: 20 }, writer);
    const waitFor = async (count: number) => {
      while (acknowledged.length < count && !failed) await new Promise((r) => setTimeout(r, 10));
      if (failed) throw failed;
    };
    // Writes before, during and after the backup.
    await waitFor(40);
    const file = path.join(dir, onServer() ? "during-writes.dump" : "during-writes.tar.gz");
    const backupBegan = performance.now();
    const result = await backup(file);
    const backupEnded = performance.now();
    const countAtEnd = acknowledged.length;
    await waitFor(countAtEnd + 20);
    stop = true;
    await Promise.all(writers);
    if (failed) throw failed;
    expect(result.bytes).toBeGreaterThan(0);
    // Only the final name exists: the temporary file was renamed.
    expect(readdirSync(dir).filter((f) => f.includes(".partial-"))).toEqual([]);

    const restored = await restoreFresh(file);
    const ids = new Set((await restored.prisma.interaction.findMany({ select: { id: true } })).map((m) => m.id));
    const before = acknowledged.filter((w) => w.at < backupBegan);
    expect(before.length).toBeGreaterThanOrEqual(40);
    expect(before.filter((w) => !ids.has(w.id))).toEqual([]);
    // Nothing in the backup that was never written, and the writes after it ended are not in it.
    const all = new Set(acknowledged.map((w) => w.id));
    expect([...ids].filter((id) => !all.has(id))).toEqual([]);
    expect(acknowledged.filter((w) => w.at > backupEnded + 50).some((w) => ids.has(w.id))).toBe(false);
    // The restored database works: the same partner, a new write.
    expect(await restored.prisma.partner.count()).toBe(1);
    await restored.prisma.sector.create({ data: { code: "restored", name: "Восстановлено", nameEn: "Restored" } });
  });

  it("refuses to restore over a database that is not empty, unless forced", async () => {
    const file = path.join(dir, onServer() ? "again.dump" : "again.tar.gz");
    await backup(file);
    if (onServer()) {
      await expect(restorePostgres(file, serverUrl())).rejects.toThrow(BackupError);
      await expect(restorePostgres(file, serverUrl())).rejects.toThrow(/не пуст|not empty/);
      return;
    }
    const folder = path.join(dir, "occupied");
    await restoreDataDir(file, folder);
    await expect(restoreDataDir(file, folder)).rejects.toThrow(/not empty.*--force/);
    await restoreDataDir(file, folder, { force: true });
    const reopened = await openDatabase({ kind: "pglite", dataDir: folder }, { migrate: false });
    try {
      expect(await reopened.prisma.partner.count()).toBe(1);
    } finally {
      await reopened.close();
    }
    // A folder a live server holds (its lock names a live process) is never wiped, even with --force.
    writeFileSync(path.join(folder, "atlas.lock"), String(process.ppid));
    expect(dataDirOwner(folder)).toBe(process.ppid);
    await expect(restoreDataDir(file, folder, { force: true })).rejects.toThrow(/in use by a running server/);
    rmSync(path.join(folder, "atlas.lock"));
  });
});

describe.skipIf(toolsMissing)("scheduled backups", () => {
  it("write complete files into ATLAS_BACKUP_DIR and keep the newest ATLAS_BACKUP_KEEP", async () => {
    const backupDir = path.join(dir, "scheduled");
    let clock = Date.parse("2026-12-04T03:00:00Z");
    const lines: string[] = [];
    const log = {
      info: (_o: object, m: string) => lines.push(m),
      warn: (_o: object, m: string) => lines.push(m),
      error: (_o: object, m: string) => lines.push(m),
    };
    const schedule = startScheduledBackups({
      db,
      databaseUrl: onServer() ? serverUrl() : undefined,
      dir: backupDir,
      intervalHours: 24,
      keep: 2,
      log,
      now: () => new Date(clock),
    });
    try {
      // The folder had no backup, so the first one is due at once.
      await expect.poll(() => listScheduledBackups(backupDir, db.kind).length, { timeout: 20_000 }).toBe(1);
      for (let i = 0; i < 3; i++) {
        clock += 3_600_000;
        await schedule.runNow();
      }
    } finally {
      await schedule.stop();
    }
    const kept = listScheduledBackups(backupDir, db.kind);
    const ext = onServer() ? "dump" : "tar.gz";
    expect(kept).toEqual([`atlas-${db.kind}-20261204-050000.${ext}`, `atlas-${db.kind}-20261204-060000.${ext}`]);
    expect(readdirSync(backupDir)).toEqual(kept);
    expect(lines.filter((l) => l === "backup written")).toHaveLength(4);
    const restored = await restoreFresh(path.join(backupDir, kept[1]!));
    expect(await restored.prisma.partner.count()).toBe(1);
  });
});

it("the backup command is refused for a folder the server holds, and restore needs an existing file", async () => {
  await expect(restoreDataDir(path.join(dir, "missing.tar.gz"), path.join(dir, "x"))).rejects.toThrow(BackupError);
  expect(existsSync(path.join(dir, "x"))).toBe(false);
});
