// The real Cooperation Atlas for browser tests: a fresh test database with the demo
// data and demo accounts (as a first start in demo mode loads them), the API and the
// BUILT client on one port, listening on 127.0.0.1 at a free port. The browser files
// share one (see hub.ts); `startAtlas` is what the hub starts.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Database } from "@atlas/db/database";
import { buildApp } from "@atlas/server/app";
import { readEnv } from "@atlas/server/env";
import { prepareDemo } from "@atlas/server/demo";

// ATLAS_TEST_CLIENT_DIST lets several people (or agents) build and test their own copy side by side.
export const clientDist = process.env.ATLAS_TEST_CLIENT_DIST ?? fileURLToPath(new URL("../../../client/dist", import.meta.url));

export type RunningAtlas = { url: string; db: Database; close: () => Promise<void> };

/**
 * Starts the Atlas on `db` (a fresh database: it gets the demo data) and closes the
 * database with the server. `trustProxy` is the server's TRUST_PROXY: the shared server
 * trusts 127.0.0.1, so one test can sign in "from another address" with X-Forwarded-For.
 */
export async function startAtlas({
  db,
  interactions = 150,
  trustProxy = "false",
}: {
  db: Database;
  interactions?: number;
  trustProxy?: string;
}): Promise<RunningAtlas> {
  if (!existsSync(`${clientDist}/index.html`)) {
    await db.close();
    throw new Error("The browser tests drive the built client: run `pnpm --filter @atlas/client run build` first (pnpm test does).");
  }
  const env = readEnv({
    ATLAS_DEMO: "true",
    ATLAS_DEMO_INTERACTIONS: String(interactions),
    ATLAS_CLIENT_DIR: clientDist,
    LOG_LEVEL: "warn",
    HOST: "127.0.0.1",
    PORT: "0",
    TRUST_PROXY: trustProxy,
  });
  // No slow-down after a wrong password: the lockout itself is still counted.
  const app = await buildApp({ db, env, clock: { now: () => new Date(), sleep: async () => {} } });
  const seeded = await prepareDemo({ db, env, log: app.log });
  if (!seeded) throw new Error("the demo data was not loaded into the fresh test database");
  await app.listen({ host: "127.0.0.1", port: 0 });
  const address = app.server.address();
  if (!address || typeof address === "string") throw new Error("the server has no TCP address");
  return {
    url: `http://127.0.0.1:${address.port}`,
    db,
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}
