import type { FastifyBaseLogger } from "fastify";
import type { Database } from "@atlas/db/database";
import { isDatabaseEmpty, seedDatabase } from "@atlas/db/seed/seed-database";
import type { Env } from "./env.ts";

/** In demo mode an empty database gets the demo data, so a first start shows a working product. */
export async function prepareDemo({ db, env, log }: { db: Database; env: Env; log: FastifyBaseLogger }): Promise<void> {
  if (!env.ATLAS_DEMO) return;
  if (!(await isDatabaseEmpty(db.prisma))) return;
  const started = Date.now();
  log.info({ interactions: env.ATLAS_DEMO_INTERACTIONS }, "demo mode: loading demo data into the empty database");
  await seedDatabase(db.prisma, {
    generated: { seed: 2024, partners: 150, interactions: env.ATLAS_DEMO_INTERACTIONS },
  });
  log.info({ ms: Date.now() - started }, "demo data loaded");
}
