// The timeline's page when the window begins while meetings are under way: those of the
// window's month, quarter or year (a vague date, stored as its period's first and last day)
// and exact or approximate ones over several days. The page reads them by three equality
// walks and a GiST index of the multi-day meetings alone (timeline/list-timeline.ts); here
// every page, cut at a few rows from either end, is compared with the raw rows: every live
// meeting whose days overlap the window, in the page's order.
import { describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import type { TCreateMeetingInput } from "@atlas/shared/meeting";
import { addDays, addMonths, type CalendarDay } from "@atlas/shared/calendar-day";
import { withActivityDatabase, type Activity, type ActivityDatabase } from "./activity-fixture.ts";

let db: Database;
let c: ActivityDatabase["c"];
let s: Activity;
withActivityDatabase((ready) => ({ db, c, s } = ready));

const meeting = (title: string, startsAt: CalendarDay, over: Partial<TCreateMeetingInput> = {}): TCreateMeetingInput => ({
  title,
  kind: "MEETING",
  startsAt,
  partnerIds: [s.partners.almaty.id],
  ...over,
});

async function seedAroundMay() {
  const agriculture = { sectorIds: [s.sectors.agriculture.id] };
  const made = [
    // A year, three times (one in agriculture), the year before, and one deleted.
    meeting("Год 2025 а", "2025-03-03", { datePrecision: "YEAR" }),
    meeting("Год 2025 б", "2025-01-01", { datePrecision: "YEAR", ...agriculture }),
    meeting("Год 2025 в", "2025-12-31", { datePrecision: "YEAR" }),
    meeting("Год 2024", "2024-06-01", { datePrecision: "YEAR" }),
    // Quarters: the second (under way in May), the first (over by then).
    meeting("II квартал а", "2025-05-20", { datePrecision: "QUARTER" }),
    meeting("II квартал б", "2025-04-01", { datePrecision: "QUARTER", ...agriculture }),
    meeting("I квартал", "2025-02-02", { datePrecision: "QUARTER" }),
    // Months: May twice, April.
    meeting("Май а", "2025-05-31", { datePrecision: "MONTH" }),
    meeting("Май б", "2025-05-01", { datePrecision: "MONTH", ...agriculture }),
    meeting("Апрель", "2025-04-15", { datePrecision: "MONTH" }),
    // Over several days: under way on the 14th, ended on the 13th, beginning on the 14th, approximate.
    meeting("12–15 мая", "2025-05-12", { endsAt: "2025-05-15", ...agriculture }),
    meeting("10–13 мая", "2025-05-10", { endsAt: "2025-05-13" }),
    meeting("14–16 мая", "2025-05-14", { endsAt: "2025-05-16" }),
    meeting("Около 13–14 мая", "2025-05-13", { endsAt: "2025-05-14", datePrecision: "APPROXIMATE" }),
    meeting("30 апреля – 2 мая", "2025-04-30", { endsAt: "2025-05-02", ...agriculture }),
    meeting("31 декабря – 2 января", "2024-12-31", { endsAt: "2025-01-02" }),
    // One day each.
    meeting("13 мая", "2025-05-13"),
    meeting("14 мая", "2025-05-14", agriculture),
    meeting("1 мая", "2025-05-01"),
  ];
  const created = [];
  for (const m of made) created.push(await c.editor.meeting.create(m));
  const gone = await c.editor.meeting.create(meeting("Год 2025, удалённая", "2025-01-01", { datePrecision: "YEAR" }));
  await c.admin.meeting.delete({ id: gone.id, version: gone.version });
  return created;
}

/** Every live meeting whose days overlap [from, to], in the timeline's order (its day, then its id). */
async function overlapping(from: CalendarDay, to: CalendarDay, sectorId: string | null): Promise<string[]> {
  const rows = await db.raw.query<{ id: string }>(
    `SELECT i.id::text AS id FROM "Interaction" i
      WHERE i."deletedAt" IS NULL AND i."startsAt" <= $2::date AND COALESCE(i."endsAt", i."startsAt") >= $1::date
        AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM "InteractionSector" x WHERE x."interactionId" = i.id AND x."sectorId" = $3::uuid))
      ORDER BY i."startsAt", i.id`,
    [from, to, sectorId],
  );
  return rows.map((r) => r.id);
}

describe("timeline.list: a window that begins while meetings are under way", () => {
  it("pages exactly the meetings overlapping the window, from either end, whatever the first day", async () => {
    const created = await seedAroundMay();
    // The 14th (inside a month and a quarter), a month's first day, a quarter's, a year's.
    for (const from of ["2025-05-14", "2025-05-01", "2025-04-01", "2025-01-01"] as CalendarDay[]) {
      const to = addDays(addMonths(from, 1), -1);
      for (const sectorId of [null, s.sectors.agriculture.id]) {
        const expected = await overlapping(from, to, sectorId);
        const filter = { from, to, ...(sectorId ? { sectorIds: [sectorId] } : {}) };
        for (const limit of [1, 3, 6, 2000]) {
          for (const keep of ["first", "last"] as const) {
            const page = await c.viewer.timeline.list({ filter, kinds: ["interaction"], limit, keep });
            expect({ from, sectorId, limit, keep, total: page.total, ids: page.items.map((i) => i.id) }).toEqual({
              from,
              sectorId,
              limit,
              keep,
              total: expected.length,
              ids: keep === "first" ? expected.slice(0, limit) : expected.slice(-limit),
            });
          }
        }
      }
    }
    // The window of the 14th holds what was under way on it, and not what had ended the day before.
    const titles = (await c.viewer.timeline.list({ filter: { from: "2025-05-14", to: "2025-06-13" }, kinds: ["interaction"], limit: 2000 })).items.map(
      (i) => i.title,
    );
    expect(titles).toEqual(expect.arrayContaining(["Год 2025 а", "II квартал а", "Май а", "12–15 мая", "Около 13–14 мая", "14–16 мая", "14 мая"]));
    for (const ended of ["Год 2024", "I квартал", "Апрель", "10–13 мая", "13 мая", "Год 2025, удалённая"]) expect(titles).not.toContain(ended);
    expect(created.length).toBe(19);
  });

  it("refuses a month, quarter or year written by hand with other days than its period's", async () => {
    // Every write of the app stores the period (shared spanFor); the database says so too, so the
    // timeline may read a vague meeting under way on a day by its period's first day alone.
    await expect(
      db.raw.query(
        `INSERT INTO "Interaction" (id, title, kind, "startsAt", "endsAt", "datePrecision", "updatedAt") VALUES (gen_random_uuid(), 'Май', 'MEETING', '2025-05-14', '2025-05-31', 'MONTH', now())`,
      ),
    ).rejects.toThrow(/Interaction_vague_span_check/);
    await expect(
      db.raw.query(
        `INSERT INTO "Interaction" (id, title, kind, "startsAt", "datePrecision", "updatedAt") VALUES (gen_random_uuid(), 'Год', 'MEETING', '2025-01-01', 'YEAR', now())`,
      ),
    ).rejects.toThrow(/Interaction_vague_span_check/);
    const [row] = await db.raw.query<{ n: number }>(
      `INSERT INTO "Interaction" (id, title, kind, "startsAt", "endsAt", "datePrecision", "updatedAt") VALUES (gen_random_uuid(), 'II квартал', 'MEETING', '2025-04-01', '2025-06-30', 'QUARTER', now()) RETURNING 1 AS n`,
    );
    expect(row?.n).toBe(1);
  });
});
