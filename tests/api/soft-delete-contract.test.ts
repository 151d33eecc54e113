// One soft-delete/restore contract for every kind the entity registry marks deletable:
// delete({ id, version }) and restore({ id, version }) answer alike whatever the kind
// (NOT_FOUND for an unknown id, CONFLICT with the current record for a stale version or
// a record already deleted/restored, the new version otherwise), and each write leaves
// its line in the change log. The table below must name every such kind: a new one
// without an entry fails typecheck.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import { entityRegistry, softDeletableEntities, type TRestorableEntity, type TSoftDeletableEntity } from "@atlas/shared/entity-registry";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor, failure } from "../support/callers.ts";

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;
let kz: string;
let categoryId: string;

beforeAll(async () => {
  db = await openTestDatabase();
  c = await callersFor(db);
  kz = (await c.editor.partner.create({ name: "Республика Казахстан", level: "COUNTRY", isoCode: "KZ" })).id;
  categoryId = (await c.admin.exportCategory.create({ name: "Пиломатериалы" })).id;
});
afterAll(async () => db?.close());

type Versioned = { id: string; version: number };
type DeleteInput = { id: string; version: number };

type Kind = {
  /** A new record of the kind, as its editors create it. */
  create: (n: number) => Promise<Versioned>;
  remove: (input: DeleteInput) => Promise<Versioned>;
  /** The record as its page reads it; fails with NOT_FOUND while it is deleted. */
  read: (id: string) => Promise<Versioned>;
};
type RestorableKind = Kind & { restore: (input: DeleteInput) => Promise<Versioned> };

const kinds = {
  partner: {
    create: (n) => c.editor.partner.create({ name: `Партнёр на удаление ${n}`, level: "ORGANISATION" }),
    remove: (input) => c.admin.partner.delete(input),
    read: (id) => c.viewer.partner.byId({ id }),
  },
  person: {
    create: (n) => c.editor.person.create({ fullName: `Удаляемый Человек ${n}`, side: "HOME" }),
    remove: (input) => c.admin.person.delete(input),
    read: (id) => c.viewer.person.byId({ id }),
  },
  sector: {
    create: (n) => c.admin.sector.create({ code: `deletable-${n}`, name: `Отрасль на удаление ${n}`, nameEn: `Sector ${n}` }),
    remove: (input) => c.admin.sector.delete(input),
    read: (id) => c.viewer.sector.byId({ id }),
  },
  source: {
    create: (n) => c.editor.source.create({ title: `Источник на удаление ${n}` }),
    remove: (input) => c.admin.source.delete(input),
    read: (id) => c.viewer.source.byId({ id }),
  },
  exportCategory: {
    create: (n) => c.admin.exportCategory.create({ name: `Категория на удаление ${n}` }),
    remove: (input) => c.admin.exportCategory.delete(input),
    read: (id) => c.viewer.exportCategory.byId({ id }),
  },
  exportFigure: {
    create: (n) =>
      c.editor.exportFigure.create({
        categoryId,
        destinationId: kz,
        periodStart: `20${10 + n}-01-01`,
        periodEnd: `20${10 + n}-12-31`,
        value: "100",
        currency: "USD",
      }),
    remove: (input) => c.admin.exportFigure.delete(input),
    read: (id) => c.viewer.exportFigure.byId({ id }),
  },
  exportFact: {
    create: (n) => c.editor.exportFact.create({ kind: "GROWTH", partnerId: kz, growthPercent: n, statement: `Рост на ${n} %` }),
    remove: (input) => c.editor.exportFact.delete(input),
    read: (id) => c.viewer.exportFact.byId({ id }),
  },
  meeting: {
    create: (n) => c.editor.meeting.create({ title: `Встреча на удаление ${n}`, kind: "MEETING", startsAt: "2024-11-12", partnerIds: [kz] }),
    remove: (input) => c.admin.meeting.delete(input),
    restore: (input) => c.admin.meeting.restore(input),
    read: (id) => c.viewer.meeting.byId({ id }),
  },
  agreement: {
    create: (n) => c.editor.agreement.create({ title: `Соглашение на удаление ${n}`, kind: "COOPERATION_AGREEMENT", partyIds: [kz], stageDate: "2024-11-20" }),
    remove: (input) => c.admin.agreement.delete(input),
    restore: (input) => c.admin.agreement.restore(input),
    read: (id) => c.viewer.agreement.byId({ id }),
  },
  project: {
    create: (n) => c.editor.project.create({ title: `Проект на удаление ${n}`, partnerId: kz }),
    remove: (input) => c.admin.project.delete(input),
    restore: (input) => c.admin.project.restore(input),
    read: (id) => c.viewer.project.byId({ id }),
  },
  event: {
    create: (n) => c.editor.event.create({ title: `Форум на удаление ${n}`, kind: "FORUM", startsAt: "2026-12-04", partnerIds: [kz] }),
    remove: (input) => c.admin.event.delete(input),
    restore: (input) => c.admin.event.restore(input),
    read: (id) => c.viewer.event.byId({ id }),
  },
  followUp: {
    create: (n) => c.editor.followUp.create({ title: `Поручение на удаление ${n}` }),
    remove: (input) => c.admin.followUp.delete(input),
    restore: (input) => c.admin.followUp.restore(input),
    read: (id) => c.viewer.followUp.byId({ id }),
  },
} satisfies { [K in TSoftDeletableEntity]: K extends TRestorableEntity ? RestorableKind : Kind };

const isRestorable = (kind: Kind): kind is RestorableKind => "restore" in kind;

/** The actions the change log holds for one record, oldest first. */
async function loggedActions(entity: TSoftDeletableEntity, recordId: string): Promise<string[]> {
  const rows = await db.prisma.changeLog.findMany({ where: { entity, recordId }, orderBy: [{ at: "asc" }, { id: "asc" }], select: { action: true } });
  return rows.map((r) => r.action);
}

describe("soft delete and restore, the same for every kind", () => {
  it("covers every soft-deletable kind of the registry, restore exactly for the restorable ones", () => {
    expect(Object.keys(kinds).sort()).toEqual([...softDeletableEntities].sort());
    for (const entity of softDeletableEntities) {
      expect(isRestorable(kinds[entity]), entity).toBe(entityRegistry[entity].lifecycle === "restorable");
    }
  });

  describe.each(softDeletableEntities.map((entity, n) => ({ entity, n: n + 1 })))("$entity", ({ entity, n }) => {
    it("deletes with the current version only, answers the new version, and logs the deletion", async () => {
      const kind: Kind = kinds[entity];
      const record = await kind.create(n);

      const stale = await failure(kind.remove({ id: record.id, version: record.version + 1 }));
      expect(stale.code).toBe("CONFLICT");
      expect(stale.current).toMatchObject({ id: record.id, version: record.version });
      expect((await failure(kind.remove({ id: randomUUID(), version: 1 }))).code).toBe("NOT_FOUND");

      const deleted = await kind.remove({ id: record.id, version: record.version });
      expect(deleted).toEqual({ id: record.id, version: record.version + 1 });
      expect((await failure(kind.read(record.id))).code).toBe("NOT_FOUND");
      // Deleting it again says it is already deleted, with the record as it is now.
      const again = await failure(kind.remove(deleted));
      expect(again.code).toBe("CONFLICT");
      expect(again.current).toMatchObject({ id: record.id, version: deleted.version });
      expect(await loggedActions(entity, record.id)).toEqual(["CREATE", "DELETE"]);
    });

    it.runIf(entityRegistry[entity].lifecycle === "restorable")("restores with the deleted version, and refuses unknown, stale and live records", async () => {
      const kind = kinds[entity] as RestorableKind;
      const record = await kind.create(n + 100);
      const deleted = await kind.remove(record);

      expect((await failure(kind.restore({ id: randomUUID(), version: 1 }))).code).toBe("NOT_FOUND");
      const stale = await failure(kind.restore({ id: record.id, version: record.version }));
      expect(stale.code).toBe("CONFLICT");
      expect(stale.current).toMatchObject({ id: record.id, version: deleted.version });

      const restored = await kind.restore(deleted);
      expect(restored).toMatchObject({ id: record.id, version: deleted.version + 1 });
      expect(await kind.read(record.id)).toMatchObject({ id: record.id, version: restored.version });
      // Restoring a live record says there is nothing to restore.
      expect((await failure(kind.restore({ id: record.id, version: restored.version }))).code).toBe("CONFLICT");
      expect(await loggedActions(entity, record.id)).toEqual(["CREATE", "DELETE", "RESTORE"]);
    });
  });
});
