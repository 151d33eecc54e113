// The periodic report in the browser (issue 15): an analyst opens «Отчёт», picks the
// third quarter and Kazakhstan, saves that as a view, opens it again from the sidebar,
// downloads the DOCX, and the file's heading and figures
// are the overview's for the same filter and period; a viewer has no «Отчёт». Screenshots
// of the printable page at 1440 and 375 px land in tests/artifacts/.
import { buffer } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import JSZip from "jszip";
import type { Browser, Page } from "playwright-core";
import { callersOf, sharedAtlas, sharedBrowser, type SharedAtlas } from "./support/shared.ts";
import { newContext, signIn, snap, type Viewport } from "./support/browser.ts";

let atlas: SharedAtlas;
let browser: Browser;

beforeAll(async () => {
  [atlas, browser] = await Promise.all([sharedAtlas(), sharedBrowser()]);
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

async function openAs(email: string, viewport: Viewport = "desktop"): Promise<Page> {
  const context = await newContext(browser, atlas.url, viewport);
  const page = await context.newPage();
  await page.goto("/");
  await page.waitForURL(/\/signin/);
  await signIn(page, email);
  await page.waitForURL((url) => url.pathname === "/");
  await page.locator("[data-page-title]").first().waitFor();
  return page;
}

/** The document's paragraphs and table cells as a reader sees them. */
async function documentText(file: Buffer): Promise<{ paragraphs: string[]; cells: string[] }> {
  const xml = await (await JSZip.loadAsync(file)).file("word/document.xml")!.async("string");
  const text = (part: string) => [...part.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
  return {
    paragraphs: xml.split("</w:p>").map(text).filter(Boolean),
    cells: xml
      .split("</w:tc>")
      .slice(0, -1)
      .map((part) => text(part.slice(part.lastIndexOf("<w:tc>")))),
  };
}

describe("the report for leadership", () => {
  it("an analyst saves the third quarter's report for Kazakhstan as a view and downloads it, with the overview's figures", async () => {
    const page = await openAs("analyst@demo");
    await page.getByRole("navigation").getByRole("link", { name: "Отчёт", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Отчёт для руководства" }).waitFor();
    const year = await page.getByLabel("Год", { exact: true }).inputValue();
    await page.getByLabel("Квартал", { exact: true }).selectOption({ label: "III квартал" });
    await page.getByLabel("Страна", { exact: true }).selectOption({ label: "Республика Казахстан" });
    await page.waitForURL((url) => url.searchParams.get("n") === "3" && url.searchParams.get("country") === "KZ");
    const heading = page.getByRole("heading", {
      level: 2,
      name: /Международное и межрегиональное сотрудничество за III квартал/,
    });
    await heading.waitFor();
    await page.getByText("Таблица 1. Основные показатели в сравнении с прошлым годом").waitFor();
    await snap(page, "reports-01-quarter-kz-1440");

    // The analyst keeps this report as a view of their own, and comes back to it from the sidebar.
    const sidebar = page.getByRole("navigation", { name: "Разделы" });
    const viewName = `Отчёт по Казахстану, III квартал ${year}`;
    await sidebar.getByRole("button", { name: "Сохранить вид" }).click();
    const dialog = page.getByRole("dialog", { name: "Сохранить вид" });
    await dialog.getByLabel("Название").fill(viewName);
    await dialog.getByRole("button", { name: "Сохранить", exact: true }).click();
    await dialog.waitFor({ state: "hidden" });
    await sidebar.getByRole("link", { name: "Обзор" }).click();
    await page.waitForURL((url) => url.pathname === "/");
    await sidebar.getByRole("link", { name: viewName }).click();
    await page.waitForURL((url) => url.pathname === "/reports" && url.searchParams.get("n") === "3" && url.searchParams.get("country") === "KZ");
    await heading.waitFor();

    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Скачать DOCX" }).click();
    const download = await downloading;
    // The Russian name (filename*), which browsers prefer to the ASCII one.
    expect(download.suggestedFilename()).toBe(`Отчёт ${year}-Q3.docx`);
    const { paragraphs, cells } = await documentText(await buffer(await download.createReadStream()));

    const from = `${year}-07-01`;
    const to = `${year}-09-30`;
    const c = await callersOf(atlas);
    const home = await atlas.db.prisma.partner.findFirst({
      where: { isHome: true, deletedAt: null },
      select: { name: true },
    });
    const overview = await c.viewer.dashboard.summary({
      filter: { countryCodes: ["KZ"], from, to },
    });
    expect(paragraphs[0]).toBe(`${home!.name}. Международное и межрегиональное сотрудничество за III\u00a0квартал ${year}\u00a0г.`);
    expect(paragraphs[1]).toBe(`1\u00a0июля – 30\u00a0сентября ${year}\u00a0г.`);
    // The page shows the same heading.
    await expect(heading.textContent()).resolves.toContain(home!.name);

    const after = (label: string, count: number) => cells.slice(cells.indexOf(label) + 1, cells.indexOf(label) + 1 + count);
    const number = (n: number) => new Intl.NumberFormat("ru-RU", { useGrouping: "always" }).format(n).replace(/\s/g, "\u00a0");
    expect(after("Активные партнёры (контакты за 12 месяцев)", 1)).toEqual([number(overview.keyFigures.activePartners)]);
    expect(after("Мероприятия в ближайшие 90 дней", 1)).toEqual([number(overview.keyFigures.eventsNext90Days)]);
    expect(after("Просроченные поручения", 1)).toEqual([number(overview.keyFigures.overdueFollowUps)]);
    const kz = overview.byCountry.find((row) => row.countryIsoCode === "KZ");
    expect(kz && kz.interactions > 0).toBe(true);
    expect(after("Республика Казахстан", 3)).toEqual([kz!.interactions, kz!.agreements, kz!.events].map(number));

    await page.emulateMedia({ media: "print" });
    await snap(page, "reports-02-print-1440");
    await page.context().close();
  });

  it("reads on a phone", async () => {
    const page = await openAs("analyst@demo", "phone");
    await page.goto("/reports?kind=QUARTER&n=3&country=KZ");
    await page.getByText("Таблица 1. Основные показатели в сравнении с прошлым годом").waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await snap(page, "reports-03-375");
    await page.context().close();
  });

  it("a viewer sees no «Отчёт»", async () => {
    const page = await openAs("viewer@demo");
    await page.getByRole("navigation").getByRole("link", { name: "Обзор", exact: true }).waitFor();
    await expect(page.getByRole("navigation").getByRole("link", { name: "Отчёт", exact: true }).count()).resolves.toBe(0);
    await page.context().close();
  });
});
