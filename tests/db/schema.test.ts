// The schema, the migrations and the shared enums must describe the same database.
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@atlas/db/database";
import { migrationsDir, readMigrations } from "@atlas/db/migrate";
import * as prismaEnums from "@atlas/db/generated/prisma/enums";
import * as shared from "@atlas/shared/enums";
import { diffSchemas, packageDir } from "../../prisma/scripts/schema-diff.ts";

describe("shared enums", () => {
  it.each([
    ["PartnerLevel", shared.partnerLevels],
    ["PersonSide", shared.personSides],
    ["Direction", shared.directions],
    ["InteractionFormat", shared.interactionFormats],
    ["AgreementStage", shared.agreementStages],
    ["TaskStatus", shared.taskStatuses],
    ["ProjectStage", shared.projectStages],
    ["SiteStatus", shared.siteStatuses],
    ["EventStatus", shared.eventStatuses],
    ["SourceKind", shared.sourceKinds],
    ["Role", shared.roles],
    ["ChangeAction", shared.changeActions],
  ] as const)("%s matches prisma/schema.prisma", (name, values) => {
    const fromSchema = Object.values((prismaEnums as Record<string, Record<string, string>>)[name] ?? {});
    expect([...values].sort()).toEqual(fromSchema.sort());
  });
});

type Catalog = { columns: string[]; constraints: string[]; indexes: Map<string, string> };

async function catalog(db: Database): Promise<Catalog> {
  const columns = await db.raw.query<{ c: string }>(`
    SELECT table_name || '.' || column_name || ' ' || udt_name || ' ' || is_nullable || ' ' || coalesce(column_default, '') AS c
    FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY 1`);
  const constraints = await db.raw.query<{ c: string }>(`
    SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS c
    FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT IN ('_prisma_migrations', '"_prisma_migrations"') ORDER BY 1`);
  const indexes = await db.raw.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  );
  return { columns: columns.map((r) => r.c), constraints: constraints.map((r) => r.c), indexes: new Map(indexes.map((r) => [r.indexname, r.indexdef])) };
}

/**
 * Index and CHECK constraint names created by hand-written migrations: those whose schema
 * snapshot equals the previous one (Prisma's schema expresses neither partial indexes nor CHECKs).
 */
function handWrittenNames(): { indexes: Set<string>; checks: Set<string> } {
  const names = new Set<string>();
  const checks = new Set<string>();
  let previousSnapshot = "";
  for (const m of readMigrations()) {
    const snapshotPath = path.join(migrationsDir, m.name, "schema.prisma");
    const snapshot = existsSync(snapshotPath) ? readFileSync(snapshotPath, "utf8") : "";
    if (snapshot === previousSnapshot) {
      for (const match of m.sql.matchAll(/CREATE (?:UNIQUE )?INDEX (?:IF NOT EXISTS )?"([^"]+)"/g)) names.add(match[1]!);
      for (const match of m.sql.matchAll(/ADD CONSTRAINT "([^"]+)" CHECK/g)) checks.add(match[1]!);
    }
    previousSnapshot = snapshot;
  }
  return { indexes: names, checks };
}

describe("migrations", () => {
  it("build the same database as schema.prisma (no drift)", { timeout: 180_000 }, async () => {
    const migrated = await openDatabase({ kind: "pglite" });
    const fromSchema = await openDatabase({ kind: "pglite" }, { migrate: false });
    try {
      await fromSchema.raw.execInTransaction(diffSchemas("empty", path.join(packageDir, "schema.prisma")), { sql: "SELECT 1", params: [] });
      const [a, b] = [await catalog(migrated), await catalog(fromSchema)];
      const handWritten = handWrittenNames();
      expect(a.columns).toEqual(b.columns);
      // "table name definition": the hand-written CHECKs are there, and nothing else differs.
      const isHandWrittenCheck = (c: string) => handWritten.checks.has(c.split(" ")[1]!);
      expect(a.constraints.filter(isHandWrittenCheck).length).toBe(handWritten.checks.size);
      expect(a.constraints.filter((c) => !isHandWrittenCheck(c))).toEqual(b.constraints);
      for (const [name, def] of b.indexes) expect(a.indexes.get(name), name).toBe(def);
      const extra = [...a.indexes.keys()].filter((name) => !b.indexes.has(name));
      // Anything beyond the schema comes from a hand-written migration (trigram indexes, one home region).
      expect(extra.sort()).toEqual([...handWritten.indexes].sort());
      expect(extra.length).toBeGreaterThan(0);
    } finally {
      await migrated.close();
      await fromSchema.close();
    }
  });

  // Migrating a PGlite from scratch takes ~2-4 s, and over 30 s on a loaded machine.
  it("are applied once: a second start applies nothing", { timeout: 120_000 }, async () => {
    const db = await openDatabase({ kind: "pglite" });
    try {
      expect(await db.migrate()).toEqual([]);
      const rows = await db.raw.query<{ n: number }>(`SELECT count(*)::int AS n FROM "_prisma_migrations"`);
      expect(rows[0]?.n).toBe(readMigrations().length);
    } finally {
      await db.close();
    }
  });
});
