// @vitest-environment jsdom
// The partners filter lives in the URL: typed search params ⇄ a readable query string,
// and the filter bar ⇄ the router's location (including Back).
import { describe, expect, it } from "vitest";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { parseSearch, stringifySearch } from "../../client/src/lib/search-params.ts";
import { ZPartnerSearch, partnerListInput, withSort, type TPartnerSearch } from "../../client/src/features/partners/hooks/partner-search.ts";
import { buildRouter } from "../../client/src/app/router.tsx";
import { App } from "../../client/src/app/app.tsx";
import { emptyPage, fakeServer, signedIn } from "./support/fake-server.ts";
import { useDomTestSetup } from "./support/dom.ts";

useDomTestSetup();

const SECTOR = "0b6a3c1e-8a3f-4f3e-9a55-1f2d3c4b5a69";

/** What the router does: typed search → address bar → typed search. */
const roundTrip = (search: TPartnerSearch) => ZPartnerSearch.parse(parseSearch(stringifySearch(search as Record<string, unknown>)));

describe("partners filter ⇄ URL (parse and serialise)", () => {
  it("writes a readable query string and reads back the same filter", () => {
    const search: TPartnerSearch = { q: "Алматинская область", level: ["COUNTRY", "REGION"], sector: [SECTOR], sort: "updatedAt", dir: "asc" };
    const text = stringifySearch(search as Record<string, unknown>);
    expect(text).toBe(`?q=${encodeURIComponent("Алматинская область").replaceAll("%20", "+")}&level=COUNTRY,REGION&sector=${SECTOR}&sort=updatedAt&dir=asc`);
    expect(roundTrip(search)).toEqual(search);
  });

  it("leaves defaults and empty values out, so a plain view has a plain URL", () => {
    expect(stringifySearch({ q: "", level: [], sort: undefined })).toBe("");
    expect(withSort({ q: "x" }, "name", "asc")).toEqual({ q: "x" });
    expect(withSort({}, "updatedAt", "desc")).toEqual({ sort: "updatedAt" });
    expect(withSort({}, "name", "desc")).toEqual({ sort: undefined, dir: "desc" });
    expect(roundTrip({})).toEqual({});
  });

  it("drops what it does not understand instead of failing (a hand-edited link still opens)", () => {
    const parsed = ZPartnerSearch.parse(parseSearch(`?level=PLANET,CITY,CITY&sector=not-a-uuid,${SECTOR}&sort=password&dir=up&q=%20%20`));
    expect(parsed).toEqual({ level: ["CITY"], sector: [SECTOR] });
  });

  it("turns the filter into partner.list input with the matching sort", () => {
    expect(partnerListInput({ q: "казахстан", level: ["COUNTRY"], sort: "updatedAt" })).toEqual({
      filter: { q: "казахстан", levels: ["COUNTRY"] },
      sort: { field: "updatedAt", direction: "desc" },
      limit: 50,
    });
    expect(partnerListInput({})).toEqual({ filter: {}, sort: { field: "name", direction: "asc" }, limit: 50 });
  });
});

/** The list's own requests (the country select's list of countries, 500 at once, is another). */
const listCalls = (server: ReturnType<typeof fakeServer>) => server.callsTo("partner.list").filter((call) => (call.input as { limit?: number }).limit !== 500);

describe("partners page: filter bar ⇄ URL ⇄ partner.list", () => {
  const kz = {
    id: "3f0c2d8e-5b7a-4c1e-9f6d-2a8b4c6d8e01",
    name: "Республика Казахстан",
    nameEn: null,
    level: "COUNTRY",
    parentId: null,
    isoCode: "KZ",
    latitude: 48,
    longitude: 67,
    isHome: false,
    version: 1,
    updatedAt: "2026-11-20T00:00:00.000Z",
    parent: null,
  };

  it("shows the filter from the URL, asks the server for it, and puts every change back into the URL", async () => {
    const server = fakeServer({
      "auth.me": signedIn("VIEWER"),
      "sector.list": emptyPage,
      "partner.list": () => ({ data: { items: [kz], nextCursor: null, total: 1 } }),
    });
    const router = buildRouter({ url: "/partners?q=Казахстан&level=COUNTRY" });
    render(<App router={router} />);

    const input = await screen.findByRole("searchbox", { name: "Поиск" });
    expect((input as HTMLInputElement).value).toBe("Казахстан");
    expect(screen.getByRole("button", { name: "Страна" }).getAttribute("aria-pressed")).toBe("true");
    expect(screen.getByRole("button", { name: "Регион" }).getAttribute("aria-pressed")).toBe("false");
    await screen.findByRole("link", { name: "Республика Казахстан" });
    expect(listCalls(server).at(-1)?.input).toMatchObject({ filter: { q: "Казахстан", levels: ["COUNTRY"] }, sort: { field: "name", direction: "asc" } });

    fireEvent.click(screen.getByRole("button", { name: "Регион" }));
    await waitFor(() => expect(router.state.location.searchStr).toBe(`?q=${encodeURIComponent("Казахстан")}&level=COUNTRY,REGION`));
    await waitFor(() => expect(listCalls(server).at(-1)?.input).toMatchObject({ filter: { levels: ["COUNTRY", "REGION"] } }));

    fireEvent.change(input, { target: { value: "Алматы" } });
    await waitFor(() => expect(router.state.location.searchStr).toBe(`?q=${encodeURIComponent("Алматы")}&level=COUNTRY,REGION`), { timeout: 2000 });

    // Sorting is part of the view too.
    fireEvent.click(screen.getByRole("button", { name: /Изменён/ }));
    await waitFor(() => expect(router.state.location.searchStr).toContain("sort=updatedAt"));
    await waitFor(() => expect(listCalls(server).at(-1)?.input).toMatchObject({ sort: { field: "updatedAt", direction: "desc" } }));

    // Back steps through the filter changes, and the text field follows the URL.
    await act(async () => router.history.back());
    await act(async () => router.history.back());
    await waitFor(() => expect((screen.getByRole("searchbox", { name: "Поиск" }) as HTMLInputElement).value).toBe("Казахстан"));
    expect(router.state.location.searchStr).toBe(`?q=${encodeURIComponent("Казахстан")}&level=COUNTRY,REGION`);

    fireEvent.click(screen.getByRole("button", { name: "Сбросить фильтры" }));
    await waitFor(() => expect(router.state.location.searchStr).toBe(""));
    expect((screen.getByRole("searchbox", { name: "Поиск" }) as HTMLInputElement).value).toBe("");
  });

  it("says so when nothing matches, and offers to reset the filter", async () => {
    fakeServer({ "auth.me": signedIn("VIEWER"), "sector.list": emptyPage, "partner.list": emptyPage });
    render(<App router={buildRouter({ url: "/partners?q=Атлантида" })} />);
    expect(await screen.findByRole("heading", { name: "Ничего не найдено" })).toBeTruthy();
    expect(screen.getAllByRole("button", { name: "Сбросить фильтры" }).length).toBeGreaterThan(0);
    // A viewer gets no editing controls.
    expect(screen.queryByRole("link", { name: /Добавить партнёра/ })).toBeNull();
  });
});
