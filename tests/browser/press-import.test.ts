// Press-release import in headless Chromium against the built client and the demo data
// (issue 14): editor@demo pastes a release about the demo's Kazakhstan case, the review
// shows the partners it matched, one match is corrected with the partner picker (keyboard
// only), «Сохранить всё» — and the meeting is on Kazakhstan's page and on the timeline,
// with the release as its source. The review also at 375 px. Screenshots in tests/artifacts/.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { sharedAtlas, sharedBrowser, type SharedAtlas } from "./support/shared.ts";
import { newContext, signIn, snap, type Viewport } from "./support/browser.ts";

let atlas: SharedAtlas;
let browser: Browser;

beforeAll(async () => {
  [atlas, browser] = await Promise.all([sharedAtlas(), sharedBrowser()]);
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

async function openAs(email: string, path: string, viewport: Viewport = "desktop"): Promise<Page> {
  const context = await newContext(browser, atlas.url, viewport);
  const page = await context.newPage();
  await page.goto(path);
  await page.waitForURL(/\/signin/);
  await signIn(page, email);
  await page.waitForURL((url) => url.pathname === path);
  return page;
}

const RELEASE = `Вологодская область направила предложение о сотрудничестве Алматинской области

12 марта 2025 года Губернатор Вологодской области провёл переговоры с делегацией Республики Казахстан. Стороны обсудили поставки вологодской молочной продукции и сотрудничество в лесной промышленности.

По итогам встречи Вологодская область направила Алматинской области предложение о заключении соглашения о сотрудничестве в торговле и образовании.

Казахстанская сторона приглашена на Международный лесной форум, который пройдёт в Великом Устюге в сентябре 2025 года.`;

/** Fills step 1 and reads the release; resolves when the review is shown. */
async function pasteRelease(page: Page, url: string): Promise<void> {
  await page.getByRole("heading", { level: 1, name: "Импорт из пресс-релиза" }).waitFor();
  await page.getByRole("textbox", { name: /^Текст пресс-релиза/ }).fill(RELEASE);
  await page.getByRole("textbox", { name: /^Адрес публикации/ }).fill(url);
  await page.getByRole("textbox", { name: /^Издание или сайт/ }).fill("Правительство Вологодской области");
  await page.getByRole("textbox", { name: /^Дата публикации/ }).fill("13.03.2025");
  await page.getByRole("button", { name: "Разобрать" }).click();
  await page.getByRole("button", { name: "Сохранить всё" }).waitFor();
}

/** The review item whose partner box shows `name`. */
const partnerItem = (page: Page, name: string) => page.locator("article.press-import__item").filter({ has: page.locator(`input[role=combobox][value="${name}"]`) });

describe("press-release import", () => {
  it("an editor pastes a release, corrects one match with the picker, saves; the meeting is on Kazakhstan's page and the timeline with its source", async () => {
    const stamp = Date.now();
    const url = `https://vologda-oblast.ru/novosti/almaty-proposal-${stamp}/`;
    const page = await openAs("editor@demo", "/import");
    // The section is in the navigation for editors.
    await page.getByRole("navigation", { name: "Разделы" }).getByRole("link", { name: "Импорт из пресс-релиза" }).waitFor();
    await snap(page, "press-import-01-paste-1440", false);
    await pasteRelease(page, url);

    // Kazakhstan and the Almaty region are matched to the demo's partners.
    await expect(partnerItem(page, "Республика Казахстан").count()).resolves.toBe(1);
    await expect(partnerItem(page, "Алматинская область").count()).resolves.toBe(1);
    // Focusing an item marks its sentence in the text.
    await partnerItem(page, "Алматинская область").locator("input[role=combobox]").focus();
    const marked = await page.locator("mark.press-import__sentence").textContent();
    expect(marked, marked ?? "").toMatch(/Алматинск/);
    await snap(page, "press-import-02-review-1440", false);

    // Correct one match with the picker, by keyboard: the home region is not this meeting's
    // partner; the editor knows the delegation came from Astana and picks it instead.
    const vologda = partnerItem(page, "Вологодская область");
    const picker = vologda.locator("input[role=combobox]");
    await picker.focus();
    // (The locator finds the box by the name it shows: from here on the keyboard types into the focused box.)
    await page.keyboard.press("Control+a");
    await page.keyboard.type("Астан", { delay: 30 });
    await page.getByRole("option", { name: /Астана/ }).waitFor();
    await page.waitForFunction(() => !document.querySelector(".partner-picker__list[aria-busy=true]"));
    await page.keyboard.press("Enter");
    await partnerItem(page, "Астана").waitFor();

    // An agreement the text gives no kind for gets one.
    for (const kind of await page.locator('select[name^="agreementKind-"]').all()) {
      if ((await kind.inputValue()) === "") await kind.selectOption({ index: 1 });
    }
    await snap(page, "press-import-03-review-corrected-1440", true);

    await page.getByRole("button", { name: "Сохранить всё" }).click();
    const summary = page.locator("section.press-import__summary");
    await summary.getByRole("heading", { name: "Сохранено" }).waitFor({ timeout: 20_000 });
    await snap(page, "press-import-04-summary-1440", false);
    const meetingHref = await summary.locator('a[href^="/meetings/"]').first().getAttribute("href");
    expect(meetingHref).toMatch(/^\/meetings\/[0-9a-f-]{36}$/);
    const meetingTitle = (await summary.locator('a[href^="/meetings/"]').first().textContent())!.trim();
    // The summary links the agreement and the forum too.
    await expect(summary.locator('a[href^="/agreements/"]').count()).resolves.toBeGreaterThan(0);
    await expect(summary.locator('a[href^="/events/"]').count()).resolves.toBeGreaterThan(0);

    const meetingId = meetingHref!.split("/")[2]!;
    const meeting = await atlas.db.prisma.interaction.findUniqueOrThrow({
      where: { id: meetingId },
      include: { partners: { include: { partner: true } }, sources: { include: { source: true } } },
    } as never) as unknown as { startsAt: Date; partners: Array<{ partner: { id: string; name: string } }>; sources: Array<{ source: { text: string | null; url: string | null } }> };
    const partnerNames = meeting.partners.map((p) => p.partner.name);
    expect(partnerNames).toEqual(expect.arrayContaining(["Республика Казахстан", "Астана"]));
    expect(partnerNames).not.toContain("Вологодская область");
    expect(meeting.sources.map((s) => s.source.text)).toEqual([RELEASE]);
    const kz = meeting.partners.find((p) => p.partner.name === "Республика Казахстан")!.partner.id;

    // The meeting's page links the release.
    await page.goto(meetingHref!);
    await page.getByRole("heading", { level: 1, name: meetingTitle }).waitFor();
    await page.locator(`a[href^="https://vologda-oblast.ru/novosti/almaty-proposal-${stamp}"]`).first().waitFor();

    // Kazakhstan's page: the contact history has it.
    await page.goto(`/partners/${kz}`);
    await page.getByRole("heading", { level: 1, name: "Республика Казахстан" }).waitFor();
    await page.locator('section[aria-labelledby="dossier-contacts"]').getByRole("link", { name: meetingTitle }).first().waitFor();
    await snap(page, "press-import-05-kazakhstan");

    // The timeline of Kazakhstan in March 2025.
    await page.goto(`/timeline?partner=${kz}&from=2025-03-01&to=2025-03-31`);
    await page.getByRole("link", { name: meetingTitle }).first().waitFor();
    await snap(page, "press-import-06-timeline");
    await page.context().close();
  }, 180_000);

  it("the review at 375 px: the text above the draft, nothing wider than the screen", async () => {
    const page = await openAs("editor@demo", "/import", "phone");
    await pasteRelease(page, `https://vologda-oblast.ru/novosti/almaty-phone-${Date.now()}/`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const text = await page.locator(".press-import__text").boundingBox();
    const draft = await page.locator(".press-import__draft").boundingBox();
    expect(text!.y + text!.height).toBeLessThanOrEqual(draft!.y + 1);
    await snap(page, "press-import-07-review-375", true);
    await page.context().close();
  }, 120_000);
});
