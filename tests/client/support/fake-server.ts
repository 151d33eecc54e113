// A stand-in for the tRPC server in component tests: answers the client's batched
// requests from a table of handlers (with superjson, as the real server does) and
// records every call, so a test can check what the page asked for.
import { vi } from "vitest";
import superjson from "superjson";

export type FakeError = { code: string; httpStatus: number; message: string; fieldErrors?: Record<string, string[]> | null; retryAfterSeconds?: number | null };
export type FakeAnswer = { data: unknown } | { error: FakeError };
export type FakeHandler = (input: unknown, callNumber: number) => FakeAnswer;
export type FakeCall = { procedure: string; input: unknown };

export function fakeServer(handlers: Record<string, FakeHandler>) {
  const calls: FakeCall[] = [];
  const counts: Record<string, number> = {};
  const fetchMock = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    const u = new URL(String(url), "http://atlas.test");
    const procedures = decodeURIComponent(u.pathname.replace(/^\/trpc\//, "")).split(",");
    const inputs: Record<string, { json: unknown } | undefined> =
      init?.method === "POST" ? JSON.parse(String(init.body ?? "{}")) : JSON.parse(u.searchParams.get("input") ?? "{}");
    const results = procedures.map((procedure, i) => {
      const input = inputs[String(i)]?.json;
      calls.push({ procedure, input });
      counts[procedure] = (counts[procedure] ?? 0) + 1;
      const handler = handlers[procedure];
      if (!handler) {
        return { error: superjson.serialize({ message: `no handler for ${procedure}`, code: -32004, data: { code: "NOT_FOUND", httpStatus: 404, path: procedure } }) };
      }
      const answer = handler(input, counts[procedure]!);
      if ("data" in answer) return { result: { data: superjson.serialize(answer.data) } };
      const { code, httpStatus, message, fieldErrors = null, retryAfterSeconds = null } = answer.error;
      return { error: superjson.serialize({ message, code: -32600, data: { code, httpStatus, path: procedure, fieldErrors, current: null, retryAfterSeconds } }) };
    });
    return new Response(JSON.stringify(results), { status: 200, headers: { "content-type": "application/json" } });
  });
  vi.stubGlobal("fetch", fetchMock);
  return {
    calls,
    callsTo: (procedure: string) => calls.filter((c) => c.procedure === procedure),
  };
}

export const signedIn = (role: "VIEWER" | "ANALYST" | "EDITOR" | "ADMIN") => () => ({
  data: { id: "00000000-0000-4000-8000-000000000001", email: `${role.toLowerCase()}@test`, name: "Ирина Тестова", role, mustChangePassword: false },
});

export const emptyPage = () => ({ data: { items: [], nextCursor: null, total: 0 } });
