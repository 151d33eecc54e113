// The SQL a procedure call sends, as PostgreSQL receives it: every statement Prisma's
// adapter (and raw SQL) sends goes through pg.Client#query, pools included. Used by the
// HTTP benchmark's floor (http-speed.ts) and by bench:explain (explain-calls.ts).
import { performance } from "node:perf_hooks";
import pg from "pg";
import type { FloorStatement } from "./sql-floor.ts";

export type SentStatement = FloorStatement & { start: number; end: number };

/** Runs `run` and returns the statements it sent (transaction control left out), in the order they started. */
export async function captureSql(run: () => Promise<unknown>): Promise<SentStatement[]> {
  const sent: SentStatement[] = [];
  const original = pg.Client.prototype.query as (...a: unknown[]) => unknown;
  pg.Client.prototype.query = function (this: pg.Client, ...a: unknown[]) {
    const config = a[0] as string | { text: string; values?: unknown[] };
    const text = typeof config === "string" ? config : config.text;
    const values = (typeof config === "string" && Array.isArray(a[1]) ? a[1] : typeof config === "object" ? config.values : undefined) as unknown[] | undefined;
    if (/^\s*(BEGIN|COMMIT|ROLLBACK|SET\s|SAVEPOINT|RELEASE)/i.test(text)) return original.apply(this, a);
    const entry: SentStatement = { text, values: values ?? [], start: performance.now(), end: Infinity };
    sent.push(entry);
    const done = () => void (entry.end = performance.now());
    // pg.Pool#query calls this with a callback; Prisma's adapter may also await the promise.
    const callback = a.at(-1);
    if (typeof callback === "function") {
      a[a.length - 1] = (...r: unknown[]) => (done(), (callback as (...x: unknown[]) => unknown)(...r));
      return original.apply(this, a);
    }
    const result = original.apply(this, a);
    if (result instanceof Promise) void result.then(done, done);
    return result;
  } as typeof pg.Client.prototype.query;
  try {
    await run();
  } finally {
    pg.Client.prototype.query = original as typeof pg.Client.prototype.query;
  }
  return sent.sort((a, b) => a.start - b.start);
}

/** Groups statements into waves: one that starts after every earlier one has ended begins a new wave. */
export function intoWaves(statements: SentStatement[]): FloorStatement[][] {
  const waves: FloorStatement[][] = [];
  let waveEnd = -Infinity;
  for (const s of statements) {
    if (waves.length === 0 || s.start >= waveEnd) {
      waves.push([]);
      waveEnd = s.end;
    } else waveEnd = Math.max(waveEnd, s.end);
    waves.at(-1)!.push({ text: s.text, values: s.values });
  }
  return waves;
}
