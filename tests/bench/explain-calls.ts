// Where a read's time goes, statement by statement (issue 16), not part of `pnpm test`:
//
//   pnpm bench:explain [--interactions 100000] [--database NAME] [--only REGEX] [--top 5] [--plans]
//
// On the PostgreSQL benchmark database of that size (bench-database.ts; --database names a
// copy of it, e.g. one made with CREATE DATABASE … TEMPLATE atlas_bench_100000), runs each call of
// the read benchmark once to warm up, captures the SQL it sends (capture-sql.ts), runs each
// statement under EXPLAIN (ANALYZE, BUFFERS) and prints the call's statements slowest first
// with their execution time and shared buffers read; --plans also prints the slowest plans.
// The times are the database's alone: what bench:http's floor pays for each statement.
import { parseArgs } from "node:util";
import { openBenchDatabase } from "./bench-database.ts";
import { prepareBenchCalls } from "./bench-calls.ts";
import { captureSql } from "./capture-sql.ts";

const { values: args } = parseArgs({
  options: {
    interactions: { type: "string", default: "100000" },
    database: { type: "string" },
    only: { type: "string" },
    top: { type: "string", default: "5" },
    plans: { type: "boolean", default: false },
  },
});
const interactions = Number(args.interactions);
const top = Number(args.top);
const db = await openBenchDatabase({ kind: "postgresql", name: args.database ?? `atlas_bench_${interactions}` }, interactions);
const { caller, calls } = await prepareBenchCalls(db, args.only ? new RegExp(args.only) : null);

/** The first line of a statement that says what it is: its first SELECT/WITH line, shortened. */
const headline = (sql: string) => sql.replace(/\s+/g, " ").trim().slice(0, 110);

try {
  for (const c of calls) {
    await c.run(caller); // warm-up: caches, prepared plans
    const statements = await captureSql(() => c.run(caller));
    const explained = [];
    for (const s of statements) {
      const [row] = await db.raw.query<{
        "QUERY PLAN": Array<{ Plan: { "Shared Hit Blocks": number; "Shared Read Blocks": number }; "Execution Time": number }>;
      }>(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${s.text}`, s.values);
      const plan = row!["QUERY PLAN"][0]!;
      const text = args.plans
        ? (await db.raw.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${s.text}`, s.values)).map((r) => r["QUERY PLAN"]).join("\n")
        : "";
      explained.push({ ms: plan["Execution Time"], blocks: plan.Plan["Shared Hit Blocks"] + plan.Plan["Shared Read Blocks"], sql: s.text, text });
    }
    const total = explained.reduce((sum, e) => sum + e.ms, 0);
    console.log(`\n## ${c.name}: ${statements.length} statements, ${total.toFixed(1)} ms of execution in all`);
    for (const e of explained.sort((a, b) => b.ms - a.ms).slice(0, top)) {
      console.log(`${e.ms.toFixed(1).padStart(9)} ms ${String(e.blocks).padStart(8)} blocks  ${headline(e.sql)}`);
      if (args.plans) console.log(e.text.replace(/^/gm, "      "));
    }
  }
} finally {
  await db.close();
}
