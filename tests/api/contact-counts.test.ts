// Kazakhstan's page and its map tooltip once disagreed (470 contacts against 486) with
// nothing on screen saying why. The page counts contacts that have taken place; the map
// counts every record under the filter: contacts (planned ones too), agreements and
// events, each named on screen. This checks the two procedures' numbers and their parts
// against each other and against a third count (the timeline's), so a change to either
// side that is not explained by those parts fails here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import { seedDatabase } from "@atlas/db/seed/seed-database";
import { caseIds } from "@atlas/db/seed/kazakhstan-case";
import { addMonths, dayToUtcDate, todayIn } from "@atlas/shared/calendar-day";
import { defaultHomeTimeZone } from "@atlas/server/home-calendar";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor } from "../support/callers.ts";

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;

beforeAll(async () => {
  db = await openTestDatabase();
  await seedDatabase(db.prisma, { generated: { seed: 2024, partners: 150, interactions: 150 } });
  c = await callersFor(db);
}, 120_000);
afterAll(async () => db?.close());

/** What the page and the map say of Kazakhstan, and the timeline's contacts split by held and planned. */
async function figures() {
  const today = todayIn(defaultHomeTimeZone);
  const dossier = await c.viewer.partner.dossier({ id: caseIds.kazakhstan });
  const map = await c.viewer.dashboard.summary({ filter: {} });
  const country = map.byCountry.find((x) => x.partnerId === caseIds.kazakhstan)!;
  const contacts = await c.viewer.timeline.list({ filter: { partnerIds: [caseIds.kazakhstan] }, kinds: ["interaction"], all: true, limit: 2000 });
  expect(contacts.truncated).toBe(false);
  const planned = contacts.items.filter((i) => (i.endsAt ?? i.startsAt)! >= today).length;
  return { page: dossier.summary.contactsTotal, country, timelineContacts: contacts.total, planned };
}

describe("Kazakhstan's contacts on its page and on the map", () => {
  it("the page's held contacts plus the planned ones are the map's contacts; the map's figure is contacts, agreements and events", async () => {
    const f = await figures();
    expect(f.country.interactions).toBe(f.timelineContacts);
    expect(f.page).toBe(f.country.interactions - f.planned);
    // The demo data's Kazakhstan has agreements and events too: the map's total is more than its contacts.
    expect(f.country.agreements).toBeGreaterThan(0);
    expect(f.country.events).toBeGreaterThan(0);
  });

  it("a planned meeting counts on the map (named «включая запланированные») and not on the page (named «состоявшихся»)", async () => {
    const before = await figures();
    const startsAt = dayToUtcDate(addMonths(todayIn(defaultHomeTimeZone), 2));
    const planned = await db.prisma.interaction.create({
      data: { title: "Плановая встреча с делегацией Казахстана", kind: "MEETING", startsAt, partners: { create: { partnerId: caseIds.astana } } },
    });
    try {
      const after = await figures();
      expect(after.planned).toBe(before.planned + 1);
      expect(after.country.interactions).toBe(before.country.interactions + 1);
      expect(after.page).toBe(before.page);
      expect(after.page).toBe(after.country.interactions - after.planned);
    } finally {
      await db.prisma.interaction.delete({ where: { id: planned.id } });
    }
  });
});
