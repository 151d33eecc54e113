// Fills a database with the reference lists, the Vologda — Kazakhstan case and,
// optionally, a generated demo dataset. Safe to run again: nothing is created twice.
import type { PrismaClient } from "../src/generated/prisma/client.ts";
import type { CalendarDay } from "@atlas/shared/calendar-day";
import { seedGenerated, type SeedGeneratedResult } from "./generator.ts";
import { seedKazakhstanCase } from "./kazakhstan-case.ts";
import { seedSectors } from "./sectors.ts";
import type { SeedDb } from "./seed-db.ts";
import type { WriteMethod } from "./write-rows.ts";

export type SeedDatabaseOptions = {
  /** Also write a generated dataset of this size (see generator.ts). */
  generated?: { seed: number; partners: number; interactions: number; method?: WriteMethod };
  /**
   * The home region's day the generated data is "as of" (contacts before it, planned
   * events after it); default: today in `timeZone`.
   */
  today?: CalendarDay;
  /** The home region's time zone (IANA), for the default `today`; default: Europe/Moscow, Vologda's. */
  timeZone?: string;
  /** The instant for bookkeeping stamps (createdAt, completedAt…); defaults to the current time. */
  now?: Date;
  /** Called after each table of the generated dataset is written (for logs). */
  onProgress?: (table: string, written: number) => void;
};

export type SeedDatabaseResult = { generated: SeedGeneratedResult | null };

export async function seedDatabase(prisma: PrismaClient | SeedDb, options: SeedDatabaseOptions = {}): Promise<SeedDatabaseResult> {
  await seedSectors(prisma);
  await seedKazakhstanCase(prisma);
  const generated = options.generated
    ? await seedGenerated(prisma, {
        ...options.generated,
        today: options.today,
        timeZone: options.timeZone,
        now: options.now ?? new Date(),
        onProgress: options.onProgress,
      })
    : null;
  // Fresh statistics after a bulk load: the embedded database has no autovacuum, and
  // on a server it may not have run yet; without them the planner chooses very slow plans.
  await prisma.$executeRawUnsafe("ANALYZE");
  return { generated };
}

/** True when the database holds no partners at all: a fresh installation that may be seeded. */
export async function isDatabaseEmpty(prisma: PrismaClient | SeedDb): Promise<boolean> {
  return (await prisma.partner.count()) === 0;
}
