// The reads of issue 16 that read a bounded amount: the dossier's contacts and its
// children's last contact, the signals' "no contact since" (both from PartnerContact, a
// table kept by triggers), and the timeline's page and total (an index walk cut at the
// page, the tallies for the count). Each is compared with a recomputation from the raw
// rows, written here without PartnerContact, the tallies or the page's split, on the
// activity fixture and again after the writes that could leave one of them behind: a
// meeting created, moved to other partners and other days, its links changed by hand,
// deleted, restored and removed.
import { describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import type { TCreateMeetingInput } from "@atlas/shared/meeting";
import type { TTimelineInput } from "@atlas/shared/timeline";
import { addMonths } from "@atlas/shared/calendar-day";
import { TODAY, withActivityDatabase, type Activity, type ActivityDatabase } from "./activity-fixture.ts";

let db: Database;
let c: ActivityDatabase["c"];
let s: Activity;
withActivityDatabase((ready) => ({ db, c, s } = ready));

const meeting = (over: Partial<TCreateMeetingInput> = {}): TCreateMeetingInput => ({
  title: "Встреча для проверки чтений",
  kind: "MEETING",
  startsAt: "2025-03-10",
  partnerIds: [s.partners.almaty.id],
  sectorIds: [s.sectors.timber.id],
  ...over,
});

// ---- PartnerContact against the links of the live meetings ----

async function expectPartnerContactsExact() {
  const expected = await db.raw.query<{ key: string }>(`
    SELECT ip."partnerId" || '|' || i.id || '|' || COALESCE(i."endsAt", i."startsAt") || '|' || i."startsAt" || '|' || i."datePrecision" AS key
      FROM "Interaction" i JOIN "InteractionPartner" ip ON ip."interactionId" = i.id
     WHERE i."deletedAt" IS NULL ORDER BY 1`);
  const actual = await db.raw.query<{ key: string }>(`
    SELECT "partnerId" || '|' || "interactionId" || '|' || "lastDay" || '|' || "startsAt" || '|' || "datePrecision" AS key
      FROM "PartnerContact" ORDER BY 1`);
  expect(actual.map((r) => r.key)).toEqual(expected.map((r) => r.key));
}

// ---- The dossier's contacts, by the partner's live branch walked down by parentId ----

type RawContact = { id: string; startsAt: string; datePrecision: string };

/** Past contacts (last day before today) with the partner or, with `branch`, any live partner below it; newest first. */
async function pastContacts(partnerId: string, branch: boolean): Promise<RawContact[]> {
  return db.raw.query<RawContact>(
    `
    WITH RECURSIVE scope AS (
      SELECT $1::uuid AS id
      UNION
      SELECT c.id FROM "Partner" c JOIN scope s ON c."parentId" = s.id WHERE c."deletedAt" IS NULL AND $3::boolean
    ),
    past AS (
      SELECT DISTINCT i.id, COALESCE(i."endsAt", i."startsAt") AS last_day, i."startsAt", i."datePrecision"
        FROM "Interaction" i JOIN "InteractionPartner" ip ON ip."interactionId" = i.id JOIN scope s ON s.id = ip."partnerId"
       WHERE i."deletedAt" IS NULL AND COALESCE(i."endsAt", i."startsAt") < $2::date
    )
    SELECT id::text AS id, to_char("startsAt", 'YYYY-MM-DD') AS "startsAt", "datePrecision"::text AS "datePrecision"
      FROM past ORDER BY last_day DESC, "startsAt" DESC, id`,
    [partnerId, TODAY, branch],
  );
}

async function expectDossiersExact() {
  const partners = await db.prisma.partner.findMany({ where: { deletedAt: null }, select: { id: true, name: true } });
  for (const partner of partners) {
    const dossier = await c.viewer.partner.dossier({ id: partner.id });
    const recent = await pastContacts(partner.id, true);
    expect({ partner: partner.name, ids: dossier.contacts.recent.items.map((i) => i.id), total: dossier.contacts.recent.total }).toEqual({
      partner: partner.name,
      ids: recent.slice(0, 8).map((r) => r.id),
      total: recent.length,
    });
    if (dossier.scopeSize > 1) {
      const direct = await pastContacts(partner.id, false);
      expect({ partner: partner.name, ids: dossier.contacts.direct.items.map((i) => i.id), total: dossier.contacts.direct.total }).toEqual({
        partner: partner.name,
        ids: direct.slice(0, 5).map((r) => r.id),
        total: direct.length,
      });
    }
    for (const child of dossier.children) {
      const latest = (await pastContacts(child.id, true))[0];
      expect({ child: child.name, at: child.lastContactAt, precision: child.lastContactPrecision }).toEqual({
        child: child.name,
        at: latest?.startsAt ?? null,
        precision: latest?.datePrecision ?? null,
      });
    }
  }
}

// ---- The signals' partners without contact, from every contact of each branch ----

type NoContact = { partnerId: string; lastContactAt: string | null; lastContactPrecision: string | null };

/**
 * Partners of the levels kept in touch with (outside the home region) whose latest contact
 * held by today (a meeting, an event held, a tour's stop), with everything below them, ended
 * before the cutoff; in the order the signals give them.
 */
async function expectedNoContact(months: number, sectorId: string | null): Promise<NoContact[]> {
  return db.raw.query<NoContact>(
    `
    WITH RECURSIVE up AS (
      SELECT id AS partner_id, id AS ancestor_id FROM "Partner"
      UNION ALL
      SELECT u.partner_id, p."parentId" FROM up u JOIN "Partner" p ON p.id = u.ancestor_id WHERE p."parentId" IS NOT NULL
    ),
    contact AS (
      SELECT ip."partnerId" AS partner_id, COALESCE(i."endsAt", i."startsAt") AS last_day, i."startsAt" AS first_day, i."datePrecision"::text AS precision
        FROM "Interaction" i JOIN "InteractionPartner" ip ON ip."interactionId" = i.id
       WHERE i."deletedAt" IS NULL
         AND (CASE WHEN i."datePrecision"::text IN ('MONTH', 'QUARTER', 'YEAR') THEN COALESCE(i."endsAt", i."startsAt") ELSE i."startsAt" END) <= $1::date
         AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM "InteractionSector" x WHERE x."interactionId" = i.id AND x."sectorId" = $3::uuid))
      UNION ALL
      SELECT ep."partnerId", COALESCE(e."endsAt", e."startsAt"), e."startsAt", e."datePrecision"::text
        FROM "Event" e JOIN "EventPartner" ep ON ep."eventId" = e.id
       WHERE e."deletedAt" IS NULL AND e.status <> 'CANCELLED'
         AND (CASE WHEN e."datePrecision"::text IN ('MONTH', 'QUARTER', 'YEAR') THEN COALESCE(e."endsAt", e."startsAt") ELSE e."startsAt" END) <= $1::date
         AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM "EventSector" x WHERE x."eventId" = e.id AND x."sectorId" = $3::uuid))
      UNION ALL
      SELECT st."partnerId", st.last_day, COALESCE(st.date, e."startsAt"), (CASE WHEN st.date IS NULL THEN e."datePrecision" ELSE st."datePrecision" END)::text
        FROM (SELECT x.*, COALESCE(CASE x."datePrecision"::text
                  WHEN 'MONTH' THEN (date_trunc('month', x.date::timestamp) + interval '1 month' - interval '1 day')::date
                  WHEN 'QUARTER' THEN (date_trunc('quarter', x.date::timestamp) + interval '3 months' - interval '1 day')::date
                  WHEN 'YEAR' THEN (date_trunc('year', x.date::timestamp) + interval '1 year' - interval '1 day')::date
                  ELSE x.date END, ev_end.day) AS last_day
                FROM "EventStop" x CROSS JOIN LATERAL (SELECT COALESCE(e."endsAt", e."startsAt") AS day FROM "Event" e WHERE e.id = x."eventId") ev_end) st
        JOIN "Event" e ON e.id = st."eventId"
       WHERE st."partnerId" IS NOT NULL AND e."deletedAt" IS NULL AND e.status <> 'CANCELLED' AND st.last_day <= $1::date
         AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM "EventSector" x WHERE x."eventId" = e.id AND x."sectorId" = $3::uuid))
    ),
    latest AS (
      SELECT DISTINCT ON (u.ancestor_id) u.ancestor_id, c.last_day, c.first_day, c.precision
        FROM contact c JOIN up u ON u.partner_id = c.partner_id
       ORDER BY u.ancestor_id, c.last_day DESC, c.first_day DESC
    ),
    home AS (SELECT u.partner_id FROM up u JOIN "Partner" p ON p.id = u.ancestor_id WHERE p."isHome")
    SELECT p.id::text AS "partnerId", to_char(l.first_day, 'YYYY-MM-DD') AS "lastContactAt", l.precision AS "lastContactPrecision"
      FROM "Partner" p LEFT JOIN latest l ON l.ancestor_id = p.id
     WHERE p."deletedAt" IS NULL AND p.level IN ('COUNTRY', 'REGION', 'CITY') AND p.id NOT IN (SELECT partner_id FROM home)
       AND (l.last_day IS NULL OR l.last_day < $2::date)
     ORDER BY l.last_day ASC NULLS FIRST, l.first_day ASC, p.name, p.id`,
    [TODAY, addMonths(TODAY, -months), sectorId],
  );
}

async function expectSignalsExact() {
  for (const months of [1, 12]) {
    for (const sectorId of [null, s.sectors.agriculture.id]) {
      const signals = await c.viewer.dashboard.signals({ noContactMonths: months, filter: sectorId ? { sectorIds: [sectorId] } : {} });
      const actual = signals.noContactPartners.map(({ partnerId, lastContactAt, lastContactPrecision }) => ({
        partnerId,
        lastContactAt,
        lastContactPrecision,
      }));
      expect({ months, sectorId, partners: actual }).toEqual({ months, sectorId, partners: await expectedNoContact(months, sectorId) });
    }
  }
}

// ---- The timeline's page and total against the whole window ----

async function expectTimelineExact() {
  const filters: Array<TTimelineInput["filter"]> = [
    {},
    { partnerIds: [s.partners.kz.id] },
    { sectorIds: [s.sectors.agriculture.id] },
    { sectorIds: [s.sectors.agriculture.id, s.sectors.culture.id] },
    { q: "Казахстан" },
    // Both ends inside a month; the two-day visit of 20–21 November runs on the first day.
    { from: "2024-11-21", to: "2025-03-05" },
    { partnerIds: [s.partners.kz.id], from: "2024-11-21", to: "2025-06-20" },
  ];
  for (const filter of filters) {
    for (const all of [false, true]) {
      const whole = await c.viewer.timeline.list({ filter, all, limit: 2000 });
      expect(whole.truncated).toBe(false);
      expect({ filter, all, total: whole.total }).toEqual({ filter, all, total: whole.items.length });
      for (const keep of ["first", "last"] as const) {
        const cut = await c.viewer.timeline.list({ filter, all, limit: 2, keep });
        const kept = keep === "first" ? whole.items.slice(0, 2) : whole.items.slice(-2);
        expect({ filter, all, keep, total: cut.total, truncated: cut.truncated, ids: cut.items.map((i) => i.id) }).toEqual({
          filter,
          all,
          keep,
          total: whole.total,
          truncated: whole.items.length > 2,
          ids: kept.map((i) => i.id),
        });
      }
    }
  }
  // The meetings of a window are exactly those whose days overlap it.
  for (const [from, to] of [
    ["2024-11-21", "2025-03-05"],
    [addMonths(TODAY, -12), addMonths(TODAY, 12)],
  ] as const) {
    const listed = (await c.viewer.timeline.list({ filter: { from, to }, limit: 2000 })).items.filter((i) => i.kind === "interaction").map((i) => i.id);
    const raw = await db.raw.query<{ id: string }>(
      `SELECT id::text AS id FROM "Interaction" WHERE "deletedAt" IS NULL AND "startsAt" <= $2::date AND COALESCE("endsAt", "startsAt") >= $1::date`,
      [from, to],
    );
    expect(listed.toSorted()).toEqual(raw.map((r) => r.id).toSorted());
  }
}

async function expectAllExact() {
  await expectPartnerContactsExact();
  await expectDossiersExact();
  await expectSignalsExact();
  await expectTimelineExact();
}

describe("reads that do not grow with the data", () => {
  it("answer as a recomputation from the raw rows does, before and after every kind of write", async () => {
    await expectAllExact();
    // The visit of 20–21 November runs on the first day of a window that begins on the 21st.
    const window = await c.viewer.timeline.list({ filter: { from: "2024-11-21", to: "2025-03-05" } });
    expect(window.items.map((i) => i.id)).toContain(s.interactions.i1.id);

    // Under way today (began before it, ends after it): held, and the latest contact of Astana.
    const running = await c.editor.meeting.create(meeting({ partnerIds: [s.partners.astana.id], startsAt: "2025-06-10", endsAt: "2025-06-20" }));
    // Planned: not held, not past.
    await c.editor.meeting.create(meeting({ partnerIds: [s.partners.astana.id, s.partners.minsk.id], startsAt: "2025-07-01" }));
    // Spanning a window's first day, long.
    const long = await c.editor.meeting.create(meeting({ partnerIds: [s.partners.minsk.id], startsAt: "2024-10-01", endsAt: "2025-01-15" }));
    await expectAllExact();
    expect((await c.viewer.dashboard.signals({ noContactMonths: 1 })).noContactPartners.map((p) => p.partnerId)).not.toContain(s.partners.astana.id);

    // Moved to other partners, sectors and days.
    const moved = await c.editor.meeting.update({
      id: long.id,
      version: long.version,
      data: { partnerIds: [s.partners.kz.id, s.partners.uz.id], sectorIds: [s.sectors.culture.id], startsAt: "2025-05-20", endsAt: null },
    });
    await expectAllExact();

    // Links changed by hand, as psql or a script would.
    await db.raw.query(`UPDATE "InteractionPartner" SET "partnerId" = $1 WHERE "interactionId" = $2 AND "partnerId" = $3`, [
      s.partners.almaty.id,
      running.id,
      s.partners.astana.id,
    ]);
    await db.prisma.interactionPartner.delete({ where: { interactionId_partnerId: { interactionId: moved.id, partnerId: s.partners.uz.id } } });
    await expectAllExact();

    // A vaguer date: a quarter is held once the quarter is over.
    const vague = await c.editor.meeting.update({
      id: moved.id,
      version: moved.version,
      data: { startsAt: "2025-04-01", endsAt: "2025-06-30", datePrecision: "QUARTER" },
    });
    await expectAllExact();

    await c.admin.meeting.delete({ id: moved.id, version: vague.version });
    await expectAllExact();
    const deleted = await db.prisma.interaction.findUniqueOrThrow({ where: { id: moved.id } });
    await c.admin.meeting.restore({ id: moved.id, version: deleted.version });
    await expectAllExact();

    // Removed for good (its links go with it).
    await db.prisma.interaction.delete({ where: { id: running.id } });
    await expectAllExact();
    // Eight rounds of some sixty reads each: a ceiling for a busy machine, not a measure.
  }, 300_000);

  // The embedded database has one connection: only a server has writers at once.
  it.runIf(process.env.TEST_DATABASE_URL)("PartnerContact stays exact under 16 concurrent writers", async () => {
    const partners = [s.partners.kz.id, s.partners.almaty.id, s.partners.astana.id, s.partners.minsk.id];
    const created = await Promise.all(
      Array.from({ length: 16 }, (_, n) =>
        c.editor.meeting.create(meeting({ title: `Одновременная встреча ${n}`, startsAt: `2025-0${1 + (n % 5)}-1${n % 10}`, partnerIds: [partners[n % 4]!] })),
      ),
    );
    await expectPartnerContactsExact();
    // Each moved to other partners and days while another writer deletes its neighbour.
    await Promise.all(
      created.map((m, n) =>
        n % 2 === 0
          ? c.editor.meeting.update({ id: m.id, version: m.version, data: { partnerIds: [partners[(n + 1) % 4]!, s.partners.uz.id], startsAt: "2025-05-05" } })
          : c.admin.meeting.delete({ id: m.id, version: m.version }),
      ),
    );
    await expectPartnerContactsExact();
  });

  it("PartnerContact is rebuilt from the raw rows by atlas_rebuild_partner_contacts()", async () => {
    await db.raw.query(`UPDATE "PartnerContact" SET "lastDay" = "lastDay" + 1`);
    await db.raw.query(`DELETE FROM "PartnerContact" WHERE "partnerId" = $1`, [s.partners.kz.id]);
    await db.raw.query(`SELECT atlas_rebuild_partner_contacts()`);
    await expectPartnerContactsExact();
  });
});
