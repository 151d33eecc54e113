// The overview's activity per partner and per country (activity-by-partner.ts) reads its
// interaction counts and last contacts from the maintained tallies when they answer the
// filter exactly. Whatever the filter, the day and the writes before, it must give what the
// raw path gives (the same function with `useTallies: false`), and the tests check that the
// tally path was the one taken where it should be, so that no comparison is of the raw path with itself.
import { describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import type { TCommonFilter } from "@atlas/shared/common";
import type { TCreateMeetingInput } from "@atlas/shared/meeting";
import { activityByPartner, activityTallyPlan } from "@atlas/server/services/dashboard/activity-by-partner";
import { activePartnersFromContacts, heldMeetingsFromTallies, keyFigures } from "@atlas/server/services/dashboard/key-figures";
import { resolveFilter } from "@atlas/server/services/dashboard/sql-filters";
import { TODAY, withActivityDatabase, type Activity, type ActivityDatabase } from "./activity-fixture.ts";

let db: Database;
let c: ActivityDatabase["c"];
let s: Activity;
withActivityDatabase((ready) => ({ db, c, s } = ready));

/**
 * Days that move "held": the fixture's today, the last day of December 2024 (the month and
 * quarter meetings with Uzbekistan are over only then), a day inside that December, and the
 * last day of a month with meetings on its first and last days.
 */
const days = [TODAY, "2024-12-31", "2024-12-15", "2025-03-31", "2025-03-01", "2025-01-01", "2025-11-20"];

type Path = "tallies" | "raw";

/** Both paths agree on every day; returns the answer as of the first day (TODAY unless given). */
async function expectSameOnBothPaths(filter: TCommonFilter, path: Path, onDays: string[] = days) {
  const f = await resolveFilter(db.prisma, filter);
  expect((await activityTallyPlan(db.prisma, f)) === null ? "raw" : "tallies").toBe(path);
  const answers = [];
  for (const today of onDays) {
    const raw = await activityByPartner({ prisma: db.prisma, f, today, useTallies: false });
    expect(await activityByPartner({ prisma: db.prisma, f, today }), `${JSON.stringify(filter)} as of ${today}`).toEqual(raw);
    answers.push(raw);
  }
  return answers[0]!;
}

const meeting = (over: Partial<TCreateMeetingInput> = {}): TCreateMeetingInput => ({
  title: "Встреча для карты",
  kind: "MEETING",
  startsAt: "2025-03-10",
  partnerIds: [s.partners.almaty.id],
  sectorIds: [s.sectors.timber.id],
  ...over,
});

describe("activity per partner and per country from the tallies", () => {
  it("equals the raw path with no filter", async () => {
    const all = await expectSameOnBothPaths({}, "tallies");
    // Not an empty answer on both sides: partners, countries and held contacts are there.
    expect(all.byCountry.map((r) => r.name)).toEqual(expect.arrayContaining(["Республика Казахстан", "Республика Беларусь"]));
    expect(all.byPartner.filter((p) => p.lastContactAt !== null).length).toBeGreaterThan(3);
    expect(all.byPartner.some((p) => p.lastContactPrecision === "MONTH" || p.lastContactPrecision === "QUARTER")).toBe(true);
  });

  it("equals the raw path for a country, a region and the home region", async () => {
    const kz = await expectSameOnBothPaths({ countryCodes: ["KZ"] }, "tallies");
    expect(kz.byCountry.map((r) => r.name)).toEqual(["Республика Казахстан"]);
    // A region below a country: its own meetings are that country's.
    const almaty = await expectSameOnBothPaths({ partnerIds: [s.partners.almaty.id] }, "tallies");
    expect(almaty.byCountry.map((r) => r.name)).toEqual(["Республика Казахстан"]);
    await expectSameOnBothPaths({ partnerIds: [s.partners.minsk.id] }, "tallies");
    // The home region: nothing on the map.
    await expectSameOnBothPaths({ partnerIds: [s.partners.vologda.id] }, "tallies");
  });

  it("equals the raw path for a sector and for periods, whole months or not", async () => {
    await expectSameOnBothPaths({ sectorIds: [s.sectors.timber.id] }, "tallies");
    await expectSameOnBothPaths({ sectorIds: [s.sectors.agriculture.id] }, "tallies");
    await expectSameOnBothPaths({ from: "2024-11-01", to: "2025-03-31" }, "tallies");
    await expectSameOnBothPaths({ from: "2025-02-01" }, "tallies");
  });

  it("equals the raw path for periods that end inside a month, whose meetings come from the table", async () => {
    await expectSameOnBothPaths({ from: "2024-12-01", to: "2025-03-15" }, "tallies");
    await expectSameOnBothPaths({ to: "2024-12-20" }, "tallies");
    await expectSameOnBothPaths({ to: "2025-03-01" }, "tallies");
    await expectSameOnBothPaths({ countryCodes: ["KZ"], sectorIds: [s.sectors.timber.id], from: "2025-01-01", to: "2025-06-15" }, "tallies");
  });

  it("leaves the filters the tallies cannot answer to the raw path", async () => {
    await expectSameOnBothPaths({ sectorIds: [s.sectors.timber.id, s.sectors.culture.id] }, "raw");
    await expectSameOnBothPaths({ from: "2024-12-15" }, "raw");
    await expectSameOnBothPaths({ q: "встреча" }, "raw");
    await expectSameOnBothPaths({ partnerIds: [s.partners.almaty.id, s.partners.minsk.id] }, "raw");
  });

  it("equals the raw path after a meeting moved to another partner and one deleted", async () => {
    // A meeting moved to another partner, sector and month; a meeting deleted.
    const m = await c.editor.meeting.create(meeting({ endsAt: "2025-04-02" }));
    await c.editor.meeting.update({
      id: m.id,
      version: m.version,
      data: { partnerIds: [s.partners.minsk.id, s.partners.by.id], sectorIds: [s.sectors.culture.id], startsAt: "2025-05-31", endsAt: null },
    });
    const gone = await c.editor.meeting.create(meeting({ startsAt: "2025-06-14", partnerIds: [s.partners.astana.id] }));
    await c.admin.meeting.delete({ id: gone.id, version: gone.version });
    await expectSameOnBothPaths({}, "tallies");
    await expectSameOnBothPaths({ countryCodes: ["BY"] }, "tallies");
  });

  it("equals the raw path with the home region inside a country and a partner below a deleted one", async () => {
    // The home region inside a country: its meetings are not the country's, a meeting with it and another region of the country counts once.
    const russia = await c.editor.partner.create({ name: "Российская Федерация", level: "COUNTRY", isoCode: "RU" });
    const arkhangelsk = await c.editor.partner.create({ name: "Архангельская область", level: "REGION", parentId: russia.id });
    const vologda = await db.prisma.partner.findUniqueOrThrow({ where: { id: s.partners.vologda.id } });
    await c.editor.partner.update({ id: vologda.id, version: vologda.version, data: { parentId: russia.id } });
    await c.editor.meeting.create(meeting({ startsAt: "2025-05-05", partnerIds: [s.partners.ustyug.id, arkhangelsk.id] }));
    await c.editor.meeting.create(meeting({ startsAt: "2025-05-06", partnerIds: [s.partners.ustyug.id] }));
    await c.editor.meeting.create(meeting({ startsAt: "2025-04-06", partnerIds: [russia.id, arkhangelsk.id] }));
    const withRussia = await expectSameOnBothPaths({}, "tallies");
    expect(withRussia.byCountry.find((r) => r.name === "Российская Федерация")?.interactions).toBe(2);
    await expectSameOnBothPaths({ countryCodes: ["RU"] }, "tallies");
    await expectSameOnBothPaths({ partnerIds: [arkhangelsk.id] }, "tallies");
    // A region that holds the home region is left to the raw path.
    await expectSameOnBothPaths({ partnerIds: [s.partners.vologda.id] }, "raw");

    // A live city below a deleted region (written straight to the table: the application refuses it).
    const city = await c.editor.partner.create({ name: "Город под Минском", level: "CITY", parentId: s.partners.minsk.id });
    await c.editor.meeting.create(meeting({ startsAt: "2025-02-03", partnerIds: [city.id] }));
    await db.prisma.partner.update({ where: { id: s.partners.minsk.id }, data: { deletedAt: new Date() } });
    await expectSameOnBothPaths({}, "tallies");
    await expectSameOnBothPaths({ countryCodes: ["BY"] }, "tallies");
    await db.prisma.partner.update({ where: { id: s.partners.minsk.id }, data: { deletedAt: null } });
    await expectSameOnBothPaths({}, "tallies");
  });

  it("give the key figures' active partners and meetings this year and last year to date as the raw rows do", async () => {
    // Which path each figure takes: the held meetings need the tallies, the active partners only the contact rows.
    const filters: Array<[TCommonFilter, { held: Path; active: Path }]> = [
      [{}, { held: "tallies", active: "tallies" }],
      [{ countryCodes: ["KZ"] }, { held: "tallies", active: "tallies" }],
      [{ partnerIds: [s.partners.almaty.id] }, { held: "tallies", active: "tallies" }],
      [{ sectorIds: [s.sectors.agriculture.id] }, { held: "tallies", active: "tallies" }],
      [
        { countryCodes: ["KZ"], sectorIds: [s.sectors.timber.id] },
        { held: "tallies", active: "tallies" },
      ],
      [
        { partnerIds: [s.partners.almaty.id], sectorIds: [s.sectors.agriculture.id] },
        { held: "tallies", active: "tallies" },
      ],
      [{ partnerIds: [s.partners.almaty.id, s.partners.minsk.id] }, { held: "raw", active: "tallies" }],
      [{ sectorIds: [s.sectors.timber.id, s.sectors.culture.id] }, { held: "raw", active: "raw" }],
      [{ q: "встреча" }, { held: "raw", active: "raw" }],
    ];
    // The trading house's only contact ends five days before the twelve months that end on 15 September 2025 begin.
    await c.editor.meeting.create(meeting({ startsAt: "2024-09-10", partnerIds: [s.partners.trader.id] }));
    // Held within the days of a month, for the days inside September 2025 and a year before: a day, a visit begun
    // inside the month and ending after it, a month (over on its last day) and one of two partners of one country.
    await c.editor.meeting.create(meeting({ startsAt: "2024-09-03", partnerIds: [s.partners.almaty.id, s.partners.astana.id] }));
    await c.editor.meeting.create(meeting({ startsAt: "2024-09-12", endsAt: "2024-10-02", sectorIds: [s.sectors.agriculture.id] }));
    await c.editor.meeting.create(meeting({ startsAt: "2024-09-01", datePrecision: "MONTH", partnerIds: [s.partners.kz.id] }));
    await c.editor.meeting.create(meeting({ startsAt: "2025-09-04", partnerIds: [s.partners.almaty.id, s.partners.kz.id] }));
    let counted = 0;
    for (const [filter, path] of filters) {
      const f = await resolveFilter(db.prisma, filter);
      expect(heldMeetingsFromTallies(f, { from: "2025-01-01", to: TODAY }) === null ? "raw" : "tallies").toBe(path.held);
      expect(activePartnersFromContacts(f, TODAY, "2024-06-15") === null ? "raw" : "tallies").toBe(path.active);
      // Days inside a month and at its ends; 15 September 2025 puts the trading house's contact just outside the twelve months.
      for (const today of [TODAY, "2024-12-31", "2024-12-15", "2025-01-01", "2025-03-01", "2025-09-15", "2025-09-05", "2025-09-30", "2025-09-03"]) {
        const raw = await keyFigures({ prisma: db.prisma, f, today, useTallies: false });
        expect(await keyFigures({ prisma: db.prisma, f, today }), `${JSON.stringify(filter)} as of ${today}`).toEqual(raw);
        counted += raw.meetingsYearToDate + raw.meetingsLastYearToDate + raw.activePartners;
      }
    }
    expect(counted).toBeGreaterThan(10);
  });

  it("take the last contacts from the contact rows as the raw path does: ties, meetings under way or planned, a rare sector", async () => {
    const { almaty, astana, minsk, trader } = s.partners;
    const { timber, agriculture, culture } = s.sectors;
    // Two contacts of one day, told apart only by their precision (the raw path orders it as text).
    await c.editor.meeting.create(meeting({ startsAt: "2025-05-20", partnerIds: [almaty.id], sectorIds: [timber.id] }));
    await c.editor.meeting.create(meeting({ startsAt: "2025-05-20", datePrecision: "APPROXIMATE", partnerIds: [almaty.id], sectorIds: [timber.id] }));
    // A month and a visit over the same days.
    await c.editor.meeting.create(meeting({ startsAt: "2025-05-01", datePrecision: "MONTH", partnerIds: [almaty.id], sectorIds: [agriculture.id] }));
    await c.editor.meeting.create(meeting({ startsAt: "2025-05-01", endsAt: "2025-05-31", partnerIds: [almaty.id], sectorIds: [agriculture.id] }));
    // Under way today, planned, and known to this month or this quarter only (held once they are over).
    await c.editor.meeting.create(meeting({ startsAt: "2025-06-10", endsAt: "2025-06-20", partnerIds: [astana.id], sectorIds: [culture.id] }));
    await c.editor.meeting.create(meeting({ startsAt: "2025-07-01", partnerIds: [astana.id, minsk.id], sectorIds: [culture.id] }));
    await c.editor.meeting.create(meeting({ startsAt: "2025-06-01", datePrecision: "MONTH", partnerIds: [astana.id], sectorIds: [culture.id] }));
    await c.editor.meeting.create(meeting({ startsAt: "2025-04-01", datePrecision: "QUARTER", partnerIds: [minsk.id], sectorIds: [timber.id] }));
    // One agriculture contact long ago, then many of another sector.
    await c.editor.meeting.create(meeting({ startsAt: "2024-02-05", partnerIds: [trader.id], sectorIds: [agriculture.id] }));
    for (const day of ["2024-03-11", "2024-06-17", "2024-10-02", "2025-01-20", "2025-04-08", "2025-06-02"]) {
      await c.editor.meeting.create(meeting({ startsAt: day, partnerIds: [trader.id], sectorIds: [timber.id] }));
    }
    const onDays = [TODAY, "2025-06-12", "2025-06-30", "2025-07-01", "2025-05-20", "2025-05-31", "2024-12-31"];
    const filters: TCommonFilter[] = [
      {},
      { sectorIds: [timber.id] },
      { sectorIds: [agriculture.id] },
      { sectorIds: [culture.id] },
      { countryCodes: ["KZ"] },
      { countryCodes: ["KZ"], sectorIds: [agriculture.id] },
      { partnerIds: [almaty.id], sectorIds: [agriculture.id] },
      { from: "2025-05-01" },
      { from: "2025-01-01", to: "2025-05-31" },
      { to: "2025-05-20" },
      { from: "2025-04-01", to: "2025-06-15", sectorIds: [culture.id] },
      { to: "2024-12-31", sectorIds: [timber.id] },
    ];
    for (const filter of filters) await expectSameOnBothPaths(filter, "tallies", onDays);

    const partner = (answer: Awaited<ReturnType<typeof expectSameOnBothPaths>>, id: string) => answer.byPartner.find((p) => p.partnerId === id);
    // Not the same answer everywhere: the ties, the meeting under way and the rare sector are there.
    const all = await expectSameOnBothPaths({}, "tallies", [TODAY]);
    expect(partner(all, astana.id)).toMatchObject({ lastContactAt: "2025-06-10", lastContactPrecision: "DAY" });
    expect(partner(await expectSameOnBothPaths({ sectorIds: [timber.id] }, "tallies", ["2025-05-20"]), almaty.id)).toMatchObject({
      lastContactAt: "2025-05-20",
      lastContactPrecision: "APPROXIMATE",
    });
    expect(partner(await expectSameOnBothPaths({ sectorIds: [agriculture.id] }, "tallies", ["2025-05-31"]), almaty.id)).toMatchObject({
      lastContactAt: "2025-05-01",
      lastContactPrecision: "DAY",
    });
    expect(partner(await expectSameOnBothPaths({ sectorIds: [agriculture.id] }, "tallies", [TODAY]), trader.id)).toMatchObject({
      lastContactAt: "2024-02-05",
    });
    expect(partner(await expectSameOnBothPaths({ sectorIds: [culture.id] }, "tallies", ["2025-06-30"]), astana.id)).toMatchObject({
      lastContactAt: "2025-06-01",
      lastContactPrecision: "MONTH",
    });

    // Sectors and days changed by hand, as psql or a script would: the contact rows follow.
    const [tie] = await db.raw.query<{ id: string }>(
      `SELECT i.id::text AS id FROM "Interaction" i JOIN "InteractionPartner" ip ON ip."interactionId" = i.id
        WHERE ip."partnerId" = $1 AND i."startsAt" = '2025-05-20' AND i."datePrecision" = 'APPROXIMATE'`,
      [almaty.id],
    );
    await db.raw.query(`UPDATE "InteractionSector" SET "sectorId" = $1 WHERE "interactionId" = $2`, [agriculture.id, tie!.id]);
    await db.raw.query(
      `DELETE FROM "InteractionSector" WHERE "interactionId" IN (SELECT "interactionId" FROM "InteractionPartner" WHERE "partnerId" = $1)
                          AND "sectorId" = $2 AND "interactionId" IN (SELECT id FROM "Interaction" WHERE "startsAt" = '2024-02-05')`,
      [trader.id, agriculture.id],
    );
    await db.raw.query(
      `INSERT INTO "InteractionSector" ("interactionId", "sectorId")
                        SELECT "interactionId", $2 FROM "InteractionPartner" ip JOIN "Interaction" i ON i.id = ip."interactionId"
                         WHERE ip."partnerId" = $1 AND i."startsAt" = '2024-10-02'`,
      [trader.id, agriculture.id],
    );
    await db.raw.query(`UPDATE "Interaction" SET "startsAt" = '2025-06-14', "endsAt" = NULL WHERE id = $1`, [tie!.id]);
    for (const filter of filters) await expectSameOnBothPaths(filter, "tallies", onDays);
    expect(partner(await expectSameOnBothPaths({ sectorIds: [agriculture.id] }, "tallies", [TODAY]), trader.id)).toMatchObject({
      lastContactAt: "2024-10-02",
    });
  });

  it("count the overdue follow-ups as the joined records say, whatever is deleted", async () => {
    const overdue = async (filter: TCommonFilter) => {
      const f = await resolveFilter(db.prisma, filter);
      return (await keyFigures({ prisma: db.prisma, f, today: TODAY })).overdueFollowUps;
    };
    /** The count as the overview gave it before issue 16: each follow-up joined to its records. */
    const joined = async (sectorId: string | null, partnerIds: string[] | null) => {
      const [row] = await db.raw.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "FollowUp" fu
           LEFT JOIN "Interaction" fi ON fi.id = fu."interactionId"
           LEFT JOIN "PlanItem" fp ON fp.id = fu."planItemId"
           LEFT JOIN "Agreement" fa ON fa.id = COALESCE(fu."agreementId", fp."agreementId")
          WHERE fu."deletedAt" IS NULL AND (fi.id IS NULL OR fi."deletedAt" IS NULL) AND (fa.id IS NULL OR fa."deletedAt" IS NULL)
            AND fu."dueDate" < $1::date AND fu.status IN ('OPEN', 'IN_PROGRESS')
            AND ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM "InteractionSector" x WHERE x."interactionId" = fi.id AND x."sectorId" = $2::uuid)
                                  OR EXISTS (SELECT 1 FROM "AgreementSector" x WHERE x."agreementId" = fa.id AND x."sectorId" = $2::uuid))
            AND ($3::uuid[] IS NULL OR EXISTS (SELECT 1 FROM "InteractionPartner" x WHERE x."interactionId" = fi.id AND x."partnerId" = ANY($3::uuid[]))
                                    OR EXISTS (SELECT 1 FROM "AgreementParty" x WHERE x."agreementId" = fa.id AND x."partnerId" = ANY($3::uuid[])))`,
        [TODAY, sectorId, partnerIds],
      );
      return row!.n;
    };
    const { kz, almaty, minsk, by } = s.partners;
    const { timber, agriculture, culture } = s.sectors;
    const filters: TCommonFilter[] = [
      {},
      { sectorIds: [agriculture.id] },
      { sectorIds: [culture.id] },
      { partnerIds: [almaty.id] },
      { partnerIds: [by.id], sectorIds: [culture.id] },
      { partnerIds: [kz.id], sectorIds: [timber.id] },
    ];
    const expectAsJoined = async () => {
      let counted = 0;
      for (const filter of filters) {
        const n = await joined(filter.sectorIds?.[0] ?? null, (await resolveFilter(db.prisma, filter)).scope);
        expect({ filter, n: await overdue(filter) }).toEqual({ filter, n });
        counted += n;
      }
      expect(counted).toBeGreaterThan(3);
    };
    // Follow-ups of a meeting, an agreement and a plan item, each of which is then deleted.
    const m = await c.editor.meeting.create(meeting({ startsAt: "2025-04-02", partnerIds: [almaty.id], sectorIds: [agriculture.id] }));
    const agreement = await db.prisma.agreement.create({
      data: {
        title: "Соглашение для задач",
        kind: "MEMORANDUM",
        stageChangedAt: new Date("2025-01-10"),
        parties: { create: [{ partnerId: minsk.id }] },
        sectors: { create: [{ sectorId: culture.id }] },
      },
    });
    const item = await db.prisma.planItem.create({ data: { agreementId: agreement.id, title: "Пункт плана", dueDate: new Date("2025-05-01") } });
    await c.editor.followUp.create({ title: "По встрече", interactionId: m.id, dueDate: "2025-05-02" });
    await c.editor.followUp.create({ title: "По соглашению", agreementId: agreement.id, dueDate: "2025-05-03" });
    await c.editor.followUp.create({ title: "По пункту плана", planItemId: item.id, dueDate: "2025-05-04" });
    await c.editor.followUp.create({ title: "Самостоятельная", dueDate: "2025-05-05" });
    await expectAsJoined();
    // Under a partner filter the candidates come from OpenFollowUp: it follows due days, status and links.
    const moving = await c.editor.followUp.create({ title: "Переносимая", interactionId: m.id, dueDate: "2025-05-06" });
    await expectAsJoined();
    const later = await c.editor.followUp.update({ id: moving.id, version: moving.version, data: { dueDate: "2027-01-10" } });
    await expectAsJoined();
    const relinked = await c.editor.followUp.update({
      id: moving.id,
      version: later.version,
      data: { dueDate: "2025-05-06", interactionId: null, agreementId: agreement.id },
    });
    await expectAsJoined();
    await c.editor.followUp.complete({ id: moving.id, version: relinked.version });
    await expectAsJoined();
    const before = await overdue({});
    await c.admin.meeting.delete({ id: m.id, version: m.version });
    await db.prisma.agreement.update({ where: { id: agreement.id }, data: { deletedAt: new Date("2025-06-01") } });
    await expectAsJoined();
    // The meeting's, the agreement's and the plan item's went with them; the standalone one stays.
    expect(await overdue({})).toBe(before - 3);
  });

  it("shows a meeting logged at once", async () => {
    const uzbekistan = async () => (await c.viewer.dashboard.summary({})).byPartner.find((p) => p.partnerId === s.partners.uz.id)!;
    const before = await uzbekistan();
    await c.editor.meeting.create(meeting({ startsAt: "2025-06-10", partnerIds: [s.partners.uz.id] }));
    expect(await uzbekistan()).toMatchObject({ interactions: before.interactions + 1, lastContactAt: "2025-06-10", lastContactPrecision: "DAY" });
  });
});
