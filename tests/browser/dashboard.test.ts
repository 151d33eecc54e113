// The dashboard in headless Chromium against the built client and the demo data: the
// overview as the landing page, the map behind the "Карта" link, and the shared filter
// in the URL. Screenshots land in tests/artifacts/.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { sharedAtlas, sharedBrowser, type SharedAtlas } from "./support/shared.ts";
import { newContext, signIn, snap, type Viewport } from "./support/browser.ts";

let atlas: SharedAtlas;
let browser: Browser;

beforeAll(async () => {
  [atlas, browser] = await Promise.all([sharedAtlas(), sharedBrowser()]);
}, 180_000);

// Closes this file's contexts and its connection; the shared Chromium and server stay up.
afterAll(async () => {
  await browser?.close();
});

/** Signs in from the bare address: the app lands on the overview. */
async function signInToOverview(email: string, viewport: Viewport = "desktop"): Promise<Page> {
  const context = await newContext(browser, atlas.url, viewport);
  const page = await context.newPage();
  await page.goto("/");
  await page.waitForURL(/\/signin/);
  await signIn(page, email);
  await page.waitForURL((url) => url.pathname === "/");
  await page.getByRole("heading", { level: 1, name: "Обзор" }).waitFor();
  return page;
}

const figure = (page: Page, name: string) => page.locator(`[data-figure="${name}"]`);

describe("dashboard in the browser", () => {
  it("the overview is the landing page and shows the key figures, what's next and the signals to a viewer", async () => {
    const page = await signInToOverview("viewer@demo");
    await figure(page, "activePartners").waitFor();
    for (const name of ["activePartners", "meetingsYearToDate", "eventsNext90Days", "overdueFollowUps"]) {
      await expect(figure(page, name).innerText()).resolves.toMatch(/^\d[\d\s\u00a0]*$/);
    }
    expect(Number((await figure(page, "activePartners").innerText()).replace(/\D/g, ""))).toBeGreaterThan(0);
    await page.getByRole("heading", { name: "Ключевые показатели" }).waitFor();
    // The key figures' stage card (the charts below have a chart of the same name).
    await page.locator(".stage-card").getByRole("heading", { name: "Соглашения по стадиям" }).waitFor();
    await page.getByRole("heading", { name: "Что дальше" }).waitFor();
    await page.getByRole("heading", { name: "Требует внимания" }).waitFor();
    await expect(page.getByRole("navigation", { name: "Разделы" }).getByRole("link", { name: "Обзор" }).getAttribute("aria-current")).resolves.toBe("page");
    // Nothing is left loading.
    await page.waitForFunction(() => document.querySelectorAll("[aria-busy=true]").length === 0);
    await snap(page, "30-overview-viewer");

    // The filter goes into the URL, and a copied link opens the same view in a new page.
    await page.getByRole("combobox", { name: "Страна" }).selectOption("KZ");
    await page.waitForURL((url) => url.searchParams.get("country") === "KZ");
    const copied = page.url();
    const other = await page.context().newPage();
    await other.goto(copied);
    await other.getByRole("heading", { level: 1, name: "Обзор" }).waitFor();
    await expect(other.getByRole("combobox", { name: "Страна" }).inputValue()).resolves.toBe("KZ");
    await other.close();

    // The same filter carries over to the map.
    await page.getByRole("link", { name: "Показать на карте" }).click();
    await page.waitForURL((url) => url.pathname === "/map" && url.searchParams.get("country") === "KZ");
    await expect(page.getByRole("combobox", { name: "Страна" }).inputValue()).resolves.toBe("KZ");
    await page.locator("path.country--KZ.country--active").first().waitFor();
    await page.waitForTimeout(400);
    await snap(page, "30b-map-kazakhstan-filter", false);
    await page.context().close();
  }, 90_000);

  it("the navigation link «Карта» opens a Leaflet map with country shapes and Kazakhstan shaded", async () => {
    const page = await signInToOverview("viewer@demo");
    await page.getByRole("navigation", { name: "Разделы" }).getByRole("link", { name: "Карта" }).click();
    await page.waitForURL((url) => url.pathname === "/map");
    await page.getByRole("heading", { level: 1, name: "Карта" }).waitFor();
    await page.locator(".leaflet-container").waitFor();
    await page.locator("path.leaflet-interactive").first().waitFor();
    expect(await page.locator("path.leaflet-interactive").count()).toBeGreaterThan(100);

    const kz = page.locator("path.country--KZ");
    await expect(kz.count()).resolves.toBeGreaterThan(0);
    await expect(kz.first().getAttribute("class")).resolves.toContain("country--active");
    const fill = await kz.first().getAttribute("fill");
    expect(fill).not.toBe("#e8edf3");
    // A country without any cooperation keeps the empty shade.
    await expect(page.locator("path.country--AU").first().getAttribute("fill")).resolves.toBe("#e8edf3");
    await page.getByRole("heading", { name: "Условные обозначения" }).waitFor();
    // The shading in words, with a way to the country's page.
    const countries = page.getByRole("table", { name: "Страны по активности" });
    await countries.getByRole("link", { name: "Республика Казахстан" }).waitFor();
    await page.waitForTimeout(400);
    await snap(page, "31-map-desktop", false);

    // No tile server is configured: nothing is requested from the internet.
    const external: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith(atlas.url)) external.push(r.url());
    });
    await page.reload();
    await page.locator("path.country--KZ").first().waitFor();
    expect(external).toEqual([]);
    await page.context().close();
  }, 90_000);

  it("the overview and the map stay readable at 375 px", async () => {
    const page = await signInToOverview("viewer@demo", "phone");
    await figure(page, "activePartners").waitFor();
    await page.waitForFunction(() => document.querySelectorAll("[aria-busy=true]").length === 0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await snap(page, "32-overview-phone");
    await snap(page, "32a-overview-phone-top", false);
    await page.getByRole("heading", { name: "Что дальше" }).scrollIntoViewIfNeeded();
    await snap(page, "32b-overview-phone-coming", false);
    await page.goto("/map");
    await page.locator("path.country--KZ").first().waitFor();
    await page.waitForTimeout(400);
    await snap(page, "33-map-phone");
    await page.context().close();
  }, 90_000);
});
