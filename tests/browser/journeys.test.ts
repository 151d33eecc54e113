// End-to-end journeys in headless Chromium against the built client served by the real
// server with the demo data: roles in the interface, sign-out and the Back button,
// sign-in errors, administration, and the layout at 1440, 1024 and 375 px.
// Screenshots of every step land in tests/artifacts/.
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

async function openAs(email: string, viewport: "desktop" | "laptop" | "phone" = "desktop", path = "/partners"): Promise<Page> {
  const context = await newContext(browser, atlas.url, viewport);
  const page = await context.newPage();
  await page.goto(path);
  await page.waitForURL(/\/signin/);
  await signIn(page, email);
  await page.waitForURL((url) => decodeURIComponent(url.pathname + url.search) === path);
  await page.locator("[data-page-title]").first().waitFor();
  return page;
}

/** The partner's own row in the list (its name also appears as the parent of others). */
const partnerLink = (page: Page, name: string) => page.getByRole("main").locator(".cell-title__link", { hasText: name }).first();

/** Finds a partner the way a person does when the list is long: by typing in the search field. */
async function findPartner(page: Page, text: string, name: string) {
  await page.getByRole("searchbox", { name: "Поиск" }).fill(text);
  await page.waitForURL((url) => url.searchParams.get("q") === text);
  await partnerLink(page, name).waitFor();
}

describe("accounts and roles in the browser", () => {
  it("a viewer sees the partners but no editing controls, and the server refuses a direct write with 403", async () => {
    const context = await newContext(browser, atlas.url);
    const page = await context.newPage();
    await page.goto("/partners");
    // Signed out: the sign-in page, in Russian, announcing the demo accounts.
    await page.waitForURL(/\/signin\?redirect=/);
    await page.getByRole("heading", { name: "Вход в систему" }).waitFor();
    await page.getByRole("heading", { name: "Демонстрационный режим" }).waitFor();
    await snap(page, "01-sign-in-ru");

    // A demo account fills the form.
    await page.getByRole("button", { name: /Наблюдатель: viewer@demo/ }).click();
    await expect(page.locator('input[name="email"]').inputValue()).resolves.toBe("viewer@demo");
    await page.getByRole("button", { name: "Войти", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/partners");

    await page.getByText(/Показано 50 из \d+/).waitFor();
    await expect(page.getByRole("button", { name: "Показать ещё" }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("link", { name: "Добавить партнёра" }).count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: "Наблюдатель" }).count()).resolves.toBe(0);
    await expect(page.getByRole("navigation", { name: "Разделы" }).getByRole("link", { name: "Пользователи" }).count()).resolves.toBe(0);
    await snap(page, "02-viewer-partners", false);
    await page.getByRole("button", { name: "Показать ещё" }).click();
    await page.getByText(/Показано 100 из \d+/).waitFor();

    await findPartner(page, "Казахстан", "Республика Казахстан");
    await snap(page, "02b-viewer-search-kazakhstan");
    await partnerLink(page, "Республика Казахстан").click();
    await page.getByRole("heading", { level: 1, name: "Республика Казахстан" }).waitFor();
    await page
      .getByRole("link", { name: /Алматинская область/ })
      .first()
      .waitFor();
    await expect(page.getByRole("link", { name: "Изменить" }).count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: "Удалить" }).count()).resolves.toBe(0);
    await snap(page, "03-viewer-kazakhstan");

    // The server does not rely on hidden buttons: a hand-made write from this page is refused.
    const status = await page.evaluate(async () => {
      const res = await fetch("/trpc/meeting.create", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ title: "Попытка", startsAt: new Date().toISOString() }),
      });
      return res.status;
    });
    expect(status).toBe(403);
    const partnerStatus = await page.evaluate(async () => {
      const res = await fetch("/trpc/partner.create", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: "Не должен появиться", level: "CITY" }),
      });
      return res.status;
    });
    expect(partnerStatus).toBe(403);
    await context.close();
  }, 90_000);

  it("an editor opens Kazakhstan, signs out, presses Back and sees the sign-in page, not the data", async () => {
    const page = await openAs("editor@demo");
    // Neither the pages nor the API answers are kept by the browser's cache.
    const html = await page.request.get("/partners");
    expect(html.headers()["cache-control"]).toContain("no-store");
    await page.getByRole("link", { name: "Добавить партнёра" }).waitFor();
    await findPartner(page, "Казахстан", "Республика Казахстан");
    await partnerLink(page, "Республика Казахстан").click();
    await page.getByRole("heading", { level: 1, name: "Республика Казахстан" }).waitFor();
    await page.getByRole("link", { name: "Изменить" }).waitFor();
    // Deleting is for administrators only.
    await expect(page.getByRole("button", { name: "Удалить" }).count()).resolves.toBe(0);
    await snap(page, "04-editor-kazakhstan");

    await page.getByRole("button", { name: /Учётная запись/ }).click();
    await snap(page, "05-user-menu", false);
    await page.getByRole("button", { name: "Выйти" }).click();
    await page.waitForURL(/\/signin/);
    await page.getByText("Вы вышли из системы.").waitFor();

    await page.goBack();
    await page.waitForURL(/\/signin\?redirect=/);
    await page.getByRole("heading", { name: "Вход в систему" }).waitFor();
    await expect(page.getByText("Республика Казахстан").count()).resolves.toBe(0);
    await expect(page.getByText("Алматинская область").count()).resolves.toBe(0);
    // Nor does the API answer without the session.
    const me = await page.evaluate(async () => (await fetch("/trpc/partner.list")).status);
    expect(me).toBe(401);
    await snap(page, "06-after-sign-out-back");
    await page.context().close();
  }, 90_000);

  it("a wrong sign-in gets Russian messages next to the fields and in the form", async () => {
    const context = await newContext(browser, atlas.url);
    const page = await context.newPage();
    await page.goto("/signin");
    await page.getByRole("button", { name: "Войти", exact: true }).click();
    await page.getByText("Укажите адрес электронной почты").waitFor();
    await page.getByText("Введите пароль").waitFor();
    await expect(page.locator('input[name="email"]').getAttribute("aria-invalid")).resolves.toBe("true");
    await snap(page, "07-sign-in-empty");

    await signIn(page, "editor@demo", "не-тот-пароль");
    await page.getByText("Неверный адрес электронной почты или пароль").waitFor();
    await snap(page, "08-sign-in-wrong-password");
    await context.close();
  }, 60_000);

  it("an editor gets the server's field error next to the field, in a form that keeps the input", async () => {
    const page = await openAs("editor@demo", "desktop", "/partners/new");
    await page.locator('input[name="name"]').fill("Республика Проверка");
    await page.locator('select[name="level"]').selectOption("COUNTRY");
    await page.locator('input[name="isoCode"]').fill("KZ-19");
    await page.getByRole("button", { name: "Добавить партнёра" }).click();
    await page.getByText("Для страны код ISO из двух букв (KZ)").waitFor();
    await expect(page.locator('input[name="isoCode"]').getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(page.locator('input[name="name"]').inputValue()).resolves.toBe("Республика Проверка");
    await snap(page, "09-partner-form-server-error");
    await page.context().close();
  }, 60_000);

  it("the admin adds a partner, deletes it after confirming, and is told why Kazakhstan cannot be deleted", async () => {
    const page = await openAs("admin@demo", "desktop", "/partners/new");
    await page.locator('input[name="name"]').fill("Город Проверочный");
    await page.locator('select[name="level"]').selectOption("CITY");
    await page.locator('input[name="latitude"]').fill("43,25");
    await page.locator('input[name="longitude"]').fill("76,95");
    await page.getByRole("button", { name: "Добавить партнёра" }).click();
    await page.getByRole("heading", { level: 1, name: "Город Проверочный" }).waitFor();
    await page.getByText("Партнёр «Город Проверочный» добавлен.").waitFor();
    await page.getByText("43,25° с. ш., 76,95° в. д.").waitFor();

    await page.getByRole("button", { name: "Удалить" }).click();
    const dialog = page.getByRole("dialog", { name: "Удалить партнёра?" });
    await dialog.waitFor();
    await snap(page, "09a-delete-confirmation", false);
    await dialog.getByRole("button", { name: "Удалить" }).click();
    await page.waitForURL((url) => url.pathname === "/partners");
    await page.getByText("Партнёр «Город Проверочный» удалён.").waitFor();

    await page.goto("/partners?q=Казахстан&level=COUNTRY");
    await partnerLink(page, "Республика Казахстан").click();
    await page.getByRole("button", { name: "Удалить" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Удалить" }).click();
    await page
      .getByRole("dialog")
      .getByText(/входящие в него партнёры/)
      .waitFor();
    await snap(page, "09b-delete-refused", false);
    await page.getByRole("dialog").getByRole("button", { name: "Отмена" }).click();
    await page.getByRole("heading", { level: 1, name: "Республика Казахстан" }).waitFor();
    await page.context().close();
  }, 60_000);

  it("the admin opens Пользователи and sees accounts and the sign-in log", async () => {
    const page = await openAs("admin@demo");
    await page.getByRole("navigation", { name: "Разделы" }).getByRole("link", { name: "Пользователи" }).click();
    await page.waitForURL(/\/admin\/users$/);
    await page.getByRole("heading", { level: 1, name: "Пользователи" }).waitFor();
    for (const email of ["viewer@demo", "analyst@demo", "editor@demo", "admin@demo"]) {
      await page.getByRole("main").getByText(email, { exact: true }).first().waitFor();
    }
    await page.getByRole("heading", { name: "Входы в систему" }).waitFor();
    await page.getByText("неверный пароль").first().waitFor();
    await snap(page, "10-admin-users");

    await page.getByRole("button", { name: "Добавить пользователя" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Добавить пользователя" }).click();
    await page.getByRole("dialog").getByText("Пароль не короче 10 символов").waitFor();
    await snap(page, "11-admin-create-user-errors", false);
    await page.context().close();
  }, 60_000);

  it("the admin creates a user, changes the role and resets the password; the user must choose a new one", async () => {
    const email = "irina.petrova@mid.test";
    const admin = await openAs("admin@demo", "desktop", "/admin/users");
    await admin.getByRole("button", { name: "Добавить пользователя" }).click();
    const create = admin.getByRole("dialog");
    await create.locator('input[name="email"]').fill(email);
    await create.locator('input[name="name"]').fill("Ирина Петрова");
    await create.locator('select[name="role"]').selectOption("VIEWER");
    await create.locator('input[name="password"]').fill("Начальный-пароль-1");
    await create.getByRole("button", { name: "Добавить пользователя" }).click();
    await admin.getByText(`Пользователь ${email} создан.`).waitFor();
    const row = admin.getByRole("row").filter({ hasText: email });
    await row.getByText("Ждёт смены").waitFor();

    await row.getByRole("button", { name: "Изменить" }).click();
    await admin.getByRole("dialog").locator('select[name="role"]').selectOption("EDITOR");
    await admin.getByRole("dialog").getByRole("button", { name: "Сохранить" }).click();
    await row.getByText("Редактор", { exact: true }).waitFor();

    await row.getByRole("button", { name: "Сбросить пароль" }).click();
    await admin.getByRole("dialog").getByRole("button", { name: "Сбросить пароль" }).click();
    const secret = admin.getByTestId("temporary-password");
    await secret.waitFor();
    const temporary = (await secret.textContent())?.trim() ?? "";
    expect(temporary.length).toBeGreaterThanOrEqual(10);
    await snap(admin, "11a-admin-temporary-password", false);
    await admin.getByRole("button", { name: "Пароль передан" }).click();
    await expect(secret.count()).resolves.toBe(0);
    await admin.context().close();

    // The user signs in with the temporary password and must replace it before anything else.
    const user = await (await newContext(browser, atlas.url)).newPage();
    await user.goto("/partners");
    await user.waitForURL(/\/signin/);
    await signIn(user, email, temporary);
    await user.waitForURL(/\/change-password/);
    await user.getByText("Вам выдан временный пароль").waitFor();
    await snap(user, "11b-forced-password-change");
    await user.locator('input[name="currentPassword"]').fill(temporary);
    await user.locator('input[name="newPassword"]').fill("Вологда-Астана-2050");
    await user.locator('input[name="repeat"]').fill("Вологда-Астана-2050");
    await user.getByRole("button", { name: "Сменить пароль" }).click();
    await user.waitForURL((url) => url.pathname === "/partners");
    await user.getByText("Пароль изменён.").waitFor();
    // The new role applies: an editor may add partners.
    await user.getByRole("link", { name: "Добавить партнёра" }).waitFor();
    await user.context().close();
  }, 90_000);

  it("a viewer filters to nothing and gets an empty state; an unknown partner gets a clear message", async () => {
    const page = await openAs("viewer@demo", "desktop", "/partners?q=Атлантида");
    await page.getByRole("heading", { name: "Ничего не найдено" }).waitFor();
    await snap(page, "12-partners-empty");

    // No connection to the server: an explanation and a way to try again, never a blank page.
    await page.route(/\/trpc\/[^?]*partner\.list/, (route) => route.abort("connectionrefused"));
    await page.goto("/partners");
    await page.getByText("Нет связи с сервером. Проверьте подключение и повторите.").waitFor({ timeout: 15_000 });
    await snap(page, "13a-partners-offline");
    await page.unroute(/\/trpc\/[^?]*partner\.list/);
    await page.getByRole("button", { name: "Повторить" }).click();
    await page.getByText(/Показано 50 из \d+/).waitFor();

    await page.goto("/partners/00000000-0000-4000-8000-000000000000");
    await page.getByRole("heading", { name: "Партнёр не найден" }).waitFor();
    await snap(page, "13-partner-not-found");
    await page.context().close();
  }, 60_000);

  it("Партнёры and Проекты filter by country from the filter bar, and Экспорт says why it has no sector", async () => {
    const page = await openAs("viewer@demo", "desktop", "/partners");
    await page.getByRole("search").getByLabel("Страна").selectOption({ label: "Республика Казахстан" });
    await page.waitForURL((url) => url.searchParams.get("country") === "KZ");
    await partnerLink(page, "Алматинская область").waitFor();
    await expect.poll(() => page.getByRole("main").locator(".cell-title__link", { hasText: "Минская область" }).count()).toBe(0);

    await page.goto("/projects");
    await page.getByRole("search").getByLabel("Страна").selectOption({ label: "Республика Казахстан" });
    await page.waitForURL((url) => url.searchParams.get("country") === "KZ");
    await page.getByRole("link", { name: "Совместное лесопромышленное производство с казахстанским участием" }).waitFor();
    await page.getByRole("search").getByLabel("Отрасль").waitFor();

    await page.goto("/exports");
    await page.getByText("Фильтра по отрасли здесь нет: экспорт учитывается по товарным категориям, а не по отраслям.").waitFor();
    await page.context().close();
  }, 60_000);

  it("an unknown address and a page the role may not open keep the sidebar and the header", async () => {
    const page = await openAs("viewer@demo", "desktop", "/partners");
    const shellIsThere = async () => {
      await page.getByRole("navigation").getByRole("link", { name: "Партнёры" }).waitFor();
      await page
        .getByRole("banner")
        .getByRole("button", { name: /Демо: просмотр/ })
        .waitFor();
    };
    await page.goto("/nope/deeper");
    await page.getByRole("heading", { name: "Страница не найдена" }).waitFor();
    await shellIsThere();
    await snap(page, "13b-not-found-in-shell");

    await page.goto("/admin/users");
    await page.getByRole("heading", { name: "Недостаточно прав" }).waitFor();
    await shellIsThere();
    await snap(page, "13c-forbidden-in-shell");
    await page.context().close();
  }, 60_000);

  it("stays readable at 1024 and 375 px; the navigation collapses into a menu", async () => {
    const laptop = await openAs("admin@demo", "laptop");
    await laptop.getByText(/Показано 50 из \d+/).waitFor();
    await snap(laptop, "14-partners-1024", false);
    await laptop.context().close();

    const signInPage = await (await newContext(browser, atlas.url, "phone")).newPage();
    await signInPage.goto("/signin");
    await signInPage.getByRole("heading", { name: "Демонстрационный режим" }).waitFor();
    await snap(signInPage, "15a-sign-in-375");
    await signInPage.context().close();

    const phone = await openAs("admin@demo", "phone");
    await phone.getByText(/Показано 50 из \d+/).waitFor();
    // The sidebar is off screen until the menu button opens it.
    await expect(phone.getByRole("navigation", { name: "Разделы" }).isVisible()).resolves.toBe(false);
    await snap(phone, "15-partners-375", false);
    const overflow = Number(await phone.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth"));
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.getByRole("button", { name: "Открыть меню" }).click();
    await phone.getByRole("navigation", { name: "Разделы" }).getByRole("link", { name: "Пользователи" }).waitFor({ state: "visible" });
    await snap(phone, "16-menu-375", false);
    await phone.getByRole("navigation", { name: "Разделы" }).getByRole("link", { name: "Пользователи" }).click();
    await phone.getByRole("heading", { level: 1, name: "Пользователи" }).waitFor();
    // Following a link closes the menu.
    await phone.getByRole("navigation", { name: "Разделы" }).waitFor({ state: "hidden" });
    await snap(phone, "17-users-375", false);

    await phone.goto("/partners?q=Казахстан");
    await partnerLink(phone, "Республика Казахстан").click();
    await phone.getByRole("heading", { level: 1, name: "Республика Казахстан" }).waitFor();
    await snap(phone, "18-kazakhstan-375");
    await phone.context().close();
  }, 90_000);

  it("switches to English and keeps the choice", async () => {
    const page = await openAs("viewer@demo");
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "Partners" }).waitFor();
    await expect(page.evaluate("document.documentElement.lang")).resolves.toBe("en");
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Partners" }).waitFor();
    await snap(page, "19-partners-en", false);
    await page.getByRole("button", { name: "Русский" }).click();
    await page.getByRole("heading", { level: 1, name: "Партнёры" }).waitFor();
    await page.context().close();
  }, 60_000);

  // The lockout counts failures per address, and the shared server serves every browser
  // file from 127.0.0.1: this profile comes from an address of its own (the server trusts
  // 127.0.0.1 as its proxy), so the lock it provokes keeps no other test out.
  it("after too many wrong passwords the sign-in page says how long to wait", async () => {
    const context = await newContext(browser, atlas.url, "desktop", "Europe/Moscow", { "X-Forwarded-For": "203.0.113.10" });
    const page = await context.newPage();
    await page.goto("/signin");
    for (let i = 0; i < 12; i++) {
      // A different (unknown) account each time: one account's wrong passwords only bring
      // waits of a few seconds; the address's limit is the one that lasts minutes.
      await signIn(page, `guess-${i}@demo`, `неверно-${i}`);
      await page.locator(".alert--error").first().waitFor();
      if (await page.getByText(/Слишком много неудачных попыток/).count()) break;
    }
    await page.getByText(/Слишком много неудачных попыток\. Повторите через \d+ (минут|минуты|минуту|секунд)/).waitFor();
    await expect(page.getByRole("button", { name: "Войти", exact: true }).isDisabled()).resolves.toBe(true);
    await snap(page, "20-sign-in-locked");
    await context.close();
  }, 90_000);
});
