// What a browser test file uses: the ONE Atlas server with the demo data and the ONE
// Chromium that all browser files share (started by the hub in the global set-up's
// process the first time a file asks, see hub.ts). Each file makes its own browser
// contexts; what it writes, it writes into the shared database, so a file relies on
// its own records (or on demo data no other file changes), never on another file's.
//
// The database lives in the hub's process: `atlas.db.prisma.<model>.<method>(args)` and
// the test users' callers (`callersOf(atlas)`, as tests/support/callers.ts makes them)
// are carried over to it and answered from there.
import { inject } from "vitest";
import superjson from "superjson";
import { chromium, type Browser } from "playwright-core";
import type { Database } from "@atlas/db/database";
import type { SessionUser } from "@atlas/server/context";
import type { Caller, callersFor } from "../../support/callers.ts";
import type { HubRequest } from "./hub.ts";

export type SharedAtlas = { url: string; db: Pick<Database, "prisma"> };

async function hub<T>(request: HubRequest): Promise<T> {
  const { url, token } = inject("browserHub");
  const res = await fetch(url, { method: "POST", headers: { "x-hub-token": token, "content-type": "application/json" }, body: superjson.stringify(request) });
  const body = superjson.parse<{ result?: T; error?: { name: string; message: string; code?: string; stack?: string } }>(await res.text());
  if (body.error) {
    const error = Object.assign(new Error(body.error.message), { name: body.error.name, code: body.error.code });
    if (body.error.stack) error.stack = `${body.error.stack}\n    (in the browser hub's process)`;
    throw error;
  }
  return body.result as T;
}

/** The shared Atlas: its address, and its database's Prisma client (each call answered by the hub). */
export async function sharedAtlas(): Promise<SharedAtlas> {
  const { url } = await hub<{ url: string }>({ op: "atlas" });
  const prisma = new Proxy(
    {},
    {
      get: (_, model) =>
        typeof model !== "string" || model === "then"
          ? undefined
          : new Proxy(
              {},
              {
                get: (__, method) =>
                  typeof method !== "string" || method === "then" ? undefined : (args?: unknown) => hub({ op: "prisma", model, method, args }),
              },
            ),
    },
  ) as Database["prisma"];
  return { url, db: { prisma } };
}

/** A connection to the shared Chromium; `close()` ends this file's contexts and the connection, not the browser. */
export async function sharedBrowser(): Promise<Browser> {
  const { wsEndpoint } = await hub<{ wsEndpoint: string }>({ op: "chromium" });
  return chromium.connect(wsEndpoint);
}

/** A caller whose procedure calls run in the hub, as `user`. */
function remoteCaller(user: Extract<HubRequest, { op: "call" }>["user"]): Caller {
  const at = (path: string[]): unknown =>
    new Proxy(() => undefined, {
      get: (_, key) => (typeof key !== "string" || key === "then" ? undefined : at([...path, key])),
      apply: (_, __, [input]: unknown[]) => hub({ op: "call", user, path: path.join("."), input }),
    });
  return at([]) as Caller;
}

/** The test users (one per role) and a caller acting as each, as `callersFor` gives them, on the shared server. */
export async function callersOf(_atlas: SharedAtlas): Promise<Awaited<ReturnType<typeof callersFor>>> {
  const users = await hub<Awaited<ReturnType<typeof callersFor>>["users"]>({ op: "users" });
  return {
    users,
    anonymous: remoteCaller("anonymous"),
    viewer: remoteCaller("viewer"),
    analyst: remoteCaller("analyst"),
    editor: remoteCaller("editor"),
    admin: remoteCaller("admin"),
    as: (user: SessionUser | null) => remoteCaller(user ?? "anonymous"),
  };
}
