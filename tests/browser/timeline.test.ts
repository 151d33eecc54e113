// The timeline in the browser, as a viewer: the Kazakhstan case on the axis and in the
// list (the ambassador's visit in November 2024, Ded Moroz's tour with its stop in
// Astana), the "today" marker, zoom buttons that live in the URL so Back restores the
// view, and the layout at 1440 and 375 px. Screenshots land in tests/artifacts/.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { sharedAtlas, sharedBrowser, type SharedAtlas } from "./support/shared.ts";
import { artifactsDir, newContext, signIn, snap, type Viewport } from "./support/browser.ts";

let atlas: SharedAtlas;
let browser: Browser;
let visitId: string;
let tourId: string;

const VISIT = "Рабочий визит Посла Республики Казахстан Даурена Абаева в Вологодскую область";
const TOUR = "Новогодний зарубежный тур Деда Мороза из Великого Устюга";

beforeAll(async () => {
  [atlas, browser] = await Promise.all([sharedAtlas(), sharedBrowser()]);
  visitId = (await atlas.db.prisma.interaction.findFirstOrThrow({ where: { title: VISIT }, select: { id: true } })).id;
  tourId = (await atlas.db.prisma.event.findFirstOrThrow({ where: { title: TOUR }, select: { id: true } })).id;
}, 180_000);

// Closes this file's contexts and its connection; the shared Chromium and server stay up.
afterAll(async () => {
  await browser?.close();
});

/** Errors the page threw; every journey ends expecting none. */
const pageErrors: string[] = [];

async function openAs(email: string, viewport: Viewport, path: string): Promise<Page> {
  const context = await newContext(browser, atlas.url, viewport);
  const page = await context.newPage();
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(path);
  await page.waitForURL(/\/signin/);
  await signIn(page, email);
  await page.waitForURL((url) => decodeURIComponent(url.pathname + url.search) === path);
  await page.getByRole("heading", { level: 1, name: "Хронология" }).waitFor();
  return page;
}

const list = (page: Page) => page.locator(".tl-list");
const axis = (page: Page) => page.getByTestId("timeline-axis");
const search = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

describe("timeline", () => {
  it("tells the Kazakhstan story on one axis, follows zoom and period in the URL, and Back restores the view", async () => {
    const page = await openAs("viewer@demo", "desktop", "/timeline?from=2024-11-01&to=2024-12-31");

    // The period from the filter bar is the view: its button is pressed, the dates are in the bar.
    const zoom = page.getByRole("group", { name: "Масштаб" });
    await expect(zoom.getByRole("button", { name: "Период фильтра" }).getAttribute("aria-pressed")).resolves.toBe("true");
    await expect(page.getByLabel("Начало периода").inputValue()).resolves.toBe("01.11.2024");

    // The list: November 2024 holds the visit, December the tour's stops, each linking to its record.
    await list(page).getByRole("heading", { level: 3, name: /ноябрь 2024/i }).waitFor();
    const visitLink = list(page).getByRole("link", { name: VISIT });
    await expect(visitLink.getAttribute("href")).resolves.toBe(`/meetings/${visitId}`);
    const astana = list(page).getByRole("link", { name: "Остановка тура: Астана" });
    await expect(astana.getAttribute("href")).resolves.toBe(`/events/${tourId}`);
    // The sources name one stop of the tour, Astana, in December 2024 (no day): it is listed under December.
    const decemberItems = list(page).locator(".tl-month", { has: page.getByRole("heading", { name: /декабрь 2024/i }) });
    await expect(decemberItems.getByText(`тур «${TOUR}»`).count()).resolves.toBe(1);
    await expect(list(page).getByRole("link", { name: "Республика Казахстан" }).first().getAttribute("href")).resolves.toMatch(/^\/partners\/[0-9a-f-]{36}$/);

    // The axis: the visit is a mark linking to the meeting; the tour is a route through its stops, each labelled with its place.
    await expect(axis(page).locator(`a[href="/meetings/${visitId}"]`).count()).resolves.toBe(1);
    const stops = axis(page).locator(`a[href="/events/${tourId}"]`);
    await expect(stops.count()).resolves.toBe(1);
    await expect(stops.locator("text").allTextContents()).resolves.toEqual(["Астана"]);
    await expect(axis(page).locator(`.tl-route[data-tour="${TOUR}"]`).count()).resolves.toBe(1);
    // Today (in 2026) lies outside this period: no marker, and the page says so.
    await expect(axis(page).locator(".tl-today").count()).resolves.toBe(0);
    await page.getByText("Сегодняшний день вне выбранного периода.").waitFor();
    await expect(page.getByText("Окно: 1 ноября 2024 г. — 31 декабря 2024 г.", { exact: false }).count()).resolves.toBe(1);
    await snap(page, "timeline-01-period-desktop");
    await page.locator(".tl-axis-card").screenshot({ path: `${artifactsDir}timeline-01b-period-axis.png` });

    // Zoom "all time": the period leaves the URL, today is marked on the axis and in the list.
    await zoom.getByRole("button", { name: "Всё время" }).click();
    await page.waitForURL((url) => url.searchParams.get("zoom") === "all");
    expect(search(page)).toEqual({ zoom: "all" });
    await expect(page.getByLabel("Начало периода").inputValue()).resolves.toBe("");
    await axis(page).locator(".tl-today").waitFor();
    await expect(axis(page).locator(".tl-today text").textContent()).resolves.toBe("Сегодня");
    await page.getByTestId("timeline-today-item").waitFor();
    await expect(page.getByTestId("timeline-today-item").textContent()).resolves.toMatch(/^Сегодня, \d{1,2} [а-я]+ \d{4}/);
    await expect(axis(page).locator(`a[href="/meetings/${visitId}"]`).count()).resolves.toBe(1);
    await expect(axis(page).locator(`a[href="/events/${tourId}"] text`, { hasText: "Астана" }).count()).resolves.toBe(1);
    await list(page).getByRole("link", { name: VISIT }).waitFor();
    await snap(page, "timeline-02-all-desktop", false);
    await page.locator(".tl-axis-card").screenshot({ path: `${artifactsDir}timeline-02b-all-axis.png` });

    // Three months around today: the 2024 visit is out of the window.
    await zoom.getByRole("button", { name: "3 месяца" }).click();
    await page.waitForURL((url) => url.searchParams.get("zoom") === "3m");
    await expect(zoom.getByRole("button", { name: "3 месяца" }).getAttribute("aria-pressed")).resolves.toBe("true");
    await page.getByText(/^Окно: /).waitFor();
    await expect.poll(() => list(page).getByRole("link", { name: VISIT }).count()).toBe(0);
    await axis(page).locator(".tl-today").waitFor();
    await snap(page, "timeline-03-3m-desktop", false);
    await page.locator(".tl-axis-card").screenshot({ path: `${artifactsDir}timeline-03b-3m-axis.png` });

    // Back: all time again; Back again: the period from the filter bar, with its dates.
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get("zoom") === "all");
    await expect(zoom.getByRole("button", { name: "Всё время" }).getAttribute("aria-pressed")).resolves.toBe("true");
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get("from") === "2024-11-01" && url.searchParams.get("to") === "2024-12-31");
    await expect(page.getByLabel("Начало периода").inputValue()).resolves.toBe("01.11.2024");
    await list(page).getByRole("link", { name: VISIT }).waitFor();

    // The shared filter: a country narrows the timeline and stays in the URL next to the period.
    await page.getByLabel("Страна").selectOption("KZ");
    await page.waitForURL((url) => url.searchParams.get("country") === "KZ");
    expect(search(page)).toEqual({ from: "2024-11-01", to: "2024-12-31", country: "KZ" });
    await list(page).getByRole("link", { name: VISIT }).waitFor();
    await list(page).getByRole("link", { name: "Остановка тура: Астана" }).waitFor();
    // The Astana stop belongs to Kazakhstan and stays under the country filter.
    await expect(list(page).getByRole("link", { name: "Остановка тура: Астана" }).count()).resolves.toBe(1);

    // The navigation has the page, under "work".
    await expect(page.getByRole("navigation", { name: "Разделы" }).getByRole("link", { name: "Хронология" }).getAttribute("aria-current")).resolves.toBe("page");
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, 150_000);

  it("on a 375-px phone the list by month is the timeline, with zoom buttons that fit", async () => {
    const page = await openAs("viewer@demo", "phone", "/timeline?zoom=all");
    await list(page).getByRole("link", { name: VISIT }).waitFor();
    await expect(axis(page).isVisible()).resolves.toBe(false);
    await page.getByTestId("timeline-today-item").waitFor();
    const zoom = page.getByRole("group", { name: "Масштаб" });
    await expect(zoom.getByRole("button", { name: "Всё время" }).getAttribute("aria-pressed")).resolves.toBe("true");
    // Nothing sticks out sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await snap(page, "timeline-04-phone", false);
    // All time holds other tours with a stop in Astana too (the event journeys plan some): the demo tour's.
    await list(page).getByRole("link", { name: "Остановка тура: Астана" }).and(page.locator(`[href="/events/${tourId}"]`)).scrollIntoViewIfNeeded();
    await snap(page, "timeline-05-phone-tour", false);

    // Nothing under the filter: an empty state that offers the whole time span.
    await page.goto("/timeline?q=несуществующееслово");
    await page.getByRole("heading", { name: "В этом окне под фильтром ничего нет" }).waitFor();
    await expect(page.getByRole("button", { name: "Показать всё время" }).isVisible()).resolves.toBe(true);
    await page.getByRole("button", { name: "Показать всё время" }).click();
    await page.waitForURL((url) => url.searchParams.get("zoom") === "all" && url.searchParams.get("q") === "несуществующееслово");
    await page.getByRole("heading", { name: "В этом окне под фильтром ничего нет" }).waitFor();
    await expect(page.getByRole("button", { name: "Показать всё время" }).count()).resolves.toBe(0);
    await snap(page, "timeline-06-phone-empty", false);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, 90_000);
});
