// The overview's recent activity (services/dashboard/recent-activity.ts) takes each kind's
// newest rows by index walks: meetings down the sort-day index, or per partner of a scope (and
// per sector) on PartnerContact (PartnerSectorContact), plus those under way on the period's
// edge days. Whatever the filter, the day and the limit, it must list what the statement it
// replaced lists: that statement is kept below as the reference (one pass over each kind's
// rows, sorted), and both run on the activity fixture with meetings of every shape added
// (vague dates, several days, no partner, no sector, deleted, ahead of today, an end before
// the start), and again after writes. PartnerSectorContact is checked against the raw rows
// after each write, under concurrent writers, and after a rebuild.
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@atlas/db/database";
import type { TCommonFilter } from "@atlas/shared/common";
import { RECENT_ACTIVITY_LIMIT, type TRecentActivityItem, type TSignalPartner } from "@atlas/shared/dashboard";
import { addDays, dayToUtcDate, minOfDays, type CalendarDay, type TDatePrecision } from "@atlas/shared/calendar-day";
import { NEW_RECORDS_PER_KIND, recentActivity } from "@atlas/server/services/dashboard/recent-activity";
import {
  agreementConditions,
  and,
  eventConditions,
  inScope,
  inSectors,
  interactionConditions,
  interactionHeld,
  periodEndSql,
  resolveFilter,
  spanInPeriod,
  textMatches,
  type SqlFilter,
} from "@atlas/server/services/dashboard/sql-filters";
import { startOfDayIn } from "@atlas/server/services/common/filters";
import { Prisma, type Tx } from "@atlas/server/db";
import { TODAY, withActivityDatabase, type Activity, type ActivityDatabase } from "./activity-fixture.ts";

let db: Database;
let c: ActivityDatabase["c"];
let s: Activity;
withActivityDatabase((ready) => ({ db, c, s } = ready));

const timeZone = "Europe/Moscow";

// ---- The reference: the statement before issue 16, unchanged ----

type Row = {
  kind: TRecentActivityItem["kind"];
  id: string;
  record_id: string;
  day: CalendarDay;
  ends_at: CalendarDay | null;
  date_precision: TDatePrecision;
  at: Date | null;
  title: string;
  subtype: string;
  from_stage: string | null;
  status: string | null;
  starts_at: CalendarDay | null;
  event_ends_at: CalendarDay | null;
  event_precision: TDatePrecision | null;
  partners: TSignalPartner[];
};

const partnersJson = (link: string, key: string) =>
  Prisma.sql`COALESCE((SELECT json_agg(json_build_object('id', p.id, 'name', p.name) ORDER BY p.name, p.id)
                         FROM ${Prisma.raw(`"${link}"`)} l JOIN "Partner" p ON p.id = l."partnerId" AND p."deletedAt" IS NULL
                        WHERE ${Prisma.raw(`l."${key}"`)} = t.record_id), '[]'::json)`;

const text = (column: string) => Prisma.raw(`to_char(${column}, 'YYYY-MM-DD')`);

async function referenceRecentActivity({
  prisma,
  f,
  today,
  limit = RECENT_ACTIVITY_LIMIT,
}: {
  prisma: Tx;
  f: SqlFilter;
  today: CalendarDay;
  limit?: number;
}): Promise<TRecentActivityItem[]> {
  const to = f.to ? minOfDays(f.to, today) : today;
  const created = (column: string) => [
    ...(f.from ? [Prisma.sql`${Prisma.raw(column)} >= ${startOfDayIn(f.from, timeZone)}::timestamp`] : []),
    Prisma.sql`${Prisma.raw(column)} < ${startOfDayIn(addDays(to, 1), timeZone)}::timestamp`,
  ];
  const stageEnd = periodEndSql(Prisma.raw(`h."changedAt"`), Prisma.raw(`h."datePrecision"`));
  const homeDay = (column: string) => Prisma.sql`(${Prisma.raw(column)} AT TIME ZONE 'UTC' AT TIME ZONE ${timeZone}::text)::date`;
  const meetingSort = Prisma.sql`(CASE WHEN i."datePrecision"::text IN ('MONTH', 'QUARTER', 'YEAR') THEN COALESCE(i."endsAt", i."startsAt") ELSE i."startsAt" END)`;
  const eventSort = Prisma.sql`(CASE WHEN e."datePrecision"::text IN ('MONTH', 'QUARTER', 'YEAR') THEN COALESCE(e."endsAt", e."startsAt") ELSE e."startsAt" END)`;

  const rows = await prisma.$queryRaw<Row[]>`
    SELECT t.kind, t.id, t.record_id, t.day, t.ends_at, t.date_precision, t.at, t.title, t.subtype, t.from_stage, t.status,
           t.starts_at, t.event_ends_at, t.event_precision,
           CASE t.kind
             WHEN 'meeting' THEN ${partnersJson("InteractionPartner", "interactionId")}
             WHEN 'stageChange' THEN ${partnersJson("AgreementParty", "agreementId")}
             WHEN 'event' THEN COALESCE((
               SELECT json_agg(json_build_object('id', p.id, 'name', p.name) ORDER BY p.name, p.id)
                 FROM "Partner" p
                WHERE p."deletedAt" IS NULL
                  AND p.id IN (SELECT "partnerId" FROM "EventPartner" WHERE "eventId" = t.record_id
                               UNION SELECT "partnerId" FROM "EventStop" WHERE "eventId" = t.record_id AND "partnerId" IS NOT NULL)), '[]'::json)
             ELSE COALESCE((SELECT json_agg(json_build_object('id', p.id, 'name', p.name))
                              FROM "Project" pj JOIN "Partner" p ON p.id = pj."partnerId" AND p."deletedAt" IS NULL
                             WHERE pj.id = t.record_id), '[]'::json)
           END AS partners
    FROM (
      (SELECT 'meeting' AS kind, i.id, i.id AS record_id, ${meetingSort} AS sort_day, NULL::timestamp AS at,
              ${text(`i."startsAt"`)} AS day, ${text(`i."endsAt"`)} AS ends_at, i."datePrecision"::text AS date_precision,
              i.title, i.kind::text AS subtype, NULL::text AS from_stage, NULL::text AS status,
              NULL::text AS starts_at, NULL::text AS event_ends_at, NULL::text AS event_precision
         FROM "Interaction" i
        WHERE ${and([...interactionConditions("i", { ...f, to }), interactionHeld("i", today)])}
        ORDER BY 4 DESC, i.id DESC
        LIMIT ${limit})
      UNION ALL
      (SELECT 'stageChange', h.id, a.id, ${stageEnd}, NULL,
              ${text(`h."changedAt"`)}, CASE WHEN h."datePrecision"::text IN ('MONTH', 'QUARTER', 'YEAR') THEN to_char(${stageEnd}, 'YYYY-MM-DD') END,
              h."datePrecision"::text, a.title, h."toStage"::text, h."fromStage"::text, NULL, NULL, NULL, NULL
         FROM "AgreementStageChange" h JOIN "Agreement" a ON a.id = h."agreementId"
        WHERE ${and([
          ...agreementConditions("a", f, { period: false }),
          ...spanInPeriod(Prisma.raw(`h."changedAt"`), stageEnd, f.from, to),
          Prisma.sql`h."changedAt" <= ${today}::date`,
        ])}
        ORDER BY 4 DESC, h.id DESC
        LIMIT ${limit})
      UNION ALL
      (SELECT 'event', e.id, e.id, ${eventSort} AS sort_day, NULL, ${text(`e."startsAt"`)}, ${text(`e."endsAt"`)}, e."datePrecision"::text,
              e.title, e.kind::text, NULL, e.status::text, ${text(`e."startsAt"`)}, ${text(`e."endsAt"`)}, e."datePrecision"::text
         FROM "Event" e
        WHERE ${and([...eventConditions("e", { ...f, to }), interactionHeld("e", today)])} AND e.status <> 'CANCELLED'
        ORDER BY 4 DESC, e.id DESC
        LIMIT ${Math.min(limit, NEW_RECORDS_PER_KIND)})
      UNION ALL
      (SELECT 'newProject', pj.id, pj.id, ${homeDay(`pj."createdAt"`)}, pj."createdAt", to_char(${homeDay(`pj."createdAt"`)}, 'YYYY-MM-DD'), NULL, 'DAY', pj.title, pj.stage::text, NULL, NULL, NULL, NULL, NULL
         FROM "Project" pj
        WHERE ${and([
          Prisma.sql`pj."deletedAt" IS NULL`,
          ...inSectors(Prisma.raw(`pj."sectorId"`), f),
          ...inScope(Prisma.raw(`pj."partnerId"`), f),
          ...textMatches(Prisma.raw(`pj."searchText"`), f),
          ...created(`pj."createdAt"`),
        ])}
        ORDER BY pj."createdAt" DESC, pj.id DESC
        LIMIT ${Math.min(limit, NEW_RECORDS_PER_KIND)})
    ) t
    ORDER BY t.sort_day DESC, t.at DESC NULLS LAST, t.kind, t.id DESC
    LIMIT ${limit}`;

  return rows.map((r): TRecentActivityItem => {
    const base = { id: r.id, recordId: r.record_id, date: r.day, endsAt: r.ends_at, datePrecision: r.date_precision, title: r.title, partners: r.partners };
    switch (r.kind) {
      case "meeting":
        return { ...base, kind: r.kind, subtype: r.subtype as never };
      case "stageChange":
        return { ...base, kind: r.kind, subtype: r.subtype as never, fromStage: r.from_stage as never };
      case "event":
        return {
          ...base,
          kind: r.kind,
          subtype: r.subtype as never,
          status: r.status as never,
          startsAt: r.starts_at ?? r.day,
          eventEndsAt: r.event_ends_at,
          eventDatePrecision: r.event_precision ?? "DAY",
        };
      case "newProject":
        return { ...base, kind: r.kind, subtype: r.subtype as never };
    }
  });
}

// ---- Records of every shape, around the fixture's ----

/** A small deterministic generator: the same records on every run and on both databases. */
function* numbers(seed: number) {
  let x = seed;
  for (;;) {
    x = (x * 1103515245 + 12345) % 2147483648;
    yield x;
  }
}

async function seedShapes() {
  const prisma = db.prisma;
  const next = numbers(16);
  const pick = <T>(list: readonly T[]) => list[next.next().value! % list.length]!;
  const partners = [
    s.partners.kz,
    s.partners.almaty,
    s.partners.astana,
    s.partners.by,
    s.partners.minsk,
    s.partners.uz,
    s.partners.trader,
    s.partners.ustyug,
    s.partners.gone,
  ].map((p) => p.id);
  const sectors = [s.sectors.timber, s.sectors.agriculture, s.sectors.culture, s.sectors.retired].map((x) => x.id);
  const precisions: TDatePrecision[] = ["DAY", "DAY", "DAY", "APPROXIMATE", "MONTH", "QUARTER", "YEAR"];
  for (let n = 0; n < 90; n++) {
    const precision = pick(precisions);
    // From September 2024 to a month past TODAY.
    let start = addDays("2024-09-01", next.next().value! % 320);
    let end: CalendarDay | null = null;
    if (precision === "MONTH") {
      start = `${start.slice(0, 7)}-01`;
      end = addDays(`${addDays(start, 32).slice(0, 7)}-01`, -1);
    } else if (precision === "QUARTER") {
      const month = Math.floor((Number(start.slice(5, 7)) - 1) / 3) * 3 + 1;
      start = `${start.slice(0, 4)}-${String(month).padStart(2, "0")}-01`;
      end = addDays(`${addDays(start, 95).slice(0, 7)}-01`, -1);
    } else if (precision === "YEAR") {
      start = `${start.slice(0, 4)}-01-01`;
      end = `${start.slice(0, 4)}-12-31`;
    } else if (n % 4 === 0) {
      end = addDays(start, 1 + (n % 40));
    }
    // Same days for several meetings: the order falls to the id. (A month, quarter or year keeps its
    // period's first day: the database refuses anything else, see migration timeline_under_way_reads.)
    if (n % 10 === 3 && (precision === "DAY" || precision === "APPROXIMATE")) start = "2025-02-10";
    const linked = n % 7 === 0 ? [] : [...new Set([pick(partners), ...(n % 3 === 0 ? [pick(partners)] : [])])];
    const tagged = n % 6 === 0 ? [] : [...new Set([pick(sectors), ...(n % 5 === 0 ? [pick(sectors)] : [])])];
    const title = `${n % 2 ? "Встреча" : "Переговоры"} № ${n}`;
    await prisma.interaction.create({
      data: {
        title,
        kind: pick(["MEETING", "VISIT", "NEGOTIATIONS", "CALL"] as const),
        startsAt: dayToUtcDate(start),
        endsAt: end ? dayToUtcDate(end) : null,
        datePrecision: precision,
        deletedAt: n % 11 === 0 ? new Date("2025-06-01") : null,
        searchText: title.toLowerCase(),
        partners: { create: linked.map((partnerId) => ({ partnerId })) },
        sectors: { create: tagged.map((sectorId) => ({ sectorId })) },
      },
    });
  }
  // An end before the start, as only a script could write it.
  await prisma.interaction.create({
    data: {
      title: "Встреча с концом раньше начала",
      kind: "MEETING",
      startsAt: dayToUtcDate("2025-01-20"),
      endsAt: dayToUtcDate("2025-01-05"),
      searchText: "встреча с концом раньше начала",
      partners: { create: [{ partnerId: s.partners.kz.id }] },
      sectors: { create: [{ sectorId: s.sectors.agriculture.id }] },
    },
  });
  // Stage changes known to a month, a quarter and a year; events of vague dates; projects.
  await prisma.agreement.create({
    data: {
      title: "Соглашение с датами из прессы",
      kind: "MEMORANDUM",
      stage: "IN_FORCE",
      stageChangedAt: dayToUtcDate("2025-04-01"),
      searchText: "соглашение с датами из прессы",
      parties: { create: [{ partnerId: s.partners.astana.id }] },
      sectors: { create: [{ sectorId: s.sectors.agriculture.id }] },
      stageHistory: {
        create: [
          { toStage: "DRAFT", changedAt: dayToUtcDate("2024-01-01"), datePrecision: "YEAR" },
          { fromStage: "DRAFT", toStage: "SIGNED", changedAt: dayToUtcDate("2024-10-01"), datePrecision: "QUARTER" },
          { fromStage: "SIGNED", toStage: "IN_FORCE", changedAt: dayToUtcDate("2025-04-01"), datePrecision: "MONTH" },
        ],
      },
    },
  });
  for (const [n, [start, end, precision, status]] of (
    [
      ["2024-10-01", "2024-12-31", "QUARTER", "HELD"],
      ["2025-01-01", "2025-12-31", "YEAR", "CONFIRMED"],
      ["2025-02-10", null, "DAY", "HELD"],
      ["2025-02-10", "2025-02-20", "DAY", "CANCELLED"],
      ["2025-05-01", "2025-05-31", "MONTH", "HELD"],
    ] as const
  ).entries()) {
    const title = `Событие № ${n}`;
    await prisma.event.create({
      data: {
        title,
        kind: "FORUM",
        status,
        startsAt: dayToUtcDate(start),
        endsAt: end ? dayToUtcDate(end) : null,
        datePrecision: precision,
        searchText: title.toLowerCase(),
        partners: { create: n % 2 ? [{ partnerId: s.partners.kz.id }] : [] },
        sectors: { create: [{ sectorId: n % 2 ? s.sectors.timber.id : s.sectors.agriculture.id }] },
      },
    });
  }
  for (const [n, createdAt] of ["2024-12-31T20:30:00Z", "2025-02-10T08:00:00Z", "2025-06-14T21:30:00Z", "2025-06-20T08:00:00Z"].entries()) {
    await prisma.project.create({
      data: {
        title: `Проект № ${n}`,
        partnerId: n % 2 ? s.partners.minsk.id : s.partners.almaty.id,
        sectorId: n % 2 ? s.sectors.culture.id : null,
        createdAt: new Date(createdAt),
        searchText: `проект № ${n}`,
        deletedAt: n === 1 ? new Date("2025-03-01") : null,
      },
    });
  }
}

// ---- PartnerSectorContact against the partners and sectors of the live meetings ----

async function expectPartnerSectorContactsExact() {
  const expected = await db.raw.query<{ key: string }>(`
    SELECT i.id || '|' || ip."partnerId" || '|' || x."sectorId" || '|' || COALESCE(i."endsAt", i."startsAt") || '|' || i."startsAt" || '|' || i."datePrecision" AS key
      FROM "Interaction" i JOIN "InteractionPartner" ip ON ip."interactionId" = i.id JOIN "InteractionSector" x ON x."interactionId" = i.id
     WHERE i."deletedAt" IS NULL ORDER BY 1`);
  const actual = await db.raw.query<{ key: string }>(`
    SELECT "interactionId" || '|' || "partnerId" || '|' || "sectorId" || '|' || "lastDay" || '|' || "startsAt" || '|' || "datePrecision" AS key
      FROM "PartnerSectorContact" ORDER BY 1`);
  expect(expected.length).toBeGreaterThan(0);
  expect(actual.map((r) => r.key)).toEqual(expected.map((r) => r.key));
}

// ---- The comparison ----

/** Days as of which the lists are compared: the fixture's today, ends of vague periods, a day inside one, a day ahead of everything. */
const days: CalendarDay[] = [TODAY, "2024-12-31", "2024-12-15", "2025-03-01", "2026-01-10"];
const limits = [1, 3, RECENT_ACTIVITY_LIMIT];

function filters(): TCommonFilter[] {
  const { kz, almaty, astana, minsk, uz, trader, vologda, gone } = s.partners;
  const { timber, agriculture, culture, retired } = s.sectors;
  return [
    {},
    { countryCodes: ["KZ"] },
    { countryCodes: ["BY"] },
    { partnerIds: [almaty.id] },
    { partnerIds: [astana.id, minsk.id] },
    { partnerIds: [uz.id] },
    { partnerIds: [trader.id] },
    { partnerIds: [vologda.id] },
    { partnerIds: [gone.id] },
    { sectorIds: [agriculture.id] },
    { sectorIds: [timber.id, culture.id] },
    { sectorIds: [retired.id] },
    { countryCodes: ["KZ"], sectorIds: [agriculture.id] },
    { partnerIds: [kz.id, minsk.id], sectorIds: [culture.id, timber.id] },
    { partnerIds: [uz.id], sectorIds: [retired.id] },
    // Periods whose edges fall inside meetings of several days and of a month, quarter or year.
    { from: "2024-12-15" },
    { to: "2024-12-15" },
    { from: "2024-12-15", to: "2025-01-10" },
    { from: "2025-02-10", to: "2025-02-10" },
    { from: "2024-10-01", to: "2024-12-31" },
    { from: "2025-03-01", to: "2025-02-01" },
    { from: "2026-01-01" },
    { to: "2030-01-01" },
    { countryCodes: ["KZ"], from: "2024-11-21", to: "2025-03-05" },
    { countryCodes: ["KZ"], sectorIds: [agriculture.id], from: "2024-12-20", to: "2025-05-05" },
    { sectorIds: [agriculture.id], from: "2024-12-20", to: "2025-01-05" },
    { partnerIds: [uz.id], from: "2024-12-15", to: "2024-12-20" },
    { q: "встреча" },
    { q: "переговоры", countryCodes: ["KZ"], sectorIds: [agriculture.id] },
    { q: "встреча", from: "2024-12-15", to: "2025-03-01" },
  ];
}

/** Every filter, day and limit lists what the reference lists; returns how many meeting lists were cut by their limit. */
async function expectSameAsReference(): Promise<number> {
  let cut = 0;
  for (const filter of filters()) {
    const f = await resolveFilter(db.prisma, filter);
    for (const today of days) {
      for (const limit of limits) {
        const expected = await referenceRecentActivity({ prisma: db.prisma, f, today, limit });
        const actual = await recentActivity({ prisma: db.prisma, f, today, timeZone, limit });
        expect({ filter, today, limit, items: actual }).toEqual({ filter, today, limit, items: expected });
        if (expected.filter((i) => i.kind === "meeting").length === limit) cut++;
      }
    }
  }
  return cut;
}

describe("recent activity by index walks", () => {
  beforeAll(async () => {
    await seedShapes();
  });

  it("lists what the full pass lists, for every filter, day and limit", { timeout: 300_000 }, async () => {
    await expectPartnerSectorContactsExact();
    // Not a comparison of empty lists: many are cut by the limit, as the walks are.
    expect(await expectSameAsReference()).toBeGreaterThan(100);
    // A meeting begun before the period and one known only to its quarter that ended after it are in it.
    const f = await resolveFilter(db.prisma, { from: "2024-12-15", to: "2024-12-20" });
    const listed = await recentActivity({ prisma: db.prisma, f, today: TODAY, timeZone, limit: 50 });
    expect(listed.some((i) => i.kind === "meeting" && i.date < "2024-12-15")).toBe(true);
    expect(listed.some((i) => i.kind === "meeting" && i.datePrecision === "QUARTER")).toBe(true);
  });

  it("lists what the full pass lists after meetings are moved, relinked, deleted, restored and removed", { timeout: 300_000 }, async () => {
    const meeting = await c.editor.meeting.create({
      title: "Встреча для проверки последних событий",
      kind: "MEETING",
      startsAt: "2025-06-01",
      partnerIds: [s.partners.almaty.id],
      sectorIds: [s.sectors.agriculture.id],
    });
    const moved = await c.editor.meeting.update({
      id: meeting.id,
      version: meeting.version,
      data: {
        partnerIds: [s.partners.minsk.id, s.partners.uz.id],
        sectorIds: [s.sectors.culture.id],
        startsAt: "2024-12-01",
        endsAt: "2024-12-31",
        datePrecision: "MONTH",
      },
    });
    // Links and sectors changed by hand, as psql or a script would.
    await db.raw.query(`UPDATE "InteractionPartner" SET "partnerId" = $1 WHERE "interactionId" = $2 AND "partnerId" = $3`, [
      s.partners.kz.id,
      moved.id,
      s.partners.uz.id,
    ]);
    await db.raw.query(`UPDATE "InteractionSector" SET "sectorId" = $1 WHERE "interactionId" = $2`, [s.sectors.agriculture.id, moved.id]);
    await db.prisma.interactionSector.create({ data: { interactionId: moved.id, sectorId: s.sectors.timber.id } });
    await expectPartnerSectorContactsExact();
    const other = await db.prisma.interaction.findFirstOrThrow({
      where: { deletedAt: null, partners: { some: { partnerId: s.partners.kz.id } } },
      orderBy: { id: "asc" },
    });
    await c.admin.meeting.delete({ id: other.id, version: other.version });
    await expectPartnerSectorContactsExact();
    await expectSameAsReference();

    const deleted = await db.prisma.interaction.findUniqueOrThrow({ where: { id: other.id } });
    await c.admin.meeting.restore({ id: other.id, version: deleted.version });
    await db.raw.query(`DELETE FROM "InteractionSector" WHERE "interactionId" = $1 AND "sectorId" = $2`, [moved.id, s.sectors.timber.id]);
    await expectPartnerSectorContactsExact();
    await db.prisma.interaction.delete({ where: { id: moved.id } });
    await expectPartnerSectorContactsExact();
    await expectSameAsReference();
  });

  it("PartnerSectorContact is rebuilt from the raw rows by atlas_rebuild_partner_sector_contacts()", async () => {
    await db.raw.query(`UPDATE "PartnerSectorContact" SET "lastDay" = "lastDay" + 1`);
    await db.raw.query(`DELETE FROM "PartnerSectorContact" WHERE "partnerId" = $1`, [s.partners.kz.id]);
    await db.raw.query(`SELECT atlas_rebuild_partner_sector_contacts()`);
    await expectPartnerSectorContactsExact();
  });
});
