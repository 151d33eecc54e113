// Scheduled backups (ATLAS_BACKUP_DIR): the running server owns the embedded database's
// folder, so it is the one that can take a consistent copy of it. Every
// ATLAS_BACKUP_INTERVAL_HOURS it writes a backup into the folder (atomically: a partial
// file never carries a final name) and keeps the newest ATLAS_BACKUP_KEEP. The schedule
// continues from the newest backup already there, so a server restarted every night
// still backs up. On PostgreSQL the same is done with pg_dump, when it is installed.
// SIGUSR2 asks for a backup now (main.ts), e.g. from `pnpm db:backup` while the server runs.
import path from "node:path";
import { statSync } from "node:fs";
import type { Database } from "@atlas/db/database";
import {
  backupOpenDatabase,
  backupPostgres,
  listScheduledBackups,
  postgresToolsAvailable,
  postgresToolsMissing,
  pruneScheduledBackups,
  scheduledBackupName,
  type BackupResult,
} from "@atlas/db/backup";

type Log = { info(obj: object, msg: string): void; warn(obj: object, msg: string): void; error(obj: object, msg: string): void };

export type BackupScheduleOptions = {
  db: Database;
  /** The server's DATABASE_URL, for pg_dump (unused for the embedded database). */
  databaseUrl?: string | undefined;
  dir: string;
  intervalHours: number;
  keep: number;
  log: Log;
  now?: () => Date;
};

export type BackupSchedule = {
  /** Takes a backup now (one at a time: a call during a running backup waits for it and returns its result). */
  runNow(): Promise<BackupResult>;
  /** No more scheduled backups; waits for one being written. */
  stop(): Promise<void>;
};

export function startScheduledBackups({ db, databaseUrl, dir, intervalHours, keep, log, now = () => new Date() }: BackupScheduleOptions): BackupSchedule {
  const intervalMs = intervalHours * 3_600_000;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<BackupResult> | null = null;
  let stopped = false;

  if (db.kind === "postgresql" && !postgresToolsAvailable()) {
    log.error({ dir }, `scheduled backups are off: ${postgresToolsMissing}`);
  }

  async function take(): Promise<BackupResult> {
    const file = path.join(dir, scheduledBackupName(db.kind, now()));
    const result = db.kind === "pglite" ? await backupOpenDatabase(db, file) : await backupPostgres(requireUrl(databaseUrl), file);
    const removed = pruneScheduledBackups(dir, db.kind, keep);
    log.info({ file: result.file, bytes: result.bytes, ms: Math.round(result.ms), removed }, "backup written");
    return result;
  }

  function runNow(): Promise<BackupResult> {
    running ??= take().finally(() => {
      running = null;
    });
    return running;
  }

  function schedule(delayMs: number): void {
    if (stopped) return;
    // setTimeout takes at most ~24.8 days; longer intervals are waited for in steps.
    const step = Math.min(Math.max(delayMs, 0), 2 ** 31 - 1);
    timer = setTimeout(() => {
      if (step < delayMs) return schedule(delayMs - step);
      runNow()
        .catch((error: unknown) => log.error({ err: error, dir }, "scheduled backup failed"))
        .finally(() => schedule(intervalMs));
    }, step);
    timer.unref();
  }

  // Continue from the newest backup already in the folder.
  const newest = listScheduledBackups(dir, db.kind).at(-1);
  const age = newest ? now().getTime() - statSync(path.join(dir, newest)).mtimeMs : Infinity;
  schedule(age >= intervalMs ? 0 : intervalMs - age);
  log.info(
    { dir, intervalHours, keep, next: new Date(now().getTime() + Math.max(0, Math.min(intervalMs, intervalMs - age))).toISOString() },
    "scheduled backups on",
  );

  return {
    runNow,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running?.catch(() => {});
    },
  };
}

function requireUrl(url: string | undefined): string {
  if (!url) throw new Error("a PostgreSQL backup needs DATABASE_URL");
  return url;
}
