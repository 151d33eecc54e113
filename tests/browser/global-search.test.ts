// The global search in headless Chromium against the built client and the demo data:
// a viewer presses Ctrl+K, types «сокол», reaches the timber project (whose text names
// «индустриальный парк «Сокол»») with the arrow keys and lands on its page; Escape
// returns focus to where it was; the same journey at 375 px with a full-width dialog.
// Screenshots land in tests/artifacts/.
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

/** Opens `path` signed out, signs in on the way, and lands back on `path`. */
async function openAs(email: string, path = "/", viewport: Viewport = "desktop"): Promise<Page> {
  const context = await newContext(browser, atlas.url, viewport);
  const page = await context.newPage();
  await page.goto(path);
  await page.waitForURL(/\/signin/);
  await signIn(page, email);
  await page.waitForURL((url) => url.pathname + url.search === path);
  await page.getByRole("button", { name: "Поиск по реестру" }).waitFor();
  return page;
}

const PROJECT = "Совместное лесопромышленное производство с казахстанским участием";
const searchBox = (page: Page) => page.getByRole("combobox", { name: "Что найти" });
const activeOptionText = (page: Page) =>
  searchBox(page).evaluate((box) => {
    const id = box.getAttribute("aria-activedescendant");
    return id ? (document.getElementById(id)?.querySelector(".search-hit__title")?.textContent ?? null) : null;
  });

/** Types `q`, waits for its results, then presses ↓ until the hit titled `title` is active (at most once round the list). */
async function arrowTo(page: Page, q: string, title: string): Promise<void> {
  const box = searchBox(page);
  await box.pressSequentially(q, { delay: 30 });
  const project = page.getByRole("group", { name: "Проекты" }).getByRole("option", { name: new RegExp(title) });
  await project.waitFor();
  await page.waitForFunction(() => !document.querySelector(".search-dialog [aria-busy=true]"));
  const count = await page.locator(".search-dialog [role=option]").count();
  for (let i = 0; i <= count && (await activeOptionText(page)) !== title; i++) await page.keyboard.press("ArrowDown");
  expect(await activeOptionText(page)).toBe(title);
  await expect(project.getAttribute("aria-selected")).resolves.toBe("true");
}

describe("global search", () => {
  it("Ctrl+K, «сокол», the arrow keys to the industrial park's project, Enter: its page", async () => {
    const page = await openAs("viewer@demo");
    // Focus somewhere on the page first: Escape must bring it back there.
    const partnersLink = page.getByRole("navigation", { name: "Разделы" }).getByRole("link", { name: "Партнёры" });
    await partnersLink.focus();
    await page.keyboard.press("Control+k");
    const box = searchBox(page);
    await box.waitFor();
    await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(page.getByText(/Ищите по названиям, именам, местам и темам/).isVisible()).resolves.toBe(true);
    await page.keyboard.press("Escape");
    await page.locator("dialog.search-dialog").waitFor({ state: "hidden" });
    await expect(partnersLink.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    // "/" outside a text field opens it too.
    await page.keyboard.press("/");
    await box.waitFor();
    await arrowTo(page, "сокол", PROJECT);
    // Grouped results, each group labelled: the project is among «Проекты».
    const labels = await page
      .locator(".search-dialog [role=group]")
      .evaluateAll((groups) => groups.map((g) => document.getElementById(g.getAttribute("aria-labelledby") ?? "")?.textContent));
    expect(labels).toContain("Проекты");
    await snap(page, "60-global-search-sokol-1440", false);

    await page.keyboard.press("Enter");
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    await page.getByRole("heading", { level: 1, name: PROJECT }).waitFor();
    await expect(page.locator("dialog.search-dialog").isVisible()).resolves.toBe(false);
    // The page text names the park the search was about.
    await expect(
      page
        .getByText(/индустриальный парк «Сокол»/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await page.context().close();
  }, 90_000);

  it("at 375 px: the header's search button, a full-width dialog, the same journey", async () => {
    const page = await openAs("viewer@demo", "/", "phone");
    await page.getByRole("button", { name: "Поиск по реестру" }).click();
    const box = searchBox(page);
    await box.waitFor();
    await arrowTo(page, "сокол", PROJECT);
    const dialog = await page.locator("dialog.search-dialog").boundingBox();
    expect(dialog?.x).toBe(0);
    expect(dialog?.width).toBe(375);
    const overflow = await page.evaluate(() => {
      const list = document.querySelector(".search-dialog__panel")!;
      return list.scrollWidth - list.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await snap(page, "61-global-search-sokol-375", false);

    await page.keyboard.press("Enter");
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    await page.getByRole("heading", { level: 1, name: PROJECT }).waitFor();
    const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(pageOverflow).toBeLessThanOrEqual(0);
    await page.context().close();
  }, 90_000);
});
