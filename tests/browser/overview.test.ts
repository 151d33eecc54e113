// The overview and the map in headless Chromium against the built client and the demo
// data: how many requests the overview costs, a filtered view shared as a URL, the
// latest-activity block, and the clustered map still showing Almaty Oblast.
// Screenshots at 1440, 1024 and 375 px land in tests/artifacts/.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { callersOf, sharedAtlas, sharedBrowser, type SharedAtlas } from "./support/shared.ts";
import { newContext, signIn, snap, type Viewport } from "./support/browser.ts";
import { todayIn } from "@atlas/shared/calendar-day";

let atlas: SharedAtlas;
let browser: Browser;

beforeAll(async () => {
  [atlas, browser] = await Promise.all([sharedAtlas(), sharedBrowser()]);
}, 180_000);

// Closes this file's contexts and its connection; the shared Chromium and server stay up.
afterAll(async () => {
  await browser?.close();
});

/** Opens `path` signed out, signs in on the way, and lands back on `path`. */
async function openAs(email: string, path = "/", viewport: Viewport = "desktop"): Promise<Page> {
  const context = await newContext(browser, atlas.url, viewport);
  const page = await context.newPage();
  await page.goto(path);
  await page.waitForURL(/\/signin/);
  await signIn(page, email);
  await page.waitForURL((url) => url.pathname + url.search === path);
  return page;
}

const FIGURES = ["activePartners", "meetingsYearToDate", "eventsNext90Days", "overdueFollowUps"] as const;

/** Waits until nothing is loading or stale, then reads the key figures. */
async function settledFigures(page: Page): Promise<Record<string, string>> {
  await page.locator('[data-figure="activePartners"]').waitFor();
  await page.waitForFunction(() => document.querySelectorAll("[aria-busy=true], .results--stale").length === 0);
  const out: Record<string, string> = {};
  for (const name of FIGURES) out[name] = await page.locator(`[data-figure="${name}"]`).innerText();
  return out;
}

const recentTitles = (page: Page) => page.locator(".recent__title").allInnerTexts();
const sectorSelect = (page: Page) => page.getByRole("combobox", { name: "Отрасль" });
const selectedSector = (page: Page) => sectorSelect(page).evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? "");

describe("overview", () => {
  it("loads with at most 3 API requests (a tRPC batch counts as one) and shows the latest activity", async () => {
    const page = await openAs("viewer@demo");
    await settledFigures(page);

    // A fresh load of the signed-in overview, counted from the first byte.
    const calls: string[] = [];
    page.on("request", (r) => {
      const url = new URL(r.url());
      if (url.pathname.startsWith("/trpc")) calls.push(url.pathname);
    });
    await page.reload();
    await settledFigures(page);
    await page.getByRole("heading", { name: "Последние события" }).waitFor();
    await page.waitForLoadState("networkidle");
    expect(calls.length, `requests: ${calls.join(" | ")}`).toBeGreaterThan(0);
    expect(calls.length, `requests: ${calls.join(" | ")}`).toBeLessThanOrEqual(3);
    // The data procedures travel together in one batch.
    expect(calls.some((c) => c.includes("dashboard.summary") && c.includes("dashboard.signals") && c.includes("timeline.list"))).toBe(true);

    // Latest activity: newest first, with dates, kinds and partner links.
    const recent = page.locator(".recent__item");
    expect(await recent.count()).toBeGreaterThan(2);
    // Each date is a day (or month, or year) of the home region's calendar: none after its today,
    // which is a day ahead of UTC's every evening from 21:00 UTC (Moscow is UTC+3).
    const days = await page.locator(".recent__date").evaluateAll((els) => els.map((e) => e.getAttribute("datetime") ?? ""));
    const today = todayIn("Europe/Moscow");
    expect(
      days.filter((d) => !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(d) || d > today),
      `dates: ${days.join(", ")}; today: ${today}`,
    ).toEqual([]);
    const dates = days.map((d) => Date.parse(d));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    await expect(page.locator(".recent__partners a").count()).resolves.toBeGreaterThan(0);
    await snap(page, "40-overview-1440");
    await page.context().close();
  }, 90_000);

  it("an analyst filters by the agriculture sector, and the copied URL shows the same view in a new session", async () => {
    const page = await openAs("analyst@demo");
    const before = await settledFigures(page);
    const recentBefore = await recentTitles(page);

    await sectorSelect(page).selectOption({ label: "Сельское хозяйство и продовольствие" });
    await page.waitForURL((url) => Boolean(url.searchParams.get("sector")));
    await page
      .waitForFunction((b) => document.querySelector('[data-figure="meetingsYearToDate"]')?.textContent !== b, before.meetingsYearToDate, { timeout: 15_000 })
      .catch(() => undefined);
    const filtered = await settledFigures(page);
    const recentFiltered = await recentTitles(page);
    // The filter did something: a figure or the latest activity changed.
    expect(JSON.stringify([filtered, recentFiltered])).not.toBe(JSON.stringify([before, recentBefore]));
    await expect(selectedSector(page)).resolves.toBe("Сельское хозяйство и продовольствие");
    await snap(page, "41-overview-agriculture-analyst");

    // Copied into another browser profile: sign in, land on the same filtered view.
    const copied = new URL(page.url());
    const other = await openAs("analyst@demo", copied.pathname + copied.search, "laptop");
    expect(new URL(other.url()).searchParams.get("sector")).toBe(copied.searchParams.get("sector"));
    await expect(selectedSector(other)).resolves.toBe("Сельское хозяйство и продовольствие");
    // The same figures and latest activity as the first profile shows. Other browser files write
    // into the shared database meanwhile (a meeting in this sector with its follow-ups, say), so the
    // two views are compared as both show it at one moment: after a change, both are reloaded.
    const view = async (p: Page) => ({ figures: await settledFigures(p), recent: await recentTitles(p) });
    await expect
      .poll(
        async () => {
          const [mine, theirs] = [await view(page), await view(other)];
          if (JSON.stringify(mine) !== JSON.stringify(theirs)) await Promise.all([page.reload(), other.reload()]);
          return { mine, theirs };
        },
        { timeout: 30_000 },
      )
      .toSatisfy(({ mine, theirs }) => JSON.stringify(mine) === JSON.stringify(theirs));
    await snap(other, "42-overview-agriculture-1024");
    await other.context().close();
    await page.context().close();
  }, 120_000);

  it("stays readable at 375 px", async () => {
    const page = await openAs("viewer@demo", "/", "phone");
    await settledFigures(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole("heading", { name: "Последние события" }).scrollIntoViewIfNeeded();
    await snap(page, "43-overview-375-recent", false);
    await snap(page, "43a-overview-375");
    await page.context().close();
  }, 90_000);
});

describe("map", () => {
  /** Finds a partner with "Найти на карте": the map opens its cluster and its popup. */
  async function findOnMap(page: Page, name: string) {
    await page.getByRole("combobox", { name: "Найти на карте" }).fill(name);
    await page.getByRole("button", { name: "Показать", exact: true }).click();
    const marker = page.locator(`.leaflet-marker-icon[title="${name}"]`);
    await marker.waitFor();
    const popup = page.locator(".leaflet-popup");
    await popup.getByText(name, { exact: true }).waitFor();
    return { marker, popup };
  }

  it("shades Kazakhstan, clusters the points and still shows the Almaty Oblast marker with its status and link", async () => {
    const page = await openAs("viewer@demo", "/map");
    await page.getByRole("heading", { level: 1, name: "Карта" }).waitFor();
    await page.locator("path.country--KZ.country--active").first().waitFor();
    expect(await page.locator("path.country--KZ").first().getAttribute("fill")).not.toBe("#e8edf3");

    // Overlapping points are grouped; a group says in words what it holds.
    await page.locator(".leaflet-marker-icon.marker-cluster").first().waitFor();
    const label = await page.locator(".marker-cluster .visually-hidden").first().textContent();
    expect(label).toMatch(/^\d+ партн[её]р\S* в этом месте: .+Нажмите, чтобы раскрыть$/);
    await page.waitForTimeout(400);
    await snap(page, "44-map-clusters-1440", false);

    const { marker, popup } = await findOnMap(page, "Алматинская область");
    await expect(marker.isVisible()).resolves.toBe(true);
    await expect(marker.getAttribute("role")).resolves.toBe("button");
    await popup.getByText(/Активное сотрудничество|Нет контактов больше 6 месяцев|Контактов ещё не было/).waitFor();
    await popup.getByText("Регион").waitFor();
    await page.waitForTimeout(400);
    await snap(page, "45-map-almaty-1440", false);
    await popup.getByRole("link", { name: "Открыть страницу партнёра" }).click();
    await page.waitForURL(/\/partners\/[0-9a-f-]{36}$/);
    await page.getByRole("heading", { level: 1, name: "Алматинская область" }).waitFor();

    // A name that is not on the map gets a message next to the field.
    await page.goBack();
    await page.getByRole("combobox", { name: "Найти на карте" }).fill("Атлантида");
    await page.getByRole("button", { name: "Показать", exact: true }).click();
    await page.getByText("На карте под этим фильтром такого партнёра нет").waitFor();
    await page.context().close();
  }, 120_000);

  it("works at 1024 and 375 px", async () => {
    for (const viewport of ["laptop", "phone"] as const) {
      const page = await openAs("viewer@demo", "/map", viewport);
      await page.locator("path.country--KZ.country--active").first().waitFor();
      await findOnMap(page, "Алматинская область");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.waitForTimeout(400);
      await snap(page, `46-map-${viewport === "laptop" ? "1024" : "375"}`, viewport === "phone");
      await page.context().close();
    }
  }, 120_000);
});

describe("text never becomes HTML", () => {
  // A name an editor could type: tags in it must show as text on every page, never as elements.
  const HOSTILE =
    'Остров <img src="/injected.png" data-injected="img"><a href="https://evil.example/" data-injected="a">ссылка</a><b data-injected="b" style="color:red">жирный</b>';
  const injected = (page: Page) => page.evaluate(() => document.querySelectorAll("[data-injected]").length);

  it("a hostile partner name stays text on the map (tooltip, marker, popup), the timeline and the partner pages", async () => {
    const c = await callersOf(atlas);
    // A country with activity is shaded and gets a tooltip; a region under it is a marker with a popup.
    const country = await c.editor.partner.create({ name: HOSTILE, level: "COUNTRY", isoCode: "IS" });
    const region = await c.editor.partner.create({ name: `${HOSTILE} регион`, level: "REGION", parentId: country.id, latitude: 64.1, longitude: -21.9 });
    await c.editor.meeting.create({ title: `Встреча: ${HOSTILE}`, kind: "MEETING", startsAt: todayIn("Europe/Moscow"), partnerIds: [country.id, region.id] });

    const page = await openAs("viewer@demo", "/map");
    await page.locator("path.country--IS.country--active").first().waitFor();
    // "Найти на карте" brings the region (and the island) into view and opens its popup.
    await page.getByRole("combobox", { name: "Найти на карте" }).fill(`${HOSTILE} регион`);
    await page.getByRole("button", { name: "Показать", exact: true }).click();
    await page.locator(".leaflet-popup").getByText(`${HOSTILE} регион`, { exact: true }).waitFor();
    await expect(injected(page)).resolves.toBe(0);
    await snap(page, "47-map-hostile-popup", false);
    // A click on the empty sea closes the popup (Leaflet's closePopupOnClick).
    const mapBox = await page.locator(".leaflet-container").boundingBox();
    if (!mapBox) throw new Error("no map");
    await page.mouse.click(mapBox.x + 12, mapBox.y + mapBox.height - 12);
    await expect.poll(() => page.locator(".leaflet-popup").count()).toBe(0);
    // The country's tooltip: the name as text, tags and all.
    // Other files write to the shared server meanwhile: a refetch may re-frame the map under
    // the pointer, so the pointer follows the island until its tooltip is up.
    const island = page.locator("path.country--IS").first();
    const tooltip = page.locator(".leaflet-tooltip", { hasText: "<img" });
    await expect
      .poll(async () => {
        const box = await island.boundingBox();
        if (!box) return false;
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        return tooltip.isVisible();
      })
      .toBe(true);
    await expect(tooltip.innerText()).resolves.toContain('<a href="https://evil.example/"');
    await expect(injected(page)).resolves.toBe(0);
    await snap(page, "47a-map-hostile-tooltip", false);

    // Every page that shows the name shows it as text (and makes no element of it).
    for (const path of ["/timeline", `/partners/${country.id}`, `/partners/${region.id}`, `/partners?q=${encodeURIComponent("Остров")}`, "/meetings", "/"]) {
      await page.goto(path);
      await page.locator("[data-page-title]").first().waitFor();
      await expect.poll(() => page.evaluate((text) => document.body.innerText.includes(text), HOSTILE), { message: path, timeout: 15_000 }).toBe(true);
      expect(await injected(page), path).toBe(0);
    }
    await page.context().close();
  }, 120_000);
});
