// Starts Cooperation Atlas: opens (and migrates) the database, seeds the demo data
// on an empty database in demo mode, serves HTTP, and shuts down gracefully.
import { databaseOptionsFromUrl, DatabaseUnavailableError, openDatabase } from "@atlas/db/database";
import { MigrationError } from "@atlas/db/migrate";
import { readEnv } from "./env.ts";
import { buildApp } from "./app.ts";
import { prepareDemo } from "./demo.ts";
import { prepareAccounts } from "./auth/accounts.ts";
import { pruneAuthTables } from "./auth/sessions.ts";
import { authSettingsFromEnv, systemClock } from "./auth/settings.ts";
import { startScheduledBackups, type BackupSchedule } from "./backup-schedule.ts";

async function main(): Promise<void> {
  const env = readEnv();
  let db;
  try {
    db = await openDatabase(databaseOptionsFromUrl(env.DATABASE_URL, env.ATLAS_DATA_DIR, { poolSize: env.DATABASE_POOL_SIZE }));
  } catch (error) {
    if (error instanceof DatabaseUnavailableError || error instanceof MigrationError) {
      console.error(`Cooperation Atlas cannot start: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const app = await buildApp({ db, env });
  app.log.info({ database: db.kind, location: db.location }, "database ready");
  await prepareDemo({ db, env, log: app.log });
  // Outside demo mode no @demo account survives; without an active admin, one is created
  // (a generated one-time password goes to standard output, not the log).
  await prepareAccounts({
    prisma: db.prisma,
    demo: env.ATLAS_DEMO,
    adminEmail: env.ATLAS_ADMIN_EMAIL,
    adminPassword: env.ATLAS_ADMIN_PASSWORD,
    log: app.log,
  });
  await pruneAuthTables({ prisma: db.prisma, settings: authSettingsFromEnv(env), now: systemClock.now() });

  let backups: BackupSchedule | null = null;
  if (env.ATLAS_BACKUP_DIR) {
    backups = startScheduledBackups({
      db,
      databaseUrl: env.DATABASE_URL,
      dir: env.ATLAS_BACKUP_DIR,
      intervalHours: env.ATLAS_BACKUP_INTERVAL_HOURS,
      keep: env.ATLAS_BACKUP_KEEP,
      log: app.log,
    });
  }
  // `kill -USR2 <pid>`: a backup now, into ATLAS_BACKUP_DIR (what `pnpm db:backup` suggests while the server runs).
  process.on("SIGUSR2", () => {
    if (!backups) {
      app.log.warn({}, "SIGUSR2: no backup taken, ATLAS_BACKUP_DIR is not set");
      return;
    }
    backups.runNow().catch((error: unknown) => app.log.error({ err: error }, "backup on SIGUSR2 failed"));
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, "shutting down: finishing requests in flight");
    await backups?.stop();
    // Fastify stops accepting connections and waits for requests in flight; only then does the database close.
    await app.close();
    await db.close();
    app.log.info("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));

  await app.listen({ port: env.PORT, host: env.HOST });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
