// «Хроника» on Kazakhstan's page in Chromium on the demo data: the case's four items
// (the ambassador's visit, the proposal to Almaty Oblast, the forum, Ded Moroz in Astana)
// in that order, under their months with no invented day, reached with «Раньше» when
// later items fill the first page; at 1440 and 375 px.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { caseIds } from "@atlas/db/seed/kazakhstan-case";
import { sharedAtlas, sharedBrowser, type SharedAtlas } from "./support/shared.ts";
import { artifactsDir, newContext, signIn, snap, type Viewport } from "./support/browser.ts";

let atlas: SharedAtlas;
let browser: Browser;

beforeAll(async () => {
  [atlas, browser] = await Promise.all([sharedAtlas(), sharedBrowser()]);
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

const pageErrors: string[] = [];
const path = `/partners/${caseIds.kazakhstan}`;

async function openKazakhstan(viewport: Viewport): Promise<Page> {
  const context = await newContext(browser, atlas.url, viewport);
  const page = await context.newPage();
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(path);
  await page.waitForURL(/\/signin/);
  await signIn(page, "viewer@demo");
  await page.waitForURL((url) => url.pathname === path);
  await page.getByRole("heading", { level: 1, name: "Республика Казахстан" }).waitFor();
  return page;
}

/** The story's items as text, «Раньше» pressed until the ambassador's visit is among them (at most 20 pages). */
async function storyUpToTheVisit(page: Page) {
  const story = page.getByRole("region", { name: "Хроника" });
  const items = story.getByTestId("story-item");
  await items.first().waitFor();
  const visit = items.filter({ hasText: "Рабочий визит Посла Республики Казахстан Даурена Абаева" });
  const earlier = story.getByRole("button", { name: "Раньше" });
  for (let pages = 0; pages < 20 && (await visit.count()) === 0; pages++) {
    const before = await items.count();
    await earlier.click();
    await expect.poll(() => items.count()).toBeGreaterThan(before);
  }
  await visit.waitFor();
  return { story, texts: await items.allInnerTexts() };
}

const caseItems = [
  "Рабочий визит Посла Республики Казахстан Даурена Абаева",
  "Предложение о сотрудничестве Вологодской области и Алматинской области",
  "Горизонт 2050",
  "Остановка тура: Астана",
];

describe("«Хроника» on Kazakhstan's page", () => {
  for (const viewport of ["desktop", "phone"] as const) {
    it(`at ${viewport === "desktop" ? 1440 : 375} px tells the visit, the proposal, the forum and Ded Moroz in Astana, in order, by month`, async () => {
      const page = await openKazakhstan(viewport);
      const { story, texts } = await storyUpToTheVisit(page);
      const at = caseItems.map((text) => texts.findIndex((t) => t.includes(text)));
      expect(
        at.every((i) => i >= 0),
        `all four in the story: ${JSON.stringify(at)}`,
      ).toBe(true);
      expect(at).toEqual([...at].sort((a, b) => a - b));
      // Who and what: the ambassador by name; the stage the proposal reached.
      expect(texts[at[0]!]).toContain("Даурен Абаев");
      expect(texts[at[1]!]).toContain("Предложение направлено");
      // The release gives months only: the items say the month, never a day of it.
      const november = story.locator(".story__month", { has: page.getByRole("heading", { name: /^ноябрь 2024/ }) });
      const december = story.locator(".story__month", { has: page.getByRole("heading", { name: /^декабрь 2024/ }) });
      await expect(november.getByTestId("story-item").filter({ hasText: caseItems[0]! }).count()).resolves.toBe(1);
      await expect(december.getByTestId("story-item").filter({ hasText: caseItems[3]! }).count()).resolves.toBe(1);
      const when = await story.getByTestId("story-item").locator(".story-item__when").allInnerTexts();
      expect(at.map((i) => when[i])).toEqual(["ноябрь 2024 г.", "ноябрь 2024 г.", "декабрь 2024 г.", "декабрь 2024 г."]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await november.scrollIntoViewIfNeeded();
      await story.screenshot({ path: `${artifactsDir}partner-story-kazakhstan-${viewport === "desktop" ? 1440 : 375}.png`, animations: "disabled" });
      await snap(page, `partner-story-kazakhstan-page-${viewport === "desktop" ? 1440 : 375}`, false);
      expect(pageErrors).toEqual([]);
      await page.context().close();
    }, 120_000);
  }
});
