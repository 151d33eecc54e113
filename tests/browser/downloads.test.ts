// Downloads in the browser: an analyst finds «Скачать» on Встречи and gets the filtered
// meetings as CSV (the browser's own download, read back); a viewer has no such menu.
// On the overview, a chart's menu also gives its table to analysts, and only pictures to viewers.
import { buffer } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { sharedAtlas, sharedBrowser, type SharedAtlas } from "./support/shared.ts";
import { newContext, signIn } from "./support/browser.ts";

let atlas: SharedAtlas;
let browser: Browser;

beforeAll(async () => {
  [atlas, browser] = await Promise.all([sharedAtlas(), sharedBrowser()]);
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

// One month of the demo data, so the file stays small.
const path = "/meetings?from=2025-03-01&to=2025-03-31";

async function openAs(email: string, at = path): Promise<Page> {
  const context = await newContext(browser, atlas.url);
  const page = await context.newPage();
  await page.goto(at);
  await page.waitForURL(/\/signin/);
  await signIn(page, email);
  await page.waitForURL((url) => url.pathname === new URL(at, atlas.url).pathname);
  await page.locator("[data-page-title]").first().waitFor();
  return page;
}

describe("downloads", () => {
  it("an analyst downloads the filtered meetings as CSV", async () => {
    const page = await openAs("analyst@demo");
    const shown = page.locator(".results__count");
    await shown.waitFor();
    await page.getByText("Скачать", { exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV (для Excel)" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^Встречи \d{4}-\d{2}-\d{2}\.csv$/);
    // The browser runs beside the hub, so the file is read through Playwright rather than from a path.
    const bytes = await buffer(await download.createReadStream());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString("utf8").split("\r\n").filter(Boolean);
    expect(lines[0]).toMatch(/^Дата;Окончание;Название;Вид;/);
    // Every row lies in March 2025, as the filter says (a vaguer date begins in its period or before).
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) expect(line).toMatch(/^\d{2}\.\d{2}\.20\d{2};/);
    // As many rows as the page says the filter finds.
    const total = Number(/из\s+([\d\s]+)/.exec((await shown.textContent())!)![1]!.replace(/\D/g, ""));
    expect(lines.length - 1).toBe(total);
  });

  it("a viewer sees no «Скачать»", async () => {
    const page = await openAs("viewer@demo");
    await page.locator(".results__count").waitFor();
    await expect(page.getByText("Скачать", { exact: true }).count()).resolves.toBe(0);
  });

  it("an analyst downloads a chart's table as CSV; a viewer's chart menu has pictures only", async () => {
    const page = await openAs("analyst@demo", "/");
    const card = page.locator('[data-chart="sector-activity"]');
    await card.getByText("Скачать", { exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent("download"), card.getByRole("link", { name: "Таблица CSV (для Excel)" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^Встречи по отраслям \d{4}-\d{2}-\d{2}\.csv$/);
    const lines = (await buffer(await download.createReadStream())).subarray(3).toString("utf8").split("\r\n").filter(Boolean);
    expect(lines[0]).toBe("Месяц;Отрасль;Встреч");
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) expect(line).toMatch(/^[а-я.]+ 20\d{2};[^;]+;\d+$/);

    // The chart as pictures: an SVG with the bars drawn, and a PNG at twice the drawn size.
    const drawnBars = await card.locator("svg.recharts-surface .recharts-rectangle").count();
    expect(drawnBars).toBeGreaterThan(0);
    // The menu may have closed after the table's download; open it when it is.
    const openMenu = async () => {
      if ((await card.locator("details.download-menu[open]").count()) === 0) await card.getByText("Скачать", { exact: true }).click();
    };
    await openMenu();
    const [svgFile] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: "Картинка SVG" }).click()]);
    expect(svgFile.suggestedFilename()).toMatch(/^Встречи по отраслям \d{4}-\d{2}-\d{2}\.svg$/);
    const svg = (await buffer(await svgFile.createReadStream())).toString("utf8");
    expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg.match(/class="recharts-rectangle/g)?.length).toBe(drawnBars);
    expect(svg).toContain("Встречи по отраслям");
    await openMenu();
    const [pngFile] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: "Картинка PNG" }).click()]);
    const png = await buffer(await pngFile.createReadStream());
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const box = await card.locator("svg.recharts-surface").boundingBox();
    // IHDR: width and height as big-endian integers at bytes 16 and 20.
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(Math.floor(box!.width * 2));
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(Math.floor(box!.height * 2));

    const viewer = await openAs("viewer@demo", "/");
    const viewerCard = viewer.locator('[data-chart="sector-activity"]');
    await viewerCard.getByText("Скачать", { exact: true }).click();
    await viewerCard.getByRole("button", { name: "Картинка PNG" }).waitFor();
    await expect(viewerCard.getByRole("link", { name: "Таблица CSV (для Excel)" }).count()).resolves.toBe(0);
  }, 90_000);
});
