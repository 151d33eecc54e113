// Starts the real server process (as `pnpm start` does, minus the client build) and
// talks to it over HTTP with a real tRPC client, like the web client would.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import type { AppRouter } from "@atlas/server/routers/_app";
import { withDatabase } from "../support/global-setup.ts";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

type RunningServer = { process: ChildProcess; url: string; output: () => string; exited: Promise<number | null> };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function startServer(env: Record<string, string>, { waitReady = true } = {}): Promise<RunningServer> {
  const port = await freePort();
  // The Node binary itself (not the shell shim on PATH), so that signals reach the server.
  const child = spawn(process.execPath, ["--import", "tsx", path.join(repoRoot, "server", "src", "main.ts")], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  if (waitReady) {
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
      try {
        if ((await fetch(`${url}/healthz`)).ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  return { process: child, url, output: () => output, exited };
}

/** A tRPC client that keeps the session cookie, as a browser would. */
function clientFor(url: string) {
  let cookie = "";
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: `${url}/trpc`,
        fetch: async (input, init) => {
          const headers = new Headers(init?.headers);
          if (cookie) headers.set("cookie", cookie);
          headers.set("origin", url);
          const response = await fetch(input, { ...init, headers });
          const setCookie = response.headers.get("set-cookie");
          if (setCookie) cookie = setCookie.split(";")[0]!;
          return response;
        },
      }),
    ],
  });
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), "atlas-server-"));
const template = inject("postgresTemplate");
const serverDatabase = template ? `atlas_http_${randomUUID().replaceAll("-", "").slice(0, 12)}` : null;
const databaseEnv: Record<string, string> =
  template && serverDatabase ? { DATABASE_URL: withDatabase(template.url, serverDatabase) } : { ATLAS_DATA_DIR: dataDir };
let server: RunningServer;

beforeAll(async () => {
  if (template && serverDatabase) {
    const admin = new pg.Client({ connectionString: template.url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${serverDatabase}`); // empty: the server migrates it itself
    await admin.end();
  }
  server = await startServer({ ...databaseEnv, ATLAS_DEMO: "true", ATLAS_DEMO_INTERACTIONS: "300" });
}, 180_000);

afterAll(async () => {
  if (server?.process.exitCode === null) {
    server.process.kill("SIGTERM");
    await server.exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
  if (template && serverDatabase) {
    const admin = new pg.Client({ connectionString: template.url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${serverDatabase} WITH (FORCE)`);
    await admin.end();
  }
});

describe("the server process", () => {
  it("answers the health check with the database kind", async () => {
    const health = await (await fetch(`${server.url}/healthz`)).json();
    expect(health).toEqual({ status: "ok", database: template ? "postgresql" : "pglite" });
  });

  it("serves partner.list over HTTP to a signed-in user, with the seed data", async () => {
    const client = clientFor(server.url);
    await client.auth.signIn.mutate({ email: "viewer@demo", password: "demo" });
    const page = await client.partner.list.query({ limit: 500 });
    const names = page.items.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["Вологодская область", "Республика Казахстан", "Алматинская область"]));
  });

  it("answers a malformed meeting.create with 400 and field paths, never 5xx", async () => {
    const client = clientFor(server.url);
    await client.auth.signIn.mutate({ email: "editor@demo", password: "demo" });
    const error = await client.meeting.create.mutate({ title: "", kind: "вечеринка" } as never).catch((e: unknown) => e);
    const shape = (error as { data?: { httpStatus?: number; fieldErrors?: Record<string, string[]> } }).data;
    expect(shape?.httpStatus).toBe(400);
    expect(Object.keys(shape?.fieldErrors ?? {})).toEqual(expect.arrayContaining(["title", "kind"]));
  });

  it("writes structured (JSON) log lines", () => {
    const lines = server
      .output()
      .split("\n")
      .filter((l) => l.startsWith("{"));
    expect(lines.length).toBeGreaterThan(0);
    expect(JSON.parse(lines[0]!)).toHaveProperty("level");
  });

  it.skipIf(!!template)("refuses to open a data folder another process is using, in one clear line", async () => {
    const second = await startServer({ ...databaseEnv, ATLAS_DEMO: "false" }, { waitReady: false });
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain("is in use by another process");
  });

  it("shuts down gracefully on SIGTERM", async () => {
    server.process.kill("SIGTERM");
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain("stopped");
  });
});

describe("an unreachable PostgreSQL server", () => {
  it("stops the start with one clear line", async () => {
    const port = await freePort(); // nothing listens there
    const failed = await startServer({ DATABASE_URL: `postgresql://root@127.0.0.1:${port}/atlas` }, { waitReady: false });
    expect(await failed.exited).toBe(1);
    expect(failed.output()).toMatch(/Cannot reach the PostgreSQL server at postgresql:\/\/root@127\.0\.0\.1:\d+\/atlas: ECONNREFUSED/);
  });
});
