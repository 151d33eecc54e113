// Every input either valid or a 400 (issue 12): every procedure of the router gets seeded
// malformed inputs over HTTP, signed in as an administrator, and no answer may be a 500.
// A bounded count here; `pnpm fuzz --count N` runs the same inputs for longer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import { findBadText } from "@atlas/server/input-text";
import type { FieldProblem } from "@atlas/shared/error-keys";
import { openTestDatabase } from "../support/test-database.ts";
import { failure, callersFor } from "../support/callers.ts";
import { fuzzProcedure, formatFailures, startFuzzSession, type FuzzSession } from "../fuzz/harness.ts";
import { fuzzTargets, inputsFor } from "../fuzz/inputs.ts";

const seed = 20_260_512;
const perProcedure = 10;

let db: Database;
let session: FuzzSession;
const targets = fuzzTargets();

beforeAll(async () => {
  db = await openTestDatabase();
  session = await startFuzzSession(db);
});
afterAll(async () => {
  await session?.close();
  await db?.close();
});

describe("text the database cannot store is a 400 with the field's path", () => {
  type Answer = {
    error?: { code: string; message: string; data: { httpStatus: number; key: string; fieldErrors: Record<string, FieldProblem[]> | null } };
  };
  async function post(procedure: string, input: unknown) {
    const res = await session.app.inject({
      method: "POST",
      url: `/trpc/${procedure}`,
      headers: { host: "localhost:3000", "content-type": "application/json", origin: "http://localhost:3000", "sec-fetch-site": "same-origin" },
      payload: JSON.stringify(input),
    });
    return { status: res.statusCode, error: (res.json() as Answer).error };
  }

  it("refuses NUL in any text, even before signing in", async () => {
    const { status, error } = await post("auth.signIn", { email: "\u0000", password: "x" });
    expect(status).toBe(400);
    expect(error?.data.key).toBe("request.checkFields");
    expect(error?.data.fieldErrors).toEqual({ email: [{ key: "request.badCharacterInText", params: { character: "U+0000" } }] });
  });

  it("names the nested path and every bad field, lone surrogates included", async () => {
    const c = await callersFor(db);
    const problem = await failure(c.editor.source.create({ title: "a\u0000b", url: "https://example.org/t\uD800" } as never));
    expect(problem.code).toBe("BAD_REQUEST");
    expect(problem.fieldMessages).toEqual({
      title: ["Недопустимый символ в тексте (U+0000)"],
      url: ["Недопустимый символ в тексте (U+D800)"],
    });
    expect(problem.key).toBe("request.checkFields");
    expect(problem.message).toBe("Проверьте поля");
    const update = await failure(c.editor.source.update({ id: "00000000-0000-4000-8000-000000000000", version: 1, data: { title: "x\uDC00" } } as never));
    expect(update.fieldErrors).toEqual({ "data.title": [{ key: "request.badCharacterInText", params: { character: "U+DC00" } }] });
  });

  it("checks object keys and stays bounded on huge or deep inputs", async () => {
    expect(findBadText({ data: { "a\u0000": 1 } })).toEqual([
      { path: "data.a\\u0000", problem: { key: "request.badCharacterInFieldName", params: { character: "U+0000" } } },
    ]);
    expect(findBadText({ ok: "😀 ё", list: ["a", new Map([["k", "v"]])] })).toEqual([]);
    let deep: unknown = "x";
    for (let i = 0; i < 100; i++) deep = [deep];
    expect(findBadText(deep)[0]?.path).toBe("_");
    // The walk stops at its node limit (how fast that is, is the benchmark's business, not a test's).
    const huge = Array.from({ length: 500_000 }, () => "ok");
    expect(findBadText(huge)).toEqual([{ path: "_", problem: { key: "request.tooManyValues", params: { maximum: 200000 } } }]);
    // Many bad strings: the answer lists the first few, not all of them.
    expect(findBadText(Array.from({ length: 1000 }, () => "\u0000"))).toHaveLength(20);
  });

  it("answers a 400, not a 500, for numbers beyond PostgreSQL's integer", async () => {
    const c = await callersFor(db);
    const version = await failure(c.admin.source.update({ id: "00000000-0000-4000-8000-000000000000", version: 2_147_483_648, data: {} }));
    expect(version).toMatchObject({ code: "BAD_REQUEST", fieldMessages: { version: ["Слишком большое число"] } });
    const sortOrder = await failure(c.admin.sector.create({ code: "big", name: "Большой", nameEn: "Big", sortOrder: 2_147_483_648 }));
    expect(sortOrder).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { sortOrder: [{ key: "validation.millionRange" }] } });
  });
});

describe(`fuzz: ${perProcedure} seeded malformed inputs per procedure, no answer ≥ 500`, () => {
  it("covers every procedure of the router", () => {
    expect(targets.length).toBeGreaterThanOrEqual(80);
  });

  it.each(targets.map((t) => [t.path, t] as const))("%s", async (_path, target) => {
    const inputs = inputsFor(target, { seed, count: perProcedure, pool: session.pool });
    const { failures } = await fuzzProcedure(session, target, inputs);
    expect(failures, formatFailures(failures)).toEqual([]);
  });
});
