// Drives the real app over HTTP (Fastify's inject) with fuzz inputs, signed in as an
// administrator, the way the web client calls it: queries as GET ?input=, mutations as
// JSON POST from the app's own origin, both plain JSON. Shared by the fuzz test and the
// long run.
import type { Database } from "@atlas/db/database";
import { buildApp, type FastifyInstance, type InjectOptions, type LightMyRequestResponse } from "@atlas/server/app";
import { readEnv } from "@atlas/server/env";
import type { Clock } from "@atlas/server/auth/settings";
import { callersFor } from "../support/callers.ts";
import type { FuzzInput, FuzzTarget, IdPool } from "./inputs.ts";

const host = "localhost:3000";
const origin = `http://${host}`;
const adminEmail = "fuzz-admin@vologda.example";
const adminPassword = "Фаззинг-пароль-2026";

export type FuzzFailure = { procedure: string; status: number; input: string; answer: string };

export type FuzzSession = {
  app: FastifyInstance;
  pool: IdPool;
  /** Sends one input; returns the status (and records ids from successful answers in the pool). */
  send(target: FuzzTarget, input: FuzzInput): Promise<{ status: number; body: string }>;
  close(): Promise<void>;
};

/**
 * The request text for an input: plain JSON, as the client makes it. JSON has no bigint
 * (JSON.stringify throws on one), so a bigint goes as its digits; a Date goes as its
 * toJSON text (null when invalid), a Map or Set as {}: what a hostile client could send.
 */
export function inputText(input: FuzzInput): string | undefined {
  if (input.kind === "raw") return input.text;
  if (input.value === undefined) return undefined;
  return JSON.stringify(input.value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
}

/** Text of an input as it was sent, short enough for a report. */
export function describeInput(input: FuzzInput): string {
  const text = input.kind === "raw" ? `raw ${input.text}` : (inputText(input) ?? "(no input)");
  return text.length > 400 ? `${text.slice(0, 400)}… (${text.length} characters)` : text;
}

/** Starts the app on `db` with an administrator (and one record of each reference kind), signed in over HTTP. */
export async function startFuzzSession(db: Database, { logLevel = "silent" }: { logLevel?: string } = {}): Promise<FuzzSession> {
  const c = await callersFor(db);
  const admin = await c.admin.admin.users.create({ email: adminEmail, name: "Фаззер", role: "ADMIN", password: adminPassword, mustChangePassword: false });
  // No slow-down after the fuzzer's wrong passwords.
  const clock: Clock = { now: () => new Date(), sleep: async () => {} };
  const env = readEnv({ ATLAS_DEMO: "false", LOG_LEVEL: logLevel, ATLAS_CLIENT_DIR: "/nonexistent-client" });
  const app = await buildApp({ db, env, clock });
  // The session user's own id stays out of the pool: an update or password reset of the
  // fuzzer's own account would end its session and leave the rest of the run at 401.
  const ownIds = new Set([admin.id, c.users.admin.id]);
  const pool: IdPool = { ids: [], byKind: {} };
  const seen = new Set<string>();
  let cookie = "";

  async function signIn(): Promise<void> {
    const res = await inject("auth.signIn", "mutation", JSON.stringify({ email: adminEmail, password: adminPassword }), false);
    const session = res.cookies.find((x) => x.name === "atlas_session");
    if (!session) throw new Error(`the fuzzer could not sign in: ${res.statusCode} ${res.body.slice(0, 300)}`);
    cookie = `atlas_session=${session.value}`;
  }

  function inject(procedure: string, type: "query" | "mutation", text: string | undefined, withCookie = true): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { host };
    // signOut would end the fuzzer's session: it is fuzzed without one.
    if (withCookie && cookie && procedure !== "auth.signOut") headers.cookie = cookie;
    const options: InjectOptions =
      type === "query"
        ? { method: "GET", url: `/trpc/${procedure}${text !== undefined ? `?input=${encodeURIComponent(text)}` : ""}`, headers }
        : {
            method: "POST",
            url: `/trpc/${procedure}`,
            headers: { ...headers, "content-type": "application/json", origin, "sec-fetch-site": "same-origin" },
            payload: text ?? "",
          };
    return app.inject(options);
  }

  /** Ids in an answer: the record's own (and a list's items') count as the procedure's namespace, nested ones only in the general pool. */
  function harvest(value: unknown, kind: string | null, depth = 0): void {
    if (depth > 6 || value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      for (const item of value.slice(0, 20)) harvest(item, kind, depth + 1);
      return;
    }
    for (const [key, item] of Object.entries(value)) {
      if (key === "id" && typeof item === "string" && /^[0-9a-f-]{36}$/.test(item) && !ownIds.has(item) && !seen.has(item)) {
        seen.add(item);
        pool.ids.push(item);
        if (kind) (pool.byKind[kind] ??= []).push(item);
      } else {
        harvest(item, key === "items" ? kind : null, depth + 1);
      }
    }
  }

  await signIn();
  return {
    app,
    pool,
    async send(target, input) {
      const text = inputText(input);
      let res = await inject(target.path, target.type, text);
      if (res.statusCode === 401 && target.path !== "auth.changePassword") {
        // The session ended (a fuzzed call reached something that ends it): sign in again and repeat.
        await signIn();
        res = await inject(target.path, target.type, text);
      }
      if (res.statusCode === 200) {
        try {
          harvest((res.json() as { result: { data: unknown } }).result.data, target.path.split(".")[0]!);
        } catch {
          // Not a tRPC answer; nothing to learn from it.
        }
      }
      return { status: res.statusCode, body: res.body };
    },
    async close() {
      await app.close();
    },
  };
}

/** Sends the inputs one after another and returns those answered with a status of 500 or more. */
export async function fuzzProcedure(
  session: FuzzSession,
  target: FuzzTarget,
  inputs: FuzzInput[],
): Promise<{ failures: FuzzFailure[]; statuses: Record<number, number> }> {
  const failures: FuzzFailure[] = [];
  const statuses: Record<number, number> = {};
  for (const input of inputs) {
    const { status, body } = await session.send(target, input);
    statuses[status] = (statuses[status] ?? 0) + 1;
    if (status >= 500) failures.push({ procedure: target.path, status, input: describeInput(input), answer: body.slice(0, 300) });
  }
  return { failures, statuses };
}

export function formatFailures(failures: FuzzFailure[]): string {
  return failures.map((f) => `${f.procedure} → ${f.status}\n  input:  ${f.input}\n  answer: ${f.answer}`).join("\n");
}
