// @vitest-environment jsdom
// Business dates in the overview and the timeline are calendar days shown as precisely
// as their source: a forum «в декабре 2024» reads «декабрь 2024 г.» (never «1 декабря»),
// a quarter or a year is listed under that quarter or year, a tour stop without a date
// stays with its tour («дата неизвестна»), and no viewer's time zone moves a day. The
// process time zone is set before each render, to one far west and one far east of the
// home region.
import { afterEach, describe, expect, it, vi } from "vitest";
import { render, screen, waitFor, within } from "@testing-library/react";
import { buildRouter } from "../../client/src/app/router.tsx";
import { App } from "../../client/src/app/app.tsx";
import { layoutTimeline } from "../../client/src/features/timeline/components/timeline-layout.ts";
import { groupTimeline } from "../../client/src/features/timeline/components/timeline-list.tsx";
import type { TimelineItem } from "../../client/src/features/timeline/hooks/timeline-queries.ts";
import { fakeServer, signedIn } from "./support/fake-server.ts";
import { useDomTestSetup } from "./support/dom.ts";

useDomTestSetup();

const zones = ["America/New_York", "Asia/Kamchatka"] as const;
const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

const KZ = "3f0c2d8e-5b7a-4c1e-9f6d-2a8b4c6d8e01";
const partners = [{ id: KZ, name: "Республика Казахстан" }];

const forum = {
  kind: "event",
  id: "e-forum",
  recordId: "e-forum",
  date: "2024-12-01",
  startsAt: "2024-12-01",
  endsAt: "2024-12-31",
  datePrecision: "MONTH",
  title: "Форум «Горизонт 2050»",
  subtype: "FORUM",
  status: "PLANNED",
  place: "Москва",
  partners,
} as const;
const visit = {
  kind: "interaction",
  id: "i-visit",
  recordId: "i-visit",
  date: "2024-11-13",
  startsAt: "2024-11-13",
  endsAt: null,
  datePrecision: "DAY",
  title: "Визит посла Казахстана",
  subtype: "VISIT",
  direction: "INBOUND",
  place: "Вологда",
  partners,
} as const;
const strategy = {
  kind: "stageChange",
  id: "s-plan",
  recordId: "a-plan",
  date: "2024-10-01",
  startsAt: "2024-10-01",
  endsAt: "2024-12-31",
  datePrecision: "QUARTER",
  title: "План мероприятий",
  subtype: "SIGNED",
  fromStage: "NEGOTIATION",
  partners,
} as const;
const tour = { startsAt: "2024-12-01", endsAt: "2024-12-31", datePrecision: "MONTH" } as const;
const stop = (id: string, position: number, place: string, date: string | null, datePrecision: "DAY" | "MONTH" | null) => ({
  kind: "tourStop" as const,
  id,
  recordId: "t-moroz",
  date,
  startsAt: date,
  endsAt: null,
  datePrecision,
  title: "Тур Деда Мороза",
  subtype: "TOUR" as const,
  status: "PLANNED" as const,
  place,
  position,
  tour,
  partners: [],
});
const stops = [
  stop("st-0", 0, "Бишкек", null, null),
  stop("st-1", 1, "Ташкент", null, null),
  stop("st-2", 2, "Астана", "2024-12-01", "MONTH"),
  stop("st-3", 3, "Алматы", null, null),
];

const stages = { PROPOSAL_SENT: 0, DRAFT: 0, NEGOTIATION: 0, SIGNED: 1, REGISTERED: 0, IN_FORCE: 0, IMPLEMENTATION: 0, EXTENDED: 0, EXPIRED: 0, TERMINATED: 0 };
const summary = () => ({
  data: {
    keyFigures: {
      activePartners: 1,
      agreementsByStage: stages,
      meetingsYearToDate: 1,
      meetingsLastYearToDate: 0,
      yearToDate: { from: "2025-01-01", to: "2025-06-15" },
      lastYearToDate: { from: "2024-01-01", to: "2024-06-15" },
      eventsNext90Days: 1,
      overdueFollowUps: 0,
    },
    byPartner: [],
    byCountry: [],
    bySector: [],
    activityByMonth: [],
    activityByMonthAndSector: [],
    exports: { byCategory: [], byDestination: [], byPeriod: [] },
    recentActivity: [
      {
        kind: "meeting",
        id: "i-dec",
        recordId: "i-dec",
        date: "2024-12-01",
        endsAt: "2024-12-31",
        datePrecision: "MONTH",
        title: "Переговоры о поставках",
        subtype: "MEETING",
        partners,
      },
      {
        kind: "event",
        id: "e-forum",
        recordId: "e-forum",
        date: "2024-12-01",
        endsAt: "2024-12-31",
        datePrecision: "MONTH",
        title: "Форум «Горизонт 2050»",
        subtype: "FORUM",
        status: "PLANNED",
        startsAt: "2024-12-01",
        eventEndsAt: "2024-12-31",
        eventDatePrecision: "MONTH",
        partners,
      },
    ],
  },
});
const signals = () => ({
  data: {
    noContactPartners: [
      { partnerId: KZ, name: "Республика Казахстан", level: "COUNTRY", isoCode: "KZ", lastContactAt: "2024-12-01", lastContactPrecision: "MONTH" },
    ],
    expiringAgreements: [],
    overduePlanItems: [],
  },
});
const timelineOf = (items: unknown[]) => () => ({ data: { items, truncated: false, total: items.length, from: "2024-01-01", to: "2025-12-31", months: null } });

describe("overview: dates as precise as their source", () => {
  for (const zone of zones) {
    it(`shows a December-2024 forum as «декабрь 2024 г.» in the agenda, recent activity and signals (TZ ${zone})`, async () => {
      process.env.TZ = zone;
      fakeServer({
        "auth.me": signedIn("VIEWER"),
        "sector.list": () => ({ data: { items: [], nextCursor: null, total: 0 } }),
        "dashboard.summary": summary,
        "dashboard.signals": signals,
        "timeline.list": timelineOf([forum, stops[2], stops[3]]),
      });
      render(<App router={buildRouter({ url: "/" })} />);

      const title = await screen.findByText("Форум «Горизонт 2050»", { selector: ".agenda__title" });
      const item = title.closest("li")!;
      const date = item.querySelector(".agenda__date")!;
      // The month, not a day number: no «1» and no «дек.» on its own.
      expect(date.textContent).toBe("декабрь 2024 г.");
      expect(date.querySelector(".agenda__day")).toBeNull();
      expect(date.getAttribute("datetime")).toBe("2024-12");
      // A tour stop known to its month likewise; one without a date says so.
      const astana = (await screen.findByText("Астана", { selector: ".agenda__title" })).closest("li")!;
      expect(astana.querySelector(".agenda__date")!.textContent).toBe("декабрь 2024 г.");
      const almaty = screen.getByText("Алматы", { selector: ".agenda__title" }).closest("li")!;
      expect(almaty.querySelector(".agenda__date")!.textContent).toBe("дата неизвестна");

      // Recent activity: a contact and a forum, both «в декабре», shown as the month they took place.
      const recent = await screen.findByText("Переговоры о поставках");
      expect(recent.closest("li")!.querySelector(".recent__date")!.textContent).toBe("декабрь 2024 г.");
      const forumItem = screen.getByText("Форум «Горизонт 2050»", { selector: ".recent__title a" }).closest("li")!;
      expect(forumItem.querySelector(".recent__date")!.textContent).toBe("декабрь 2024 г.");
      expect(document.body.textContent).not.toContain("1 декабря 2024");

      // A signal's last contact known only to the month.
      expect(await screen.findByText("последний контакт декабрь 2024 г.")).toBeTruthy();
    });
  }
});

describe("timeline: vague dates as spans and under their own period", () => {
  it("groups a month under its month, a quarter under its quarter, and keeps undated stops with their tour in route order", () => {
    const groups = groupTimeline([forum, visit, strategy, ...stops] as unknown as TimelineItem[]);
    expect(groups.map((g) => [g.key, g.items.map((i) => i.id)])).toEqual([
      // IV кв. 2024 starts on 1 October: its group, not October's.
      ["QUARTER:2024-10-01", ["s-plan"]],
      ["MONTH:2024-11-01", ["i-visit"]],
      // The tour is known to December: the stops before Astana stand at the tour's start, the one after follows Astana.
      ["MONTH:2024-12-01", ["e-forum", "st-0", "st-1", "st-2", "st-3"]],
    ]);
  });

  for (const zone of zones) {
    it(`lists «декабрь 2024 г.», «IV кв. 2024 г.» and «дата неизвестна» on the timeline page (TZ ${zone})`, async () => {
      process.env.TZ = zone;
      // jsdom has no layout: the axis measures nothing and is not drawn; the list is what is checked here.
      vi.stubGlobal(
        "ResizeObserver",
        class {
          observe() {}
          disconnect() {}
        },
      );
      fakeServer({
        "auth.me": signedIn("VIEWER"),
        "sector.list": () => ({ data: { items: [], nextCursor: null, total: 0 } }),
        "partner.list": () => ({ data: { items: [], nextCursor: null, total: 0 } }),
        // The axis' summary (not drawn here) and the list's month, which holds them all.
        "timeline.summary": () => ({
          data: {
            from: "2024-01-01",
            to: "2025-12-31",
            bucket: "month",
            lanes: [{ lane: "events", total: 1, buckets: [{ start: "2024-12-01", count: 1 }], unbucketed: 0 }],
            items: [],
            truncated: false,
          },
        }),
        "timeline.list": timelineOf([visit, forum, strategy, ...stops]),
      });
      render(<App router={buildRouter({ url: "/timeline?from=2024-01-01&to=2025-12-31&month=2024-11" })} />);

      // The list asks for its month once the axis' summary is in: two answers to wait for.
      const headings = await waitFor(
        () => {
          const found = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
          expect(found.length).toBeGreaterThanOrEqual(3);
          return found;
        },
        { timeout: 10_000 },
      );
      // The list is a month's: its months' own records first, the quarter known only as IV кв. after them.
      expect(headings.slice(0, 3)).toEqual(["ноябрь 2024 г.", "декабрь 2024 г.", "IV кв. 2024 г."]);

      const forumRow = screen.getByText("Форум «Горизонт 2050»", { selector: ".tl-item__link" }).closest("li")!;
      expect(forumRow.querySelector(".tl-item__date")!.textContent).toBe("декабрь 2024 г.");
      const visitRow = screen.getByText("Визит посла Казахстана", { selector: ".tl-item__link" }).closest("li")!;
      expect(within(visitRow as HTMLElement).getByText("13 нояб.")).toBeTruthy();
      expect(visitRow.querySelector("time")!.getAttribute("datetime")).toBe("2024-11-13");

      const december = screen.getByText("декабрь 2024 г.", { selector: "h3" }).closest("li")!;
      const route = [...december.querySelectorAll(".tl-item--tourStop")].map((li) => [
        li.querySelector(".tl-item__link")!.textContent,
        li.querySelector(".tl-item__date")!.textContent,
      ]);
      expect(route).toEqual([
        ["Остановка тура: Бишкек", "дата неизвестна"],
        ["Остановка тура: Ташкент", "дата неизвестна"],
        ["Остановка тура: Астана", "декабрь 2024 г."],
        ["Остановка тура: Алматы", "дата неизвестна"],
      ]);
    });
  }

  it("draws a month as a bar over the month and leaves undated stops off the axis", () => {
    const layout = layoutTimeline({
      summary: {
        from: "2024-10-01",
        to: "2024-12-31",
        bucket: "month",
        lanes: [],
        items: [forum, visit, ...stops].map((i) => ({ ...i, important: true })) as never,
        truncated: false,
      },
      today: "2024-11-20",
      width: 1000,
      labelOf: (item) => item.title,
      measure: (text) => text.length * 7,
      countText: String,
      tickLabel: () => "",
    });
    const mark = (id: string) => layout.marks.find((m) => m.item.id === id);
    const bar = mark("e-forum")!;
    expect(bar.x).toBeCloseTo(layout.x(new Date(Date.UTC(2024, 11, 1))));
    expect(bar.x2).toBeCloseTo(layout.x(new Date(Date.UTC(2025, 0, 1))));
    expect(mark("i-visit")!.x2).toBeNull();
    expect(mark("i-visit")!.x).toBeCloseTo(layout.x(new Date(Date.UTC(2024, 10, 13))));
    expect(mark("st-2")?.x2).not.toBeNull();
    expect(["st-0", "st-1", "st-3"].map(mark)).toEqual([undefined, undefined, undefined]);
    expect(layout.todayX).toBeCloseTo(layout.x(new Date(Date.UTC(2024, 10, 20))));
  });
});

describe("partner dossier: dates as precise as their source", () => {
  const partner = {
    id: KZ,
    name: "Республика Казахстан",
    nameEn: "Republic of Kazakhstan",
    level: "COUNTRY",
    parentId: null,
    isoCode: "KZ",
    latitude: null,
    longitude: null,
    isHome: false,
    version: 1,
    updatedAt: "2026-12-01T09:00:00.000Z",
    createdAt: "2026-11-01T09:00:00.000Z",
    parent: null,
    boundary: null,
    notes: null,
    children: [],
  };
  const forumEvent = {
    id: "e-forum",
    title: "Форум «Горизонт 2050»",
    kind: "FORUM",
    status: "PLANNED",
    startsAt: "2024-12-01",
    endsAt: "2024-12-31",
    datePrecision: "MONTH",
    place: "Москва",
    at: "2024-12-01",
    atPrecision: "MONTH",
    partners,
    stops: [],
  };
  const tourEvent = {
    id: "t-moroz",
    title: "Тур Деда Мороза",
    kind: "TOUR",
    status: "PLANNED",
    startsAt: "2024-12-01",
    endsAt: "2024-12-31",
    datePrecision: "MONTH",
    place: null,
    at: "2024-12-01",
    atPrecision: "MONTH",
    partners,
    stops: [
      { place: "Астана", position: 2, date: "2024-12-01", datePrecision: "MONTH", partner: null },
      { place: "Алматы", position: 3, date: null, datePrecision: null, partner: null },
    ],
  };
  const contact = {
    id: "i-visit",
    title: "Визит посла Казахстана",
    kind: "VISIT",
    direction: "INBOUND",
    format: "IN_PERSON",
    startsAt: "2024-11-13",
    endsAt: null,
    datePrecision: "DAY",
    startTime: null,
    place: "Вологда",
    partners,
    participants: [],
  };
  const dossier = {
    partnerId: KZ,
    scopeSize: 1,
    summary: {
      agreementsByStage: [{ stage: "IN_FORCE", count: 1 }],
      contactsTotal: 1,
      lastContact: contact,
      nextContact: { id: "i-dec", title: "Переговоры о поставках", startsAt: "2025-01-01", endsAt: "2025-03-31", datePrecision: "QUARTER" },
      nextEvent: forumEvent,
      openFollowUps: 0,
      overdueFollowUps: 0,
    },
    agreements: {
      items: [
        {
          id: "a-1",
          title: "Соглашение о сотрудничестве",
          kind: "COOPERATION_AGREEMENT",
          stage: "IN_FORCE",
          stageChangedAt: "2024-06-20",
          stageDatePrecision: "DAY",
          signedAt: "2024-06-06",
          registeredAt: null,
          effectiveAt: "2024-06-20",
          expiresAt: null,
          stages: [],
          partners,
        },
      ],
      total: 1,
    },
    contacts: { recent: { items: [contact], total: 1 }, direct: { items: [], total: 0 } },
    people: { theirs: { items: [], total: 0 }, ours: { items: [], total: 0 } },
    projects: { items: [], total: 0 },
    exports: { byYear: [], categories: [], facts: { items: [], total: 0 } },
    events: { upcoming: { items: [forumEvent, tourEvent], total: 2 }, past: { items: [], total: 0 } },
    followUps: { items: [], total: 0 },
    children: [],
  };

  for (const zone of zones) {
    it(`shows a December-2024 forum as «декабрь 2024 г.» and signing days as they were (TZ ${zone})`, async () => {
      process.env.TZ = zone;
      fakeServer({
        "auth.me": signedIn("VIEWER"),
        "partner.byId": () => ({ data: partner }),
        "partner.dossier": () => ({ data: dossier }),
        "partner.list": () => ({ data: { items: [], nextCursor: null, total: 0 } }),
        "partner.findSimilar": () => ({ data: [] }),
      });
      render(<App router={buildRouter({ url: `/partners/${KZ}` })} />);

      await screen.findByText("Тур Деда Мороза");
      const section = (id: string) => document.getElementById(id)!.closest("section") as HTMLElement;
      const events = section("dossier-events");
      const forumItem = within(events).getByText("Форум «Горизонт 2050»").closest("li")!;
      expect(forumItem.querySelector("time")!.textContent).toBe("декабрь 2024 г.");
      const tourItem = within(events).getByText("Тур Деда Мороза").closest("li")!;
      expect(tourItem.textContent).toContain("Остановка тура: Астана, декабрь 2024 г.");
      expect(tourItem.textContent).toContain("Остановка тура: Алматы, дата неизвестна");

      // The summary: the next event as a month, the next contact as a quarter, the last contact as its day.
      const summary = section("dossier-summary");
      expect(summary.textContent).toContain("декабрь 2024 г.");
      expect(summary.textContent).toContain("I кв. 2025 г.");
      expect(summary.textContent).toContain("13 ноября 2024 г.");
      // Agreement days are days, whatever the viewer's zone.
      const agreements = section("dossier-agreements");
      expect(agreements.textContent).toContain("06.06.2024");
      expect(agreements.textContent).toContain("20.06.2024");
      expect(document.body.textContent).not.toContain("01.12.2024");
      expect(document.body.textContent).not.toContain("1 декабря 2024");
    });
  }
});
