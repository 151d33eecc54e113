// The browser hub, in the global set-up's process: ONE Atlas server with the demo data
// and ONE Chromium for all browser test files, each started the first time a browser
// file asks for it (so a run without browser files starts neither). The test files
// reach it through a small HTTP endpoint on 127.0.0.1 (see shared.ts):
//   atlas     → { url } of the shared server (started on first call)
//   chromium  → { wsEndpoint } of the shared Chromium (launched on first call)
//   prisma    → runs one Prisma call on the shared server's database
//   users     → the test users, one per role (tests/support/callers.ts)
//   call      → runs one tRPC procedure as a test user, anonymously or as a given user
// Bodies and answers are superjson, so dates and the like survive the trip; every call
// carries the token the set-up handed to the workers.
import http from "node:http";
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import superjson from "superjson";
import type { BrowserServer } from "playwright-core";
import type { SessionUser } from "@atlas/server/context";
import { openDatabaseFrom, type DatabaseSource } from "../../support/database-source.ts";
import type { RunningAtlas } from "./server.ts";

export type BrowserHubAddress = { url: string; token: string };

type Callers = Awaited<ReturnType<typeof import("../../support/callers.ts").callersFor>>;

/** The calls a test file sends; see shared.ts for the other side. */
export type HubRequest =
  | { op: "atlas" }
  | { op: "chromium" }
  | { op: "prisma"; model: string; method: string; args: unknown }
  | { op: "users" }
  | { op: "call"; user: "anonymous" | keyof Callers["users"] | SessionUser; path: string; input: unknown };

export async function openBrowserHub(source: DatabaseSource): Promise<{ address: BrowserHubAddress; close: () => Promise<void> }> {
  const token = randomBytes(16).toString("hex");
  let atlas: Promise<RunningAtlas> | null = null;
  let chromium: Promise<BrowserServer> | null = null;
  let callers: Promise<Callers> | null = null;

  const startAtlas = () =>
    (atlas ??= (async () => {
      const { startAtlas } = await import("./server.ts");
      // 127.0.0.1 is trusted as a proxy: the sign-in lockout test comes "from" its own
      // address (X-Forwarded-For), so its 10 wrong passwords lock out only that address.
      return startAtlas({ db: await openDatabaseFrom(source), trustProxy: "127.0.0.1" });
    })());
  const launchChromium = () =>
    (chromium ??= (async () => {
      const [{ chromium: launcher }, { launchOptions }] = await Promise.all([import("playwright-core"), import("./browser.ts")]);
      return launcher.launchServer(launchOptions);
    })());
  const testCallers = () =>
    (callers ??= (async () => {
      const [running, { callersFor }] = await Promise.all([startAtlas(), import("../../support/callers.ts")]);
      return callersFor(running.db);
    })());

  async function handle(request: HubRequest): Promise<unknown> {
    switch (request.op) {
      case "atlas":
        return { url: (await startAtlas()).url };
      case "chromium":
        return { wsEndpoint: (await launchChromium()).wsEndpoint() };
      case "prisma": {
        const prisma = (await startAtlas()).db.prisma as unknown as Record<string, Record<string, (args: unknown) => Promise<unknown>>>;
        const model = prisma[request.model];
        const method = model?.[request.method];
        if (typeof method !== "function") throw new Error(`no Prisma method ${request.model}.${request.method}`);
        return method.call(model, request.args);
      }
      case "users":
        return (await testCallers()).users;
      case "call": {
        const c = await testCallers();
        let target: unknown = typeof request.user === "string" ? c[request.user] : c.as(request.user);
        for (const key of request.path.split(".")) target = (target as Record<string, unknown>)[key];
        if (typeof target !== "function") throw new Error(`no procedure ${request.path}`);
        return (target as (input: unknown) => Promise<unknown>)(request.input);
      }
    }
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      void (async () => {
        if (req.method !== "POST" || req.headers["x-hub-token"] !== token) {
          res.writeHead(403).end();
          return;
        }
        let status = 200;
        let body: unknown;
        try {
          body = { result: await handle(superjson.parse<HubRequest>(Buffer.concat(chunks).toString("utf8"))) };
        } catch (error) {
          status = 500;
          const e = error as { name?: string; message?: string; code?: string; stack?: string };
          body = { error: { name: e?.name ?? "Error", message: e?.message ?? String(error), code: e?.code, stack: e?.stack } };
        }
        res.writeHead(status, { "content-type": "application/json" }).end(superjson.stringify(body));
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    address: { url: `http://127.0.0.1:${port}`, token },
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      // Whatever was started, even if its start failed half-way.
      const settled = async <T>(p: Promise<T> | null) =>
        p
          ? p.then(
              (v) => v,
              () => null,
            )
          : null;
      await (await settled(chromium))?.close();
      await (await settled(atlas))?.close();
    },
  };
}
