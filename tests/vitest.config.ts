import { defineConfig } from "vitest/config";

// TEST_DATABASE_URL=postgresql://... runs the same suite on a PostgreSQL server;
// without it every test file gets its own in-memory PGlite (the browser files share
// one server with its database, started only when a browser file runs).
export default defineConfig({
  test: {
    root: new URL(".", import.meta.url).pathname,
    include: ["**/*.test.ts", "**/*.test.tsx"],
    exclude: ["**/node_modules/**"],
    globalSetup: ["./support/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // expect.poll waits 1 s by default: too short for a page to catch up on a loaded machine
    // (the browser journeys poll the interface, like Playwright's own waits, which allow 30 s).
    expect: { poll: { timeout: 15_000 } },
    pool: "forks",
    // Vitest's default leaves one core idle; the suite's files are independent (each has
    // its own database, or its own records on the browser files' shared server, see
    // browser/support/hub.ts), so both cores of a CI machine work.
    maxWorkers: 2,
  },
});
