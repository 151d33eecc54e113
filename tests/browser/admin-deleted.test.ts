// /admin/deleted in Chromium: an administrator finds a deleted meeting (deleted through
// the API in the set-up, not the interface), sees who deleted it, filters by kind,
// hides a column, restores the meeting after a confirmation, and the meeting is back.
// Screenshots at 1440 and 375 px land in tests/artifacts/.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { callersOf, sharedAtlas, sharedBrowser, type SharedAtlas } from "./support/shared.ts";
import { newContext, signIn, snap } from "./support/browser.ts";

let atlas: SharedAtlas;
let browser: Browser;
let c: Awaited<ReturnType<typeof callersOf>>;
let demoAdmin: { id: string; name: string; email: string; role: "ADMIN" };
let meetingId: string;
let agreementId: string;
const meetingTitle = "Встреча с делегацией Костанайской области (удалена для теста)";
const agreementTitle = "Меморандум о сотрудничестве в сфере туризма (удалён для теста)";

beforeAll(async () => {
  [atlas, browser] = await Promise.all([sharedAtlas(), sharedBrowser()]);
  c = await callersOf(atlas);
  const admin = await atlas.db.prisma.user.findUniqueOrThrow({ where: { email: "admin@demo" }, select: { id: true, name: true, email: true } });
  demoAdmin = { ...admin, role: "ADMIN" };
  const partner = await atlas.db.prisma.partner.findFirstOrThrow({ where: { deletedAt: null, isHome: false }, select: { id: true } });
  // Made and deleted the way staff would, through the API (the demo administrator deletes).
  const meeting = await c.editor.meeting.create({ title: meetingTitle, kind: "MEETING", startsAt: "2026-10-14", partnerIds: [partner.id] });
  const agreement = await c.editor.agreement.create({ title: agreementTitle, kind: "MEMORANDUM", partyIds: [partner.id], stageDate: "2026-09-01" });
  await c.as(demoAdmin).agreement.delete({ id: agreement.id, version: agreement.version });
  await new Promise((resolve) => setTimeout(resolve, 5));
  await c.as(demoAdmin).meeting.delete({ id: meeting.id, version: meeting.version });
  meetingId = meeting.id;
  agreementId = agreement.id;
}, 180_000);

// Closes this file's contexts and its connection; the shared Chromium and server stay up.
afterAll(async () => {
  await browser?.close();
});

async function openAs(email: string, viewport: "desktop" | "phone", path: string, waitForTitle = true): Promise<Page> {
  const context = await newContext(browser, atlas.url, viewport);
  const page = await context.newPage();
  await page.goto(path);
  await page.waitForURL(/\/signin/);
  await signIn(page, email);
  await page.waitForURL((url) => url.pathname === path);
  if (waitForTitle) await page.locator("[data-page-title]").first().waitFor();
  return page;
}

const row = (page: Page, title: string) => page.getByRole("row").filter({ hasText: title });

describe("/admin/deleted", () => {
  it("an administrator sees who deleted what, filters, hides a column and restores a meeting", async () => {
    const page = await openAs("admin@demo", "desktop", "/partners");
    // Reached from the admin group of the navigation.
    await page.getByRole("navigation", { name: "Разделы" }).getByRole("link", { name: "Удалённые записи" }).click();
    await page.waitForURL((url) => url.pathname === "/admin/deleted");
    await page.getByRole("heading", { name: "Удалённые записи", level: 1 }).waitFor();

    const meetingRow = row(page, meetingTitle);
    await meetingRow.waitFor();
    await expect(meetingRow.getByText("Встреча", { exact: true }).count()).resolves.toBe(1);
    await expect(meetingRow.getByText(demoAdmin.name).count()).resolves.toBe(1);
    await expect(row(page, agreementTitle).getByText("Соглашение", { exact: true }).count()).resolves.toBe(1);
    // Newest deletion first.
    const titles = await page.locator("tbody .deleted-title").allTextContents();
    expect(titles.slice(0, 2)).toEqual([meetingTitle, agreementTitle]);
    await page.getByText("2 записи").first().waitFor();
    await snap(page, "admin-deleted-1440");

    // Filter by kind.
    await page.getByRole("button", { name: "Соглашение", exact: true }).click();
    await row(page, meetingTitle).waitFor({ state: "detached" });
    await expect(row(page, agreementTitle).count()).resolves.toBe(1);
    await page.getByRole("button", { name: "Все", exact: true }).click();
    await row(page, meetingTitle).waitFor();

    // Hide "Кто удалил" with the column picker; the choice survives a reload.
    await page.getByRole("button", { name: /Столбцы/ }).click();
    await page.getByRole("checkbox", { name: "Кто удалил" }).uncheck();
    await snap(page, "admin-deleted-columns-1440", false);
    await page.keyboard.press("Escape");
    await expect(page.getByRole("columnheader", { name: "Кто удалил" }).count()).resolves.toBe(0);
    await page.reload();
    await row(page, meetingTitle).waitFor();
    await expect(page.getByRole("columnheader", { name: "Кто удалил" }).count()).resolves.toBe(0);
    await page.getByRole("button", { name: /Столбцы/ }).click();
    await page.getByRole("checkbox", { name: "Кто удалил" }).check();
    await page.keyboard.press("Escape");
    await page.getByRole("columnheader", { name: "Кто удалил" }).waitFor();

    // Restore, after a confirmation.
    await row(page, meetingTitle)
      .getByRole("button", { name: `Восстановить: ${meetingTitle}` })
      .click();
    const dialog = page.getByRole("dialog", { name: "Восстановить запись?" });
    await dialog.waitFor();
    await dialog.getByText(meetingTitle, { exact: false }).waitFor();
    await snap(page, "admin-deleted-confirm-1440", false);
    await dialog.getByRole("button", { name: "Восстановить" }).click();
    await page.getByText(`Восстановлено: ${meetingTitle}`).waitFor();
    await row(page, meetingTitle).waitFor({ state: "detached" });
    await expect(row(page, agreementTitle).count()).resolves.toBe(1);
    await expect(dialog.isVisible()).resolves.toBe(false);

    // The meeting is readable again, and its history names the restore.
    expect((await c.viewer.meeting.byId({ id: meetingId })).title).toBe(meetingTitle);
    const history = await c.viewer.history.byRecord({ entity: "meeting", id: meetingId });
    expect(history.items.map((e) => [e.action, e.user?.name])).toEqual([
      ["RESTORE", demoAdmin.name],
      ["DELETE", demoAdmin.name],
      ["CREATE", c.users.editor.name],
    ]);
    await page.context().close();
  }, 120_000);

  it("works at 375 px, and other roles are kept out", async () => {
    const phone = await openAs("admin@demo", "phone", "/admin/deleted");
    const card = row(phone, agreementTitle);
    await card.waitFor();
    await expect(card.getByRole("button", { name: `Восстановить: ${agreementTitle}` }).isVisible()).resolves.toBe(true);
    // Nothing sticks out sideways.
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await snap(phone, "admin-deleted-375");
    await phone.getByRole("button", { name: /Столбцы/ }).click();
    await phone.getByRole("checkbox", { name: "Тип" }).waitFor();
    await snap(phone, "admin-deleted-columns-375", false);
    await phone.context().close();

    const editor = await openAs("editor@demo", "desktop", "/admin/deleted", false);
    await editor.getByRole("heading", { name: "Недостаточно прав" }).waitFor();
    await expect(editor.getByText(agreementTitle).count()).resolves.toBe(0);
    await expect(editor.getByRole("navigation", { name: "Разделы" }).getByRole("link", { name: "Удалённые записи" }).count()).resolves.toBe(0);
    await editor.context().close();
    expect(agreementId).toBeTruthy();
  }, 90_000);
});
