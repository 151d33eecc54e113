// Exports in the browser: an editor pastes a small table copied from a spreadsheet,
// saves it, and finds the figures in the list and the chart; an unknown name in the
// paste is reported in Russian by its row. Screenshots of the exports page and the
// overview charts at 1440 and 375 px land in tests/artifacts/.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { startAtlas, type RunningAtlas } from "./support/server.ts";
import { launchBrowser, newContext, signIn, snap } from "./support/browser.ts";

let atlas: RunningAtlas;
let browser: Browser;

beforeAll(async () => {
  [atlas, browser] = await Promise.all([startAtlas(), launchBrowser()]);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await atlas?.close();
});

async function openAs(email: string, path: string, viewport: "desktop" | "phone" = "desktop"): Promise<Page> {
  const context = await newContext(browser, atlas.url, viewport);
  const page = await context.newPage();
  await page.goto(path);
  await page.waitForURL(/\/signin/);
  await signIn(page, email);
  await page.waitForURL((url) => url.pathname === new URL(path, atlas.url).pathname);
  await page.locator("[data-page-title]").first().waitFor();
  return page;
}

// A quarter long before the demo data, so the table starts empty.
const YEAR = "2015";
const pasted = ["\tРеспублика Казахстан\tРеспублика Беларусь", "Молочная продукция\t1 234,5\t300", "Мясные консервы\t75.25\t12"].join("\n");

describe("exports", () => {
  it("an editor pastes a 2×2 table for a quarter, saves it, and sees it in the list and the chart", async () => {
    const page = await openAs("editor@demo", "/exports/entry");
    await page.getByRole("heading", { level: 1, name: "Ввод экспорта за период" }).waitFor();

    await page.getByLabel("Год", { exact: true }).fill(YEAR);
    await page.getByLabel("Период", { exact: true }).selectOption("q1");
    await page.getByText("За этот период показателей нет").waitFor();

    // An unknown category: nothing is filled, the row is named in Russian.
    const box = page.getByLabel("Скопируйте диапазон в Excel или LibreOffice и вставьте сюда");
    await box.fill(`${pasted}\nСыр\t5\t6`);
    await page.getByRole("button", { name: "Заполнить таблицу" }).click();
    const problems = page.getByRole("alert").filter({ hasText: "Ничего не заполнено" });
    await problems.getByText("Строка 4: категория «Сыр» не найдена в справочнике").waitFor();
    await expect(page.locator(".entry-grid").count()).resolves.toBe(0);
    await snap(page, "exports-01-paste-unknown-category");

    await box.fill(pasted);
    await page.getByRole("button", { name: "Заполнить таблицу" }).click();
    await page.getByText("Заполнены 4 ячейки. Проверьте и сохраните таблицу.").waitFor();
    const cell = (category: string, destination: string) => page.getByRole("textbox", { name: `${category} → ${destination}` });
    await expect(cell("Молочная продукция", "Республика Казахстан").inputValue()).resolves.toBe("1234,5");
    await expect(cell("Мясные консервы", "Республика Беларусь").inputValue()).resolves.toBe("12");

    // Keyboard: arrows move between cells (rows are all categories, by name).
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute("aria-label"));
    await cell("Мороженое", "Республика Казахстан").focus();
    await page.keyboard.press("ArrowDown");
    await expect(focused()).resolves.toBe("Мясные консервы → Республика Казахстан");
    await page.keyboard.press("ArrowRight");
    await expect(focused()).resolves.toBe("Мясные консервы → Республика Беларусь");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await expect(focused()).resolves.toBe("Молочная продукция → Республика Беларусь");
    await snap(page, "exports-02-entry-filled");

    // A typo in a cell is caught before anything is sent.
    await cell("Мясные консервы", "Республика Беларусь").fill("12,5,1");
    await page.getByRole("button", { name: "Сохранить таблицу" }).click();
    await page.getByRole("alert").filter({ hasText: "Мясные консервы → Республика Беларусь: Введите неотрицательное число" }).waitFor();
    await cell("Мясные консервы", "Республика Беларусь").fill("12");

    await page.getByRole("button", { name: "Сохранить таблицу" }).click();
    await page.getByText("Новых показателей: 4, изменено: 0.").waitFor();

    // The list, filtered to that quarter, shows the four figures with their values.
    await page.getByRole("link", { name: "К списку экспорта" }).click();
    await page.waitForURL((url) => url.pathname === "/exports");
    await page.goto(`/exports?from=${YEAR}-01-01&to=${YEAR}-03-31`);
    const rows = page.getByRole("main").locator("table.table tbody tr");
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(4);
    const list = await page.getByRole("main").locator("table.table").innerText();
    expect(list).toMatch(/1\s234,50\s\$/);
    expect(list).toContain("Республика Беларусь");
    expect(list).toContain("I кв. 2015");

    // The chart covers that one quarter; its table gives the exact sums by category.
    const chart = page.locator('[data-chart="exports"]');
    await chart.locator(".recharts-bar-rectangle").first().waitFor();
    await chart.getByRole("button", { name: "Таблица" }).click();
    const table = chart.locator("table");
    await expect(table.locator("tbody tr").count()).resolves.toBe(1);
    const text = await table.innerText();
    expect(text).toContain("I кв. 2015");
    expect(text).toMatch(/1\s534,50\s\$/); // dairy: 1234.5 + 300
    expect(text).toMatch(/87,25\s\$/); // canned meat: 75.25 + 12
    await chart.getByRole("button", { name: "По получателям" }).click();
    await expect.poll(() => table.innerText()).toMatch(/1\s309,75\s\$/); // Kazakhstan: 1234.5 + 75.25
    await chart.getByRole("button", { name: "График" }).click();
    await snap(page, "exports-03-list-filtered");

    // The entry table of a quarter with demo data, at desktop and phone width.
    await page.goto("/exports/entry");
    await page.locator(".entry-grid input").first().waitFor();
    await snap(page, "exports-04-entry-demo-quarter-desktop", false);
    await page.setViewportSize({ width: 375, height: 740 });
    await page.locator(".entry-grid").scrollIntoViewIfNeeded();
    await snap(page, "exports-04-entry-demo-quarter-phone", false);
  }, 150_000);

  it("shows the exports page with its chart and the overview charts at 1440 and 375 px", async () => {
    for (const viewport of ["desktop", "phone"] as const) {
      const page = await openAs("analyst@demo", "/exports", viewport);
      await page.locator('[data-chart="exports"] .recharts-bar-rectangle').first().waitFor();
      await page.getByRole("main").locator("table.table tbody tr").first().waitFor();
      // No editing for an analyst.
      await expect(page.getByRole("link", { name: "Ввести за период" }).count()).resolves.toBe(0);
      // A phone page is long: the screen as the user sees it, at the top and at the chart.
      await snap(page, `exports-10-page-${viewport}`, viewport === "desktop");
      if (viewport === "phone") {
        await page.locator('[data-chart="exports"]').scrollIntoViewIfNeeded();
        await snap(page, "exports-10-page-phone-chart", false);
      }

      await page.goto("/");
      await page.locator('[data-chart="sector-activity"] .recharts-bar-rectangle').first().waitFor();
      await page.locator('[data-chart="agreement-stages"] .recharts-bar-rectangle').first().waitFor();
      if (viewport === "phone") {
        await page.locator('[data-chart="sector-activity"]').scrollIntoViewIfNeeded();
        await snap(page, "exports-11-overview-charts-phone", false);
        await page.locator('[data-chart="agreement-stages"]').scrollIntoViewIfNeeded();
        await snap(page, "exports-11-overview-stages-phone", false);
      } else await snap(page, "exports-11-overview-charts-desktop");
      // The table form of the stage chart lists every stage.
      const stages = page.locator('[data-chart="agreement-stages"]');
      await stages.getByRole("button", { name: "Таблица" }).click();
      await expect(stages.locator("tbody tr").count()).resolves.toBe(10);
      await page.context().close();
    }
  }, 120_000);
});
