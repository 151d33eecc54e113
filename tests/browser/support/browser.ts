// Headless Chromium (the system's) through playwright-core, and screenshots kept as
// test artifacts in tests/artifacts/ (gitignored).
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type LaunchOptions, type Page } from "playwright-core";

export const artifactsDir = fileURLToPath(new URL("../../artifacts/", import.meta.url));

export const launchOptions: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};

/** A Chromium of its own (the browser files share one through the hub: `sharedBrowser`). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch(launchOptions);
}

export type Viewport = "desktop" | "laptop" | "phone";
const viewports: Record<Viewport, { width: number; height: number }> = {
  desktop: { width: 1440, height: 900 },
  laptop: { width: 1024, height: 768 },
  phone: { width: 375, height: 740 },
};

/**
 * A fresh browser profile (no cookies), Russian, at one of the sizes the product must work at.
 * `headers` go with every request (X-Forwarded-For: another client address, as the shared
 * server trusts 127.0.0.1 as its proxy).
 */
export async function newContext(
  browser: Browser,
  baseURL: string,
  viewport: Viewport = "desktop",
  timezoneId = "Europe/Moscow",
  headers?: Record<string, string>,
): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    ...(headers ? { extraHTTPHeaders: headers } : {}),
    viewport: viewports[viewport],
    deviceScaleFactor: 1,
    locale: "ru-RU",
    timezoneId,
    ...(viewport === "phone" ? { isMobile: true, hasTouch: true } : {}),
  });
}

/** Saves tests/artifacts/<name>.png of what the page shows now. */
export async function snap(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(artifactsDir, { recursive: true });
  // Transitions are finished first, so a drawer is shown where it ends up, not half-way.
  await page.screenshot({ path: `${artifactsDir}${name}.png`, fullPage, animations: "disabled" });
}

/** Signs in through the sign-in page the way a person does. */
export async function signIn(page: Page, email: string, password = "demo"): Promise<void> {
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole("button", { name: "Войти", exact: true }).click();
}
