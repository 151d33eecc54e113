// The periodic report for leadership (issue 15, item 4): its figures are the overview's
// for the same filter and period, its comparison is like for like (the period's days up
// to today against the same days a year earlier), and the DOCX download carries the
// region's name and the same figures. Analysts and above; a viewer gets 403.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import JSZip from "jszip";
import type { Database } from "@atlas/db/database";
import { buildApp, type FastifyInstance } from "@atlas/server/app";
import { readEnv } from "@atlas/server/env";
import { createSession } from "@atlas/server/auth/sessions";
import { defaultAuthSettings } from "@atlas/server/auth/settings";
import { SESSION_COOKIE } from "@atlas/server/auth/cookies";
import { dateOrNull, dayToUtcDate, type TDatePrecision } from "@atlas/shared/calendar-day";
import { searchTextOf } from "@atlas/shared/search-text";
import { openTestDatabase } from "../support/test-database.ts";
import { callerWith, callersFor, failure } from "../support/callers.ts";
import { NOW, TODAY, seedActivity } from "./activity-fixture.ts";

let db: Database;
let c: Awaited<ReturnType<typeof callersFor>>;
let app: FastifyInstance;
let fixture: Awaited<ReturnType<typeof seedActivity>>;

/** The second quarter of 2025, not over on TODAY (15 June 2025). */
const quarter = { kind: "QUARTER", year: 2025, number: 2 } as const;
const quarterDays = { from: "2025-04-01", to: "2025-06-30" } as const;
const clock = { now: () => NOW, sleep: async () => {} };
const asOf = (user: (typeof c.users)[keyof typeof c.users]) => callerWith({ db, user, clock }).caller;

beforeAll(async () => {
  db = await openTestDatabase();
  c = await callersFor(db);
  fixture = await seedActivity(db);
  // Kyrgyzstan's records are only here, so its counts are known exactly.
  const kg = await db.prisma.partner.create({
    data: {
      name: "Кыргызская Республика",
      level: "COUNTRY",
      isoCode: "KG",
      searchText: "кыргызская республика",
    },
  });
  const meeting = (title: string, startsAt: string, endsAt: string | null = null, datePrecision: TDatePrecision = "DAY") =>
    db.prisma.interaction.create({
      data: {
        title,
        kind: "MEETING",
        startsAt: dayToUtcDate(startsAt),
        endsAt: dateOrNull(endsAt),
        datePrecision,
        searchText: searchTextOf.interaction({ title }),
        partners: { create: [{ partnerId: kg.id }] },
      },
    });
  // This quarter, held by 15 June 2025: 10 April, today, and May (a month already over).
  await meeting("Встреча 10 апреля 2025", "2025-04-10");
  await meeting("Встреча 15 июня 2025", "2025-06-15");
  await meeting("Май 2025, известен месяц", "2025-05-01", "2025-05-31", "MONTH");
  // This quarter, not yet held.
  await meeting("Встреча 20 июня 2025, запланирована", "2025-06-20");
  // The same quarter a year earlier: held by 15 June 2024 only the first one.
  await meeting("Встреча 5 мая 2024", "2024-05-05");
  await meeting("Встреча 20 июня 2024", "2024-06-20");
  await meeting("Июнь 2024, известен месяц", "2024-06-01", "2024-06-30", "MONTH");
  await db.prisma.agreement.create({
    data: {
      title: "Меморандум с Кыргызстаном",
      kind: "MEMORANDUM",
      stage: "SIGNED",
      stageChangedAt: dayToUtcDate("2025-05-20"),
      signedAt: dayToUtcDate("2025-05-20"),
      searchText: searchTextOf.agreement({
        title: "Меморандум с Кыргызстаном",
      }),
      parties: { create: [{ partnerId: kg.id }] },
      stageHistory: {
        create: [
          {
            fromStage: null,
            toStage: "NEGOTIATION",
            changedAt: dayToUtcDate("2024-12-01"),
          },
          {
            fromStage: "NEGOTIATION",
            toStage: "SIGNED",
            changedAt: dayToUtcDate("2025-05-20"),
          },
        ],
      },
    },
  });
  app = await buildApp({
    db,
    env: readEnv({ ATLAS_DEMO: "false", LOG_LEVEL: "silent" }),
    clock,
  });
});

afterAll(async () => {
  await app?.close();
  await db?.close();
});

describe("report.get", () => {
  it("has the overview's figures for the same filter and period", async () => {
    for (const filter of [{}, { countryCodes: ["KZ"] }, { sectorIds: [fixture.sectors.timber.id] }, { partnerIds: [fixture.partners.almaty.id] }]) {
      const report = await asOf(c.users.analyst).report.get({
        period: quarter,
        filter,
      });
      const overview = await asOf(c.users.viewer).dashboard.summary({
        filter: { ...filter, ...quarterDays },
      });
      expect(report.span).toEqual(quarterDays);
      expect(report.keyFigures).toEqual(overview.keyFigures);
      expect(report.byCountry).toEqual(overview.byCountry);
      expect(report.bySector).toEqual(overview.bySector);
      expect(report.exports).toEqual({
        byCategory: overview.exports.byCategory,
        byDestination: overview.exports.byDestination,
      });
      // The lists behind the overview's counts.
      expect(report.upcomingEvents).toHaveLength(overview.keyFigures.eventsNext90Days);
      expect(report.overdueFollowUps).toHaveLength(overview.keyFigures.overdueFollowUps);
    }
    const kz = await asOf(c.users.analyst).report.get({
      period: quarter,
      filter: { countryCodes: ["KZ"] },
    });
    expect(kz.regionName).toBe("Вологодская область");
    expect(kz.filterNames).toEqual({
      countries: ["Республика Казахстан"],
      partners: [],
      sectors: [],
    });
    expect(kz.byCountry.map((row) => row.name)).toEqual(["Республика Казахстан"]);
  });

  it("compares a quarter not yet over with the same days a year earlier", async () => {
    expect(TODAY).toBe("2025-06-15");
    const report = await asOf(c.users.analyst).report.get({
      period: quarter,
      filter: { countryCodes: ["KG"] },
    });
    expect(report).toMatchObject({
      complete: false,
      elapsed: { from: "2025-04-01", to: "2025-06-15" },
      previous: { from: "2024-04-01", to: "2024-06-15" },
      // 10 April, 15 June and May; against 5 May 2024 only — not the 3 of the whole quarter.
      compared: {
        meetings: { current: 3, previous: 1 },
        agreementsSigned: { current: 1, previous: 0 },
        events: { current: 0, previous: 0 },
      },
    });
    expect(report.stageMoves.map((move) => [move.title, move.fromStage, move.toStage, move.changedAt])).toEqual([
      ["Меморандум с Кыргызстаном", "NEGOTIATION", "SIGNED", "2025-05-20"],
    ]);
    // A period that is over is compared whole: all of 2024's second quarter held by its end.
    const past = await asOf(c.users.analyst).report.get({
      period: { kind: "QUARTER", year: 2024, number: 2 },
      filter: { countryCodes: ["KG"] },
    });
    expect(past).toMatchObject({
      complete: true,
      elapsed: { from: "2024-04-01", to: "2024-06-30" },
      compared: { meetings: { current: 3, previous: 0 } },
    });
  });

  it("refuses a period that does not exist or has not begun, and a viewer", async () => {
    const notBegun = await failure(
      asOf(c.users.analyst).report.get({
        period: { kind: "MONTH", year: 2025, number: 7 },
      }),
    );
    expect(notBegun).toMatchObject({
      code: "BAD_REQUEST",
      key: "report.periodNotStarted",
      params: { from: "2025-07-01" },
    });
    const fifth = await failure(
      asOf(c.users.analyst).report.get({
        period: { kind: "QUARTER", year: 2025, number: 5 },
      }),
    );
    expect(fifth).toMatchObject({
      code: "BAD_REQUEST",
      fieldMessages: { "period.number": ["Нет такого месяца или квартала"] },
    });
    expect(await failure(asOf(c.users.viewer).report.get({ period: quarter }))).toMatchObject({ code: "FORBIDDEN", key: "request.forbidden" });
  });
});

describe("GET /api/report.docx", () => {
  const cookieOf = async (userId: string) => {
    const { token } = await createSession({
      prisma: db.prisma,
      userId,
      request: { ip: "127.0.0.1", userAgent: null, secure: false },
      settings: defaultAuthSettings,
      now: NOW,
    });
    return `${SESSION_COOKIE}=${token}`;
  };
  const download = async (query: string, cookie?: string) =>
    app.inject({
      method: "GET",
      url: `/api/report.docx?${query}`,
      headers: { host: "localhost:3000", ...(cookie ? { cookie } : {}) },
    });

  /** The document's paragraphs and the text of each table cell, as a reader sees them. */
  async function documentText(body: Buffer): Promise<{ paragraphs: string[]; cells: string[] }> {
    const zip = await JSZip.loadAsync(body);
    const xml = await zip.file("word/document.xml")!.async("string");
    const text = (part: string) => [...part.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
    return {
      paragraphs: xml.split("</w:p>").map(text).filter(Boolean),
      cells: xml
        .split("</w:tc>")
        .slice(0, -1)
        .map((part) => text(part.slice(part.lastIndexOf("<w:tc>")))),
    };
  }

  it("gives an analyst the quarter's report for Kazakhstan: the region in the heading, the overview's figures", async () => {
    const res = await download("kind=QUARTER&year=2025&number=2&countryCodes=KZ", await cookieOf(c.users.analyst.id));
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(res.headers["content-disposition"]).toContain('filename="report-2025-Q2.docx"');
    const { paragraphs, cells } = await documentText(res.rawPayload);
    expect(paragraphs[0]).toBe("Вологодская область. Международное и межрегиональное сотрудничество за II\u00a0квартал 2025\u00a0г.");
    expect(paragraphs[1]).toBe("1\u00a0апреля – 30\u00a0июня 2025\u00a0г.");
    expect(paragraphs).toContain("Отбор: страны: Республика Казахстан.");
    expect(paragraphs).toContain("Таблица 1. Основные показатели в сравнении с прошлым годом");
    expect(paragraphs).toContain("Таблица 3. Активность по странам");

    const report = await asOf(c.users.analyst).report.get({
      period: quarter,
      filter: { countryCodes: ["KZ"] },
    });
    const overview = await asOf(c.users.viewer).dashboard.summary({
      filter: { countryCodes: ["KZ"], ...quarterDays },
    });
    const after = (label: string, count: number) => cells.slice(cells.indexOf(label) + 1, cells.indexOf(label) + 1 + count);
    expect(after("Встречи и визиты", 2)).toEqual([String(report.compared.meetings.current), String(report.compared.meetings.previous)]);
    expect(after("Активные партнёры (контакты за 12 месяцев)", 1)).toEqual([String(overview.keyFigures.activePartners)]);
    expect(after("Просроченные поручения", 1)).toEqual([String(overview.keyFigures.overdueFollowUps)]);
    const kz = overview.byCountry.find((row) => row.name === "Республика Казахстан")!;
    expect(after("Республика Казахстан", 3)).toEqual([kz.interactions, kz.agreements, kz.events].map(String));
    // Word's own chart of the same data travels with the document.
    const zip = await JSZip.loadAsync(res.rawPayload);
    expect(Object.keys(zip.files).some((name) => /^word\/charts\/chart\d+\.xml$/.test(name))).toBe(true);
  });

  it("refuses a viewer (403), a stranger (401) and a period that is not one (400)", async () => {
    const viewer = await download("kind=QUARTER&year=2025&number=2", await cookieOf(c.users.viewer.id));
    expect(viewer.statusCode).toBe(403);
    expect(viewer.json()).toMatchObject({
      error: { key: "request.forbidden" },
    });
    expect((await download("kind=QUARTER&year=2025&number=2")).statusCode).toBe(401);
    const bad = await download("kind=QUARTER&year=две тысячи&number=2", await cookieOf(c.users.analyst.id));
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { key: "request.checkFields" } });
  });
});
