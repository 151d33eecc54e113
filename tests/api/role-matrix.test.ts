// Every procedure declares the least role it needs, and the middleware enforces it:
// this walks the whole router and calls every procedure as nobody and as each role.
// A new procedure built without a role (or a public one not in the allow-list) fails here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import { roles, type TRole } from "@atlas/shared/enums";
import { hasRole } from "@atlas/shared/auth";
import { appRouter } from "@atlas/server/routers/_app";
import type { ProcedureMeta } from "@atlas/server/trpc";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor, failure, type Caller } from "../support/callers.ts";

/** Procedures anyone may call without signing in. Adding one here is a security decision. */
const publicAllowList = ["auth.signIn", "auth.signOut", "auth.me", "auth.publicConfig"];

type ProcedureDef = { _def: { type: string; meta?: ProcedureMeta } };
const procedures = Object.entries((appRouter._def as unknown as { procedures: Record<string, ProcedureDef> }).procedures).map(([path, procedure]) => ({
  path,
  type: procedure._def.type,
  role: procedure._def.meta?.role,
}));

/** Fails every input schema (they all take objects), so no procedure with an input actually runs. */
const invalidInput = "__role_matrix_invalid_input__";

function call(caller: Caller, path: string): Promise<unknown> {
  const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (input: unknown) => Promise<unknown>;
  return fn(invalidInput);
}

/** The tRPC code a call ends with, or "OK". */
async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch {
    return (await failure(promise)).code;
  }
}

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;

beforeAll(async () => {
  db = await openTestDatabase();
  c = await callersFor(db);
});
afterAll(async () => db?.close());

describe("role × procedure matrix", () => {
  it("finds the procedures of every router", () => {
    const paths = procedures.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([...publicAllowList, "auth.changePassword", "admin.users.list", "partner.list", "partner.create", "partner.delete"]),
    );
  });

  it("every procedure declares a role; PUBLIC only on the allow-list", () => {
    const undeclared = procedures.filter((p) => !p.role || !["PUBLIC", ...roles].includes(p.role)).map((p) => p.path);
    expect(undeclared).toEqual([]);
    const publicOnes = procedures.filter((p) => p.role === "PUBLIC").map((p) => p.path);
    expect(publicOnes.sort()).toEqual([...publicAllowList].sort());
  });

  it("admin.* needs ADMIN", () => {
    const admin = procedures.filter((p) => p.path.startsWith("admin."));
    expect(admin.length).toBeGreaterThan(0);
    expect(admin.filter((p) => p.role !== "ADMIN").map((p) => p.path)).toEqual([]);
  });

  it("bulk import: editors only, the preview too (it reads a file into records to be written)", () => {
    const declared = Object.fromEntries(procedures.filter((p) => p.path.startsWith("bulkImport.")).map((p) => [p.path, p.role]));
    expect(declared).toEqual({ "bulkImport.preview": "EDITOR", "bulkImport.commit": "EDITOR" });
  });

  it("export facts: viewers read, editors write (delete included: a fact entered by mistake)", () => {
    const declared = Object.fromEntries(procedures.filter((p) => p.path.startsWith("exportFact.")).map((p) => [p.path, p.role]));
    expect(declared).toEqual({
      "exportFact.list": "VIEWER",
      "exportFact.byId": "VIEWER",
      "exportFact.create": "EDITOR",
      "exportFact.update": "EDITOR",
      "exportFact.delete": "EDITOR",
    });
  });

  it("the user directory (for assigning follow-ups) needs EDITOR, like the writes that use it", () => {
    expect(procedures.find((p) => p.path === "user.directory")?.role).toBe("EDITOR");
  });

  it("saved views: everyone reads the list, analysts save; calendar feeds are an analyst's tool", () => {
    const declared = Object.fromEntries(procedures.filter((p) => /^(savedView|calendarFeed)\./.test(p.path)).map((p) => [p.path, p.role]));
    expect(declared).toEqual({
      "savedView.list": "VIEWER",
      "savedView.create": "ANALYST",
      "savedView.update": "ANALYST",
      "savedView.delete": "ANALYST",
      "calendarFeed.list": "ANALYST",
      "calendarFeed.create": "ANALYST",
      "calendarFeed.revoke": "ANALYST",
    });
  });

  it("the periodic report needs ANALYST (issue 15: analysts prepare it for leadership)", () => {
    expect(procedures.filter((p) => p.path.startsWith("report.")).map((p) => [p.path, p.role])).toEqual([["report.get", "ANALYST"]]);
  });

  const callers = (): Array<{ who: "anonymous" | TRole; caller: Caller }> => [
    { who: "anonymous", caller: c.anonymous },
    { who: "VIEWER", caller: c.viewer },
    { who: "ANALYST", caller: c.analyst },
    { who: "EDITOR", caller: c.editor },
    { who: "ADMIN", caller: c.admin },
  ];

  it.each(procedures.map((p) => [p.path, p.role] as const))("%s (%s)", async (path, role) => {
    const seen: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const { who, caller } of callers()) {
      const code = await outcome(call(caller, path));
      const allowed = role === "PUBLIC" || (who !== "anonymous" && hasRole(who, role as TRole));
      // Allowed: the role check passes and the call goes on (to input validation, typically BAD_REQUEST).
      seen[who] = allowed ? (code === "UNAUTHORIZED" || code === "FORBIDDEN" ? code : "passes") : code;
      expected[who] = allowed ? "passes" : who === "anonymous" ? "UNAUTHORIZED" : "FORBIDDEN";
    }
    expect(seen).toEqual(expected);
  });
});
