// The calendar-days migration turns instants into days of the home region's calendar
// (Moscow): a meeting stored at 21:30 UTC on 12 November happened on 13 November in
// Vologda and must stay there. Runs on a database left at the previous migration.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import { applyMigrations, readMigrations } from "@atlas/db/migrate";
import { openEmptyDatabase } from "../support/empty-database.ts";

const all = readMigrations();
const calendarDays = all.findIndex((m) => m.name.endsWith("_calendar_days"));
const before = all.slice(0, calendarDays);

const ids = {
  meeting: randomUUID(),
  agreement: randomUUID(),
  change: randomUUID(),
  event: randomUUID(),
  stop: randomUUID(),
  task: randomUUID(),
  plan: randomUUID(),
  source: randomUUID(),
};

/** Rows written the way the previous version stored them: instants in UTC. */
const oldRows = `
  INSERT INTO "Source" (id, title, "publishedAt", "updatedAt") VALUES ('${ids.source}', 'Пресс-релиз', '2024-11-12 21:30:00', now());
  INSERT INTO "Interaction" (id, title, kind, "startsAt", "endsAt", "updatedAt")
    VALUES ('${ids.meeting}', 'Визит посла', 'VISIT', '2024-11-12 21:30:00', '2024-11-13 20:59:59', now());
  INSERT INTO "Agreement" (id, title, kind, stage, "stageChangedAt", "signedAt", "effectiveAt", "expiresAt", "updatedAt")
    VALUES ('${ids.agreement}', 'Меморандум', 'MEMORANDUM', 'IN_FORCE', '2024-06-19 21:00:00', '2024-06-05 21:00:00', '2024-06-19 21:00:00', '2029-06-19 12:00:00', now());
  INSERT INTO "AgreementStageChange" (id, "agreementId", "toStage", "changedAt") VALUES ('${ids.change}', '${ids.agreement}', 'SIGNED', '2024-06-05 21:00:00');
  INSERT INTO "PlanItem" (id, "agreementId", title, "dueDate", "updatedAt") VALUES ('${ids.plan}', '${ids.agreement}', 'План', '2025-01-31 21:00:00', now());
  INSERT INTO "Event" (id, title, kind, "startsAt", "endsAt", "updatedAt") VALUES ('${ids.event}', 'Тур', 'TOUR', '2024-11-30 21:00:00', '2024-12-31 00:00:00', now());
  INSERT INTO "EventStop" (id, "eventId", position, place, date) VALUES ('${ids.stop}', '${ids.event}', 0, 'Астана', '2024-12-15 22:00:00');
  INSERT INTO "FollowUp" (id, title, "dueDate", "updatedAt") VALUES ('${ids.task}', 'Подготовить', '2024-12-01 00:00:00', now());
`;

const dayOf = async (db: Database, sql: string) => (await db.raw.query<{ day: string | null }>(`SELECT to_char((${sql}), 'YYYY-MM-DD') AS day`))[0]?.day;

describe("calendar-days migration", () => {
  let db: Database;
  let drop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    expect(calendarDays).toBeGreaterThan(0);
    ({ db, drop } = await openEmptyDatabase());
    await applyMigrations(db.raw, before);
    await db.raw.execInTransaction(oldRows, { sql: "SELECT 1", params: [] });
    expect(await applyMigrations(db.raw)).toEqual(all.slice(calendarDays).map((m) => m.name));
  }, 120_000);

  afterAll(async () => {
    await db?.close();
    await drop?.();
  });

  it("keeps each date on the day it was in Moscow", async () => {
    // 21:30 UTC is 00:30 the next day in Moscow.
    expect(await dayOf(db, `SELECT "startsAt" FROM "Interaction" WHERE id = '${ids.meeting}'`)).toBe("2024-11-13");
    expect(await dayOf(db, `SELECT "endsAt" FROM "Interaction" WHERE id = '${ids.meeting}'`)).toBe("2024-11-13");
    expect(await dayOf(db, `SELECT "publishedAt" FROM "Source" WHERE id = '${ids.source}'`)).toBe("2024-11-13");
    expect(await dayOf(db, `SELECT "signedAt" FROM "Agreement" WHERE id = '${ids.agreement}'`)).toBe("2024-06-06");
    expect(await dayOf(db, `SELECT "effectiveAt" FROM "Agreement" WHERE id = '${ids.agreement}'`)).toBe("2024-06-20");
    expect(await dayOf(db, `SELECT "stageChangedAt" FROM "Agreement" WHERE id = '${ids.agreement}'`)).toBe("2024-06-20");
    expect(await dayOf(db, `SELECT "expiresAt" FROM "Agreement" WHERE id = '${ids.agreement}'`)).toBe("2029-06-19");
    expect(await dayOf(db, `SELECT "changedAt" FROM "AgreementStageChange" WHERE id = '${ids.change}'`)).toBe("2024-06-06");
    expect(await dayOf(db, `SELECT "dueDate" FROM "PlanItem" WHERE id = '${ids.plan}'`)).toBe("2025-02-01");
    expect(await dayOf(db, `SELECT "startsAt" FROM "Event" WHERE id = '${ids.event}'`)).toBe("2024-12-01");
    expect(await dayOf(db, `SELECT "date" FROM "EventStop" WHERE id = '${ids.stop}'`)).toBe("2024-12-16");
    expect(await dayOf(db, `SELECT "dueDate" FROM "FollowUp" WHERE id = '${ids.task}'`)).toBe("2024-12-01");
  });

  it("marks every existing date as exact to the day and makes the columns days", async () => {
    const precision = await db.raw.query<{ p: string }>(`SELECT "datePrecision"::text AS p FROM "Interaction" WHERE id = '${ids.meeting}'`);
    expect(precision[0]?.p).toBe("DAY");
    const types = await db.raw.query<{ table_name: string; column_name: string; data_type: string }>(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
        WHERE table_schema = current_schema() AND column_name IN ('startsAt', 'endsAt', 'dueDate', 'changedAt', 'publishedAt', 'signedAt', 'date')
          AND table_name IN ('Interaction', 'Event', 'EventStop', 'FollowUp', 'PlanItem', 'AgreementStageChange', 'Source', 'Agreement')`,
    );
    expect(types.length).toBe(10);
    for (const t of types) expect(`${t.table_name}.${t.column_name}: ${t.data_type}`).toBe(`${t.table_name}.${t.column_name}: date`);
  });
});
