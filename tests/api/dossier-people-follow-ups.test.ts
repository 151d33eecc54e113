// The partner dossier's people and open follow-ups read tables kept by triggers (issue 16):
// PersonContact and PersonContactTally (each person's contacts with each branch; how many and
// the latest) and OpenFollowUp (each open follow-up with the partners it belongs to). Here the
// tables and the dossier's two lists are compared with recomputations from the raw rows, written
// without them (the branch walked down by parentId, the lists queried as the dossier used to), on
// the generated data, on two days (one with half a year of contacts still to come), and again
// after every kind of write that could leave them behind.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import { seedDatabase } from "@atlas/db/seed/seed-database";
import { caseIds } from "@atlas/db/seed/kazakhstan-case";
import type { TPartnerDossier } from "@atlas/shared/partner";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor, callerWith } from "../support/callers.ts";

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;

beforeAll(async () => {
  db = await openTestDatabase();
  await seedDatabase(db.prisma, { generated: { seed: 2024, partners: 40, interactions: 300 }, now: new Date("2026-11-25T12:00:00Z") });
  c = await callersFor(db);
}, 120_000);
afterAll(async () => db?.close());

/** The days the dossiers are read on: by the first, half a year of the generated contacts is still to come; the second follows them all. */
const DAYS = ["2026-06-15", "2026-11-26"] as const;
const dossierOn = (id: string, today: string) =>
  callerWith({ db, user: c.users.viewer, timeZone: "Europe/Moscow", clock: { now: () => new Date(`${today}T09:00:00Z`) } }).caller.partner.dossier({ id });

// ---- The tables against the raw rows ----

/** Each partner with itself and every ancestor whose way down to it passes no deleted partner: the branches it is in. */
const branchesOf = `
  WITH RECURSIVE up AS (
    SELECT p.id AS partner_id, p.id AS scope_id, p."parentId" AS next_id, p."deletedAt" IS NOT NULL AS cut FROM "Partner" p
    UNION ALL
    SELECT u.partner_id, a.id, a."parentId", u.cut OR a."deletedAt" IS NOT NULL FROM up u JOIN "Partner" a ON a.id = u.next_id
  )
  SELECT partner_id, scope_id FROM up WHERE NOT cut`;

async function expectTablesExact() {
  const keys = async (sql: string) => (await db.raw.query<{ key: string }>(sql)).map((r) => r.key);
  const contacts = `
    SELECT DISTINCT b.scope_id, x."personId" AS person_id, i.id, COALESCE(i."endsAt", i."startsAt") AS last_day, i."startsAt" AS starts_at
      FROM "Interaction" i
      JOIN "InteractionParticipant" x ON x."interactionId" = i.id
      JOIN "InteractionPartner" ip ON ip."interactionId" = i.id
      JOIN (${branchesOf}) b ON b.partner_id = ip."partnerId"
     WHERE i."deletedAt" IS NULL`;
  expect(await keys(`SELECT concat_ws('|', "scopeId", "personId", "interactionId", "lastDay", "startsAt") AS key FROM "PersonContact" ORDER BY 1`)).toEqual(
    await keys(`SELECT concat_ws('|', scope_id, person_id, id, last_day, starts_at) AS key FROM (${contacts}) c ORDER BY 1`),
  );
  expect(
    await keys(`SELECT concat_ws('|', "scopeId", "personId", contacts, "lastDay", "startsAt", "interactionId") AS key FROM "PersonContactTally" ORDER BY 1`),
  ).toEqual(
    await keys(`
      SELECT concat_ws('|', scope_id, person_id, n, last_day, starts_at, id) AS key
        FROM (SELECT DISTINCT ON (scope_id, person_id) scope_id, person_id, count(*) OVER (PARTITION BY scope_id, person_id) AS n, last_day, starts_at, id
                FROM (${contacts}) c ORDER BY scope_id, person_id, last_day DESC, starts_at DESC, id) t
       ORDER BY 1`),
  );
  expect(await keys(`SELECT concat_ws('|', "followUpId", "partnerId", "dueDate", "createdAt") AS key FROM "OpenFollowUp" ORDER BY 1`)).toEqual(
    await keys(`
      SELECT DISTINCT concat_ws('|', f.id, p.partner_id, f."dueDate", f."createdAt") AS key
        FROM "FollowUp" f
        JOIN (SELECT f2.id, ip."partnerId" AS partner_id FROM "FollowUp" f2
                JOIN "Interaction" i ON i.id = f2."interactionId" AND i."deletedAt" IS NULL JOIN "InteractionPartner" ip ON ip."interactionId" = i.id
              UNION
              SELECT f2.id, ap."partnerId" FROM "FollowUp" f2
                JOIN "Agreement" a ON a.id = f2."agreementId" AND a."deletedAt" IS NULL JOIN "AgreementParty" ap ON ap."agreementId" = a.id
              UNION
              SELECT f2.id, ap."partnerId" FROM "FollowUp" f2
                JOIN "PlanItem" pi ON pi.id = f2."planItemId" JOIN "Agreement" pa ON pa.id = pi."agreementId" AND pa."deletedAt" IS NULL
                JOIN "AgreementParty" ap ON ap."agreementId" = pa.id) p ON p.id = f.id
       WHERE f."deletedAt" IS NULL AND f.status IN ('OPEN', 'IN_PROGRESS')
       ORDER BY 1`),
  );
}

// ---- The dossier's lists against the raw rows ----

/** The partner and every live partner below it, walked down by parentId. */
const scopeOf = `
  WITH RECURSIVE scope AS (
    SELECT id FROM "Partner" WHERE id = $1::uuid AND "deletedAt" IS NULL
    UNION
    SELECT p.id FROM "Partner" p JOIN scope s ON p."parentId" = s.id WHERE p."deletedAt" IS NULL
  )`;

type ExpectedPerson = {
  id: string;
  fullName: string;
  post: string | null;
  organisation: string | null;
  side: string;
  partnerId: string | null;
  contacts: number;
  lastContactAt: string | null;
  lastContactPrecision: string | null;
  lastContactPost: string | null;
  lastContactOrganisation: string | null;
  grp: "ours" | "theirs";
};

/**
 * Everyone the dossier's people lists could hold, in their order: past contacts (last day before
 * today) of the branch each person took part in, counted once each, and the latest of them (the
 * smaller id of two on the same days) with the post recorded at it.
 */
async function expectedPeople(partnerId: string, today: string) {
  const rows = await db.raw.query<ExpectedPerson>(
    `${scopeOf},
    held AS (
      SELECT x."personId" AS person_id, i.id, COALESCE(i."endsAt", i."startsAt") AS last_day, i."startsAt" AS starts_at,
             i."datePrecision"::text AS precision, x.post, x.organisation
        FROM "InteractionParticipant" x JOIN "Interaction" i ON i.id = x."interactionId"
       WHERE i."deletedAt" IS NULL AND COALESCE(i."endsAt", i."startsAt") < $2::date
         AND EXISTS (SELECT 1 FROM "InteractionPartner" ip JOIN scope s ON s.id = ip."partnerId" WHERE ip."interactionId" = i.id)
    ),
    attended AS (
      SELECT DISTINCT ON (person_id) person_id, count(*) OVER (PARTITION BY person_id)::int AS contacts, last_day, starts_at, precision, post, organisation
        FROM held ORDER BY person_id, last_day DESC, starts_at DESC, id
    ),
    listed AS (
      SELECT pe.id, pe."fullName", pe.post, pe.organisation, pe.side::text AS side, pe."partnerId",
             COALESCE(a.contacts, 0) AS contacts, a.last_day, a.starts_at, a.precision, a.post AS last_post, a.organisation AS last_organisation,
             CASE WHEN pe.side = 'HOME' THEN 'ours' ELSE 'theirs' END AS grp
        FROM "Person" pe LEFT JOIN attended a ON a.person_id = pe.id
       WHERE pe."deletedAt" IS NULL
         AND CASE WHEN pe.side = 'HOME' THEN a.person_id IS NOT NULL
                  ELSE pe."partnerId" IN (SELECT id FROM scope) OR (pe."partnerId" IS NULL AND a.person_id IS NOT NULL) END
    )
    SELECT id::text AS id, "fullName", post, organisation, side, "partnerId"::text AS "partnerId", contacts,
           to_char(starts_at, 'YYYY-MM-DD') AS "lastContactAt", precision AS "lastContactPrecision",
           last_post AS "lastContactPost", last_organisation AS "lastContactOrganisation", grp
      FROM listed
     ORDER BY grp, ("partnerId" IS NOT DISTINCT FROM $1::uuid) DESC, last_day DESC NULLS LAST, contacts DESC, "fullName", id`,
    [partnerId, today],
  );
  const group = (grp: ExpectedPerson["grp"]) => {
    const all = rows.filter((r) => r.grp === grp).map(({ grp: _g, ...p }) => p);
    return { items: all.slice(0, 12), total: all.length };
  };
  return { theirs: group("theirs"), ours: group("ours") };
}

/** Open, not deleted follow-ups of the branch's live meetings, live agreements and live agreements' plan items, overdue first. */
async function expectedFollowUps(partnerId: string, today: string) {
  const rows = await db.raw.query<{
    id: string;
    status: string;
    dueDate: string | null;
    overdue: boolean;
    interactionId: string | null;
    agreementId: string | null;
  }>(
    `${scopeOf},
    open AS (
      SELECT f.id, f.status::text AS status, f."dueDate", f."createdAt", i.id AS interaction_id, a.id AS agreement_id,
             COALESCE(f."dueDate" < $2::date, FALSE) AS overdue
        FROM "FollowUp" f
        LEFT JOIN "Interaction" i ON i.id = f."interactionId" AND i."deletedAt" IS NULL
        LEFT JOIN "Agreement" a ON a.id = f."agreementId" AND a."deletedAt" IS NULL
        LEFT JOIN (SELECT pi.id, pi."agreementId" FROM "PlanItem" pi JOIN "Agreement" pa ON pa.id = pi."agreementId" AND pa."deletedAt" IS NULL) pi
          ON pi.id = f."planItemId"
       WHERE f."deletedAt" IS NULL AND f.status IN ('OPEN', 'IN_PROGRESS')
         AND (EXISTS (SELECT 1 FROM "InteractionPartner" ip JOIN scope s ON s.id = ip."partnerId" WHERE ip."interactionId" = i.id)
              OR EXISTS (SELECT 1 FROM "AgreementParty" ap JOIN scope s ON s.id = ap."partnerId" WHERE ap."agreementId" = a.id)
              OR EXISTS (SELECT 1 FROM "AgreementParty" ap JOIN scope s ON s.id = ap."partnerId" WHERE ap."agreementId" = pi."agreementId"))
    )
    SELECT id::text AS id, status, to_char("dueDate", 'YYYY-MM-DD') AS "dueDate", overdue,
           interaction_id::text AS "interactionId", agreement_id::text AS "agreementId"
      FROM open ORDER BY overdue DESC, "dueDate" ASC NULLS LAST, "createdAt" DESC, id`,
    [partnerId, today],
  );
  return { items: rows.slice(0, 6), total: rows.length, overdue: rows.filter((r) => r.overdue).length };
}

const personOf = ({ formerPosts: _f, partner, ...p }: TPartnerDossier["people"]["theirs"]["items"][number]) => ({ ...p, partnerId: partner?.id ?? null });

async function expectDossiersExact(partnerIds: string[]) {
  for (const partnerId of partnerIds) {
    for (const today of DAYS) {
      const dossier = await dossierOn(partnerId, today);
      const people = await expectedPeople(partnerId, today);
      const listed = (list: TPartnerDossier["people"]["theirs"]) => ({ items: list.items.map(personOf), total: list.total });
      expect({ partnerId, today, theirs: listed(dossier.people.theirs), ours: listed(dossier.people.ours) }).toEqual({ partnerId, today, ...people });

      const followUps = await expectedFollowUps(partnerId, today);
      expect({
        partnerId,
        today,
        items: dossier.followUps.items.map((f) => ({
          id: f.id,
          status: f.status,
          dueDate: f.dueDate,
          overdue: f.overdue,
          interactionId: f.interaction?.id ?? null,
          agreementId: f.agreement?.id ?? null,
        })),
        total: dossier.followUps.total,
        open: dossier.summary.openFollowUps,
        overdue: dossier.summary.overdueFollowUps,
      }).toEqual({ partnerId, today, items: followUps.items, total: followUps.total, open: followUps.total, overdue: followUps.overdue });
    }
  }
}

const livePartners = async () =>
  (await db.prisma.partner.findMany({ where: { deletedAt: null }, select: { id: true }, orderBy: { id: "asc" } })).map((p) => p.id);

describe("the dossier's people and follow-ups from their maintained tables", () => {
  it("answer as a recomputation from the raw rows does, before and after every kind of write", async () => {
    const kz = caseIds.kazakhstan;
    const almaty = caseIds.almatyOblast;
    const astana = caseIds.astana;
    const { id: other } = await db.prisma.partner.findFirstOrThrow({
      where: { level: "COUNTRY", deletedAt: null, id: { notIn: [kz, caseIds.russia] }, interactions: { some: {} } },
      orderBy: { id: "asc" },
    });
    // The dossiers of the partners the writes touch, and of those above them.
    const touched = [kz, almaty, astana, other, caseIds.russia, caseIds.vologdaOblast];

    await expectTablesExact();
    await expectDossiersExact(await livePartners());
    // Lists longer than their page, compared on both days (the follow-ups' once the meetings below add theirs).
    const sizes = async () => {
      const [early, late] = [await dossierOn(kz, DAYS[0]), await dossierOn(kz, DAYS[1])];
      return [early, late].map((d) => ({ ours: d.people.ours.total, followUps: d.followUps.total, overdue: d.summary.overdueFollowUps }));
    };
    expect((await sizes()).every((s) => s.ours > 12)).toBe(true);

    const home = await c.editor.person.create({ fullName: "Домашний Участник", side: "HOME", partnerId: caseIds.vologdaOblast, post: "Советник" });
    const loner = await c.editor.person.create({ fullName: "Эксперт Без Партнёра", side: "PARTNER", post: "Независимый эксперт" });
    const people = [caseIds.abaev, caseIds.filimonov, home.id];
    const meeting = (title: string, startsAt: string, partnerIds: string[], personIds: string[], extra = {}) =>
      c.editor.meeting.create({ title, kind: "MEETING", startsAt, partnerIds, participants: personIds.map((personId) => ({ personId })), ...extra });

    // With two partners of Kazakhstan's branch: one contact of the branch, not two.
    const both = await meeting("Встреча с Казахстаном и Алматинской областью", "2026-03-10", [kz, almaty], people, {
      followUps: [{ title: "Поручение с датой", dueDate: "2026-05-01" }, { title: "Поручение без даты" }],
    });
    // The same days for the same people: the latest of the two is the one with the smaller id.
    const sameDay = await meeting("Встреча в Астане в тот же день", "2026-03-10", [astana], [caseIds.filimonov, loner.id], {
      followUps: [{ title: "Поручение из Астаны", dueDate: "2026-12-01" }],
    });
    // To come on both days: the tally's latest is not past, and the past one is looked up.
    const planned = await meeting("Будущий визит в Казахстан", "2027-01-10", [kz], [caseIds.abaev, home.id]);
    // Between the two days: to come on the first, past on the second.
    const between = await meeting("Встреча в Алматинской области летом", "2026-08-01", [almaty], [caseIds.filimonov, caseIds.abaev], {
      followUps: [{ title: "Поручение летней встречи", dueDate: "2026-07-01" }],
    });
    await expectTablesExact();
    await expectDossiersExact(touched);
    expect((await sizes()).every((s) => s.followUps > 6 && s.overdue > 0)).toBe(true);

    // Posts recorded at a contact changed by hand, on both contacts of the same day.
    await db.raw.query(
      `UPDATE "InteractionParticipant" SET post = 'Временно исполняющий обязанности', organisation = 'Правительство' WHERE "interactionId" = $1`,
      [sameDay.id],
    );
    await db.raw.query(`UPDATE "InteractionParticipant" SET post = 'Первый заместитель' WHERE "interactionId" = $1`, [both.id]);
    await expectDossiersExact(touched);

    // Participants added and removed.
    const both2 = await c.editor.meeting.update({
      id: both.id,
      version: both.version,
      data: { participants: [{ personId: caseIds.abaev }, { personId: loner.id }] },
    });
    await expectTablesExact();
    await expectDossiersExact(touched);

    // Moved in time: into the future, and back over several days.
    const both3 = await c.editor.meeting.update({ id: both2.id, version: both2.version, data: { startsAt: "2027-02-01" } });
    const between2 = await c.editor.meeting.update({ id: between.id, version: between.version, data: { startsAt: "2025-02-01", endsAt: "2025-02-03" } });
    await expectTablesExact();
    await expectDossiersExact(touched);

    // Partner links changed, through the form and by hand.
    await c.editor.meeting.update({ id: sameDay.id, version: sameDay.version, data: { partnerIds: [other] } });
    await db.raw.query(`UPDATE "InteractionPartner" SET "partnerId" = $1 WHERE "interactionId" = $2 AND "partnerId" = $3`, [almaty, planned.id, kz]);
    await db.raw.query(`UPDATE "InteractionPartner" SET "partnerId" = $1 WHERE "interactionId" = $2 AND "partnerId" = $3`, [other, both.id, almaty]);
    await db.prisma.interactionPartner.create({ data: { interactionId: between.id, partnerId: astana } });
    await expectTablesExact();
    await expectDossiersExact(touched);

    // Deleted and restored.
    await c.admin.meeting.delete({ id: between.id, version: between2.version });
    await expectTablesExact();
    await expectDossiersExact(touched);
    const deleted = await db.prisma.interaction.findUniqueOrThrow({ where: { id: between.id } });
    await c.admin.meeting.restore({ id: between.id, version: deleted.version });
    await expectTablesExact();
    await expectDossiersExact(touched);

    // A participant and a partner link removed by hand, nothing added in their place.
    await db.raw.query(`DELETE FROM "InteractionParticipant" WHERE "interactionId" = $1 AND "personId" = $2`, [between.id, caseIds.abaev]);
    await expectTablesExact();
    await db.raw.query(`DELETE FROM "InteractionPartner" WHERE "interactionId" = $1 AND "partnerId" = $2`, [between.id, almaty]);
    await expectTablesExact();
    await expectDossiersExact(touched);

    // A participant changed to another person by hand; a person deleted.
    await db.raw.query(`UPDATE "InteractionParticipant" SET "personId" = $1 WHERE "interactionId" = $2 AND "personId" = $3`, [home.id, sameDay.id, loner.id]);
    await db.prisma.person.update({ where: { id: caseIds.abaev }, data: { deletedAt: new Date() } });
    await expectTablesExact();
    await expectDossiersExact(touched);
    await db.prisma.person.update({ where: { id: caseIds.abaev }, data: { deletedAt: null } });

    // Follow-ups closed, opened again, given another day, moved to an agreement and to a plan item.
    const [dated, undated] = await db.prisma.followUp.findMany({ where: { interactionId: both.id }, orderBy: { title: "asc" } });
    const closed = await c.editor.followUp.complete({ id: dated!.id, version: dated!.version });
    await expectDossiersExact(touched);
    const reopened = await c.editor.followUp.update({ id: closed.id, version: closed.version, data: { status: "IN_PROGRESS", dueDate: "2026-01-15" } });
    const agreement = await c.editor.agreement.create({
      title: "Соглашение для проверки поручений",
      kind: "COOPERATION_AGREEMENT",
      partyIds: [astana],
      stageDate: "2026-02-01",
    });
    await c.editor.followUp.update({ id: undated!.id, version: undated!.version, data: { interactionId: null, agreementId: agreement.id } });
    await c.editor.agreement.addPlanItem({ agreementId: agreement.id, title: "Пункт плана", dueDate: "2026-09-01" });
    const planItem = await db.prisma.planItem.findFirstOrThrow({ where: { agreementId: agreement.id } });
    const planTask = await c.editor.followUp.create({ title: "Поручение по пункту плана", planItemId: planItem.id, dueDate: "2026-04-01" });
    // The form also links the plan's agreement; a script may link the plan item alone.
    const planOnly = await db.prisma.followUp.create({ data: { title: "Поручение только по пункту плана", planItemId: planItem.id } });
    await expectTablesExact();
    await expectDossiersExact(touched);

    // The agreement's parties changed; the agreement deleted (its plan item's tasks go with it, as in
    // the follow-ups list and the key figures) and restored; the plan item moved to another agreement by hand.
    const current = await db.prisma.agreement.findUniqueOrThrow({ where: { id: agreement.id } });
    const moved = await c.editor.agreement.update({ id: agreement.id, version: current.version, data: { partyIds: [kz, other] } });
    await expectTablesExact();
    await expectDossiersExact(touched);
    // The plan item's tasks (one also linked to the agreement, one to the plan item alone) belong to the parties.
    const planTaskRows = async () =>
      (
        await db.raw.query<{ n: number }>(`SELECT count(*)::int AS n FROM "OpenFollowUp" WHERE "followUpId" = ANY($1::uuid[])`, [[planTask.id, planOnly.id]])
      )[0]!.n;
    expect(await planTaskRows()).toBe(4);
    await c.admin.agreement.delete({ id: agreement.id, version: moved.version });
    await expectTablesExact();
    await expectDossiersExact(touched);
    expect(await planTaskRows()).toBe(0);
    const gone = await db.prisma.agreement.findUniqueOrThrow({ where: { id: agreement.id } });
    await c.admin.agreement.restore({ id: agreement.id, version: gone.version });
    expect(await planTaskRows()).toBe(4);
    const almatyAgreement = await db.prisma.agreement.findFirstOrThrow({ where: { id: caseIds.almatyProposal } });
    await db.raw.query(`UPDATE "PlanItem" SET "agreementId" = $1 WHERE id = $2`, [almatyAgreement.id, planItem.id]);
    await expectTablesExact();
    await expectDossiersExact(touched);
    await db.raw.query(`UPDATE "AgreementParty" SET "partnerId" = $1 WHERE "agreementId" = $2 AND "partnerId" = $3`, [astana, agreement.id, other]);
    await expectTablesExact();
    await expectDossiersExact(touched);
    await db.raw.query(`DELETE FROM "AgreementParty" WHERE "agreementId" = $1 AND "partnerId" = $2`, [agreement.id, kz]);
    await expectTablesExact();
    await expectDossiersExact(touched);

    // A follow-up deleted and restored; another removed for good.
    await c.admin.followUp.delete({ id: planTask.id, version: planTask.version });
    await expectTablesExact();
    const deletedTask = await db.prisma.followUp.findUniqueOrThrow({ where: { id: planTask.id } });
    await c.admin.followUp.restore({ id: planTask.id, version: deletedTask.version });
    await db.prisma.followUp.delete({ where: { id: planOnly.id } });
    await expectTablesExact();
    await expectDossiersExact(touched);
    expect(reopened.status).toBe("IN_PROGRESS");

    // Partners moved, deleted and restored: the branches above them change.
    const astanaNow = await db.prisma.partner.findUniqueOrThrow({ where: { id: astana } });
    await c.editor.partner.update({ id: astana, version: astanaNow.version, data: { parentId: other } });
    await expectTablesExact();
    await expectDossiersExact(touched);
    await db.raw.query(`UPDATE "Partner" SET "deletedAt" = now() WHERE id = $1`, [almaty]);
    await expectTablesExact();
    await expectDossiersExact(touched.filter((id) => id !== almaty));
    await db.raw.query(`UPDATE "Partner" SET "deletedAt" = NULL WHERE id = $1`, [almaty]);
    await expectTablesExact();
    await expectDossiersExact(touched);

    // Removed for good: its participants and links go with it, its follow-ups lose it.
    await db.prisma.interaction.delete({ where: { id: both3.id } });
    await db.prisma.interaction.delete({ where: { id: sameDay.id } });
    await expectTablesExact();
    await expectDossiersExact(await livePartners());
  }, 600_000);

  // The embedded database has one connection: only a server has writers at once.
  it.runIf(process.env.TEST_DATABASE_URL)(
    "stay exact under 16 concurrent writers",
    async () => {
      const partners = [caseIds.kazakhstan, caseIds.almatyOblast, caseIds.astana, caseIds.russia];
      const people = [caseIds.abaev, caseIds.filimonov];
      const created = await Promise.all(
        Array.from({ length: 16 }, (_, n) =>
          c.editor.meeting.create({
            title: `Одновременная встреча ${n}`,
            kind: "MEETING",
            startsAt: `2026-0${1 + (n % 9)}-1${n % 10}`,
            partnerIds: [partners[n % 4]!],
            participants: people.slice(0, 1 + (n % 2)).map((personId) => ({ personId })),
            followUps: [{ title: `Одновременное поручение ${n}`, dueDate: `2026-0${1 + (n % 9)}-2${n % 10}` }],
          }),
        ),
      );
      await expectTablesExact();
      // Each moved to other partners, days and people while another writer deletes its neighbour and a third closes a task.
      const tasks = await db.prisma.followUp.findMany({ where: { interactionId: { in: created.map((m) => m.id) } } });
      await Promise.all([
        ...created.map((m, n) =>
          n % 2 === 0
            ? c.editor.meeting.update({
                id: m.id,
                version: m.version,
                data: {
                  partnerIds: [partners[(n + 1) % 4]!, partners[(n + 2) % 4]!],
                  startsAt: "2026-05-05",
                  participants: [{ personId: people[n % 4 === 0 ? 1 : 0]! }],
                },
              })
            : c.admin.meeting.delete({ id: m.id, version: m.version }),
        ),
        ...tasks.map((t) => c.editor.followUp.complete({ id: t.id, version: t.version })),
      ]);
      await expectTablesExact();
      await expectDossiersExact([caseIds.kazakhstan, caseIds.russia]);
    },
    120_000,
  );

  it("are rebuilt from the raw rows by atlas_rebuild_person_contacts() and atlas_rebuild_open_follow_ups()", async () => {
    await db.raw.query(`UPDATE "PersonContactTally" SET contacts = contacts + 1`);
    await db.raw.query(`DELETE FROM "PersonContact" WHERE "scopeId" = $1`, [caseIds.kazakhstan]);
    await db.raw.query(`DELETE FROM "OpenFollowUp" WHERE "partnerId" = $1`, [caseIds.kazakhstan]);
    await db.raw.query(`SELECT atlas_rebuild_person_contacts()`);
    await db.raw.query(`SELECT atlas_rebuild_open_follow_ups()`);
    await expectTablesExact();
  });
});
