// The overview's meetings figure compares like for like (issue 17): on 4 December, the
// meetings held from 1 January to 4 December against those held from 1 January to
// 4 December a year earlier — not against the whole previous year, which reported a
// fall that did not happen. A date known only to its month, quarter or year counts once
// that period is over, in both spans alike.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import { dayToUtcDate, type TDatePrecision } from "@atlas/shared/calendar-day";
import { searchTextOf } from "@atlas/shared/search-text";
import { openTestDatabase } from "../support/test-database.ts";
import { callersFor, callerWith } from "../support/callers.ts";

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;

beforeAll(async () => {
  db = await openTestDatabase();
  c = await callersFor(db);
  const partner = await db.prisma.partner.create({
    data: { name: "Республика Казахстан", level: "COUNTRY", isoCode: "KZ", searchText: "республика казахстан" },
  });
  const meeting = (title: string, startsAt: string, endsAt: string | null, precision: TDatePrecision = "DAY", deleted = false) =>
    db.prisma.interaction.create({
      data: {
        title,
        kind: "MEETING",
        startsAt: dayToUtcDate(startsAt),
        endsAt: endsAt ? dayToUtcDate(endsAt) : null,
        datePrecision: precision,
        searchText: searchTextOf.interaction({ title }),
        partners: { create: [{ partnerId: partner.id }] },
        ...(deleted ? { deletedAt: new Date("2026-06-01T00:00:00Z") } : {}),
      },
    });
  // A year earlier: held by 4 December 2025.
  await meeting("Март 2025", "2025-03-10", null);
  await meeting("4 декабря 2025, тот же день", "2025-12-04", null);
  await meeting("Ноябрь 2025, известен месяц", "2025-11-01", "2025-11-30", "MONTH");
  // A year earlier, but after 4 December or not over by then: only in the whole year.
  await meeting("5 декабря 2025", "2025-12-05", null);
  await meeting("Декабрь 2025, известен месяц", "2025-12-01", "2025-12-31", "MONTH");
  await meeting("2025 год, известен год", "2025-01-01", "2025-12-31", "YEAR");
  // Two years back: in neither span.
  await meeting("20 декабря 2024", "2024-12-20", null);
  // This year, held by today.
  await meeting("Январь 2026", "2026-01-15", null);
  await meeting("Сегодня, 4 декабря 2026", "2026-12-04", null);
  await meeting("III квартал 2026", "2026-07-01", "2026-09-30", "QUARTER");
  // This year, not yet held or deleted.
  await meeting("10 декабря 2026, запланирована", "2026-12-10", null);
  await meeting("IV квартал 2026, ещё не закончился", "2026-10-01", "2026-12-31", "QUARTER");
  await meeting("Удалённая, февраль 2026", "2026-02-01", null, "DAY", true);
});

afterAll(async () => {
  await db?.close();
});

describe("the meetings figure on 4 December 2026", () => {
  it("counts 1 January – 4 December of both years, and never a period that is not over", async () => {
    // 12:00 UTC is 15:00 in Moscow, the home time zone: 4 December there.
    const { caller, ctx } = callerWith({ db, user: c.users.viewer, clock: { now: () => new Date("2026-12-04T12:00:00Z") } });
    expect(ctx.calendar.today()).toBe("2026-12-04");
    const { keyFigures } = await caller.dashboard.summary({});
    expect(keyFigures).toMatchObject({
      yearToDate: { from: "2026-01-01", to: "2026-12-04" },
      lastYearToDate: { from: "2025-01-01", to: "2025-12-04" },
      // January, today and the third quarter.
      meetingsYearToDate: 3,
      // March, the same day and November — not the 6 of the whole of 2025.
      meetingsLastYearToDate: 3,
    });
  });

  it("at 22:30 UTC it is already 5 December in Moscow: the 5 December of last year joins", async () => {
    const { caller, ctx } = callerWith({ db, user: c.users.viewer, clock: { now: () => new Date("2026-12-04T22:30:00Z") } });
    expect(ctx.calendar.today()).toBe("2026-12-05");
    const { keyFigures } = await caller.dashboard.summary({});
    expect(keyFigures).toMatchObject({ lastYearToDate: { to: "2025-12-05" }, meetingsYearToDate: 3, meetingsLastYearToDate: 4 });
  });

  it("on 29 February the year before ends on 28 February", async () => {
    const { caller } = callerWith({ db, user: c.users.viewer, clock: { now: () => new Date("2028-02-29T12:00:00Z") } });
    const { keyFigures } = await caller.dashboard.summary({});
    expect(keyFigures.lastYearToDate).toEqual({ from: "2027-01-01", to: "2027-02-28" });
  });
});
