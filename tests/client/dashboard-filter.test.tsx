// @vitest-environment jsdom
// The dashboard's shared filter lives in the URL: typed search ⇄ a readable query
// string, and the filter bar on the overview ⇄ the router's location ⇄ what the page
// asks the server (including Back), in at most three procedures.
import { describe, expect, it } from "vitest";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { parseSearch, stringifySearch } from "../../client/src/lib/search-params.ts";
import { dashboardFilter, ZDashboardSearch, type TDashboardSearch } from "../../client/src/lib/dashboard-search.ts";
import { buildRouter } from "../../client/src/app/router.tsx";
import { App } from "../../client/src/app/app.tsx";
import { addDays, todayIn } from "@atlas/shared/calendar-day";
import { COMING_DAYS } from "../../client/src/features/overview/hooks/overview-queries.ts";
import { fakeServer, signedIn } from "./support/fake-server.ts";
import { useDomTestSetup } from "./support/dom.ts";

useDomTestSetup();

const AGRI = "0b6a3c1e-8a3f-4f3e-9a55-1f2d3c4b5a69";
const KZ_ID = "3f0c2d8e-5b7a-4c1e-9f6d-2a8b4c6d8e01";

const roundTrip = (search: TDashboardSearch) => ZDashboardSearch.parse(parseSearch(stringifySearch(search as Record<string, unknown>)));

describe("dashboard filter ⇄ URL (parse and serialise)", () => {
  it("writes a readable query string and reads back the same filter", () => {
    const search: TDashboardSearch = { q: "молочная продукция", sector: [AGRI], country: ["KZ", "UZ"], from: "2024-01-01", to: "2024-12-31" };
    const text = stringifySearch(search as Record<string, unknown>);
    expect(text).toBe(`?q=${encodeURIComponent("молочная продукция").replaceAll("%20", "+")}&sector=${AGRI}&country=KZ,UZ&from=2024-01-01&to=2024-12-31`);
    expect(roundTrip(search)).toEqual(search);
    expect(roundTrip({})).toEqual({});
    expect(stringifySearch({ q: "", sector: [] })).toBe("");
  });

  it("drops what it does not understand and puts a backwards period in order", () => {
    expect(ZDashboardSearch.parse(parseSearch(`?sector=nope,${AGRI}&country=kz,KAZ,1&partner=x&from=2024-13-01&to=2024-05-01&q=%20`))).toEqual({
      sector: [AGRI],
      country: ["KZ"],
      to: "2024-05-01",
    });
    expect(ZDashboardSearch.parse({ from: "2025-06-01", to: "2025-01-01" })).toEqual({ from: "2025-01-01", to: "2025-06-01" });
    // A day that does not exist, a typed Russian date or a year are not a period end.
    expect(ZDashboardSearch.parse({ from: "2024-02-30", to: "12.11.2024" })).toEqual({});
    expect(ZDashboardSearch.parse({ from: "2024", to: "2024-02-29" })).toEqual({ to: "2024-02-29" });
  });

  it("turns the filter into the dashboard procedures' filter: the period as two calendar days", () => {
    expect(dashboardFilter({ q: "лес", sector: [AGRI], country: ["KZ"], partner: [KZ_ID], from: "2024-11-01", to: "2024-11-30" })).toEqual({
      q: "лес",
      sectorIds: [AGRI],
      countryCodes: ["KZ"],
      partnerIds: [KZ_ID],
      from: "2024-11-01",
      to: "2024-11-30",
    });
    expect(dashboardFilter({})).toEqual({});
  });
});

const stages = { PROPOSAL_SENT: 1, DRAFT: 0, NEGOTIATION: 2, SIGNED: 0, REGISTERED: 0, IN_FORCE: 3, IMPLEMENTATION: 0, EXTENDED: 0, EXPIRED: 0, TERMINATED: 0 };
const summary = () => ({
  data: {
    keyFigures: {
      activePartners: 1234,
      agreementsByStage: stages,
      meetingsYearToDate: 12,
      meetingsLastYearToDate: 9,
      yearToDate: { from: "2025-01-01", to: "2025-06-15" },
      lastYearToDate: { from: "2024-01-01", to: "2024-06-15" },
      eventsNext90Days: 2,
      overdueFollowUps: 0,
    },
    byPartner: [],
    byCountry: [
      { partnerId: KZ_ID, countryIsoCode: "KZ", name: "Республика Казахстан", interactions: 5, agreements: 1, events: 1 },
      { partnerId: "3f0c2d8e-5b7a-4c1e-9f6d-2a8b4c6d8e02", countryIsoCode: "UZ", name: "Республика Узбекистан", interactions: 1, agreements: 0, events: 0 },
    ],
    bySector: [],
    activityByMonth: [],
    activityByMonthAndSector: [],
    exports: { byCategory: [], byDestination: [], byPeriod: [] },
  },
});
const noSignals = () => ({ data: { noContactPartners: [], expiringAgreements: [], overduePlanItems: [] } });
const timeline = () => ({
  data: {
    items: [
      {
        kind: "event",
        id: "e1",
        recordId: "e1",
        date: "2026-12-10",
        startsAt: "2026-12-10",
        endsAt: null,
        datePrecision: "DAY",
        title: "Форум «Горизонт 2050»",
        subtype: "FORUM",
        status: "PLANNED",
        place: "Москва",
        partners: [],
      },
      {
        kind: "interaction",
        id: "i1",
        recordId: "i1",
        date: "2026-12-11",
        startsAt: "2026-12-11",
        endsAt: null,
        datePrecision: "DAY",
        title: "Звонок",
        subtype: "CALL",
        direction: null,
        place: null,
        partners: [],
      },
    ],
    truncated: false,
    total: 2,
    from: "2026-12-04",
    to: "2027-06-01",
    months: null,
  },
});
const sectors = () => ({ data: { items: [{ id: AGRI, code: "agri", name: "Сельское хозяйство", nameEn: "Agriculture" }], nextCursor: null, total: 1 } });

describe("overview: filter bar ⇄ URL ⇄ dashboard procedures", () => {
  it("shows the filter from the URL, asks the server for it, and puts every change back into the URL", async () => {
    const server = fakeServer({
      "auth.me": signedIn("VIEWER"),
      "sector.list": sectors,
      "dashboard.summary": summary,
      "dashboard.signals": noSignals,
      "timeline.list": timeline,
    });
    const router = buildRouter({ url: `/?sector=${AGRI}&country=KZ` });
    render(<App router={router} />);

    await screen.findByRole("heading", { level: 1, name: "Обзор" });
    // Key figures in the locale's format; what's next shows events, not past contacts.
    await waitFor(() => expect(document.querySelector('[data-figure="activePartners"]')?.textContent).toBe(new Intl.NumberFormat("ru-RU").format(1234)));
    expect(await screen.findByText("Форум «Горизонт 2050»")).toBeTruthy();
    expect(screen.queryByText("Звонок")).toBeNull();
    expect(await screen.findByText("Сигналов нет: всё в порядке")).toBeTruthy();

    const sector = screen.getByRole("combobox", { name: "Отрасль" }) as HTMLSelectElement;
    const country = screen.getByRole("combobox", { name: "Страна" }) as HTMLSelectElement;
    await waitFor(() => expect(sector.value).toBe(AGRI));
    expect(country.value).toBe("KZ");
    expect(server.callsTo("dashboard.summary").at(-1)?.input).toEqual({ filter: { sectorIds: [AGRI], countryCodes: ["KZ"] } });
    expect(server.callsTo("dashboard.signals").at(-1)?.input).toMatchObject({ filter: { sectorIds: [AGRI], countryCodes: ["KZ"] } });
    // What's next keeps the filter but always looks from today on: the home region's day
    // (Europe/Moscow unless the session says otherwise), sent as a calendar day.
    const comingFilter = (server.callsTo("timeline.list").at(-1)?.input as { filter: { from: string; to: string; sectorIds: string[] } }).filter;
    expect(comingFilter.sectorIds).toEqual([AGRI]);
    expect(comingFilter.from).toBe(todayIn("Europe/Moscow"));
    expect(comingFilter.to).toBe(addDays(todayIn("Europe/Moscow"), COMING_DAYS - 1));

    // The page's own data is three procedures (the sector list and the vocabularies are shared reference lists;
    // the saved views are the sidebar's, on every page).
    const shared = new Set(["auth.me", "sector.list", "vocabulary.all", "savedView.list"]);
    const dataProcedures = new Set(server.calls.map((c) => c.procedure).filter((p) => !shared.has(p)));
    expect([...dataProcedures].sort()).toEqual(["dashboard.signals", "dashboard.summary", "timeline.list"]);

    fireEvent.change(country, { target: { value: "UZ" } });
    await waitFor(() => expect(router.state.location.searchStr).toBe(`?sector=${AGRI}&country=UZ`));
    await waitFor(() => expect(server.callsTo("dashboard.summary").at(-1)?.input).toEqual({ filter: { sectorIds: [AGRI], countryCodes: ["UZ"] } }));

    // The period is typed as дд.мм.гггг whatever the browser's language; the URL keeps YYYY-MM-DD.
    const from = screen.getByLabelText("Начало периода") as HTMLInputElement;
    expect(from.type).toBe("text");
    expect(from.placeholder).toBe("дд.мм.гггг");
    fireEvent.change(from, { target: { value: "01.11.2024" } });
    await waitFor(() => expect(router.state.location.searchStr).toBe(`?sector=${AGRI}&country=UZ&from=2024-11-01`));
    await waitFor(() =>
      expect(server.callsTo("dashboard.summary").at(-1)?.input).toEqual({ filter: { sectorIds: [AGRI], countryCodes: ["UZ"], from: "2024-11-01" } }),
    );
    // A day that is not one (31 February) is not guessed: the field says so and the filter stays.
    const to = screen.getByLabelText("Конец периода") as HTMLInputElement;
    const summaryCalls = server.callsTo("dashboard.summary").length;
    fireEvent.change(to, { target: { value: "31.02.2024" } });
    fireEvent.blur(to);
    expect(await screen.findByText("Введите дату в формате дд.мм.гггг, например 13.11.2024")).toBeTruthy();
    expect(to.getAttribute("aria-invalid")).toBe("true");
    expect(router.state.location.searchStr).toBe(`?sector=${AGRI}&country=UZ&from=2024-11-01`);
    expect(server.callsTo("dashboard.summary")).toHaveLength(summaryCalls);
    fireEvent.change(to, { target: { value: "" } });
    fireEvent.blur(to);
    await waitFor(() => expect(screen.queryByText("Введите дату в формате дд.мм.гггг, например 13.11.2024")).toBeNull());
    // The field shows the URL's day the Russian way.
    expect(from.value).toBe("01.11.2024");

    const input = screen.getByRole("searchbox", { name: "Поиск" });
    fireEvent.change(input, { target: { value: "молоко" } });
    await waitFor(() => expect(router.state.location.searchStr).toBe(`?q=${encodeURIComponent("молоко")}&sector=${AGRI}&country=UZ&from=2024-11-01`), {
      timeout: 2000,
    });

    // Back steps through the changes, and the controls follow the URL.
    await act(async () => router.history.back());
    await act(async () => router.history.back());
    await waitFor(() => expect(router.state.location.searchStr).toBe(`?sector=${AGRI}&country=UZ`));
    await waitFor(() => expect((screen.getByRole("searchbox", { name: "Поиск" }) as HTMLInputElement).value).toBe(""));
    expect((screen.getByLabelText("Начало периода") as HTMLInputElement).value).toBe("");
    expect((screen.getByRole("combobox", { name: "Страна" }) as HTMLSelectElement).value).toBe("UZ");

    fireEvent.click(screen.getByRole("button", { name: "Сбросить фильтр" }));
    await waitFor(() => expect(router.state.location.searchStr).toBe(""));
    await waitFor(() => expect(server.callsTo("dashboard.summary").at(-1)?.input).toEqual({ filter: {} }));
  });

  it("says what went wrong and offers to retry when the summary cannot be loaded", async () => {
    fakeServer({
      "auth.me": signedIn("VIEWER"),
      "sector.list": sectors,
      "dashboard.summary": () => ({
        error: { code: "BAD_REQUEST", httpStatus: 400, key: "request.checkFields", fieldErrors: { to: [{ key: "validation.periodEndBeforeStart" }] } },
      }),
      "dashboard.signals": noSignals,
      "timeline.list": timeline,
    });
    render(<App router={buildRouter({ url: "/" })} />);
    // The key figures and each chart say so in their own place.
    expect((await screen.findAllByText("Не удалось загрузить данные.")).length).toBeGreaterThan(0);
    expect(screen.getAllByRole("button", { name: "Повторить" }).length).toBeGreaterThan(0);
  });
});
