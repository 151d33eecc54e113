import { defineConfig } from "vitest/config";

// TEST_DATABASE_URL=postgresql://... runs the same suite on a PostgreSQL server;
// without it every test file gets its own in-memory PGlite.
export default defineConfig({
  test: {
    root: new URL(".", import.meta.url).pathname,
    include: ["**/*.test.ts", "**/*.test.tsx"],
    exclude: ["**/node_modules/**"],
    globalSetup: ["./support/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Vitest's default leaves one core idle; the suite's files are independent (each has
    // its own database and server), so both cores of a CI machine work.
    maxWorkers: 2,
  },
});
