// PartnerSectorContact (migration partner_sector_contacts_triggers) holds one row per link of a
// live meeting to a partner and per sector of the meeting, kept by triggers; the overview reads a
// partner's latest contact in a sector from it (partner-contacts.ts). It is compared here with the
// rows recomputed from the meetings, their links and their sectors, on the activity fixture and
// after every kind of write that could leave it behind, by the application, by hand and by 16
// writers at once, and after its rebuild.
import { describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import type { TCreateMeetingInput } from "@atlas/shared/meeting";
import { withActivityDatabase, type Activity, type ActivityDatabase } from "./activity-fixture.ts";

let db: Database;
let c: ActivityDatabase["c"];
let s: Activity;
withActivityDatabase((ready) => ({ db, c, s } = ready));

const meeting = (over: Partial<TCreateMeetingInput> = {}): TCreateMeetingInput => ({
  title: "Встреча для проверки отраслей",
  kind: "MEETING",
  startsAt: "2025-03-10",
  partnerIds: [s.partners.almaty.id],
  sectorIds: [s.sectors.timber.id],
  ...over,
});

/** The table's rows and those the live meetings' links and sectors call for, as sorted text; at least `least` rows. */
async function expectSectorContactsExact(least = 1) {
  const expected = await db.raw.query<{ key: string }>(`
    SELECT ip."partnerId" || '|' || x."sectorId" || '|' || i.id || '|' || COALESCE(i."endsAt", i."startsAt") || '|' || i."startsAt" || '|' || i."datePrecision" AS key
      FROM "Interaction" i
      JOIN "InteractionPartner" ip ON ip."interactionId" = i.id
      JOIN "InteractionSector" x ON x."interactionId" = i.id
     WHERE i."deletedAt" IS NULL ORDER BY 1`);
  const actual = await db.raw.query<{ key: string }>(`
    SELECT "partnerId" || '|' || "sectorId" || '|' || "interactionId" || '|' || "lastDay" || '|' || "startsAt" || '|' || "datePrecision" AS key
      FROM "PartnerSectorContact" ORDER BY 1`);
  expect(actual.map((r) => r.key)).toEqual(expected.map((r) => r.key));
  expect(actual.length).toBeGreaterThanOrEqual(least);
}

describe("PartnerSectorContact", () => {
  it("holds a row per live link and sector after every kind of write", async () => {
    await expectSectorContactsExact(10);
    const { almaty, astana, minsk, kz } = s.partners;
    const { timber, agriculture, culture } = s.sectors;

    const m = await c.editor.meeting.create(meeting({ partnerIds: [almaty.id, astana.id], sectorIds: [timber.id, agriculture.id] }));
    await expectSectorContactsExact();
    // Other partners, sectors and days through the application.
    const moved = await c.editor.meeting.update({
      id: m.id,
      version: m.version,
      data: { partnerIds: [minsk.id], sectorIds: [culture.id, agriculture.id], startsAt: "2025-04-01", datePrecision: "QUARTER" },
    });
    await expectSectorContactsExact();
    // A title edit leaves the rows as they are.
    await c.editor.meeting.update({ id: m.id, version: moved.version, data: { title: "Переименованная встреча" } });
    await expectSectorContactsExact();

    // Links and sectors changed by hand, as psql or a script would, each checked on its own.
    const byHand: Array<[string, unknown[]]> = [
      [`UPDATE "InteractionSector" SET "sectorId" = $1 WHERE "interactionId" = $2 AND "sectorId" = $3`, [timber.id, m.id, culture.id]],
      [`UPDATE "InteractionPartner" SET "partnerId" = $1 WHERE "interactionId" = $2`, [kz.id, m.id]],
      [`INSERT INTO "InteractionPartner" ("interactionId", "partnerId") VALUES ($1, $2)`, [m.id, almaty.id]],
      [`DELETE FROM "InteractionSector" WHERE "interactionId" = $1 AND "sectorId" = $2`, [m.id, agriculture.id]],
      [`DELETE FROM "InteractionPartner" WHERE "interactionId" = $1 AND "partnerId" = $2`, [m.id, kz.id]],
      // A meeting left with no sector has no rows; given some again, it has.
      [`DELETE FROM "InteractionSector" WHERE "interactionId" = $1`, [m.id]],
      [`INSERT INTO "InteractionSector" ("interactionId", "sectorId") VALUES ($1, $2), ($1, $3)`, [m.id, agriculture.id, culture.id]],
      [`UPDATE "Interaction" SET "startsAt" = '2025-05-05', "endsAt" = '2025-05-07', "datePrecision" = 'DAY' WHERE id = $1`, [m.id]],
    ];
    for (const [sql, params] of byHand) {
      await db.raw.query(sql, params);
      await expectSectorContactsExact();
    }

    // Deleted, restored, and removed for good (its links and sectors go with it).
    const current = await db.prisma.interaction.findUniqueOrThrow({ where: { id: m.id } });
    await c.admin.meeting.delete({ id: m.id, version: current.version });
    await expectSectorContactsExact();
    const deleted = await db.prisma.interaction.findUniqueOrThrow({ where: { id: m.id } });
    await c.admin.meeting.restore({ id: m.id, version: deleted.version });
    await expectSectorContactsExact();
    await db.prisma.interaction.delete({ where: { id: m.id } });
    await expectSectorContactsExact();
  });

  // The embedded database has one connection: only a server has writers at once.
  it.runIf(process.env.TEST_DATABASE_URL)("stays exact under 16 concurrent writers", async () => {
    const partners = [s.partners.kz.id, s.partners.almaty.id, s.partners.astana.id, s.partners.minsk.id];
    const sectors = [s.sectors.timber.id, s.sectors.agriculture.id, s.sectors.culture.id];
    const created = await Promise.all(
      Array.from({ length: 16 }, (_, n) =>
        c.editor.meeting.create(
          meeting({
            title: `Одновременная встреча ${n}`,
            startsAt: `2025-0${1 + (n % 5)}-1${n % 10}`,
            partnerIds: [partners[n % 4]!],
            sectorIds: [sectors[n % 3]!, sectors[(n + 1) % 3]!],
          }),
        ),
      ),
    );
    await expectSectorContactsExact();
    // Each moved to other partners, sectors and days while another writer deletes its neighbour.
    await Promise.all(
      created.map((m, n) =>
        n % 2 === 0
          ? c.editor.meeting.update({
              id: m.id,
              version: m.version,
              data: { partnerIds: [partners[(n + 1) % 4]!, s.partners.uz.id], sectorIds: [sectors[(n + 2) % 3]!], startsAt: "2025-05-05" },
            })
          : c.admin.meeting.delete({ id: m.id, version: m.version }),
      ),
    );
    await expectSectorContactsExact();
  });

  it("is rebuilt from the raw rows by atlas_rebuild_partner_sector_contacts()", async () => {
    await db.raw.query(`UPDATE "PartnerSectorContact" SET "lastDay" = "lastDay" + 1`);
    await db.raw.query(`DELETE FROM "PartnerSectorContact" WHERE "partnerId" = $1`, [s.partners.kz.id]);
    await db.raw.query(`SELECT atlas_rebuild_partner_sector_contacts()`);
    await expectSectorContactsExact(10);
  });
});
