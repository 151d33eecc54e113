// Exports in the browser: an editor pastes a small table copied from a spreadsheet,
// saves it, and finds the figures in the list and the chart; an unknown name in the
// paste is reported in Russian by its row. Screenshots of the exports page and the
// overview charts at 1440 and 375 px land in tests/artifacts/.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { sharedAtlas, sharedBrowser, type SharedAtlas } from "./support/shared.ts";
import { newContext, signIn, snap } from "./support/browser.ts";

let atlas: SharedAtlas;
let browser: Browser;

beforeAll(async () => {
  [atlas, browser] = await Promise.all([sharedAtlas(), sharedBrowser()]);
}, 180_000);

// Closes this file's contexts and its connection; the shared Chromium and server stay up.
afterAll(async () => {
  await browser?.close();
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

  it("export facts: an editor adds a rank, a growth rate and an intent with their sources; the Exports page and the partner's page show them", async () => {
    const page = await openAs("editor@demo", "/exports");
    const section = page.locator("section.export-facts");
    await section.getByRole("heading", { level: 2, name: /Факты об экспорте/ }).waitFor();
    // The case's release states an intent for three categories, with no period.
    await section.getByText("Намерение поставлять").first().waitFor();

    type Fact = {
      kind: string;
      partner: string;
      category?: string;
      rank?: string;
      growth?: string;
      from?: string;
      to?: string;
      statement: string;
      url: string;
      title: string;
    };
    const form = section.locator("form.export-fact-form");
    const fill = async (f: Fact) => {
      await form.locator('select[name="kind"]').selectOption(f.kind);
      await form.locator('input[name="partner"]').fill(f.partner.split(" ").at(-1)!);
      await form
        .getByRole("listbox")
        .getByRole("option", { name: new RegExp(`^${f.partner}`) })
        .first()
        .click();
      if (f.category) await form.locator('select[name="categoryId"]').selectOption({ label: f.category });
      if (f.rank) await form.locator('input[name="rank"]').fill(f.rank);
      if (f.growth) await form.locator('input[name="growthPercent"]').fill(f.growth);
      if (f.from) await form.locator('input[name="periodStart"]').fill(f.from);
      if (f.to) await form.locator('input[name="periodEnd"]').fill(f.to);
      await form.locator('textarea[name="statement"]').fill(f.statement);
      await form.locator('input[name="sourceUrl"]').fill(f.url);
      await form.locator('input[name="sourceTitle"]').fill(f.title);
    };
    const add = async (f: Fact) => {
      await section.getByRole("button", { name: "Добавить факт" }).click();
      await fill(f);
      await form.getByRole("button", { name: "Сохранить факт" }).click();
      await form.waitFor({ state: "detached" });
    };

    const rank: Fact = {
      kind: "RANK",
      partner: "Республика Казахстан",
      category: "Пиломатериалы",
      rank: "4",
      from: "01.01.2024",
      to: "31.12.2024",
      statement: "Казахстан входит в четвёрку крупнейших покупателей вологодской лесопродукции",
      url: "https://example.org/news/timber-buyers-2024",
      title: "Лесопромышленный экспорт за 2024 год",
    };
    // A rank without its place is refused on the field, in Russian, before anything is sent.
    await section.getByRole("button", { name: "Добавить факт" }).click();
    await fill({ ...rank, rank: " " });
    await form.getByRole("button", { name: "Сохранить факт" }).click();
    await form.getByText("Укажите место среди покупателей").waitFor();
    await form.locator('input[name="rank"]').fill("4");
    await form.getByRole("button", { name: "Сохранить факт" }).click();
    await form.waitFor({ state: "detached" });

    await add({
      kind: "GROWTH",
      partner: "Республика Казахстан",
      category: "Молочная продукция",
      growth: "34",
      from: "01.01.2025",
      to: "30.06.2025",
      statement: "Поставки молочной продукции в Казахстан выросли на 34 % за первое полугодие",
      url: "https://example.org/news/dairy-h1-2025",
      title: "Экспорт молочной продукции: итоги полугодия",
    });
    await add({
      kind: "INTENT",
      partner: "Республика Казахстан",
      category: "Замороженные ягоды",
      statement: "Казахстанские торговые сети заинтересованы в поставках вологодских замороженных ягод",
      url: "https://example.org/news/berries-intent",
      title: "Переговоры о поставках ягод",
    });

    // Each fact with its figure, period and source link, under the page's filters.
    const expectFacts = async (where: ReturnType<Page["locator"]>) => {
      const fact = (statement: string) => where.locator("article.export-fact").filter({ hasText: statement });
      const r = fact(rank.statement);
      await r.waitFor();
      await expect(r.innerText()).resolves.toMatch(/Место среди покупателей[\s\S]*4-е место[\s\S]*Пиломатериалы[\s\S]*2024 г\./);
      await expect(r.getByRole("link", { name: "Лесопромышленный экспорт за 2024 год" }).getAttribute("href")).resolves.toBe(
        "https://example.org/news/timber-buyers-2024",
      );
      const g = fact("выросли на 34 %");
      await expect(g.innerText()).resolves.toMatch(/Рост[\s\S]*\+34 %[\s\S]*Молочная продукция[\s\S]*01\.01\.2025 — 30\.06\.2025/);
      await expect(g.getByRole("link", { name: "Экспорт молочной продукции: итоги полугодия" }).getAttribute("href")).resolves.toBe(
        "https://example.org/news/dairy-h1-2025",
      );
      const i = fact("заинтересованы в поставках вологодских замороженных ягод");
      await expect(i.innerText()).resolves.toMatch(/Намерение поставлять[\s\S]*Замороженные ягоды[\s\S]*период не указан/);
      await expect(i.getByRole("link", { name: "Переговоры о поставках ягод" }).getAttribute("href")).resolves.toBe("https://example.org/news/berries-intent");
    };
    await expectFacts(section);
    // A period filter keeps the facts whose period overlaps it: only the half-year.
    await page.goto("/exports?from=2025-03-01&to=2025-03-31");
    await section.locator("article.export-fact").first().waitFor();
    await expect.poll(() => section.locator("article.export-fact").count()).toBe(1);
    await expect(section.locator("article.export-fact").innerText()).resolves.toContain("выросли на 34 %");
    await page.goto("/exports");
    await expectFacts(section);
    await snap(page, "exports-20-facts");

    // The partner's page: the export block lists the same facts with their sources.
    await section.locator("article.export-fact").filter({ hasText: rank.statement }).getByRole("link", { name: "Республика Казахстан" }).click();
    await page.waitForURL(/\/partners\/[0-9a-f-]+$/);
    const block = page.locator("section.dossier-block").filter({ has: page.locator("#dossier-exports") });
    await block.getByRole("heading", { level: 3, name: "Факты об экспорте" }).waitFor();
    await expectFacts(block);
    await block.scrollIntoViewIfNeeded();
    await snap(page, "exports-21-dossier-facts", false);
    await page.context().close();
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
      if (viewport === "phone") {
        await page.locator('[data-chart="sector-activity"]').scrollIntoViewIfNeeded();
        await snap(page, "exports-11-overview-charts-phone", false);
      } else await snap(page, "exports-11-overview-charts-desktop");
      // The agreements by stage are shown once: the key figures' card, not a second chart of the same numbers.
      await page
        .locator(".stage-card")
        .getByRole("heading", { name: /Соглашения по стадиям/ })
        .waitFor();
      await expect(page.getByRole("heading", { name: /Соглашения по стадиям/ }).count()).resolves.toBe(1);
      await expect(page.locator('[data-chart="agreement-stages"]').count()).resolves.toBe(0);
      await page.context().close();
    }
  }, 120_000);
});
