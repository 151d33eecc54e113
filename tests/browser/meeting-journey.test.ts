// The meeting journey in headless Chromium against the built client: an editor logs
// the November 2024 visit of Kazakhstan's ambassador from scratch with the keyboard
// alone (type-ahead pickers, follow-up rows, Ctrl+Enter), after the form has refused a
// future date and an empty summary with Russian messages next to those fields. The new
// meeting then shows on its own page, in the meetings list, on the timeline, on the
// map's activity and on Kazakhstan's page; its follow-ups are on "Мои задачи", where
// one is marked done. Screenshots land in tests/artifacts/.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
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
  page.on("pageerror", (error) => console.error(`page error: ${error.message}`));
  await page.goto(path);
  await page.waitForURL(/\/signin/);
  await signIn(page, email);
  await page.waitForURL((url) => url.pathname === new URL(path, atlas.url).pathname);
  await page.locator("[data-page-title]").first().waitFor();
  return page;
}

/** Presses Tab until the element has focus: how a keyboard user gets there, without counting stops. */
async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`focus never reached ${target.toString()}`);
}

/** Types into a type-ahead and picks the option named `option` with the arrow keys and Enter. */
async function pick(page: Page, input: Locator, text: string, option: string | RegExp): Promise<void> {
  await tabTo(page, input);
  await page.keyboard.type(text);
  // One list is open at a time: the one under the focused box.
  const listbox = page.getByRole("listbox");
  // The options for the text as typed, not those still on screen for a shorter text (or, in a
  // list that opens on focus, for no text at all): the picker's live region counts the options
  // only once the list has caught up with the typing. Arrowing through a list that is replaced
  // under the keys loses the Enter.
  const status = input.locator('xpath=ancestor::*[contains(concat(" ", @class, " "), " entity-picker__box ")][1]').locator("[aria-live]");
  await expect.poll(() => status.textContent()).not.toBe("");
  await listbox.getByRole("option", { name: option }).first().waitFor();
  // Arrow down to it: the first match is active already, most of the time nothing moves.
  const active = listbox.getByRole("option", { selected: true });
  const matches = (text: string) => (typeof option === "string" ? text.includes(option) : option.test(text));
  for (let i = 0; i < 15 && !matches(await active.innerText()); i++) await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  // Picked: the box is empty again, ready for the next one.
  await expect.poll(() => input.inputValue()).toBe("");
}

/**
 * Types a day into a day box as a person does: дд.мм.гггг, the same whatever the
 * browser's language (the field is not the native date input, whose order follows it).
 */
async function typeDate(page: Page, input: Locator, iso: string): Promise<void> {
  const [y, m, d] = iso.split("-") as [string, string, string];
  await input.focus();
  await page.keyboard.press("Control+A");
  await page.keyboard.type(`${d}.${m}.${y}`);
  expect(await input.inputValue()).toBe(`${d}.${m}.${y}`);
}

const summary =
  "Журнал: рабочий визит посла Даурена Абаева — лесопромышленное производство в ОЭЗ «Вологодская», поставки молочной продукции, туристический маршрут к Деду Морозу.";

async function kazakhstanActivityOnMap(page: Page): Promise<number> {
  await page.goto("/map?from=2024-11-14&to=2024-11-14");
  const table = page.locator("table.map-legend__table");
  // A day with no activity at all shows the map's empty notice instead of the table.
  await page.locator("table.map-legend__table, .map-frame__empty").first().waitFor();
  if ((await table.count()) === 0) return 0;
  const row = table.locator("tr", { has: page.getByRole("link", { name: "Республика Казахстан" }) });
  if ((await row.count()) === 0) return 0;
  return Number((await row.locator("td").first().innerText()).replace(/\s/g, ""));
}

describe("logging a meeting", () => {
  it("an editor logs the ambassador's visit with the keyboard; it shows on its page, the list, the timeline, the map, Kazakhstan's page and the tasks", async () => {
    const page = await openAs("editor@demo", "/meetings");
    try {
      await journey(page);
    } catch (error) {
      await snap(page, "meeting-failure");
      throw error;
    }
  }, 300_000);
});

async function journey(page: Page): Promise<void> {
  await page.getByRole("heading", { level: 1, name: "Встречи и визиты" }).waitFor();
  await page.getByText(/Показано \d+ из \d+/).waitFor();
  const mapBefore = await kazakhstanActivityOnMap(page);

  // The list → the form, by keyboard: the "Записать встречу" link.
  await page.goto("/meetings");
  const addLink = page.getByRole("link", { name: "Записать встречу" });
  await addLink.waitFor();
  await addLink.focus();
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => url.pathname === "/meetings/new");
  await page.getByRole("heading", { level: 1, name: "Новая встреча" }).waitFor();

  const form = page.locator("form.meeting-form");
  const date = form.locator('input[name="startsAt"]');
  // Today in the home region, as the field shows days.
  await expect(date.inputValue()).resolves.toMatch(/^\d{2}\.\d{2}\.\d{4}$/);

  // Invalid first: a date in the future, a title, no summary, no partner → Ctrl+Enter.
  await date.focus();
  await typeDate(page, date, "2031-01-02");
  const title = form.getByLabel("Название");
  await tabTo(page, title);
  await page.keyboard.type("Рабочий визит посла Республики Казахстан (журнал)");
  await page.keyboard.press("Control+Enter");
  const dateField = form.locator('.field:has(input[name="startsAt"])');
  const summaryField = form.locator('.field:has(textarea[name="summary"])');
  await dateField.locator(".field__error").getByText("Дата встречи не может быть позже сегодняшнего дня").waitFor();
  await summaryField.locator(".field__error").getByText("Кратко опишите, что обсуждали").waitFor();
  await form.locator('.field:has(input[name="partnerIds"])').locator(".field__error").getByText("Укажите хотя бы одного партнёра").waitFor();
  await page.getByRole("alert").getByText("Проверьте выделенные поля.").waitFor();
  // Nothing typed is lost, and the first wrong field has the focus.
  await expect(title.inputValue()).resolves.toBe("Рабочий визит посла Республики Казахстан (журнал)");
  await expect(date.inputValue()).resolves.toBe("02.01.2031");
  await expect(date.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  await snap(page, "meeting-01-form-errors");

  // Now the real thing, keyboard only, timed from the first keystroke to the saved page.
  const started = Date.now();
  await typeDate(page, date, "2024-11-14");
  await tabTo(page, form.locator('select[name="kind"]'));
  // A closed <select> answers the arrow keys; the kind starts as the most common one.
  const kind = form.locator('select[name="kind"]');
  for (let i = 0; i < 6 && (await kind.inputValue()) !== "VISIT"; i++)
    await page.keyboard.press((await kind.inputValue()) === "MEETING" ? "ArrowDown" : "ArrowUp");
  await expect(kind.inputValue()).resolves.toBe("VISIT");
  // Past the kind's «Добавить…» button (editors add kinds from the form) to the direction.
  await tabTo(page, form.locator('select[name="direction"]'));
  await page.keyboard.press("ArrowDown");
  await expect(form.locator('select[name="direction"]').inputValue()).resolves.toBe("INCOMING");
  await pick(page, form.locator('input[name="partnerIds"]'), "Республика Казах", /^Республика Казахстан/);
  await form.locator(".entity-picker__chip", { hasText: "Республика Казахстан" }).waitFor();

  const people = form.locator('input[name="participants"]');
  await pick(page, people, "Абаев", /Даурен Абаев/);
  await form.locator(".participant-rows__name", { hasText: "Даурен Абаев" }).waitFor();
  // A person not yet in the register: created inline, no dialog.
  await page.keyboard.type("Айгерим Сатпаева");
  await page.getByRole("option", { name: /Добавить нового человека/ }).waitFor();
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  const newPerson = form.getByRole("group", { name: "Новый человек в реестре" });
  await newPerson.waitFor();
  await expect(newPerson.getByLabel("Фамилия, имя, отчество").inputValue()).resolves.toBe("Айгерим Сатпаева");
  await tabTo(page, newPerson.getByLabel("Должность"));
  await page.keyboard.type("Советник посольства");
  await page.keyboard.press("Enter");
  await form.locator(".participant-rows__name", { hasText: "Айгерим Сатпаева" }).waitFor();
  // Her role at the meeting, by keyboard. Where the focus lands once the new person is in the
  // list can settle a moment later on a busy machine, so tab until the role field has it.
  await tabTo(page, form.locator(".participant-rows li", { hasText: "Айгерим Сатпаева" }).locator("input.participant-rows__role"), 80);
  await page.keyboard.type("глава делегации");

  const sectors = form.locator('input[name="sectorIds"]');
  await pick(page, sectors, "лесн", "Лесная промышленность");
  await pick(page, sectors, "сельск", "Сельское хозяйство и продовольствие");
  await pick(page, sectors, "туризм", "Туризм");

  await tabTo(page, form.getByLabel("Место"));
  await page.keyboard.type("Вологда, Правительство области");
  await tabTo(page, form.locator('textarea[name="summary"]'));
  await page.keyboard.type(summary);
  await page.keyboard.press("Tab");
  await page.keyboard.type("Договорились подготовить проект совместного производства.");

  await tabTo(page, form.getByRole("button", { name: "Добавить поручение" }));
  await page.keyboard.press("Enter");
  await page.keyboard.type("Направить предложения по площадке «Сокол»");
  await page.keyboard.press("Tab"); // owner: the editor by default
  await page.keyboard.press("Tab");
  await typeDate(page, form.getByLabel("Срок").first(), "2024-12-01");
  await tabTo(page, form.getByRole("button", { name: "Добавить поручение" }));
  await page.keyboard.press("Enter");
  await page.keyboard.type("Согласовать программу поездки Деда Мороза в Астану");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await typeDate(page, form.getByLabel("Срок").nth(1), "2024-12-10");

  // The source: a pasted address that is not stored yet is added inline, with its outlet.
  await tabTo(page, form.getByRole("combobox", { name: /Найти источник/ }));
  await page.keyboard.type("https://vologda-oblast.ru/novosti/posol-kazakhstana");
  await page.getByRole("option", { name: /Добавить источник/ }).waitFor();
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  const newSource = form.getByRole("group", { name: "Новый источник" });
  await newSource.waitFor();
  await expect(newSource.getByLabel("Адрес публикации").inputValue()).resolves.toBe("https://vologda-oblast.ru/novosti/posol-kazakhstana");
  await tabTo(page, newSource.getByLabel("Издание"));
  await page.keyboard.type("Правительство Вологодской области");
  await page.keyboard.press("Enter");
  await form.locator(".source-picker__item", { hasText: "vologda-oblast.ru" }).waitFor();
  const fillSeconds = (Date.now() - started) / 1000;
  await snap(page, "meeting-02-form-filled");
  await page.keyboard.press("Control+Enter");

  await page.waitForURL((url) => /^\/meetings\/[0-9a-f-]{36}$/.test(url.pathname));
  const savedSeconds = (Date.now() - started) / 1000;
  console.info(`keyboard-only fill: ${fillSeconds.toFixed(1)} s typing, ${savedSeconds.toFixed(1)} s to the saved page`);
  const meetingId = new URL(page.url()).pathname.split("/").pop() as string;

  // The meeting's page.
  await page.getByRole("heading", { level: 1, name: "Рабочий визит посла Республики Казахстан (журнал)" }).waitFor();
  const main = page.getByRole("main");
  await main.getByText("14 ноября 2024 г.").first().waitFor();
  await main.getByRole("link", { name: "Республика Казахстан" }).first().waitFor();
  for (const name of ["Даурен Абаев", "Айгерим Сатпаева", "Лесная промышленность", "Сельское хозяйство и продовольствие", "Туризм", summary]) {
    await main.getByText(name, { exact: true }).first().waitFor();
  }
  await main.getByText("глава делегации", { exact: false }).first().waitFor();
  await main.getByText("Направить предложения по площадке «Сокол»").waitFor();
  await main.getByText("Согласовать программу поездки Деда Мороза в Астану").waitFor();
  await main.getByRole("link", { name: /vologda-oblast\.ru/ }).waitFor();
  await main.getByRole("link", { name: "Изменить" }).waitFor();
  // Deleting is an administrator's.
  await expect(main.getByRole("button", { name: "Удалить" }).count()).resolves.toBe(0);
  await page.getByRole("heading", { name: /История изменений/ }).waitFor();
  await snap(page, "meeting-03-detail");

  // The list: filtered to that day and to visits, it is there.
  await page.goto("/meetings?from=2024-11-14&to=2024-11-14&kind=VISIT");
  await page.getByRole("link", { name: "Рабочий визит посла Республики Казахстан (журнал)" }).waitFor();
  await snap(page, "meeting-04-list");

  // The timeline of Kazakhstan in November 2024.
  const kz = await page.evaluate(async () => {
    const input = encodeURIComponent(JSON.stringify({ filter: { q: "Республика Казахстан", levels: ["COUNTRY"] }, limit: 5 }));
    const res = await fetch(`/trpc/partner.list?input=${input}`);
    const body = (await res.json()) as { result: { data: { items: Array<{ id: string; name: string }> } } };
    return body.result.data.items.find((p) => p.name === "Республика Казахстан")?.id ?? null;
  });
  expect(kz).toMatch(/^[0-9a-f-]{36}$/);
  await page.goto(`/timeline?partner=${kz}&from=2024-11-01&to=2024-11-30`);
  await page.getByRole("link", { name: "Рабочий визит посла Республики Казахстан (журнал)" }).first().waitFor();
  await snap(page, "meeting-05-timeline");

  // The map counts one more contact for Kazakhstan on that day.
  const mapAfter = await kazakhstanActivityOnMap(page);
  expect(mapAfter).toBe(mapBefore + 1);
  await snap(page, "meeting-06-map");

  // Kazakhstan's page: the contact history has it.
  await page.goto(`/partners/${kz}`);
  await page.getByRole("heading", { level: 1, name: "Республика Казахстан" }).waitFor();
  const contacts = page.locator('section[aria-labelledby="dossier-contacts"]');
  await contacts.getByRole("link", { name: "Рабочий визит посла Республики Казахстан (журнал)" }).first().waitFor();
  await snap(page, "meeting-07-kazakhstan");

  // My tasks: both follow-ups, overdue; marking one done removes it from the open list.
  await page.goto("/tasks");
  await page.getByRole("heading", { level: 1, name: "Мои задачи" }).waitFor();
  const first = page.getByRole("row", { name: /Направить предложения по площадке «Сокол»/ });
  await first.waitFor();
  await first.getByText("Просрочено").waitFor();
  await first.getByRole("link", { name: "Рабочий визит посла Республики Казахстан (журнал)" }).waitFor();
  await page.getByRole("link", { name: "Просроченные" }).click();
  await page.waitForURL((url) => url.searchParams.get("tab") === "overdue");
  await page.getByRole("row", { name: /Согласовать программу поездки Деда Мороза/ }).waitFor();
  await page.getByRole("link", { name: "Мои задачи", exact: true }).last().click();
  await page.waitForURL((url) => url.pathname === "/tasks" && !url.searchParams.get("tab"));
  await page.getByRole("button", { name: "Отметить выполненным: Направить предложения по площадке «Сокол»" }).click();
  await page.getByText("Поручение «Направить предложения по площадке «Сокол»» выполнено").waitFor();
  await expect.poll(() => page.getByRole("row", { name: /Направить предложения по площадке «Сокол»/ }).count()).toBe(0);
  await snap(page, "meeting-08-tasks");

  // And on the meeting's page the task is done.
  await page.goto(`/meetings/${meetingId}`);
  const doneTask = page.locator(".task-list__item", { hasText: "Направить предложения по площадке «Сокол»" });
  await doneTask.getByText("Выполнено").waitFor();
  await expect(doneTask.getByRole("button").count()).resolves.toBe(0);
  await page.context().close();
}

describe("the meetings pages on a phone and for a viewer", () => {
  it("on a phone the form and the list fit the screen, and a viewer gets no form", async () => {
    const page = await openAs("editor@demo", "/meetings/new", "phone");
    await page.getByRole("heading", { level: 1, name: "Новая встреча" }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole("button", { name: "Добавить поручение" }).click();
    await snap(page, "meeting-09-form-phone");
    await page.goto("/meetings");
    await page.getByText(/Показано \d+ из \d+/).waitFor();
    await snap(page, "meeting-10-list-phone", false);
    // Nothing sticks out sideways: each row is a card at this width.
    const wide = await page.evaluate(() =>
      // The column headers are clipped away for screen readers at this width.
      [...document.querySelectorAll("main *")]
        .filter((el) => !el.closest("thead") && el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .slice(0, 5)
        .map((el) => `${el.tagName}.${String(el.className)}`),
    );
    expect(wide).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

    // Fixing a meeting: the form opens with its values, Ctrl+Enter saves, the page shows the change.
    await page.locator(".cell-title__link").first().click();
    await page.getByRole("link", { name: "Изменить" }).click();
    await page.getByRole("heading", { level: 1, name: "Изменение встречи" }).waitFor();
    const outcomes = page.locator('textarea[name="outcomes"]');
    await outcomes.fill("Итоги уточнены с телефона");
    await page.keyboard.press("Control+Enter");
    await page.getByText("Изменения сохранены").waitFor();
    await page.waitForURL((url) => /^\/meetings\/[0-9a-f-]{36}$/.test(url.pathname));
    await page.getByText("Итоги уточнены с телефона").waitFor();
    await snap(page, "meeting-11-detail-phone");
    await page.context().close();

    const viewer = await openAs("viewer@demo", "/meetings");
    await expect(viewer.getByRole("link", { name: "Записать встречу" }).count()).resolves.toBe(0);
    await viewer.goto("/meetings/new");
    await viewer.getByRole("heading", { name: "Недостаточно прав" }).waitFor();
    await viewer.context().close();
  }, 90_000);
});

describe("linking a meeting to the agreement signed at it", () => {
  it("an editor names the demo agreement as signed at the ambassador's visit; the meeting's page and the agreement's page link to each other", async () => {
    const meetingTitle = "Рабочий визит Посла Республики Казахстан Даурена Абаева в Вологодскую область";
    const agreementTitle = "Предложение о сотрудничестве Вологодской области и Алматинской области";
    const page = await openAs("editor@demo", "/meetings");
    try {
      // The demo visit, found the way the list finds it.
      const meetingId = await page.evaluate(async (title) => {
        const input = encodeURIComponent(JSON.stringify({ filter: { q: title }, limit: 5 }));
        const res = await fetch(`/trpc/meeting.list?input=${input}`);
        const body = (await res.json()) as { result: { data: { items: Array<{ id: string; title: string }> } } };
        return body.result.data.items.find((m) => m.title === title)?.id ?? null;
      }, meetingTitle);
      expect(meetingId).toMatch(/^[0-9a-f-]{36}$/);

      await page.goto(`/meetings/${meetingId}/edit`);
      await page.getByRole("heading", { level: 1, name: "Изменение встречи" }).waitFor();
      const form = page.locator("form.meeting-form");
      const agreements = form.locator('input[name="agreements"]');
      // Straight to the box: the visit's participant rows put many stops before it.
      await agreements.focus();
      await pick(page, agreements, "Предложение о сотрудничестве Вологодской", agreementTitle);
      const row = form.locator(".participant-rows__row", { hasText: agreementTitle });
      await row.waitFor();
      const mention = row.getByLabel(`Что было с соглашением «${agreementTitle}» на встрече`);
      await mention.selectOption({ label: "обсуждалось" });
      await mention.selectOption({ label: "подписано на встрече" });
      await expect(mention.inputValue()).resolves.toBe("SIGNED");
      await snap(page, "meeting-12-agreement-picked");
      await mention.focus();
      await page.keyboard.press("Control+Enter");

      // The meeting's page: the agreement, as a link, with how it figured.
      await page.getByText("Изменения сохранены").waitFor();
      await page.waitForURL((url) => url.pathname === `/meetings/${meetingId}`);
      const facts = page.locator("dl.facts");
      const agreementsRow = facts.locator(".facts__row", { has: page.getByText("Соглашения", { exact: true }) });
      await agreementsRow.getByText("подписано на встрече").waitFor();
      const link = agreementsRow.getByRole("link", { name: agreementTitle });
      await link.waitFor();
      await snap(page, "meeting-13-linked-agreement");

      // Its page: the meeting under «Подписано на встрече», a link back.
      await link.click();
      await page.getByRole("heading", { level: 1, name: agreementTitle }).waitFor();
      const signedAt = page.locator("section", { has: page.getByRole("heading", { level: 2, name: "Подписано на встрече" }) });
      const back = signedAt.getByRole("link", { name: new RegExp(meetingTitle) });
      await back.waitFor();
      // The release dates the visit to the month only, and so does the page.
      await signedAt.getByText(/ноябрь 2024/i).waitFor();
      await snap(page, "meeting-14-agreement-meetings");
      await back.click();
      await page.waitForURL((url) => url.pathname === `/meetings/${meetingId}`);
      await page.getByRole("heading", { level: 1, name: meetingTitle }).waitFor();
    } catch (error) {
      await snap(page, "meeting-links-failure");
      throw error;
    }
    await page.context().close();
  }, 120_000);
});
