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
import { activePartnersFromTallies, heldMeetingsFromTallies, keyFigures } from "@atlas/server/services/dashboard/key-figures";
import { resolveFilter } from "@atlas/server/services/dashboard/sql-filters";
import { Prisma } from "@atlas/server/db";
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

/** Both paths agree on every day; returns the answer as of TODAY. */
async function expectSameOnBothPaths(filter: TCommonFilter, path: Path) {
  const f = await resolveFilter(db.prisma, filter);
  expect((await activityTallyPlan(db.prisma, f)) === null ? "raw" : "tallies").toBe(path);
  const answers = [];
  for (const today of days) {
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
    const filters: Array<[TCommonFilter, Path]> = [
      [{}, "tallies"],
      [{ countryCodes: ["KZ"] }, "tallies"],
      [{ partnerIds: [s.partners.almaty.id] }, "tallies"],
      [{ sectorIds: [s.sectors.agriculture.id] }, "tallies"],
      [{ sectorIds: [s.sectors.timber.id, s.sectors.culture.id] }, "raw"],
      [{ q: "встреча" }, "raw"],
    ];
    // The trading house's only contact ends five days before the twelve months that end on 15 September 2025 begin.
    await c.editor.meeting.create(meeting({ startsAt: "2024-09-10", partnerIds: [s.partners.trader.id] }));
    let counted = 0;
    for (const [filter, path] of filters) {
      const f = await resolveFilter(db.prisma, filter);
      expect(heldMeetingsFromTallies(f, { from: "2025-01-01", to: TODAY }, Prisma.sql`TRUE`) === null ? "raw" : "tallies").toBe(path);
      expect(activePartnersFromTallies(f, TODAY, "2024-06-15") === null ? "raw" : "tallies").toBe(path);
      // Days inside a month and at its ends; 15 September 2025 puts the trading house's contact just outside the twelve months.
      for (const today of [TODAY, "2024-12-31", "2024-12-15", "2025-01-01", "2025-03-01", "2025-09-15", "2025-09-05"]) {
        const raw = await keyFigures({ prisma: db.prisma, f, today, useTallies: false });
        expect(await keyFigures({ prisma: db.prisma, f, today }), `${JSON.stringify(filter)} as of ${today}`).toEqual(raw);
        counted += raw.meetingsYearToDate + raw.meetingsLastYearToDate + raw.activePartners;
      }
    }
    expect(counted).toBeGreaterThan(10);
  });

  it("shows a meeting logged at once", async () => {
    const uzbekistan = async () => (await c.viewer.dashboard.summary({})).byPartner.find((p) => p.partnerId === s.partners.uz.id)!;
    const before = await uzbekistan();
    await c.editor.meeting.create(meeting({ startsAt: "2025-06-10", partnerIds: [s.partners.uz.id] }));
    expect(await uzbekistan()).toMatchObject({ interactions: before.interactions + 1, lastContactAt: "2025-06-10", lastContactPrecision: "DAY" });
  });
});
