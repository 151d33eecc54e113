// The server's queue for the reads that cost the most (issue 12, PostgreSQL under load):
// a few run at a time, the rest wait their turn without a connection, and a write never
// waits behind them. Checked with promises the test resolves itself, never with timing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import { defaultHeavyReadsAtOnce, heavyReadGate, type HeavyReadGate } from "@atlas/server/heavy-reads";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor, callerWith, failure } from "../support/callers.ts";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("heavy-read gate", () => {
  it("runs one read at a time with one slot; the next starts when the first ends", async () => {
    const gate = heavyReadGate(1);
    const first = deferred();
    const started: string[] = [];
    const a = gate.run(async () => {
      started.push("a");
      await first.promise;
      return "a";
    });
    const b = gate.run(async () => {
      started.push("b");
      return "b";
    });
    // Let every queued microtask run: b must still wait for a.
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual(["a"]);
    first.resolve();
    expect(await Promise.all([a, b])).toEqual(["a", "b"]);
    expect(started).toEqual(["a", "b"]);
  });

  it("refuses with 503 and Retry-After when too many already wait, and takes new reads once the queue drains", async () => {
    const gate = heavyReadGate(1, 1);
    const hold = deferred();
    const running = gate.run(() => hold.promise);
    const waiting = gate.run(async () => "waited");
    const refused = await gate
      .run(async () => "never")
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(refused).toMatchObject({ code: "SERVICE_UNAVAILABLE", message: "Сервер перегружен. Повторите через 5 с." });
    expect((refused as { cause: { retryAfterSeconds: number } }).cause.retryAfterSeconds).toBe(5);
    hold.resolve();
    await running;
    expect(await waiting).toBe("waited");
    expect(await gate.run(async () => "again")).toBe("again");
  });

  it("is one slot per ten pooled connections, at least one", () => {
    expect([1, 9, 10, 20, 35, 200].map(defaultHeavyReadsAtOnce)).toEqual([1, 1, 1, 2, 3, 20]);
  });
});

describe("which procedures queue", () => {
  let db: Database;
  let callers: Awaited<ReturnType<typeof callersFor>>;
  beforeAll(async () => {
    db = await openTestDatabase();
    callers = await callersFor(db);
  });
  afterAll(async () => {
    await db.close();
  });

  /** A gate that records what passed through it. */
  function recordingGate(): HeavyReadGate & { seen: number } {
    const inner = heavyReadGate(1);
    const gate = {
      seen: 0,
      run<T>(read: () => Promise<T>) {
        gate.seen++;
        return inner.run(read);
      },
    };
    return gate;
  }

  it("the overview aggregates, dossier and timeline go through the queue; lists and writes do not", async () => {
    const gate = recordingGate();
    const { caller } = callerWith({ db, user: callers.users.viewer, heavyReads: gate });
    await caller.dashboard.summary({});
    await caller.dashboard.signals({});
    await caller.timeline.list({});
    expect(gate.seen).toBe(3);
    await caller.partner.list({});
    await caller.meeting.list({});
    expect(gate.seen).toBe(3);
  });

  it("a write is not held behind a heavy read that is running", async () => {
    const gate = heavyReadGate(1);
    const hold = deferred();
    const busy = gate.run(() => hold.promise);
    const { caller } = callerWith({ db, user: callers.users.editor, heavyReads: gate });
    const partner = await caller.partner.create({ name: "Очередь тяжёлых чтений", level: "COUNTRY" });
    expect(partner.id).toBeTruthy();
    hold.resolve();
    await busy;
  });

  it("a call refused by its role never waits in the queue", async () => {
    const gate = recordingGate();
    const { caller } = callerWith({ db, user: null, heavyReads: gate });
    expect((await failure(caller.dashboard.summary({}))).code).toBe("UNAUTHORIZED");
    expect(gate.seen).toBe(0);
  });
});
