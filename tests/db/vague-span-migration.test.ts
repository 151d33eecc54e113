// Migration timeline_under_way_reads makes the database say what every write of the app
// already did: a meeting known to its month, quarter or year is stored as its period's first
// and last day. A row a script wrote otherwise must not stop the database from starting: the
// migration gives it its period's days (what its precision says) before adding the CHECK,
// and the maintained tallies follow. Runs on a database left at the migration before it.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import { applyMigrations, readMigrations } from "@atlas/db/migrate";
import { openEmptyDatabase } from "../support/empty-database.ts";

const all = readMigrations();
const underWay = all.findIndex((m) => m.name.endsWith("_timeline_under_way_reads"));

const ids = { month: randomUUID(), quarter: randomUUID(), year: randomUUID(), stored: randomUUID(), day: randomUUID() };

/** Rows as a script could write them before the CHECK: vague dates on any day, with or without an end. */
const oldRows = `
  INSERT INTO "Interaction" (id, title, kind, "startsAt", "endsAt", "datePrecision", "updatedAt") VALUES
    ('${ids.month}', 'В мае', 'MEETING', '2025-05-14', NULL, 'MONTH', now()),
    ('${ids.quarter}', 'Во II квартале', 'MEETING', '2025-05-20', '2025-05-21', 'QUARTER', now()),
    ('${ids.year}', 'В 2024 году', 'MEETING', '2024-02-29', NULL, 'YEAR', now()),
    ('${ids.stored}', 'В марте, как пишет приложение', 'MEETING', '2025-03-01', '2025-03-31', 'MONTH', now()),
    ('${ids.day}', 'Три дня', 'VISIT', '2025-05-13', '2025-05-15', 'DAY', now());
`;

describe("timeline_under_way_reads migration", () => {
  let db: Database;
  let drop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    expect(underWay).toBeGreaterThan(0);
    ({ db, drop } = await openEmptyDatabase());
    await applyMigrations(db.raw, all.slice(0, underWay));
    await db.raw.execInTransaction(oldRows, { sql: "SELECT 1", params: [] });
    expect(await applyMigrations(db.raw)).toEqual(all.slice(underWay).map((m) => m.name));
  }, 120_000);

  afterAll(async () => {
    await db?.close();
    await drop?.();
  });

  it("gives each vague meeting its period's first and last day, and leaves the others as they were", async () => {
    const rows = await db.raw.query<{ id: string; starts: string; ends: string | null }>(
      `SELECT id::text AS id, to_char("startsAt", 'YYYY-MM-DD') AS starts, to_char("endsAt", 'YYYY-MM-DD') AS ends FROM "Interaction"`,
    );
    const span = Object.fromEntries(rows.map((r) => [r.id, [r.starts, r.ends]]));
    expect(span).toEqual({
      [ids.month]: ["2025-05-01", "2025-05-31"],
      [ids.quarter]: ["2025-04-01", "2025-06-30"],
      [ids.year]: ["2024-01-01", "2024-12-31"],
      [ids.stored]: ["2025-03-01", "2025-03-31"],
      [ids.day]: ["2025-05-13", "2025-05-15"],
    });
  });

  it("keeps the tallies exact through the change", async () => {
    const tally = await db.raw.query<{ key: string }>(
      `SELECT concat_ws('|', "startMonth", "endMonth", precision, count) AS key FROM "InteractionTally" WHERE "scopeKind" = 'all' AND count > 0 ORDER BY 1`,
    );
    expect(tally.map((t) => t.key)).toEqual([
      "2024-01-01|2024-12-01|YEAR|1",
      "2025-03-01|2025-03-01|MONTH|1",
      "2025-04-01|2025-06-01|QUARTER|1",
      "2025-05-01|2025-05-01|DAY|1",
      "2025-05-01|2025-05-01|MONTH|1",
    ]);
  });
});
