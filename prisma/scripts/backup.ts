// `pnpm db:backup [file]` and `pnpm db:restore <file> [--to target] [--force]`, for the
// database the server would open: DATABASE_URL (a PostgreSQL server), else the embedded
// database in ATLAS_DATA_DIR. README, "Backups".
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { DatabaseUnavailableError, redactUrl } from "../src/database.ts";
import { BackupError, backupDataDir, backupPostgres, dataDirOwner, restoreDataDir, restorePostgres, scheduledBackupName } from "../src/backup.ts";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
// pnpm runs root scripts in the repository root; relative paths mean the caller's folder.
const callerDir = process.env.INIT_CWD ?? process.cwd();
const fromCaller = (p: string) => path.resolve(callerDir, p);

const databaseUrl = process.env.DATABASE_URL && /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL) ? process.env.DATABASE_URL : undefined;
const dataDir = path.resolve(repoRoot, process.env.ATLAS_DATA_DIR ?? path.join(".data", "atlas"));

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: { force: { type: "boolean", default: false }, to: { type: "string" } },
});
const [command, file] = positionals;

async function backup(): Promise<void> {
  const kind = databaseUrl ? "postgresql" : "pglite";
  const target = file ? fromCaller(file) : fromCaller(path.join("backups", scheduledBackupName(kind, new Date())));
  if (databaseUrl) {
    const result = await backupPostgres(databaseUrl, target);
    console.log(`Backed up ${redactUrl(databaseUrl)} to ${result.file} (${formatBytes(result.bytes)}, ${(result.ms / 1000).toFixed(1)} s).`);
    return;
  }
  const owner = dataDirOwner(dataDir);
  if (owner) {
    console.error(
      [
        `The server (pid ${owner}) has the embedded database in ${dataDir} open, so it cannot be read from here.`,
        "The running server takes consistent backups itself: set ATLAS_BACKUP_DIR (and ATLAS_BACKUP_INTERVAL_HOURS,",
        `ATLAS_BACKUP_KEEP) in its environment, or ask it for one now with \`kill -USR2 ${owner}\` (written to its ATLAS_BACKUP_DIR).`,
        "Otherwise stop the server and run `pnpm db:backup` again.",
      ].join("\n"),
    );
    process.exit(1);
  }
  const result = await backupDataDir(dataDir, target);
  console.log(`Backed up the embedded database in ${dataDir} to ${result.file} (${formatBytes(result.bytes)}, ${(result.ms / 1000).toFixed(1)} s).`);
}

async function restore(): Promise<void> {
  if (!file) usage();
  const source = fromCaller(file);
  const isPostgresBackup = source.endsWith(".dump");
  const to = options.to ?? (isPostgresBackup ? databaseUrl : dataDir);
  if (isPostgresBackup) {
    if (!to || !/^postgres(ql)?:\/\//.test(to)) {
      throw new BackupError("A .dump file is a PostgreSQL backup: give the target database as --to postgresql://… (or DATABASE_URL).");
    }
    await restorePostgres(source, to, { force: options.force });
    console.log(`Restored ${source} into ${redactUrl(to)}. Start the server with DATABASE_URL pointing at it.`);
    return;
  }
  if (to && /^postgres(ql)?:\/\//.test(to)) throw new BackupError("A .tar.gz file is a backup of the embedded database: give a folder as --to.");
  if (!options.to && databaseUrl) {
    throw new BackupError(
      "A .tar.gz file is a backup of the embedded database, but DATABASE_URL names a PostgreSQL server: give the folder to restore into as --to.",
    );
  }
  const folder = options.to ? fromCaller(options.to) : dataDir;
  await restoreDataDir(source, folder, { force: options.force });
  console.log(`Restored ${source} into ${folder}.${folder === dataDir ? "" : ` Start the server with ATLAS_DATA_DIR=${folder}.`}`);
}

function usage(): never {
  console.error("usage: pnpm db:backup [file]\n       pnpm db:restore <file> [--to folder|postgresql://…] [--force]");
  process.exit(2);
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

try {
  if (command === "backup") await backup();
  else if (command === "restore") await restore();
  else usage();
} catch (error) {
  if (error instanceof BackupError || error instanceof DatabaseUnavailableError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
