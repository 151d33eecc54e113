// The maintained aggregates (issue 16): PartnerClosure and InteractionTally are kept by
// triggers in the same transaction as each write. After every kind of write that moves a
// count they must equal a recomputation from the raw rows, written here independently of
// the triggers (a recursive walk of the hierarchy, no closure table).
import { describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import type { TCreateMeetingInput } from "@atlas/shared/meeting";
import { withActivityDatabase, type Activity, type ActivityDatabase } from "./activity-fixture.ts";

let db: Database;
let c: ActivityDatabase["c"];
let s: Activity;
withActivityDatabase((ready) => ({ db, c, s } = ready));

type Row = { key: string; count: number };

/** The closure as the filters expand a partner: itself and every partner below it, by parentId. */
async function expectedClosure(): Promise<string[]> {
  const rows = await db.raw.query<{ key: string }>(`
    WITH RECURSIVE tree AS (
      SELECT id AS ancestor, id AS descendant, 0 AS depth FROM "Partner"
      UNION ALL
      SELECT t.ancestor, c.id, t.depth + 1 FROM "Partner" c JOIN tree t ON c."parentId" = t.descendant
    )
    SELECT ancestor || '>' || descendant || '@' || depth AS key FROM tree ORDER BY 1`);
  return rows.map((r) => r.key);
}

async function actualClosure(): Promise<string[]> {
  const rows = await db.raw.query<{ key: string }>(`SELECT "ancestorId" || '>' || "descendantId" || '@' || depth AS key FROM "PartnerClosure" ORDER BY 1`);
  return rows.map((r) => r.key);
}

/**
 * Live interactions counted under "all", under every live partner whose live branch
 * holds one of their partners (partnerScope's expansion), under each of their partners
 * ("direct") and under the map's country of each ("country"), with no sector and per sector.
 */
async function expectedTally(): Promise<Row[]> {
  return db.raw.query<Row>(`
    WITH RECURSIVE branch AS (
      SELECT p.id AS root, p.id FROM "Partner" p WHERE p."deletedAt" IS NULL
      UNION
      SELECT b.root, c.id FROM "Partner" c JOIN branch b ON c."parentId" = b.id WHERE c."deletedAt" IS NULL
    ),
    live AS (
      SELECT i.id, to_char(i."startsAt", 'YYYY-MM') AS sm, to_char(COALESCE(i."endsAt", i."startsAt"), 'YYYY-MM') AS em, i."datePrecision"::text AS pr
        FROM "Interaction" i WHERE i."deletedAt" IS NULL
    ),
    -- Every partner's ancestors (itself first), and whether the way up to each is free of deleted partners.
    up AS (
      SELECT p.id AS start, p.id AS node, p."parentId" AS next, 0 AS depth, p."deletedAt" IS NULL AS live_way FROM "Partner" p
      UNION ALL
      SELECT u.start, a.id, a."parentId", u.depth + 1, u.live_way AND a."deletedAt" IS NULL FROM up u JOIN "Partner" a ON a.id = u.next
    ),
    -- The map's country of a live partner outside the home region: the nearest country above it (or itself), reached with no deleted partner.
    country_of AS (
      SELECT DISTINCT ON (u.start) u.start AS partner, u.node AS country, u.live_way
        FROM up u JOIN "Partner" c ON c.id = u.node AND c.level = 'COUNTRY'
       WHERE NOT EXISTS (SELECT 1 FROM up h JOIN "Partner" hp ON hp.id = h.node AND hp."isHome" WHERE h.start = u.start)
       ORDER BY u.start, u.depth
    ),
    scopes AS (
      SELECT id, 'all' AS kind, '00000000-0000-0000-0000-000000000000' AS scope FROM live
      UNION
      SELECT l.id, 'subtree', b.root::text FROM live l JOIN "InteractionPartner" ip ON ip."interactionId" = l.id JOIN branch b ON b.id = ip."partnerId"
      UNION
      SELECT l.id, 'direct', ip."partnerId"::text FROM live l JOIN "InteractionPartner" ip ON ip."interactionId" = l.id
      UNION
      SELECT l.id, 'country', co.country::text FROM live l JOIN "InteractionPartner" ip ON ip."interactionId" = l.id JOIN country_of co ON co.partner = ip."partnerId"
       WHERE co.live_way
    ),
    sectors AS (
      SELECT id, '00000000-0000-0000-0000-000000000000' AS sector FROM live
      UNION ALL
      SELECT x."interactionId", x."sectorId"::text FROM "InteractionSector" x JOIN live l ON l.id = x."interactionId"
    )
    SELECT sc.kind || '|' || sc.scope || '|' || se.sector || '|' || l.sm || '|' || l.em || '|' || l.pr AS key, count(*)::int AS count
      FROM live l JOIN scopes sc ON sc.id = l.id JOIN sectors se ON se.id = l.id
     GROUP BY 1 ORDER BY 1`);
}

async function actualTally(): Promise<Row[]> {
  return db.raw.query<Row>(`
    SELECT "scopeKind" || '|' || "scopeId" || '|' || "sectorId" || '|' || to_char("startMonth", 'YYYY-MM') || '|' || to_char("endMonth", 'YYYY-MM') || '|' || precision AS key,
           count
      FROM "InteractionTally" WHERE count <> 0 ORDER BY 1`);
}

async function expectExact() {
  expect(await actualClosure()).toEqual(await expectedClosure());
  const expected = await expectedTally();
  expect(expected.length).toBeGreaterThan(0);
  expect(await actualTally()).toEqual(expected);
}

const meeting = (over: Partial<TCreateMeetingInput> = {}): TCreateMeetingInput => ({
  title: "Встреча для сводных таблиц",
  kind: "MEETING",
  startsAt: "2025-03-10",
  partnerIds: [s.partners.almaty.id],
  sectorIds: [s.sectors.timber.id],
  ...over,
});

describe("maintained aggregates", () => {
  it("equal a recomputation from the raw rows after creates, moves, deletes, restores and reparenting", async () => {
    await expectExact();

    const m = await c.editor.meeting.create(meeting({ endsAt: "2025-04-02" }));
    await expectExact();

    // To another partner, another sector and another month.
    const moved = await c.editor.meeting.update({
      id: m.id,
      version: m.version,
      data: {
        partnerIds: [s.partners.minsk.id, s.partners.astana.id],
        sectorIds: [s.sectors.culture.id, s.sectors.agriculture.id],
        startsAt: "2024-12-20",
        endsAt: null,
      },
    });
    await expectExact();

    // Links only taken away: a write that fires nothing but the delete triggers.
    const fewer = await c.editor.meeting.update({ id: m.id, version: moved.version, data: { sectorIds: [] } });
    await expectExact();
    await db.prisma.interactionPartner.delete({ where: { interactionId_partnerId: { interactionId: m.id, partnerId: s.partners.astana.id } } });
    await expectExact();

    const vague = await c.editor.meeting.update({
      id: m.id,
      version: fewer.version,
      data: { startsAt: "2024-10-01", endsAt: "2024-12-31", datePrecision: "QUARTER" },
    });
    await expectExact();

    await c.admin.meeting.delete({ id: m.id, version: vague.version });
    await expectExact();
    const deleted = await db.prisma.interaction.findUniqueOrThrow({ where: { id: m.id } });
    await c.admin.meeting.restore({ id: m.id, version: deleted.version });
    await expectExact();

    // Almaty Oblast moves from Kazakhstan to Belarus, with its meetings.
    const almaty = await db.prisma.partner.findUniqueOrThrow({ where: { id: s.partners.almaty.id } });
    await c.editor.partner.update({ id: almaty.id, version: almaty.version, data: { parentId: s.partners.by.id } });
    await expectExact();

    // A partner deleted and restored cuts its branch out of its ancestors' scope and puts it back.
    const city = await c.editor.partner.create({ name: "Город под Минском", level: "CITY", parentId: s.partners.minsk.id });
    await c.editor.meeting.create(meeting({ partnerIds: [city.id] }));
    await expectExact();
    await db.prisma.partner.update({ where: { id: s.partners.minsk.id }, data: { deletedAt: new Date() } });
    await expectExact();
    await db.prisma.partner.update({ where: { id: s.partners.minsk.id }, data: { deletedAt: null } });
    await expectExact();

    // The map's countries follow a partner's level and where the home region is.
    await db.prisma.partner.update({ where: { id: s.partners.almaty.id }, data: { level: "COUNTRY" } });
    await expectExact();
    await db.prisma.partner.update({ where: { id: s.partners.almaty.id }, data: { level: "REGION" } });
    await expectExact();
    const russia = await c.editor.partner.create({ name: "Российская Федерация", level: "COUNTRY", isoCode: "RU" });
    await db.prisma.partner.update({ where: { id: s.partners.vologda.id }, data: { parentId: russia.id } });
    await expectExact();
    await db.prisma.partner.update({ where: { id: s.partners.vologda.id }, data: { isHome: false } });
    await expectExact();
    await db.prisma.partner.update({ where: { id: s.partners.vologda.id }, data: { isHome: true, parentId: null } });
    await expectExact();
  });

  it("show a meeting logged at once in the dashboard and the dossier", async () => {
    const timberCount = async () => (await c.viewer.dashboard.summary({})).bySector.find((r) => r.sectorId === s.sectors.timber.id)?.interactions;
    const contacts = async () => (await c.viewer.partner.dossier({ id: s.partners.kz.id })).summary.contactsTotal;
    const [timberBefore, contactsBefore] = [await timberCount(), await contacts()];
    await c.editor.meeting.create(meeting({ partnerIds: [s.partners.astana.id], startsAt: "2025-05-20" }));
    expect(await timberCount()).toBe(timberBefore! + 1);
    expect(await contacts()).toBe(contactsBefore + 1);
  });

  it("are rebuilt from the raw rows by atlas_rebuild_aggregates()", async () => {
    await db.raw.query(`UPDATE "InteractionTally" SET count = count + 5`);
    await db.raw.query(`DELETE FROM "PartnerClosure" WHERE depth > 0`);
    await db.raw.query(`SELECT atlas_rebuild_aggregates()`);
    await expectExact();
  });

  // The embedded database has one connection: only a server has writers at once.
  it.runIf(process.env.TEST_DATABASE_URL)("stay exact under 16 concurrent writers", async () => {
    const partners = [s.partners.kz.id, s.partners.almaty.id, s.partners.astana.id, s.partners.minsk.id];
    const sectors = [s.sectors.timber.id, s.sectors.agriculture.id, s.sectors.culture.id];
    const created = await Promise.all(
      Array.from({ length: 16 }, (_, n) =>
        c.editor.meeting.create(
          meeting({
            title: `Одновременная встреча ${n}`,
            startsAt: `2025-0${1 + (n % 5)}-1${n % 10}`,
            partnerIds: [partners[n % 4]!],
            sectorIds: [sectors[n % 3]!],
          }),
        ),
      ),
    );
    await expectExact();
    // Then 16 writers at once again, each moving one of them to the same new partner and sector.
    await Promise.all(
      created.map((m, n) =>
        c.editor.meeting.update({
          id: m.id,
          version: m.version,
          data: { partnerIds: [partners[(n + 1) % 4]!, s.partners.kz.id], sectorIds: [sectors[(n + 1) % 3]!] },
        }),
      ),
    );
    await expectExact();
  });
});
