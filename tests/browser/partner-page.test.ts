// The partner dossier in Chromium on the demo data: an official opens Kazakhstan from
// the navigation and finds the case on one page, prints it as a two-page A4 briefing,
// reads it on a phone; an editor adding a person is warned about a likely duplicate.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { sharedAtlas, sharedBrowser, type SharedAtlas } from "./support/shared.ts";
import { artifactsDir, newContext, signIn, snap } from "./support/browser.ts";
import { caseIds } from "@atlas/db/seed/kazakhstan-case";

let atlas: SharedAtlas;
let browser: Browser;
let kazakhstanPath = "";

beforeAll(async () => {
  [atlas, browser] = await Promise.all([sharedAtlas(), sharedBrowser()]);
}, 180_000);

// Closes this file's contexts and its connection; the shared Chromium and server stay up.
afterAll(async () => {
  await browser?.close();
});

async function signedIn(email: string, viewport: "desktop" | "phone", path: string): Promise<Page> {
  const context = await newContext(browser, atlas.url, viewport);
  const page = await context.newPage();
  await page.goto(path);
  await page.waitForURL(/\/signin/);
  await signIn(page, email);
  await page.waitForURL((url) => url.pathname === path);
  await page.locator("[data-page-title]").first().waitFor();
  return page;
}

/** The dossier has loaded when its summary shows the agreements by stage. */
const dossierLoaded = (page: Page) => page.getByRole("region", { name: "Состояние сотрудничества" }).getByText("Соглашения по стадиям").waitFor();

describe("the partner dossier", () => {
  it("a viewer opens Kazakhstan from «Партнёры» and finds the case: Abaev, the Almaty proposal and its stage, «Горизонт 2050», the Astana stop", async () => {
    const page = await signedIn("viewer@demo", "desktop", "/");
    await page.getByRole("navigation", { name: "Разделы" }).getByRole("link", { name: "Партнёры" }).click();
    await page.waitForURL((url) => url.pathname === "/partners");
    // On a loaded machine a word typed while the page is still settling can be lost: type it
    // again until the list's address carries it (a state, not a fixed wait).
    const search = page.getByRole("searchbox", { name: "Поиск" });
    await expect
      .poll(
        async () => {
          const q = new URL(page.url()).searchParams.get("q");
          if (q !== "Казахстан" && (await search.inputValue()) !== "Казахстан") await search.fill("Казахстан");
          return q;
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBe("Казахстан");
    await page.getByRole("main").locator(".cell-title__link", { hasText: "Республика Казахстан" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Республика Казахстан" }).waitFor();
    kazakhstanPath = new URL(page.url()).pathname;
    await dossierLoaded(page);

    const main = page.getByRole("main");
    // The summary: stages, the last contact with who was there, open follow-ups.
    const summary = page.getByRole("region", { name: "Состояние сотрудничества" });
    await expect(summary.getByText("Предложение направлено").count()).resolves.toBeGreaterThan(0);
    await expect(summary.getByText(/Участники: /).count()).resolves.toBe(1);
    // Every stage with its count lies inside its tile: a long stage («Зарегистрировано в Минюсте»)
    // with its «× 2» ran past the tile's right edge and was cut off there.
    const overflowing = await summary
      .locator(".dossier-stages li")
      .evaluateAll((items) =>
        items
          .filter((li) => [...li.children].some((c) => c.getBoundingClientRect().right > li.closest(".dossier-tile")!.getBoundingClientRect().right + 0.5))
          .map((li) => li.textContent),
      );
    expect(overflowing).toEqual([]);

    // The proposal to Almaty Oblast, with its stage next to it.
    const agreements = page.getByRole("region", { name: "Соглашения и предложения" });
    const proposal = agreements.getByRole("listitem").filter({ hasText: "Предложение о сотрудничестве Вологодской области и Алматинской области" });
    await expect(proposal.count()).resolves.toBe(1);
    await expect(proposal.getByText("Предложение направлено").isVisible()).resolves.toBe(true);
    await expect(proposal.getByRole("link", { name: "Алматинская область" }).isVisible()).resolves.toBe(true);

    // The ambassador's visit among the contacts with Kazakhstan itself, Abaev on their side.
    const contacts = page.getByRole("region", { name: "История контактов" });
    const visit = contacts.getByRole("listitem").filter({ hasText: "Рабочий визит Посла Республики Казахстан Даурена Абаева" });
    await expect(visit.getByText("Даурен Абаев").count()).resolves.toBeGreaterThan(0);
    // The release says «в ноябре 2024 года»: the visit is the month, with no invented day.
    await expect(visit.getByText(/ноябрь 2024 г\./).count()).resolves.toBe(1);
    await expect(visit.getByText(/\d{2}\.11\.2024/).count()).resolves.toBe(0);
    await expect(page.getByRole("region", { name: "Люди" }).getByRole("link", { name: "Даурен Абаев" }).isVisible()).resolves.toBe(true);

    // The forum and the Astana stop of the tour.
    const events = page.getByRole("region", { name: "События" });
    await expect(events.getByRole("link", { name: /Горизонт 2050/ }).isVisible()).resolves.toBe(true);
    const tour = events.getByRole("listitem").filter({ hasText: "Новогодний зарубежный тур Деда Мороза" });
    await expect(tour.getByText(/Остановка тура: Астана, декабрь 2024 г\./).isVisible()).resolves.toBe(true);

    // Almaty Oblast among the partners within, with its activity.
    const children = page.getByRole("region", { name: "Входящие партнёры" });
    await expect(children.getByRole("link", { name: /Алматинская область.*соглашений: 1/ }).isVisible()).resolves.toBe(true);
    await expect(main.getByRole("button", { name: "Печать справки" }).isVisible()).resolves.toBe(true);
    await snap(page, "partner-page-kazakhstan-1440");

    // A link in the dossier leads to the record.
    await proposal.getByRole("link", { name: /Предложение о сотрудничестве/ }).click();
    await page.waitForURL(/\/agreements\//);
    await page.goBack();
    await dossierLoaded(page);

    // The printed briefing: no navigation, no buttons, a header with the name and date, at most two A4 pages.
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Разделы" }).isVisible()).resolves.toBe(false);
    await expect(main.getByRole("button", { name: "Печать справки" }).isVisible()).resolves.toBe(false);
    const header = page.locator(".dossier-print-header");
    await expect(header.isVisible()).resolves.toBe(true);
    await expect(header.innerText()).resolves.toMatch(/Справка о сотрудничестве[\s\S]*Республика Казахстан[\s\S]*Подготовлено \d{2}\.\d{2}\.\d{4}/);
    await snap(page, "partner-page-kazakhstan-print");
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    await page.context().close();
  }, 120_000);

  it("reads on a 375 px phone without sideways scrolling", async () => {
    const page = await signedIn("viewer@demo", "phone", kazakhstanPath || "/partners");
    if (!kazakhstanPath) throw new Error("the first journey did not find Kazakhstan's page");
    await dossierLoaded(page);
    await page
      .getByRole("region", { name: "События" })
      .getByRole("link", { name: /Горизонт 2050/ })
      .waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await snap(page, "partner-page-kazakhstan-375");
    await page.context().close();
  }, 90_000);

  it("an editor adding a person whose name looks like an existing one is offered the existing record", async () => {
    const page = await signedIn("editor@demo", "desktop", "/people/new");
    await page.getByRole("heading", { level: 1, name: "Новый человек" }).waitFor();

    // Nothing typed: the message is next to the name field, in Russian.
    await page.getByRole("button", { name: "Добавить человека" }).click();
    await expect(page.locator(".field--invalid").filter({ hasText: "Фамилия, имя, отчество" }).getByText("Заполните поле").isVisible()).resolves.toBe(true);

    // Another word order and case of an existing name.
    await page.getByLabel("Фамилия, имя, отчество").fill("абаев даурен");
    const warning = page.getByRole("status").filter({ hasText: "Похожие записи:" });
    await warning.waitFor();
    await expect(warning.getByText("Даурен Абаев").isVisible()).resolves.toBe(true);
    await expect(warning.getByText(/Посол/).isVisible()).resolves.toBe(true);
    await snap(page, "person-form-duplicate-warning");

    // "Открыть" leads to the existing record (after confirming to leave the unsaved form).
    await warning.getByRole("link", { name: "Открыть" }).click();
    await page.getByRole("button", { name: "Уйти" }).click();
    await page.getByRole("heading", { level: 1, name: "Даурен Абаев" }).waitFor();
    await expect(page.getByRole("link", { name: "Республика Казахстан" }).count()).resolves.toBeGreaterThan(0);

    // A genuinely new person is saved and shown.
    await page.goto("/people/new");
    await page.getByLabel("Фамилия, имя, отчество").fill("Жанна Тестова-Уникальная");
    await page.getByLabel("Должность").fill("Советник");
    await page.getByLabel("Электронная почта").fill("не адрес");
    await page.getByRole("button", { name: "Добавить человека" }).click();
    await expect(
      page
        .locator(".field--invalid")
        .filter({ hasText: "Электронная почта" })
        .getByText(/name@example\.ru/)
        .isVisible(),
    ).resolves.toBe(true);
    await page.getByLabel("Электронная почта").fill("zhanna@example.kz");
    await page.getByRole("button", { name: "Добавить человека" }).click();
    await page.getByRole("heading", { level: 1, name: "Жанна Тестова-Уникальная" }).waitFor();
    await expect(page.getByRole("link", { name: "zhanna@example.kz" }).isVisible()).resolves.toBe(true);
    await snap(page, "person-page-created");

    // The partner form has the same guard: another case ending of an existing region.
    await page.goto("/partners/new");
    await page.getByRole("textbox", { name: /^Название\s*\*/ }).fill("Алматинской области");
    const similarPartner = page.getByRole("status").filter({ hasText: "Похожие записи:" });
    await similarPartner.waitFor();
    await expect(similarPartner.getByText("Алматинская область", { exact: true }).isVisible()).resolves.toBe(true);
    await expect(similarPartner.getByText(/Республика Казахстан/).isVisible()).resolves.toBe(true);
    await snap(page, "partner-form-duplicate-warning");
    await page.context().close();
  }, 90_000);

  it("an editor records a person's former and current posts; the person page and the partner's dossier show both", async () => {
    const page = await signedIn("editor@demo", "desktop", "/people/new");
    // «Добавить человека» from Kazakhstan's page opens the form with the partner chosen.
    await page.goto(`/people/new?partner=${caseIds.kazakhstan}`);
    await page.getByRole("heading", { level: 1, name: "Новый человек" }).waitFor();
    await page.getByLabel("Фамилия, имя, отчество").fill("Ержанов Тестовый Постович");
    const posts = page.getByRole("group", { name: "Должности" });
    // The first row: the acting post, with both days; the end typed before the start at first.
    await posts.getByLabel("Должность").nth(0).fill("Временно исполняющий обязанности акима");
    await posts.getByLabel("Организация").nth(0).fill("Акимат Костанайской области");
    await posts.getByLabel("С какого дня").nth(0).fill("01.01.2023");
    await posts.getByLabel("По какой день").nth(0).fill("31.12.2022");
    await page.getByRole("button", { name: "Добавить человека" }).click();
    await expect(
      posts.locator(".field--invalid").filter({ hasText: "По какой день" }).getByText("Окончание не может быть раньше начала").isVisible(),
    ).resolves.toBe(true);
    await posts.getByLabel("По какой день").nth(0).fill("30.06.2024");
    // The second row: the post held now, open-ended.
    await posts.getByRole("button", { name: "Добавить должность" }).click();
    await posts.getByLabel("Должность").nth(1).fill("Аким");
    await posts.getByLabel("С какого дня").nth(1).fill("01.07.2024");
    await page.getByRole("button", { name: "Добавить человека" }).click();

    await page.getByRole("heading", { level: 1, name: "Ержанов Тестовый Постович" }).waitFor();
    const current = page.getByTestId("current-post");
    await expect(current.textContent()).resolves.toContain("Аким");
    await expect(current.textContent()).resolves.toContain("с 01.07.2024");
    const former = page.getByTestId("former-posts");
    await expect(former.textContent()).resolves.toContain("Временно исполняющий обязанности акима, Акимат Костанайской области");
    await expect(former.textContent()).resolves.toContain("01.01.2023 — 30.06.2024");
    await snap(page, "person-page-posts");

    // The form opens with both rows as saved.
    await page.getByRole("link", { name: "Изменить" }).click();
    const editPosts = page.getByRole("group", { name: "Должности" });
    await editPosts.getByLabel("Должность").nth(1).waitFor();
    await expect(editPosts.getByLabel("Должность").nth(0).inputValue()).resolves.toBe("Аким");
    await expect(editPosts.getByLabel("По какой день").nth(1).inputValue()).resolves.toBe("30.06.2024");
    await snap(page, "person-form-posts");

    // The dossier lists the person with the current post and the former one.
    await page.getByRole("button", { name: "Отмена" }).click();
    await page.getByRole("heading", { level: 1, name: "Ержанов Тестовый Постович" }).waitFor();
    await page.getByRole("main").getByRole("link", { name: "Республика Казахстан" }).first().click();
    await dossierLoaded(page);
    const listed = page.getByRole("region", { name: "Люди" }).getByRole("listitem").filter({ hasText: "Ержанов Тестовый Постович" });
    await expect(listed.textContent()).resolves.toContain("Аким");
    await expect(listed.textContent()).resolves.toContain("Прежде: Временно исполняющий обязанности акима (01.01.2023 — 30.06.2024)");
    // The «added» toast may still cover the list: left out of the picture.
    await listed.screenshot({ path: `${artifactsDir}dossier-person-former-posts.png`, animations: "disabled", style: ".toaster { display: none; }" });
    await page.context().close();
  }, 90_000);
});
