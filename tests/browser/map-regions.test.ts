// The map draws partner regions as regions: first-level divisions from Natural Earth's
// admin-1 data (client/src/features/map/data/admin1.topo.json), linked to partners by
// their ISO 3166-2 code. With the Kazakhstan filter, Almaty Oblast is a shaded shape
// with its tooltip as text, and the home region is a shape too; at 1440 and 375 px no
// label (the home region's name, an event square) covers a cluster's count, the map
// starts in the first screen, and the phone frames the partners rather than a world
// view. Screenshots land in tests/artifacts/.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { callersOf, sharedAtlas, sharedBrowser, type SharedAtlas } from "./support/shared.ts";
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

async function openMap(viewport: Viewport): Promise<Page> {
  const context = await newContext(browser, atlas.url, viewport);
  const page = await context.newPage();
  await page.goto("/map");
  await page.waitForURL(/\/signin/);
  await signIn(page, "viewer@demo");
  await page.waitForURL((url) => url.pathname === "/map");
  await page.locator("path.country--KZ.country--active").first().waitFor();
  return page;
}

type Box = { x: number; y: number; width: number; height: number };
type Overlap = { label: string; count: string };

/**
 * Every label box (the home region's name, each event square) that intersects a cluster's
 * count (the circle with the number), as seen on screen now; hidden labels cover nothing.
 */
function coveredCounts(page: Page): Promise<{ overlaps: Overlap[]; labels: number; counts: number }> {
  return page.evaluate(() => {
    const visible = (el: Element) => getComputedStyle(el).visibility !== "hidden" && (el as HTMLElement).offsetParent !== null;
    const labels = [...document.querySelectorAll(".partner-map .map-home-label, .partner-map .map-event-marker")].filter(visible);
    const counts = [...document.querySelectorAll(".partner-map .marker-cluster > div")].filter(visible);
    const hit = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const overlaps: Overlap[] = [];
    for (const label of labels) {
      const a = label.getBoundingClientRect();
      for (const count of counts) {
        if (hit(a, count.getBoundingClientRect()))
          overlaps.push({ label: label.textContent || label.getAttribute("title") || label.className, count: count.textContent ?? "" });
      }
    }
    return { overlaps, labels: labels.length, counts: counts.length };
  });
}

/** Waits until the map has settled with clusters and labels on screen, and no label on a count. */
async function expectCountsClear(page: Page): Promise<{ labels: number; counts: number }> {
  await page.locator(".partner-map .marker-cluster").first().waitFor();
  await page.locator(".partner-map .map-home-label").waitFor();
  await expect.poll(async () => (await coveredCounts(page)).overlaps).toEqual([]);
  const { labels, counts } = await coveredCounts(page);
  return { labels, counts };
}

async function mapTop(page: Page): Promise<Box> {
  const box = await page.locator(".leaflet-container").boundingBox();
  if (!box) throw new Error("no map");
  return box;
}

describe("partner regions on the map", () => {
  it("with the Kazakhstan filter shades Almaty Oblast as a shape, with its tooltip as text, and draws the home region as a shape (1440 px)", async () => {
    const page = await openMap("desktop");
    // The map starts in the first screen (900 px), with most of its height there.
    const box = await mapTop(page);
    expect(box.y).toBeLessThan(900 - 400);

    await page.getByRole("combobox", { name: "Страна" }).selectOption("KZ");
    await page.waitForURL((url) => url.searchParams.get("country") === "KZ");
    const almaty = page.locator('path[data-region="KZ-19"]');
    await almaty.waitFor();
    await expect(almaty.getAttribute("class")).resolves.toContain("region--active");
    const fill = await almaty.getAttribute("fill");
    expect(fill).toMatch(/^#/);
    expect(fill).not.toBe("#e8edf3");
    // Only the filter's partner regions are drawn, and the home region (Vologda Oblast).
    const home = page.locator('path[data-region="RU-VLG"]');
    await home.waitFor();
    await expect(home.getAttribute("class")).resolves.toContain("region--home");
    await expect(page.locator('path[data-region^="BY-"]').count()).resolves.toBe(0);

    // The tooltip names the region and its activity, as text. The pointer follows the
    // shape until the tooltip is up (the map may still be settling on its frame).
    const tooltip = page.locator(".leaflet-tooltip", { hasText: "Алматинская область:" });
    await expect
      .poll(async () => {
        const b = await almaty.boundingBox();
        if (!b) return false;
        await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
        return tooltip.isVisible();
      })
      .toBe(true);
    // Its figure with the parts named (the partner page counts held contacts only, and says so), adding up.
    const parts = /^Алматинская область: (\d+) — контактов (\d+) \(включая запланированные\), соглашений (\d+), событий (\d+)$/.exec(
      // Digit groups («1 234») read as one number.
      (await tooltip.innerText()).replace(/(\d)\s(?=\d)/g, "$1"),
    );
    expect(parts, "the tooltip names contacts, agreements and events").not.toBeNull();
    const [all, contacts, agreements, events] = parts!.slice(1).map(Number);
    expect(all).toBe(contacts! + agreements! + events!);
    await snap(page, "60-map-regions-kz-1440", false);

    // The home region's tooltip says it is home.
    const homeTooltip = page.locator(".leaflet-tooltip", { hasText: "Вологодская область — домашний регион" });
    await expect
      .poll(async () => {
        const b = await home.boundingBox();
        if (!b) return false;
        await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
        return homeTooltip.isVisible();
      })
      .toBe(true);

    // A click on the region opens its partner's popup.
    await page.mouse.move(0, 0);
    const b = await almaty.boundingBox();
    if (!b) throw new Error("no Almaty Oblast shape");
    await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
    await page.locator(".leaflet-popup").getByText("Алматинская область", { exact: true }).waitFor();
    await page.context().close();
  }, 120_000);

  it("at 1440 px no label covers a cluster count, before and after zooming in", async () => {
    const page = await openMap("desktop");
    const before = await expectCountsClear(page);
    expect(before.counts).toBeGreaterThan(0);
    expect(before.labels).toBeGreaterThan(0);
    await snap(page, "61-map-counts-clear-1440", false);
    await page.getByRole("button", { name: "Zoom in" }).click();
    await page.locator(".leaflet-container:not(.leaflet-zoom-anim)").waitFor();
    await expectCountsClear(page);
    await snap(page, "61a-map-counts-clear-1440-zoomed", false);
    await page.context().close();
  }, 120_000);

  it("at 375 px the map starts in the first screen, frames the partners and no label covers a count", async () => {
    const page = await openMap("phone");
    const box = await mapTop(page);
    expect(box.y).toBeLessThan(740 - 250);
    await expectCountsClear(page);

    // Most of the located partners are in the first view: each cluster counts its own.
    const c = await callersOf(atlas);
    const summary = await c.viewer.dashboard.summary({ filter: {} });
    const located = summary.byPartner.filter((p) => p.level !== "COUNTRY" && p.latitude !== null && p.longitude !== null).length;
    const shown = await page.evaluate(() => {
      const map = document.querySelector(".leaflet-container")!.getBoundingClientRect();
      const inside = (el: Element) => {
        const r = el.getBoundingClientRect();
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        return x >= map.left && x <= map.right && y >= map.top && y <= map.bottom;
      };
      let n = 0;
      for (const el of document.querySelectorAll(".partner-map .marker-cluster"))
        if (inside(el)) n += Number(el.querySelector("[aria-hidden]")?.textContent ?? 0);
      for (const el of document.querySelectorAll(".partner-map .map-marker")) if (inside(el)) n += 1;
      return n;
    });
    expect(shown / located, `${shown} of ${located} partners in the first view`).toBeGreaterThan(0.6);
    // The home region is in view.
    const homePoint = await page.locator(".partner-map .map-home-marker").boundingBox();
    expect(homePoint && homePoint.x >= box.x && homePoint.x <= box.x + box.width && homePoint.y >= box.y && homePoint.y <= box.y + box.height).toBe(true);
    await snap(page, "62-map-phone-375", false);

    await page.getByRole("combobox", { name: "Страна" }).selectOption("KZ");
    await page.locator('path[data-region="KZ-19"]').waitFor();
    await expectCountsClear(page);
    await snap(page, "62a-map-phone-375-kz", false);
    await page.context().close();
  }, 120_000);
});
