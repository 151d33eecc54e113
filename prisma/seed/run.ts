// Seeds the database from the command line (the database the server would open:
// DATABASE_URL, else the embedded one in ATLAS_DATA_DIR). Stop the server first when
// it uses the embedded database: only one process may open its folder.
//
//   tsx seed/run.ts                       reference lists, the case and a demo dataset
//   tsx seed/run.ts --interactions 100000 --partners 300 --seed 7
//   tsx seed/run.ts --case-only           reference lists and the case, no generated data
//   tsx seed/run.ts --today 2026-11-25    generated data "as of" that day (default: today
//                                         in ATLAS_TIME_ZONE, else Europe/Moscow)
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { isCalendarDay, isTimeZone } from "@atlas/shared/calendar-day";
import { databaseOptionsFromUrl, openDatabase } from "../src/database.ts";
import { seedDatabase } from "./seed-database.ts";

const { values } = parseArgs({
  options: {
    seed: { type: "string", default: "2024" },
    partners: { type: "string", default: "150" },
    interactions: { type: "string", default: "5000" },
    "case-only": { type: "boolean", default: false },
    today: { type: "string" },
  },
});

if (values.today !== undefined && !isCalendarDay(values.today)) {
  console.error("--today must be a day as YYYY-MM-DD (1900–2100)");
  process.exit(2);
}
// The same setting the server reads: "today" is the home region's day.
const timeZone = process.env.ATLAS_TIME_ZONE?.trim() || undefined;
if (timeZone && !isTimeZone(timeZone)) {
  console.error(`ATLAS_TIME_ZONE must be an IANA time zone such as Europe/Moscow, not ${timeZone}`);
  process.exit(2);
}

function count(name: string, value: string, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > max) {
    console.error(`--${name} must be a whole number from 0 to ${max}`);
    process.exit(2);
  }
  return n;
}

const generated = values["case-only"]
  ? undefined
  : {
      seed: count("seed", values.seed, 2 ** 31),
      partners: count("partners", values.partners, 5000),
      interactions: count("interactions", values.interactions, 1_000_000),
    };

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const dataDir = process.env.ATLAS_DATA_DIR ?? path.join(repoRoot, ".data", "atlas");
const db = await openDatabase(databaseOptionsFromUrl(process.env.DATABASE_URL, dataDir));
try {
  const started = Date.now();
  const result = await seedDatabase(db.prisma, {
    generated,
    today: values.today,
    timeZone,
    onProgress: (table, written) => console.log(`${table}: ${written}`),
  });
  const note = result.generated?.skipped ? " (the generated dataset was there already)" : "";
  console.log(`Seeded ${db.location} in ${((Date.now() - started) / 1000).toFixed(1)} s${note}.`);
} finally {
  await db.close();
}
