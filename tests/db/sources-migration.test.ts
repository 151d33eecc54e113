// The sources-as-records migrations keep every existing link: each meeting's, agreement's
// and event's single sourceId becomes a row of its link table before the column goes.
// The next one (hand-written) keys the existing sources' URLs by the same rules as
// normalizeSourceUrl, and of live duplicates keeps the key on the oldest only. Runs on
// a database left at the migration before them.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import { applyMigrations, readMigrations } from "@atlas/db/migrate";
import { normalizeSourceUrl } from "@atlas/shared/source-url";
import { openEmptyDatabase } from "../support/empty-database.ts";

const all = readMigrations();
const sourcesAsRecords = all.findIndex((m) => m.name.endsWith("_sources_as_records"));
const before = all.slice(0, sourcesAsRecords);

const ids = {
  release: randomUUID(),
  copy: randomUUID(),
  deletedCopy: randomUUID(),
  tass: randomUUID(),
  odd: randomUUID(),
  meeting: randomUUID(),
  deletedMeeting: randomUUID(),
  agreement: randomUUID(),
  event: randomUUID(),
  bare: randomUUID(),
};

/** URLs as people pasted them, each with the key the application computes for it. */
const urls = {
  release: "https://www.Gov35.ru/news/visit/?utm_source=tg#top",
  copy: "HTTPS://gov35.ru/news/visit",
  deletedCopy: "https://gov35.ru/news/visit/",
  tass: "  https://tass.ru/politika/1?id=7&UTM_medium=x&page=2  ",
  odd: "gov35.ru/press",
};

/** Rows written the way the previous version stored them: one sourceId per record. */
const oldRows = `
  INSERT INTO "Source" (id, title, url, "createdAt", "updatedAt") VALUES
    ('${ids.release}', 'Пресс-релиз о визите', '${urls.release}', '2024-11-13 09:00', now()),
    ('${ids.copy}', 'Тот же релиз, второй раз', '${urls.copy}', '2024-11-14 09:00', now()),
    ('${ids.tass}', 'ТАСС', '${urls.tass}', '2024-11-15 09:00', now()),
    ('${ids.odd}', 'Без схемы', '${urls.odd}', '2024-11-16 09:00', now());
  INSERT INTO "Source" (id, title, url, "createdAt", "updatedAt", "deletedAt") VALUES
    ('${ids.deletedCopy}', 'Удалённая копия', '${urls.deletedCopy}', '2024-11-01 09:00', now(), now());
  INSERT INTO "Interaction" (id, title, kind, "startsAt", "updatedAt", "sourceId") VALUES
    ('${ids.meeting}', 'Визит посла', 'VISIT', '2024-11-13', now(), '${ids.release}'),
    ('${ids.bare}', 'Звонок', 'CALL', '2024-11-20', now(), NULL);
  INSERT INTO "Interaction" (id, title, kind, "startsAt", "updatedAt", "sourceId", "deletedAt") VALUES
    ('${ids.deletedMeeting}', 'Удалённая встреча', 'MEETING', '2024-11-21', now(), '${ids.copy}', now());
  INSERT INTO "Agreement" (id, title, kind, stage, "stageChangedAt", "updatedAt", "sourceId") VALUES
    ('${ids.agreement}', 'Предложение', 'COOPERATION_AGREEMENT', 'PROPOSAL_SENT', '2024-11-01', now(), '${ids.release}');
  INSERT INTO "Event" (id, title, kind, "startsAt", "updatedAt", "sourceId") VALUES
    ('${ids.event}', 'Форум', 'FORUM', '2024-12-01', now(), '${ids.tass}');
`;

describe("sources-as-records migration", () => {
  let db: Database;
  let drop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    expect(sourcesAsRecords).toBeGreaterThan(0);
    ({ db, drop } = await openEmptyDatabase());
    await applyMigrations(db.raw, before);
    await db.raw.execInTransaction(oldRows, { sql: "SELECT 1", params: [] });
    expect(await applyMigrations(db.raw)).toEqual(all.slice(sourcesAsRecords).map((m) => m.name));
  }, 120_000);

  afterAll(async () => {
    await db?.close();
    await drop?.();
  });

  it("copies every record's source into the link tables and drops the old columns", async () => {
    const links = await db.raw.query<{ t: string; record: string; source: string }>(`
      SELECT 'meeting' AS t, "interactionId"::text AS record, "sourceId"::text AS source FROM "InteractionSource"
      UNION ALL SELECT 'agreement', "agreementId"::text, "sourceId"::text FROM "AgreementSource"
      UNION ALL SELECT 'event', "eventId"::text, "sourceId"::text FROM "EventSource"
      ORDER BY 1, 2`);
    expect(links).toEqual(
      [
        { t: "agreement", record: ids.agreement, source: ids.release },
        { t: "event", record: ids.event, source: ids.tass },
        { t: "meeting", record: ids.meeting, source: ids.release },
        // A deleted meeting keeps its link, for when it is restored.
        { t: "meeting", record: ids.deletedMeeting, source: ids.copy },
      ].sort((a, b) => a.t.localeCompare(b.t) || a.record.localeCompare(b.record)),
    );
    const columns = await db.raw.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'sourceId' ORDER BY table_name`,
    );
    // Projects and export figures, facts and categories keep their one source.
    expect(columns.map((c) => c.table_name).filter((t) => !t.endsWith("Source"))).toEqual(["ExportCategory", "ExportFact", "ExportFigure", "Project"]);
  });

  it("keys the URLs as the application does, leaving the key off live duplicates but the oldest", async () => {
    const rows = await db.raw.query<{ id: string; urlKey: string | null }>(`SELECT id::text AS id, "urlKey" FROM "Source"`);
    const key = Object.fromEntries(rows.map((r) => [r.id, r.urlKey]));
    expect(key[ids.release]).toBe(normalizeSourceUrl(urls.release));
    expect(key[ids.release]).toBe("https://gov35.ru/news/visit");
    // The same address saved a day later: no key (the oldest live one has it).
    expect(normalizeSourceUrl(urls.copy)).toBe(key[ids.release]);
    expect(key[ids.copy]).toBeNull();
    // A deleted source keeps its key: the unique index covers live sources only.
    expect(key[ids.deletedCopy]).toBe(normalizeSourceUrl(urls.deletedCopy));
    expect(key[ids.tass]).toBe(normalizeSourceUrl(urls.tass));
    expect(key[ids.tass]).toBe("https://tass.ru/politika/1?id=7&page=2");
    expect(key[ids.odd]).toBe(normalizeSourceUrl(urls.odd));
  });

  it("refuses a second live source with a key already taken", async () => {
    await expect(
      db.raw.query(`INSERT INTO "Source" (id, title, "urlKey", "updatedAt") VALUES ('${randomUUID()}', 'Ещё раз', 'https://gov35.ru/news/visit', now())`),
    ).rejects.toThrow();
    await db.raw.query(
      `INSERT INTO "Source" (id, title, "urlKey", "updatedAt", "deletedAt") VALUES ('${randomUUID()}', 'Удалённый', 'https://gov35.ru/news/visit', now(), now())`,
    );
  });
});
