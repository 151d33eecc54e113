// Events and projects in headless Chromium against the built client and the demo data:
// an editor plans a three-stop tour with the keyboard (adding, picking partners,
// reordering), the form's messages land next to the stop they concern and keep the
// input, the saved tour shows its route in order; a project gets two candidate sites
// and one is chosen. Screenshots at 1440 and 375 px land in tests/artifacts/.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import { sharedAtlas, sharedBrowser, type SharedAtlas } from "./support/shared.ts";
import { newContext, signIn, snap } from "./support/browser.ts";

let atlas: SharedAtlas;
let browser: Browser;

// Next December, so the tour is always upcoming whenever the suite runs.
const year = new Date().getUTCFullYear() + 1;
const dec = (day: number) => `${year}-12-${String(day).padStart(2, "0")}`;
/** A day as people type it and the day fields show it: 01.12.2027. */
const typed = (iso: string) => iso.split("-").reverse().join(".");
const tourTitle = `Новогодний тур Деда Мороза ${year}`;
const projectTitle = "Совместное деревообрабатывающее производство";

let tourPath = "";
let current: Page | null = null;
let projectPath = "";

beforeAll(async () => {
  [atlas, browser] = await Promise.all([sharedAtlas(), sharedBrowser()]);
}, 180_000);

// What the page showed when a step failed.
afterEach(async (context) => {
  if (context.task.result?.state === "fail" && current && !current.isClosed())
    await snap(current, `events-failed-${context.task.name.slice(0, 20).replace(/\W+/g, "-")}`).catch(() => undefined);
  current = null;
});

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
  await page.waitForURL((url) => decodeURIComponent(url.pathname + url.search) === path);
  await page.locator("[data-page-title]").first().waitFor();
  // A step that fails says which one, well before the test's own time limit.
  page.setDefaultTimeout(10_000);
  current = page;
  return page;
}

const input = (page: Page, name: string) => page.locator(`[name="${name}"]`);
/** The message under a field: the .field that holds the control. */
const fieldError = (page: Page, name: string) => page.locator(".field", { has: input(page, name) }).locator(".field__error");
const activeName = (page: Page) => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? "");

/** Types into the partner type-ahead and picks `name` with ↓ and Enter. */
async function pickPartner(page: Page, box: Locator, text: string, name: string) {
  await box.focus();
  await page.keyboard.type(text);
  const listId = await box.getAttribute("aria-controls");
  const list = page.locator(`[id="${listId}"]`);
  // The options for the text as typed (not those of a shorter prefix still on screen).
  await expect.poll(() => list.getAttribute("aria-busy")).toBeNull();
  await list
    .getByRole("option", { name: new RegExp(`^${name}`) })
    .first()
    .waitFor();
  for (let i = 0; i < 12; i++) {
    const active = await box.getAttribute("aria-activedescendant");
    const text_ = active ? await page.locator(`[id="${active}"]`).innerText() : "";
    if (text_.startsWith(name)) break;
    await page.keyboard.press("ArrowDown");
  }
  await page.keyboard.press("Enter");
  await expect.poll(() => box.inputValue()).toBe(name);
}

describe("events: a tour with its route", () => {
  it("an editor plans a three-stop tour with the keyboard, sees messages next to the stop, reorders and saves", { timeout: 150_000 }, async () => {
    const page = await openAs("editor@demo", "/events/new?tour=true");
    await page.getByRole("heading", { level: 1, name: "Новое мероприятие" }).waitFor();
    await expect(page.getByRole("radio", { name: "Тур с остановками" }).isChecked()).resolves.toBe(true);
    // A single event needs its kind; nothing filled gives plain Russian messages next to the fields.
    await page.getByRole("radio", { name: "Одно мероприятие" }).check();
    await page.getByRole("button", { name: "Добавить мероприятие" }).click();
    await expect(fieldError(page, "title").innerText()).resolves.toBe("Заполните поле");
    await expect(fieldError(page, "kind").innerText()).resolves.toBe("Выберите вид мероприятия");
    await expect(fieldError(page, "startsAt").innerText()).resolves.toBe("Укажите дату");
    await page.getByRole("radio", { name: "Тур с остановками" }).check();
    await expect(input(page, "kind").count()).resolves.toBe(0);

    await input(page, "title").focus();
    await page.keyboard.type(tourTitle);
    await input(page, "startsAt").fill(typed(dec(1)));
    // The end before the start: refused with a message next to "Окончание тура".
    await input(page, "endsAt").fill(`20.11.${year}`);
    await input(page, "place").fill("Великий Устюг — Вологда — Астана — Алматы");

    // Stop 1 is there already; the partner comes from the type-ahead.
    await input(page, "stops.0.place").focus();
    await page.keyboard.type("Вологда");
    await pickPartner(page, input(page, "stops.0.partnerId"), "Вологод", "Вологодская область");
    await input(page, "stops.0.date").fill(typed(dec(1)));

    // "Добавить остановку" with Enter: the new stop's place gets the focus.
    await page.getByRole("button", { name: "Добавить остановку" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => activeName(page)).toBe("stops.1.place");
    await page.keyboard.type("Алматы");
    await pickPartner(page, input(page, "stops.1.partnerId"), "Алмат", "Алматинская область");
    await input(page, "stops.1.date").fill(typed(dec(15)));

    await page.getByRole("button", { name: "Добавить остановку" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => activeName(page)).toBe("stops.2.place");
    await page.keyboard.type("Астана");
    await pickPartner(page, input(page, "stops.2.partnerId"), "Астан", "Астана");
    await input(page, "stops.2.date").fill(typed(dec(10)));

    // Save with Enter from the title: the shared schema finds the problems before anything is sent.
    await input(page, "title").focus();
    await page.keyboard.press("Enter");
    await expect(fieldError(page, "endsAt").innerText()).resolves.toContain("Окончание не может быть раньше начала");
    // Astana (stop 3) is dated before Almaty (stop 2): the message stands at stop 3's date, and the input stays.
    await fieldError(page, "stops.2.date").waitFor();
    await expect(fieldError(page, "stops.2.date").innerText()).resolves.toContain("Дата остановки раньше даты предыдущей");
    await expect(input(page, "stops.2.date").getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(input(page, "stops.2.date").inputValue()).resolves.toBe(typed(dec(10)));
    await expect(input(page, "stops.2.place").inputValue()).resolves.toBe("Астана");
    await expect(page.locator(".alert--error").first().innerText()).resolves.toContain("Проверьте выделенные поля");
    await expect(page.url()).toContain("/events/new");
    await snap(page, "events-01-tour-form-errors");

    // Fix the end, and move Astana up with the keyboard: the focus follows the moved stop.
    await input(page, "endsAt").fill(typed(dec(20)));
    await page.getByRole("button", { name: "Переместить выше: Астана" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => input(page, "stops.1.place").inputValue()).toBe("Астана");
    await expect(input(page, "stops.2.place").inputValue()).resolves.toBe("Алматы");
    await expect(input(page, "stops.1.partnerId").inputValue()).resolves.toBe("Астана");
    await expect(input(page, "stops.2.partnerId").inputValue()).resolves.toBe("Алматинская область");
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "")).toBe("Переместить выше: Астана");
    await expect(page.locator(".visually-hidden[aria-live]").filter({ hasText: "теперь на месте 2" }).count()).resolves.toBe(1);

    // A stop after the tour's end: the message is next to that stop's date, the typed date stays.
    await input(page, "stops.2.date").fill(typed(dec(25)));
    await page.getByRole("button", { name: "Добавить тур" }).focus();
    await page.keyboard.press("Enter");
    await fieldError(page, "stops.2.date").waitFor();
    await expect(fieldError(page, "stops.2.date").innerText()).resolves.toBe(`Дата остановки вне сроков тура (${typed(dec(1))} — ${typed(dec(20))})`);
    await expect(input(page, "stops.2.date").inputValue()).resolves.toBe(typed(dec(25)));
    await expect(fieldError(page, "stops.1.date").count()).resolves.toBe(0);
    await expect(fieldError(page, "endsAt").count()).resolves.toBe(0);
    await snap(page, "events-02-tour-form-stop-error");

    await input(page, "stops.2.date").fill(typed(dec(15)));
    await page.getByRole("button", { name: "Добавить тур" }).focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/events\/[0-9a-f-]{36}$/);
    tourPath = new URL(page.url()).pathname;

    // The detail page: the route in order, each stop with its date and partner.
    await page.getByRole("heading", { level: 1, name: tourTitle }).waitFor();
    const stops = page.getByRole("list", { name: "Маршрут тура" }).getByRole("listitem");
    await expect(stops.count()).resolves.toBe(3);
    const texts = await stops.allInnerTexts();
    expect(texts[0]).toContain("Вологда");
    expect(texts[0]).toContain("1 декабря");
    expect(texts[0]).toContain("Вологодская область");
    expect(texts[1]).toContain("Астана");
    expect(texts[1]).toContain("10 декабря");
    expect(texts[2]).toContain("Алматы");
    expect(texts[2]).toContain("15 декабря");
    expect(texts[2]).toContain("Алматинская область");
    await stops.nth(1).getByRole("link", { name: "Астана" }).waitFor();
    await page.getByText(`1 декабря ${year} г. — 20 декабря ${year} г.`).first().waitFor();
    await snap(page, "events-03-tour-detail");

    // What the server stored, in route order.
    const stored = await atlas.db.prisma.event.findFirstOrThrow({
      where: { title: tourTitle },
      select: { kind: true, stops: { orderBy: { position: "asc" }, select: { place: true } } },
    });
    expect(stored.kind).toBe("TOUR");
    expect(stored.stops.map((s) => s.place)).toEqual(["Вологда", "Астана", "Алматы"]);

    // Editing: the form opens with the route as saved; a changed stop place is stored in place.
    await page.getByRole("link", { name: "Изменить" }).click();
    await page.getByRole("heading", { level: 1, name: "Изменение мероприятия" }).waitFor();
    await expect(input(page, "stops.1.place").inputValue()).resolves.toBe("Астана");
    await expect(input(page, "stops.1.partnerId").inputValue()).resolves.toBe("Астана");
    await expect(input(page, "stops.2.date").inputValue()).resolves.toBe(typed(dec(15)));
    await input(page, "stops.2.place").fill("Алматы (Медеу)");
    await page.getByRole("button", { name: "Сохранить изменения" }).click();
    await page.waitForURL((url) => url.pathname === tourPath);
    await page.getByRole("list", { name: "Маршрут тура" }).getByText("Алматы (Медеу)").waitFor();

    // The list of upcoming events has it, with its route.
    await page.getByRole("navigation", { name: "Разделы" }).getByRole("link", { name: "Мероприятия" }).click();
    await page.waitForURL((url) => url.pathname === "/events");
    const row = page.getByRole("row", { name: new RegExp(tourTitle) });
    await row.waitFor();
    await expect(row.innerText()).resolves.toContain("Вологда → Астана → Алматы");
    await expect(row.innerText()).resolves.toContain("3 остановки");
    // The shared filter's text search, then "Прошедшие": a tour that is still ahead is not there.
    await page.getByRole("searchbox", { name: "Поиск" }).fill("Деда Мороза");
    await page.waitForURL((url) => url.searchParams.get("q") === "Деда Мороза");
    await row.waitFor();
    await page.getByRole("button", { name: "Прошедшие" }).click();
    await page.waitForURL((url) => url.searchParams.get("when") === "past");
    // The demo's 2024 tour of Ded Moroz is in the past.
    await page.getByRole("row", { name: /Новогодний зарубежный тур Деда Мороза/ }).waitFor();
    await expect(page.getByRole("row", { name: new RegExp(tourTitle) }).count()).resolves.toBe(0);
    await page.getByRole("button", { name: "Предстоящие" }).click();
    await page.waitForURL((url) => !url.searchParams.has("when"));
    await row.waitFor();
    await expect(page.getByRole("row", { name: /Новогодний зарубежный тур Деда Мороза/ }).count()).resolves.toBe(0);
    await page.getByRole("searchbox", { name: "Поиск" }).fill("");
    await page.waitForURL((url) => !url.searchParams.has("q"));
    await snap(page, "events-04-list");
    await page.context().close();
  });
});

describe("events: a tour as a release reports it", () => {
  it("an editor enters a December tour of 10 stops, 9 without a date; the stops keep their order and no day is invented", { timeout: 150_000 }, async () => {
    const page = await openAs("editor@demo", "/events/new?tour=true");
    await page.getByRole("heading", { level: 1, name: "Новое мероприятие" }).waitFor();
    const title = `Зарубежный тур Деда Мороза ${year}: десять остановок`;
    await input(page, "title").fill(title);
    // «В декабре»: the tour is known to the month, not to a day.
    await input(page, "startsAtPrecision").selectOption("MONTH");
    await input(page, "startsAtMonth").selectOption("12");
    await input(page, "startsAtYear").fill(String(year));
    // «Посетит 9 стран» before Astana: nine stops with no date, Astana on the 20th.
    const places = ["Минск", "Ереван", "Баку", "Бишкек", "Душанбе", "Ташкент", "Кишинёв", "Тбилиси", "Ашхабад", "Астана"];
    for (const [i, place] of places.entries()) {
      if (i > 0) {
        await page.getByRole("button", { name: "Добавить остановку" }).click();
        await input(page, `stops.${i}.place`).waitFor();
      }
      await input(page, `stops.${i}.place`).fill(place);
    }
    await input(page, "stops.9.date").fill(`20.12.${year}`);
    await page.getByRole("button", { name: "Добавить тур" }).click();
    await page.waitForURL(/\/events\/[0-9a-f-]{36}$/);
    await page.getByRole("heading", { level: 1, name: title }).waitFor();

    const stops = page.getByRole("list", { name: "Маршрут тура" }).getByRole("listitem");
    await expect.poll(() => stops.count()).toBe(10);
    const texts = await stops.allInnerTexts();
    places.forEach((place, i) => expect(texts[i]).toContain(place));
    for (const text of texts.slice(0, 9)) expect(text).toContain("дата неизвестна");
    expect(texts[9]).toContain("20 декабря");
    // The tour itself reads as the month, never as 1 December.
    await page.getByText(`декабрь ${year} г.`).first().waitFor();
    await expect(page.getByText(`1 декабря ${year}`).count()).resolves.toBe(0);
    await snap(page, "events-08-tour-undated-stops");

    const stored = await atlas.db.prisma.event.findFirstOrThrow({
      where: { title },
      select: { datePrecision: true, stops: { orderBy: { position: "asc" }, select: { place: true, date: true } } },
    });
    expect(stored.datePrecision).toBe("MONTH");
    expect(stored.stops.map((s) => s.place)).toEqual(places);
    expect(stored.stops.filter((s) => s.date === null)).toHaveLength(9);
    expect(stored.stops[9]?.date?.toISOString().slice(0, 10)).toBe(`${year}-12-20`);
  });
});

describe("a search covers every tab of the events list", () => {
  it("«Горизонт» under «Предстоящие» says the forum is under another tab, with the counts, and opens it", { timeout: 60_000 }, async () => {
    // The forum «Горизонт 2050» (December 2024, the demo case) is long over.
    const page = await openAs("viewer@demo", "/events?q=Горизонт");
    const tab = (name: string) => page.getByRole("group", { name: "Какие мероприятия показать" }).getByRole("button", { name: new RegExp(`^${name}`) });
    await expect.poll(() => tab("Предстоящие").innerText(), { timeout: 15_000 }).toMatch(/Предстоящие\s*0/);
    await expect.poll(() => tab("Все").innerText(), { timeout: 15_000 }).toMatch(/Все\s*[1-9]/);
    await page.getByRole("heading", { name: "Во вкладке «Предстоящие» совпадений нет" }).waitFor();
    await snap(page, "63-events-search-other-tab");
    await page.getByRole("button", { name: /^Открыть «/ }).click();
    await page.getByRole("link", { name: "Международный инвестиционный форум «Горизонт 2050»" }).first().waitFor();
    await page.context().close();
  });
});

describe("projects: candidate sites and the choice", () => {
  it("an editor creates a project with two candidate sites and chooses one", { timeout: 120_000 }, async () => {
    const page = await openAs("editor@demo", "/projects/new");
    await page.getByRole("heading", { level: 1, name: "Новый проект" }).waitFor();

    // Nothing filled: Russian messages next to the title and the partner.
    await page.getByRole("button", { name: "Добавить проект" }).click();
    await expect(fieldError(page, "title").innerText()).resolves.toBe("Заполните поле");
    await expect(fieldError(page, "partnerId").innerText()).resolves.toBe("Выберите партнёра");

    await input(page, "title").fill(projectTitle);
    await pickPartner(page, input(page, "partnerId"), "Казахст", "Республика Казахстан");
    await input(page, "stage").selectOption("SITE_SELECTION");

    await page.getByRole("button", { name: "Добавить площадку" }).click();
    await expect.poll(() => activeName(page)).toBe("sites.0.name");
    await page.keyboard.type("ОЭЗ «Вологодская»");
    await input(page, "sites.0.latitude").fill("59,20");
    await input(page, "sites.0.longitude").fill("39,95");
    await page.getByRole("button", { name: "Добавить площадку" }).click();
    await expect.poll(() => activeName(page)).toBe("sites.1.name");
    // The same name twice (another spelling of ё/е or case) is refused next to the second one.
    await page.keyboard.type("оэз «вологодская»");
    await page.getByRole("button", { name: "Добавить проект" }).click();
    await expect(fieldError(page, "sites.1.name").innerText()).resolves.toBe("Площадка с таким названием уже есть в проекте");
    await expect(input(page, "sites.1.name").inputValue()).resolves.toBe("оэз «вологодская»");
    await snap(page, "events-05a-project-form-error");
    await input(page, "sites.1.name").fill("Индустриальный парк «Сокол»");
    await input(page, "sites.1.notes").fill("Рядом железная дорога");
    await page.getByRole("button", { name: "Добавить проект" }).click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    projectPath = new URL(page.url()).pathname;
    await page.getByRole("heading", { level: 1, name: projectTitle }).waitFor();

    // Both are candidates; nothing is chosen yet.
    const sites = page.getByRole("group", { name: /Отметьте площадку/ });
    await expect(sites.getByRole("radio").count()).resolves.toBe(2);
    await expect(sites.getByText("Кандидат").count()).resolves.toBe(2);
    await expect(page.getByRole("button", { name: "Выбрать площадку" }).isDisabled()).resolves.toBe(true);

    await sites.getByRole("radio", { name: /Индустриальный парк «Сокол»/ }).check();
    await page.getByRole("button", { name: "Выбрать площадку" }).click();
    const dialog = page.getByRole("dialog", { name: "Выбрать площадку?" });
    await dialog.getByText("Площадка «Индустриальный парк «Сокол»» станет выбранной").waitFor();
    await dialog.getByRole("button", { name: "Выбрать" }).click();
    await page.getByText("Выбрана площадка «Индустриальный парк «Сокол»».").waitFor();
    const chosen = page.locator(".site--chosen");
    await expect(chosen.innerText()).resolves.toContain("Индустриальный парк «Сокол»");
    await expect(chosen.innerText()).resolves.toContain("Выбрана");
    await expect(page.locator(".site--rejected").innerText()).resolves.toContain("ОЭЗ «Вологодская»");

    const stored = await atlas.db.prisma.project.findFirstOrThrow({
      where: { title: projectTitle },
      select: { sites: { select: { name: true, status: true } } },
    });
    expect(Object.fromEntries(stored.sites.map((s) => [s.name, s.status]))).toEqual({
      "ОЭЗ «Вологодская»": "REJECTED",
      "Индустриальный парк «Сокол»": "CHOSEN",
    });
    await snap(page, "events-05-project-detail");

    // The projects register lists it with the chosen site.
    await page.getByRole("navigation", { name: "Разделы" }).getByRole("link", { name: "Проекты" }).click();
    await page.waitForURL((url) => url.pathname === "/projects");
    const row = page.getByRole("row", { name: new RegExp(projectTitle) });
    await expect(row.innerText()).resolves.toContain("Индустриальный парк «Сокол»");
    await expect(row.innerText()).resolves.toContain("Выбор площадки");
    await snap(page, "events-05b-projects-list");
    await page.context().close();
  });
});

describe("events and projects on a phone", () => {
  it("the list, the tour form, the tour and the project fit 375 px", { timeout: 120_000 }, async () => {
    expect(tourPath).toMatch(/^\/events\//);
    expect(projectPath).toMatch(/^\/projects\//);
    const page = await openAs("editor@demo", "/events", "phone");
    await page.getByRole("row", { name: new RegExp(tourTitle) }).waitFor();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await expect(overflow()).resolves.toBeLessThanOrEqual(0);
    await snap(page, "events-06-phone-list", false);
    await page.getByRole("row", { name: new RegExp(tourTitle) }).scrollIntoViewIfNeeded();
    await snap(page, "events-06b-phone-list-row", false);

    await page.goto("/events/new?tour=true");
    await input(page, "stops.0.place").waitFor();
    await input(page, "stops.0.place").fill("Вологда");
    await page.getByRole("button", { name: "Добавить остановку" }).click();
    await input(page, "stops.1.place").fill("Астана");
    await page.getByRole("button", { name: "Добавить тур" }).click();
    // A stop may have no date; the missing title is what stops the form.
    await fieldError(page, "title").waitFor();
    await expect(fieldError(page, "stops.1.date").count()).resolves.toBe(0);
    await expect(overflow()).resolves.toBeLessThanOrEqual(0);
    await input(page, "stops.1.place").scrollIntoViewIfNeeded();
    await snap(page, "events-07-phone-tour-form", false);

    // The form asks before the page is left with unsaved input; the test leaves anyway.
    page.on("dialog", (dialog) => void dialog.accept());
    await page.goto(tourPath);
    await page.getByRole("heading", { level: 1, name: tourTitle }).waitFor();
    await expect(overflow()).resolves.toBeLessThanOrEqual(0);
    await snap(page, "events-08-phone-tour-detail", false);
    await page.getByRole("list", { name: "Маршрут тура" }).scrollIntoViewIfNeeded();
    await snap(page, "events-08b-phone-tour-route", false);

    await page.goto(projectPath);
    await page.getByRole("heading", { level: 1, name: projectTitle }).waitFor();
    await expect(overflow()).resolves.toBeLessThanOrEqual(0);
    await snap(page, "events-09-phone-project-detail", false);
    await page.locator(".site--chosen").scrollIntoViewIfNeeded();
    await snap(page, "events-09b-phone-project-sites", false);
    await page.context().close();
  });
});
