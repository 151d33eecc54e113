// The overview keeps its answers for 30 s (the query client's staleTime); a change saved
// elsewhere in the same tab must still show on it at once. An editor opens the overview
// filtered to a partner of this file's own, and without reloading the page renames a
// held event and moves an agreement to its next stage; back on the overview (history
// Back, a client-side navigation), its recent activity shows both changes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { addDays, todayIn } from "@atlas/shared/calendar-day";
import { callersOf, sharedAtlas, sharedBrowser, type SharedAtlas } from "./support/shared.ts";
import { newContext, signIn } from "./support/browser.ts";

let atlas: SharedAtlas;
let browser: Browser;

beforeAll(async () => {
  [atlas, browser] = await Promise.all([sharedAtlas(), sharedBrowser()]);
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

/**
 * How long the overview may take to show a change. Well under the 30-s staleTime: were the
 * overview not told about the change, it would show its cached answer for that long.
 */
const SHOWS_WITHIN_MS = 15_000;

/** History Back until the overview is on screen: the same document, no reload. */
async function backToOverview(page: Page): Promise<void> {
  while (new URL(page.url()).pathname !== "/") await page.goBack();
  await page.locator('[data-figure="activePartners"]').waitFor();
}

describe("overview after changes made in the same tab", () => {
  it("shows a renamed event and a moved agreement stage without a reload", async () => {
    const callers = await callersOf(atlas);
    const stamp = Date.now().toString(36);
    const partner = await callers.editor.partner.create({ name: `Партнёр обзора ${stamp}`, level: "ORGANISATION" });
    const heldOn = addDays(todayIn("Europe/Moscow"), -3);
    const event = await callers.editor.event.create({
      title: `Ярмарка ремёсел ${stamp}`,
      kind: "FORUM",
      status: "HELD",
      startsAt: heldOn,
      partnerIds: [partner.id],
    });
    const agreement = await callers.editor.agreement.create({
      title: `Соглашение обзора ${stamp}`,
      kind: "COOPERATION_AGREEMENT",
      partyIds: [partner.id],
      stageDate: addDays(heldOn, -10),
    });
    expect(agreement.stage).toBe("PROPOSAL_SENT");

    const context = await newContext(browser, atlas.url, "desktop");
    const page = await context.newPage();
    const overviewPath = `/?partner=${partner.id}`;
    await page.goto(overviewPath);
    await page.waitForURL(/\/signin/);
    await signIn(page, "editor@demo");
    await page.waitForURL((url) => url.pathname === "/" && url.searchParams.get("partner") === partner.id);

    // Only this file's records are under the filter: the event and the agreement's first stage.
    const recent = page.locator(".recent__item");
    const eventItem = recent.filter({ has: page.getByRole("link", { name: event.title, exact: true }) });
    const agreementItems = recent.filter({ has: page.getByRole("link", { name: agreement.title, exact: true }) });
    await eventItem.waitFor();
    await agreementItems.first().waitFor();
    await expect(agreementItems.count()).resolves.toBe(1);
    // Marks this document: a reload would drop the mark.
    await page.evaluate(() => document.documentElement.setAttribute("data-same-document", "yes"));

    // Rename the event from its page.
    await eventItem.getByRole("link", { name: event.title }).click();
    await page.waitForURL((url) => url.pathname === `/events/${event.id}`);
    await page.getByRole("link", { name: "Изменить" }).click();
    await page.getByRole("heading", { level: 1, name: "Изменение мероприятия" }).waitFor();
    const renamed = `Ярмарка народных ремёсел ${stamp}`;
    await page.locator('[name="title"]').fill(renamed);
    await page.getByRole("button", { name: "Сохранить изменения" }).click();
    await page.waitForURL((url) => url.pathname === `/events/${event.id}`);
    await page.getByRole("heading", { level: 1, name: renamed }).waitFor();

    await backToOverview(page);
    await recent.filter({ has: page.getByRole("link", { name: renamed, exact: true }) }).waitFor({ timeout: SHOWS_WITHIN_MS });
    await expect(recent.filter({ has: page.getByRole("link", { name: event.title, exact: true }) }).count()).resolves.toBe(0);

    // Move the agreement to its next stage from its page.
    await agreementItems.first().getByRole("link", { name: agreement.title }).click();
    await page.waitForURL((url) => url.pathname === `/agreements/${agreement.id}`);
    await page.getByRole("button", { name: "Перевести на стадию…" }).click();
    const dialog = page.getByRole("dialog", { name: "Перевод на другую стадию" });
    await dialog.getByLabel("Новая стадия").selectOption({ label: "Проект" });
    await dialog.getByRole("button", { name: "Перевести", exact: true }).click();
    await page.getByText("Соглашение переведено на стадию «Проект».").waitFor();
    expect((await callers.viewer.agreement.byId({ id: agreement.id })).stage).toBe("DRAFT");

    await backToOverview(page);
    // The move is the newest thing that happened to the partner: a second line for the agreement.
    await expect.poll(() => agreementItems.count(), { timeout: SHOWS_WITHIN_MS }).toBe(2);
    await agreementItems.filter({ hasText: "→ Проект" }).waitFor();

    await expect(page.evaluate(() => document.documentElement.getAttribute("data-same-document"))).resolves.toBe("yes");
    await context.close();
  }, 120_000);
});
