import type { FastifyBaseLogger } from "fastify";
import type { Database } from "@atlas/db/database";
import type { PrismaClient } from "./db.ts";
import type { Env } from "./env.ts";
import { ensureDemoAccounts } from "./auth/accounts.ts";
import { homeCalendar } from "./home-calendar.ts";
import type { CalendarDay } from "@atlas/shared/calendar-day";

/** What demo mode needs from the seed package (an injectable stand-in keeps tests fast). */
export type DemoSeeder = {
  isDatabaseEmpty(prisma: PrismaClient): Promise<boolean>;
  seedDatabase(prisma: PrismaClient, options: { generated: { seed: number; partners: number; interactions: number }; today?: CalendarDay }): Promise<unknown>;
};

// Loaded only in demo mode: a production start never reads the demo data.
const loadSeeder = async (): Promise<DemoSeeder> => import("@atlas/db/seed/seed-database");

/**
 * In demo mode an empty database gets the demo data and one account per role
 * (viewer@demo … admin@demo, password "demo"), so a first start shows a working
 * product. A database that held anything before never gets demo accounts.
 */
export async function prepareDemo({
  db,
  env,
  log,
  seeder,
}: {
  db: Database;
  env: Env;
  log: Pick<FastifyBaseLogger, "info">;
  seeder?: DemoSeeder;
}): Promise<boolean> {
  if (!env.ATLAS_DEMO) return false;
  const seed = seeder ?? (await loadSeeder());
  if (!(await seed.isDatabaseEmpty(db.prisma))) return false;
  const started = Date.now();
  log.info({ interactions: env.ATLAS_DEMO_INTERACTIONS }, "demo mode: loading demo data into the empty database");
  await seed.seedDatabase(db.prisma, {
    generated: { seed: 2024, partners: 150, interactions: env.ATLAS_DEMO_INTERACTIONS },
    // The demo's contacts lie before, and its planned events after, the home region's
    // today: the same day the server's signals and "upcoming" lists use.
    today: homeCalendar(env.ATLAS_TIME_ZONE).today(),
  });
  await ensureDemoAccounts(db.prisma);
  log.info({ ms: Date.now() - started, accounts: ["viewer@demo", "analyst@demo", "editor@demo", "admin@demo"] }, "demo data and demo accounts loaded");
  return true;
}
