// The text-key migrations: the sources stored before Source.textHash existed get the key
// the application computes (prisma/src/source-text.ts: SHA-256 of the text without any
// whitespace), live copies of one text but the oldest are left without it, and the
// partial unique index then keeps one live source per text. Runs on a database left at
// the migration before them.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import { applyMigrations, readMigrations } from "@atlas/db/migrate";
import { sourceTextHash } from "@atlas/db/source-text";
import { openEmptyDatabase } from "../support/empty-database.ts";

const all = readMigrations();
const textHash = all.findIndex((m) => m.name.endsWith("_source_text_hash"));
const before = all.slice(0, textHash);

const ids = { release: randomUUID(), copy: randomUUID(), deletedCopy: randomUUID(), other: randomUUID(), blank: randomUUID(), none: randomUUID() };
const texts = {
  release: "Губернатор Вологодской области встретился с Послом Республики Казахстан.\n\nСтороны обсудили поставки молочной продукции.",
  // The same release pasted again: other line breaks, a non-breaking space, indentation.
  copy: "  Губернатор Вологодской области встретился с Послом\u00a0Республики Казахстан.\r\nСтороны обсудили поставки молочной продукции.",
  other: "Дед Мороз из Великого Устюга посетит Астану в декабре.",
  blank: " \n\t ",
};

describe("source text key migrations", () => {
  let db: Database;
  let drop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    expect(textHash).toBeGreaterThan(0);
    ({ db, drop } = await openEmptyDatabase());
    await applyMigrations(db.raw, before);
    // Sources as the previous version stored them, with their texts (parameters: the texts hold quotes and line breaks).
    const insert = `INSERT INTO "Source" (id, title, text, "createdAt", "updatedAt", "deletedAt") VALUES ($1::uuid, $2, $3, $4::timestamp, now(), $5::timestamp)`;
    await db.raw.query(insert, [ids.release, "Релиз", texts.release, "2024-11-13 09:00", null]);
    await db.raw.query(insert, [ids.copy, "Тот же релиз ещё раз", texts.copy, "2024-11-14 09:00", null]);
    await db.raw.query(insert, [ids.deletedCopy, "Удалённая копия", texts.release, "2024-11-01 09:00", "2024-11-02 09:00"]);
    await db.raw.query(insert, [ids.other, "Другой", texts.other, "2024-11-15 09:00", null]);
    await db.raw.query(insert, [ids.blank, "Пробелы", texts.blank, "2024-11-16 09:00", null]);
    await db.raw.query(insert, [ids.none, "Без текста", null, "2024-11-17 09:00", null]);
    expect(await applyMigrations(db.raw)).toEqual(all.slice(textHash).map((m) => m.name));
  }, 120_000);

  afterAll(async () => {
    await db?.close();
    await drop?.();
  });

  it("keys the texts as the application does, leaving the key off live copies but the oldest", async () => {
    const rows = await db.raw.query<{ id: string; textHash: string | null }>(`SELECT id::text AS id, "textHash" FROM "Source"`);
    const key = Object.fromEntries(rows.map((r) => [r.id, r.textHash]));
    expect(key[ids.release]).toMatch(/^[0-9a-f]{64}$/);
    expect(key[ids.release]).toBe(sourceTextHash(texts.release));
    // A copy with other whitespace is the same text: it has the same key, so the later live one is left without.
    expect(sourceTextHash(texts.copy)).toBe(key[ids.release]);
    expect(key[ids.copy]).toBeNull();
    // A deleted source keeps its key: the unique index covers live sources only.
    expect(key[ids.deletedCopy]).toBe(sourceTextHash(texts.release));
    expect(key[ids.other]).toBe(sourceTextHash(texts.other));
    // No visible character, or no text: no key.
    expect(key[ids.blank]).toBeNull();
    expect(key[ids.none]).toBeNull();
  });

  it("refuses a second live source with a text key already taken", async () => {
    const hash = sourceTextHash(texts.other);
    await expect(
      db.raw.query(`INSERT INTO "Source" (id, title, "textHash", "updatedAt") VALUES ($1::uuid, 'Ещё раз', $2, now())`, [randomUUID(), hash]),
    ).rejects.toThrow();
    await db.raw.query(`INSERT INTO "Source" (id, title, "textHash", "updatedAt", "deletedAt") VALUES ($1::uuid, 'Удалённый', $2, now(), now())`, [
      randomUUID(),
      hash,
    ]);
  });
});
