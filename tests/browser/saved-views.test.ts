// Saved views in the browser (issue 15): an analyst filters the meetings by Kazakhstan,
// saves the view as shared, finds it in the sidebar and gets the filter back from it;
// a viewer sees the shared view but cannot save one.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { sharedAtlas, sharedBrowser, type SharedAtlas } from "./support/shared.ts";
import { newContext, signIn, snap } from "./support/browser.ts";

let atlas: SharedAtlas;
let browser: Browser;
// Other files share the database and the sidebar: a name no other test's locator matches.
const viewName = `Вид KZ ${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  [atlas, browser] = await Promise.all([sharedAtlas(), sharedBrowser()]);
}, 180_000);

afterAll(async () => {
  await atlas?.db.prisma.savedView.deleteMany({ where: { name: viewName } });
  await browser?.close();
});

async function signedIn(email: string, path: string): Promise<Page> {
  const context = await newContext(browser, atlas.url, "desktop");
  const page = await context.newPage();
  await page.goto(path);
  await page.waitForURL(/\/signin/);
  await signIn(page, email);
  await page.waitForURL((url) => url.pathname === path);
  return page;
}

const sidebar = (page: Page) => page.getByRole("navigation", { name: "Разделы" });

describe("saved views", () => {
  it("an analyst saves the Kazakhstan meetings as a shared view; the sidebar link restores the filter; a viewer sees it but cannot save", async () => {
    const page = await signedIn("analyst@demo", "/meetings");
    await page.getByRole("heading", { level: 1, name: "Встречи" }).waitFor();
    await page.getByRole("search").getByLabel("Страна").selectOption({ label: "Республика Казахстан" });
    await page.waitForURL((url) => url.searchParams.get("country") === "KZ");

    await sidebar(page).getByRole("button", { name: "Сохранить вид" }).click();
    const dialog = page.getByRole("dialog", { name: "Сохранить вид" });
    await dialog.getByLabel("Название").fill(viewName);
    await dialog.getByLabel(/Общий вид/).check();
    await dialog.getByRole("button", { name: "Сохранить", exact: true }).click();
    await dialog.waitFor({ state: "hidden" });
    const link = sidebar(page).getByRole("link", { name: viewName });
    await link.waitFor();
    await expect(link.getAttribute("aria-current")).resolves.toBe("page");
    const saved = await atlas.db.prisma.savedView.findFirst({ where: { name: viewName } });
    expect(saved).toMatchObject({ shared: true, path: "/meetings?country=KZ" });
    await snap(page, "60-saved-view-sidebar", false);

    // Elsewhere, without the filter; the view brings both back.
    await sidebar(page).getByRole("link", { name: "Обзор" }).click();
    await page.waitForURL((url) => url.pathname === "/" && !url.searchParams.has("country"));
    await link.click();
    await page.waitForURL((url) => url.pathname === "/meetings" && url.searchParams.get("country") === "KZ");
    await expect(page.getByRole("search").getByLabel("Страна").inputValue()).resolves.toBe("KZ");
    await page.context().close();

    const viewer = await signedIn("viewer@demo", "/meetings");
    await viewer.getByRole("heading", { level: 1, name: "Встречи" }).waitFor();
    const shared = sidebar(viewer).getByRole("link", { name: viewName });
    await shared.waitFor();
    expect(await sidebar(viewer).getByRole("button", { name: "Сохранить вид" }).count()).toBe(0);
    await shared.click();
    await viewer.waitForURL((url) => url.pathname === "/meetings" && url.searchParams.get("country") === "KZ");
    await expect(viewer.getByRole("search").getByLabel("Страна").inputValue()).resolves.toBe("KZ");
    await viewer.context().close();
  }, 120_000);

  it("an analyst makes a calendar link for Kazakhstan, shown once, that serves iCalendar until revoked; a viewer has no such page", async () => {
    const page = await signedIn("analyst@demo", "/settings");
    await page.getByRole("heading", { level: 1, name: "Календарь и виды" }).waitFor();
    const feedName = `Календарь KZ ${randomUUID().slice(0, 8)}`;
    await page.getByLabel("Название календаря").fill(feedName);
    await page.getByRole("combobox", { name: "Страна" }).selectOption({ label: "Республика Казахстан" });
    await page.getByRole("button", { name: "Создать ссылку" }).click();
    const address = page.getByRole("textbox", { name: new RegExp(`Ссылка на календарь «${feedName}»`) });
    const url = await address.inputValue();
    expect(url).toMatch(new RegExp(`^${atlas.url}/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toMatch(/^BEGIN:VCALENDAR/);
    await snap(page, "61-calendar-link", false);

    const row = page.getByRole("row").filter({ hasText: feedName });
    await row.getByRole("button", { name: "Отозвать" }).click();
    await page.getByRole("dialog", { name: "Отозвать ссылку?" }).getByRole("button", { name: "Отозвать" }).click();
    await row.getByText(/^Отозвана/).waitFor();
    expect((await fetch(url)).status).toBe(404);
    await page.context().close();

    const viewer = await signedIn("viewer@demo", "/meetings");
    await viewer.getByRole("button", { name: /Учётная запись/ }).click();
    await viewer.getByRole("link", { name: "Сменить пароль" }).waitFor();
    expect(await viewer.getByRole("link", { name: "Календарь и виды" }).count()).toBe(0);
    await viewer.context().close();
  }, 120_000);
});
