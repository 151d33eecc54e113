// The real tRPC server in component tests: the client's fetch goes to the app router
// through tRPC's fetch adapter, on a migrated in-memory database (PGlite), as the
// signed-in user the test chooses. What the page shows is then what the server did.
// A test file using it runs in the jsdom-ssr environment (tests/jsdom-ssr.ts).
import { vi } from "vitest";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@atlas/server/routers/_app";
import { createContextInner, type SessionUser } from "@atlas/server/context";
import { openTestDatabase } from "../../support/test-database.ts";
import { callersFor } from "../../support/callers.ts";

export type RealServer = Awaited<ReturnType<typeof startRealServer>>;

/** Opens a database, creates a user per role and sends the client's requests to the server as the chosen user. */
export async function startRealServer() {
  const db = await openTestDatabase();
  const callers = await callersFor(db);
  let user: SessionUser | null = callers.users.editor;
  const fetchMock = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    const request = new Request(new URL(String(url), "http://atlas.test").href, init);
    return fetchRequestHandler({ endpoint: "/trpc", req: request, router: appRouter, createContext: () => createContextInner({ db, user }) });
  });
  return {
    db,
    callers,
    /** Routes the client's requests to the server, signed in as this user (again after each test's clean-up). */
    signInAs(next: SessionUser | null) {
      user = next;
      vi.stubGlobal("fetch", fetchMock);
    },
    close: () => db.close(),
  };
}
