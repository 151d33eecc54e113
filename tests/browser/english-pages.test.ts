// English mode shows no Russian outside user data: every page of the app, signed in
// as an administrator (and one forbidden page as a viewer), a form submitted empty, and
// a refusal from the server. User data (names, titles, notes: Russian by nature) is
// told apart precisely: an element marked lang="ru", or text made of the values the
// database holds (every text column of every record, aliases, and the values in the
// change log), which are cut out before looking for Cyrillic. Whatever Cyrillic is
// left is a string the interface forgot to translate.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { sharedAtlas, sharedBrowser, type SharedAtlas } from "./support/shared.ts";
import { newContext } from "./support/browser.ts";

let atlas: SharedAtlas;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [atlas, browser] = await Promise.all([sharedAtlas(), sharedBrowser()]);
  context = await newContext(browser, atlas.url);
  // The language switch keeps its choice here; set before any page script runs.
  await context.addInitScript(() => localStorage.setItem("atlas.language", "en"));
  page = await context.newPage();
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

async function signInAs(email: string): Promise<void> {
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill("demo");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
}

/** Nothing loading, no request in flight: what the page shows now is what it settles on. */
async function settle(): Promise<void> {
  await page.waitForLoadState("networkidle");
  await page
    .waitForFunction(() => document.querySelectorAll("[aria-busy=true], .results--stale, .skeleton").length === 0, undefined, { timeout: 15_000 })
    .catch(() => undefined);
}

const cyrillic = /[А-Яа-яЁё]/;

/** The text columns of the records, per model (Prisma's delegate names). */
const textColumns: Record<string, string[]> = {
  user: ["name"],
  partner: ["name", "notes", "aliases"],
  person: ["fullName", "post", "organisation", "notes"],
  personPosition: ["post", "organisation"],
  sector: ["name"],
  meetingKind: ["name"],
  eventKind: ["name"],
  agreementKind: ["name"],
  partnerKind: ["name"],
  source: ["title", "outlet"],
  interaction: ["title", "place", "summary", "outcomes"],
  interactionParticipant: ["role", "post", "organisation"],
  agreement: ["title", "summary", "signingPlace", "registrationNumber"],
  agreementStageChange: ["note"],
  agreementDocument: ["title"],
  planItem: ["title", "responsible"],
  followUp: ["title", "details"],
  project: ["title", "summary"],
  projectSite: ["name", "notes"],
  exportCategory: ["name", "description"],
  exportFigure: ["unit"],
  exportFact: ["statement"],
  event: ["title", "place", "description"],
  eventStop: ["place", "notes"],
};

/** Every Cyrillic string in a value (the change log's JSON holds old and new values). */
function stringsIn(value: unknown, out: Set<string>): void {
  if (typeof value === "string") {
    if (cyrillic.test(value)) out.add(value.trim());
  } else if (Array.isArray(value)) for (const item of value) stringsIn(item, out);
  else if (value && typeof value === "object") for (const item of Object.values(value)) stringsIn(item, out);
}

/** The record-provided texts now in the database, longest first (so a name inside a title is cut with the title). */
async function userTexts(): Promise<string[]> {
  const prisma = atlas.db.prisma as unknown as Record<string, { findMany(args: unknown): Promise<Array<Record<string, unknown>>> }>;
  const out = new Set<string>();
  await Promise.all([
    ...Object.entries(textColumns).map(async ([model, columns]) => {
      const rows = await prisma[model]!.findMany({ select: Object.fromEntries(columns.map((c) => [c, true])) });
      stringsIn(rows, out);
    }),
    prisma.changeLog!.findMany({ select: { changes: true } }).then((rows) => stringsIn(rows, out)),
  ]);
  // A person's or user's initials (the avatar) come from their name.
  const users = await prisma.user!.findMany({ select: { name: true } });
  for (const { name } of users) {
    const initials = String(name)
      .split(/[\s:]+/)
      .filter(Boolean)
      .map((word) => word[0])
      .join("")
      .slice(0, 2)
      .toUpperCase();
    if (cyrillic.test(initials)) out.add(initials);
  }
  return [...out].filter(Boolean).sort((a, b) => b.length - a.length);
}

let knownUserTexts: string[] = [];

/**
 * Cyrillic the user would read outside user data: text nodes, and the labels a screen
 * reader or a tooltip reads (aria-label, title, placeholder, alt). Text inside an element
 * whose nearest lang is Russian is user data; so is what a field holds (its value).
 */
async function russianOutsideUserData(): Promise<string[]> {
  return page.evaluate((userTexts) => {
    const cyrillic = /[А-Яа-яЁё]/;
    // Record values cut out of a text; what remains is the interface's own wording.
    const withoutUserTexts = (text: string) => {
      let rest = text.replace(/\s+/g, " ");
      for (const value of userTexts) if (rest.includes(value)) rest = rest.split(value).join(" ");
      return rest;
    };
    const isUserData = (el: Element | null) => (el?.closest("[lang]")?.getAttribute("lang") ?? "").startsWith("ru");
    const where = (el: Element) => {
      const parts: string[] = [];
      for (let at: Element | null = el; at && at !== document.body && parts.length < 4; at = at.parentElement) {
        parts.unshift(at.tagName.toLowerCase() + (at.classList[0] ? `.${at.classList[0]}` : ""));
      }
      return parts.join(" > ");
    };
    const found = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      const parent = node.parentElement;
      if (!parent || !cyrillic.test(text) || isUserData(parent) || !cyrillic.test(withoutUserTexts(text))) continue;
      if (parent.closest("script, style, noscript, textarea, option:not(:checked)")) continue;
      found.add(`${where(parent)}: ${text.trim().slice(0, 80)}`);
    }
    for (const el of document.body.querySelectorAll("[aria-label], [title], [placeholder], [alt]")) {
      if (isUserData(el)) continue;
      for (const name of ["aria-label", "title", "placeholder", "alt"]) {
        const value = el.getAttribute(name);
        if (value && cyrillic.test(withoutUserTexts(value))) found.add(`${where(el)} @${name}: ${value.slice(0, 80)}`);
      }
    }
    if (cyrillic.test(withoutUserTexts(document.title))) found.add(`title: ${document.title}`);
    return [...found];
  }, knownUserTexts);
}

/** Opens `path`, waits for it to settle, and returns the Russian it shows outside user data, each line prefixed with the path. */
async function visit(path: string): Promise<string[]> {
  await page.goto(path);
  await settle();
  let found = await russianOutsideUserData();
  // Other browser files share this server and add records as they go (a user named
  // «Ирина Петрова», say): what looks like Russian is checked again against the user data
  // as it is now before it counts.
  if (found.length > 0) {
    knownUserTexts = await userTexts();
    found = await russianOutsideUserData();
  }
  return found.map((line) => `${path} — ${line}`);
}

describe("English mode", () => {
  it("shows no Russian outside user data on any page, in forms' errors or in the server's refusals", async () => {
    const prisma = atlas.db.prisma;
    const live = { where: { deletedAt: null }, select: { id: true } } as const;
    const [partner, person, meeting, agreement, event, project] = await Promise.all([
      prisma.partner.findFirst({ ...live, where: { deletedAt: null, isHome: false } }),
      prisma.person.findFirst(live),
      prisma.interaction.findFirst(live),
      prisma.agreement.findFirst(live),
      prisma.event.findFirst(live),
      prisma.project.findFirst(live),
    ]);
    for (const record of [partner, person, meeting, agreement, event, project]) expect(record).toBeTruthy();
    knownUserTexts = await userTexts();
    expect(knownUserTexts.length).toBeGreaterThan(100);

    await page.goto("/");
    await page.waitForURL(/\/signin/);
    await settle();
    const found = (await russianOutsideUserData()).map((line) => `/signin — ${line}`);
    await signInAs("admin@demo");

    const pages = [
      "/",
      "/map",
      "/timeline",
      "/partners",
      `/partners/${partner!.id}`,
      "/partners/new",
      `/partners/${partner!.id}/edit`,
      `/people/${person!.id}`,
      "/people/new",
      "/meetings",
      `/meetings/${meeting!.id}`,
      "/meetings/new",
      `/meetings/${meeting!.id}/edit`,
      "/agreements",
      `/agreements/${agreement!.id}`,
      "/agreements/new",
      "/events",
      `/events/${event!.id}`,
      "/events/new",
      "/projects",
      `/projects/${project!.id}`,
      "/projects/new",
      "/exports",
      "/exports/entry",
      "/tasks",
      "/import",
      "/admin/users",
      "/admin/vocabularies",
      "/admin/deleted",
      "/change-password",
      "/no-such-page",
    ];
    for (const path of pages) found.push(...(await visit(path)));
    // The walk's findings first, so a failure in the steps below still names them.
    if (found.length > 0) console.warn(`Russian outside user data:\n${found.join("\n")}`);

    // A form submitted empty: the shared schemas' checks, worded in English.
    await page.goto("/events/new");
    await settle();
    await page.locator('form button[type="submit"]').click();
    await page.locator(".field__error").first().waitFor();
    found.push(...(await russianOutsideUserData()).map((line) => `/events/new (submitted empty) — ${line}`));
    expect(await page.locator(".field__error").allInnerTexts()).not.toEqual([]);

    // A refusal from the server: a demo account's password cannot be changed.
    await page.goto("/change-password");
    await settle();
    await page.locator('input[name="currentPassword"]').fill("demo");
    await page.locator('input[name="newPassword"]').fill("a-new-password-1");
    await page.locator('input[name="repeat"]').fill("a-new-password-1");
    await page.locator("form").getByRole("button").last().click();
    await page.getByText("The password of a demo account cannot be changed").waitFor();
    found.push(...(await russianOutsideUserData()).map((line) => `/change-password (refused) — ${line}`));

    // A page the viewer may not open.
    await page.context().clearCookies();
    await page.goto("/admin/users");
    await page.waitForURL(/\/signin/);
    await signInAs("viewer@demo");
    await settle();
    await page.getByRole("heading", { name: "Not allowed" }).waitFor();
    found.push(...(await russianOutsideUserData()).map((line) => `/admin/users as viewer — ${line}`));

    expect(found).toEqual([]);
  }, 300_000);
});
