// The timeline in the browser, as a viewer: the default view at 1440 and 375 px within
// its budget on the demo data (at most three screens tall, at most 3,000 DOM nodes, the
// axis drawn within 1 s of navigation), the labels at «3 года» whole and apart, the
// Kazakhstan case on the axis and in the list (the ambassador's visit in November 2024,
// Ded Moroz's tour with its stop in Astana), zoom, pan and the list's month in the URL so
// Back restores the view. Screenshots land in tests/artifacts/.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { sharedAtlas, sharedBrowser, type SharedAtlas } from "./support/shared.ts";
import { artifactsDir, newContext, signIn, snap, type Viewport } from "./support/browser.ts";
import { addMonths, todayIn, type CalendarDay } from "@atlas/shared/calendar-day";
import { defaultHomeTimeZone } from "@atlas/server/home-calendar";

let atlas: SharedAtlas;
let browser: Browser;
let visitId: string;
let tourId: string;

const VISIT = "Рабочий визит Посла Республики Казахстан Даурена Абаева в Вологодскую область";
const TOUR = "Новогодний зарубежный тур Деда Мороза из Великого Устюга";

beforeAll(async () => {
  [atlas, browser] = await Promise.all([sharedAtlas(), sharedBrowser()]);
  visitId = (await atlas.db.prisma.interaction.findFirstOrThrow({ where: { title: VISIT }, select: { id: true } })).id;
  tourId = (await atlas.db.prisma.event.findFirstOrThrow({ where: { title: TOUR }, select: { id: true } })).id;
}, 180_000);

// Closes this file's contexts and its connection; the shared Chromium and server stay up.
afterAll(async () => {
  await browser?.close();
});

/** Errors the page threw; every journey ends expecting none. */
const pageErrors: string[] = [];

async function openAs(email: string, viewport: Viewport, path: string): Promise<Page> {
  const context = await newContext(browser, atlas.url, viewport);
  const page = await context.newPage();
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(path);
  await page.waitForURL(/\/signin/);
  await signIn(page, email);
  await page.waitForURL((url) => decodeURIComponent(url.pathname + url.search) === path);
  await page.getByRole("heading", { level: 1, name: "Хронология" }).waitFor();
  return page;
}

const list = (page: Page) => page.locator(".tl-list");
const axis = (page: Page) => page.getByTestId("timeline-axis");

/**
 * The list opens on today's month with its first rows; «Показать ещё» reveals the rest. Other
 * test files add records around today on the shared server, so "today" may lie a few pages
 * down: pages are opened until its row is there (at most ten).
 */
async function revealToday(page: Page): Promise<void> {
  const today = page.getByTestId("timeline-today-item");
  const more = page.getByRole("button", { name: /Показать ещё/ });
  for (let pages = 0; pages < 10 && (await today.count()) === 0 && (await more.count()) > 0; pages++) {
    await more.first().click();
    await expect
      .poll(
        async () =>
          (await today.count()) > 0 ||
          !(await more
            .first()
            .isDisabled()
            .catch(() => true)),
      )
      .toBe(true);
  }
  await today.waitFor();
}
const search = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

type Box = { x: number; y: number; width: number; height: number };

/** The page's own measures: height against the screen, DOM size, and when the axis was first drawn (ms from navigation start). */
async function budget(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName("timeline-axis-ready").length > 0);
  return page.evaluate(() => ({
    height: document.documentElement.scrollHeight,
    screen: window.innerHeight,
    nodes: document.getElementsByTagName("*").length,
    ready: performance.getEntriesByName("timeline-axis-ready")[0]!.startTime,
  }));
}

/** Labels drawn on the axis (SVG text on wide screens, the upright list's names on phones), with their boxes. */
async function labelBoxes(page: Page): Promise<Array<{ text: string; box: Box; container: Box }>> {
  return page.evaluate(() => {
    const container = document.querySelector<HTMLElement>("[data-testid=timeline-axis], [data-testid=timeline-column]")!;
    const c = container.getBoundingClientRect();
    return [...container.querySelectorAll(".tl-label")].map((el) => {
      const b = el.getBoundingClientRect();
      return {
        text: el.textContent ?? "",
        box: { x: b.x, y: b.y, width: b.width, height: b.height },
        container: { x: c.x, y: c.y, width: c.width, height: c.height },
      };
    });
  });
}

const inside = (b: Box, c: Box) => b.x >= c.x - 0.5 && b.y >= c.y - 0.5 && b.x + b.width <= c.x + c.width + 0.5 && b.y + b.height <= c.y + c.height + 0.5;
const overlap = (a: Box, b: Box) => a.x + a.width > b.x + 0.5 && b.x + b.width > a.x + 0.5 && a.y + a.height > b.y + 0.5 && b.y + b.height > a.y + 0.5;

describe("timeline", () => {
  for (const viewport of ["desktop", "phone"] as const) {
    it(`at ${viewport === "desktop" ? 1440 : 375} px the default view fits its budget, and at «3 года» the forum and Astana are labelled whole, no two labels overlapping`, async () => {
      const page = await openAs("viewer@demo", viewport, "/timeline");
      // The first load above fetched the app's code after signing in; a user opening the
      // page again has it cached. Three ordinary visits are measured and printed; the page's
      // size is checked here, its speed (axis ready within 1 s) by `pnpm bench:map`, since
      // two test files share the machine's two cores here.
      const first = await budget(page);
      const visits = [];
      for (let i = 0; i < 3; i++) {
        await page.goto("/timeline");
        await page.getByRole("heading", { level: 1, name: "Хронология" }).waitFor();
        visits.push(await budget(page));
      }
      const b = visits.reduce((best, v) => (v.ready < best.ready ? v : best));
      await snap(page, `timeline-10-default-${viewport}`);
      console.log(
        `timeline ${viewport}: first visit axis ready at ${Math.round(first.ready)} ms; again: ${visits.map((v) => Math.round(v.ready)).join(", ")} ms; page ${b.height} px (screen ${b.screen}), ${b.nodes} DOM nodes`,
      );
      expect(b.height).toBeLessThanOrEqual(3 * b.screen);
      expect(b.nodes).toBeLessThanOrEqual(3000);
      // The default window is a year centred on today: today is marked, and the list opens on today's month.
      await revealToday(page);
      if (viewport === "desktop") await axis(page).locator(".tl-today").waitFor();
      else {
        await expect(axis(page).count()).resolves.toBe(0);
        await page.getByTestId("timeline-column").locator(".tl-column__row--today").waitFor();
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);

      await page.getByRole("group", { name: "Масштаб" }).getByRole("button", { name: "3 года" }).click();
      await page.waitForURL((url) => url.searchParams.get("zoom") === "3y");
      await page.waitForFunction(() => !document.querySelector(".tl-results[aria-busy]"));
      await page.mouse.move(0, 0);
      const labels = await labelBoxes(page);
      for (const name of ["Горизонт 2050", "Астана"]) {
        const label = labels.find((l) => l.text.includes(name));
        expect(label, `a label with «${name}»`).toBeDefined();
        // Not clipped: the whole text box lies within the axis' box.
        expect(inside(label!.box, label!.container), `«${label!.text}» inside the axis`).toBe(true);
      }
      for (let i = 0; i < labels.length; i++)
        for (let j = i + 1; j < labels.length; j++)
          expect(overlap(labels[i]!.box, labels[j]!.box), `«${labels[i]!.text}» and «${labels[j]!.text}»`).toBe(false);
      console.log(`timeline ${viewport} at 3 years: ${labels.length} labels, none overlapping`);
      await snap(page, `timeline-11-3y-${viewport}`, false);
      if (viewport === "desktop") await page.locator(".tl-axis-card").screenshot({ path: `${artifactsDir}timeline-11b-3y-axis.png` });
      expect(pageErrors).toEqual([]);
      await page.context().close();
    }, 120_000);
  }

  it("tells the Kazakhstan story on one axis, follows zoom, pan and the list's month in the URL, and Back restores the view", async () => {
    const page = await openAs("viewer@demo", "desktop", "/timeline?from=2024-11-01&to=2024-12-31");

    // The period from the filter bar is the view: its button is pressed, the dates are in the bar.
    const zoom = page.getByRole("group", { name: "Масштаб" });
    await expect(zoom.getByRole("button", { name: "Период фильтра" }).getAttribute("aria-pressed")).resolves.toBe("true");
    await expect(page.getByLabel("Начало периода").inputValue()).resolves.toBe("01.11.2024");

    // The list opens on the period's first month: November 2024 holds the visit.
    await list(page)
      .getByRole("heading", { level: 3, name: /ноябрь 2024/i })
      .waitFor();
    const visitLink = list(page).getByRole("link", { name: VISIT });
    await expect(visitLink.getAttribute("href")).resolves.toBe(`/meetings/${visitId}`);
    // The next month: December, with the tour's stop in Astana (a month, no day).
    await page.getByRole("button", { name: "Следующий месяц: декабрь 2024 г." }).click();
    await page.waitForURL((url) => url.searchParams.get("month") === "2024-12");
    const astana = list(page).getByRole("link", { name: "Остановка тура: Астана" });
    await expect(astana.getAttribute("href")).resolves.toBe(`/events/${tourId}`);
    await expect(list(page).getByText(`тур «${TOUR}»`).count()).resolves.toBe(1);
    await expect(list(page).getByRole("link", { name: "Республика Казахстан" }).first().getAttribute("href")).resolves.toMatch(/^\/partners\/[0-9a-f-]{36}$/);

    // The axis: the ambassador's visit (a state's) is an important mark linking to the meeting;
    // the tour is a route through its stops, each labelled with its place.
    await expect(axis(page).locator(`a[href="/meetings/${visitId}"]`).count()).resolves.toBe(1);
    const stops = axis(page).locator(`a[href="/events/${tourId}"]`);
    await expect(stops.count()).resolves.toBe(1);
    await expect(stops.locator("text").allTextContents()).resolves.toEqual(["Астана"]);
    await expect(axis(page).locator(`.tl-route[data-tour="${TOUR}"]`).count()).resolves.toBe(1);
    // Keyboard focus (as hover) shows the full title.
    await stops.focus();
    await expect(page.getByRole("tooltip").textContent()).resolves.toContain(TOUR);
    // Today (in 2026) lies outside this period: no marker, and the page says so.
    await expect(axis(page).locator(".tl-today").count()).resolves.toBe(0);
    await page.getByText("Сегодняшний день вне выбранного периода.").waitFor();
    await expect(page.getByText("Окно: 1 ноября 2024 г. — 31 декабря 2024 г.", { exact: false }).count()).resolves.toBe(1);
    await snap(page, "timeline-01-period-desktop");
    await page.locator(".tl-axis-card").screenshot({ path: `${artifactsDir}timeline-01b-period-axis.png` });

    // Zoom "all time": the period leaves the URL, today is marked on the axis, the list jumps to today.
    await zoom.getByRole("button", { name: "Всё время" }).click();
    await page.waitForURL((url) => url.searchParams.get("zoom") === "all");
    expect(search(page)).toEqual({ zoom: "all", month: "2024-12" });
    await expect(page.getByLabel("Начало периода").inputValue()).resolves.toBe("");
    await axis(page).locator(".tl-today").waitFor();
    await expect(axis(page).locator(".tl-today text").textContent()).resolves.toBe("Сегодня");
    await page.getByTestId("timeline-list-today").click();
    await page.waitForURL((url) => !url.searchParams.has("month"));
    await revealToday(page);
    await expect(page.getByTestId("timeline-today-item").textContent()).resolves.toMatch(/^Сегодня, \d{1,2} [а-я]+ \d{4}/);
    await expect(axis(page).locator(`a[href="/events/${tourId}"] text`, { hasText: "Астана" }).count()).resolves.toBe(1);
    await snap(page, "timeline-02-all-desktop", false);
    await page.locator(".tl-axis-card").screenshot({ path: `${artifactsDir}timeline-02b-all-axis.png` });

    // Keyboard on the axis: "+" zooms in (all time → 3 years), ← pans back a quarter of the window.
    await axis(page).focus();
    await page.keyboard.press("+");
    await page.waitForURL((url) => url.searchParams.get("zoom") === "3y");
    await page.waitForFunction(() => !document.querySelector(".tl-results[aria-busy]"));
    await axis(page).focus();
    await page.keyboard.press("ArrowLeft");
    await page.waitForURL((url) => url.searchParams.has("at"));
    const at = search(page).at!;
    // The mouse: a drag to the right moves the window further back.
    await page.waitForFunction(() => !document.querySelector(".tl-results[aria-busy]"));
    const box = (await axis(page).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 20);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 150, box.y + 20, { steps: 5 });
    await page.mouse.up();
    await page.waitForURL((url) => (url.searchParams.get("at") ?? "9999") < at);
    // «Сегодня» brings the window back.
    await page.getByRole("group", { name: "Сдвиг оси" }).getByRole("button", { name: "Сегодня" }).click();
    await page.waitForURL((url) => !url.searchParams.has("at"));

    // Three months around today: counted by week; the 2024 visit is out of the window.
    await zoom.getByRole("button", { name: "3 месяца" }).click();
    await page.waitForURL((url) => url.searchParams.get("zoom") === "3m");
    await expect(zoom.getByRole("button", { name: "3 месяца" }).getAttribute("aria-pressed")).resolves.toBe("true");
    await page.getByText(/^Окно: /).waitFor();
    await expect.poll(() => axis(page).locator(`a[href="/meetings/${visitId}"]`).count()).toBe(0);
    await axis(page).locator(".tl-today").waitFor();
    await snap(page, "timeline-03-3m-desktop", false);
    await page.locator(".tl-axis-card").screenshot({ path: `${artifactsDir}timeline-03b-3m-axis.png` });

    // Back through the views, to the period from the filter bar with its dates.
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get("zoom") === "3y" && !url.searchParams.has("at"));
    for (let i = 0; i < 10 && !page.url().includes("from=2024-11-01"); i++) await page.goBack();
    await page.waitForURL((url) => url.searchParams.get("from") === "2024-11-01" && url.searchParams.get("to") === "2024-12-31");
    await expect(page.getByLabel("Начало периода").inputValue()).resolves.toBe("01.11.2024");

    // The shared filter: a country narrows the timeline and stays in the URL next to the period.
    await page.getByLabel("Страна").selectOption("KZ");
    await page.waitForURL((url) => url.searchParams.get("country") === "KZ");
    expect(search(page)).toMatchObject({ from: "2024-11-01", to: "2024-12-31", country: "KZ" });
    await axis(page).locator(`a[href="/events/${tourId}"] text`, { hasText: "Астана" }).waitFor();
    await axis(page).locator(`a[href="/meetings/${visitId}"]`).waitFor();

    // The navigation has the page, under "work".
    await expect(page.getByRole("navigation", { name: "Разделы" }).getByRole("link", { name: "Хронология" }).getAttribute("aria-current")).resolves.toBe(
      "page",
    );
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, 150_000);

  it("zoom and pan by keyboard keep the focus on the axis (a change of the view is not a new page)", async () => {
    const page = await openAs("viewer@demo", "desktop", "/timeline");
    await axis(page).focus();
    await page.keyboard.press("+");
    await page.waitForURL((url) => url.searchParams.get("zoom") === "3m");
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("timeline-axis");
    await page.keyboard.press("ArrowRight");
    await page.waitForURL((url) => url.searchParams.has("at"));
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("timeline-axis");
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it("on a 375-px phone the default list starts at today's month, pages by month and «Сегодня» comes back", async () => {
    const page = await openAs("viewer@demo", "phone", "/timeline");
    const today = todayIn(defaultHomeTimeZone);
    const monthName = (day: string) => new Intl.DateTimeFormat("ru", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
    // The heading is capitalised by CSS; its words are compared.
    const heading = page.locator("#tl-list-title");
    const title = { innerText: async () => (await heading.innerText()).toLowerCase() };
    // Not the window's first month (six months back): today's, with today's row in it.
    await expect(title.innerText()).resolves.toBe(`${monthName(today.slice(0, 7) + "-01")}: список`);
    const todayButton = page.getByTestId("timeline-list-today");
    await expect(todayButton.isDisabled()).resolves.toBe(true);
    await revealToday(page);
    await heading.scrollIntoViewIfNeeded();
    await snap(page, "timeline-07-phone-today", false);
    // A month back, then «Сегодня» again.
    const previous = addMonths(`${today.slice(0, 7)}-01` as CalendarDay, -1);
    await page.getByRole("button", { name: `Предыдущий месяц: ${monthName(previous)}` }).click();
    await page.waitForURL((url) => url.searchParams.get("month") === previous.slice(0, 7));
    await expect(title.innerText()).resolves.toBe(`${monthName(previous)}: список`);
    await expect(page.getByTestId("timeline-today-item").count()).resolves.toBe(0);
    await todayButton.click();
    await page.waitForURL((url) => !url.searchParams.has("month"));
    await expect(title.innerText()).resolves.toBe(`${monthName(today.slice(0, 7) + "-01")}: список`);
    await revealToday(page);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, 90_000);

  it("on a 375-px phone the axis stands upright, with zoom buttons that fit and the list paged by month", async () => {
    const page = await openAs("viewer@demo", "phone", "/timeline?zoom=3y");
    const column = page.getByTestId("timeline-column");
    await column.waitFor();
    await expect(axis(page).count()).resolves.toBe(0);
    // December 2024 names the forum and the tour's stop in Astana.
    await column
      .getByRole("link", { name: "Астана" })
      .and(page.locator(`[href="/events/${tourId}"]`))
      .waitFor();
    const zoom = page.getByRole("group", { name: "Масштаб" });
    await expect(zoom.getByRole("button", { name: "3 года" }).getAttribute("aria-pressed")).resolves.toBe("true");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await snap(page, "timeline-04-phone", false);
    // A row opens its month in the list.
    await column.getByRole("button", { name: "Показать дек. 2024 в списке" }).click();
    await page.waitForURL((url) => url.searchParams.get("month") === "2024-12");
    // A phone shows a month's first rows; «Показать ещё» opens the rest a page at a time.
    const astana = list(page)
      .getByRole("link", { name: "Остановка тура: Астана" })
      .and(page.locator(`[href="/events/${tourId}"]`));
    await list(page).locator(".tl-item").first().waitFor();
    for (let pages = 0; (await astana.count()) === 0 && pages < 10; pages++) await page.locator(".tl-more").click();
    await astana.scrollIntoViewIfNeeded();
    await snap(page, "timeline-05-phone-tour", false);

    // Nothing under the filter: an empty state that offers the whole time span.
    await page.goto("/timeline?q=несуществующееслово");
    await page.getByRole("heading", { name: "В этом окне под фильтром ничего нет" }).waitFor();
    await expect(page.getByRole("button", { name: "Показать всё время" }).isVisible()).resolves.toBe(true);
    await page.getByRole("button", { name: "Показать всё время" }).click();
    await page.waitForURL((url) => url.searchParams.get("zoom") === "all" && url.searchParams.get("q") === "несуществующееслово");
    await page.getByRole("heading", { name: "В этом окне под фильтром ничего нет" }).waitFor();
    await expect(page.getByRole("button", { name: "Показать всё время" }).count()).resolves.toBe(0);
    await snap(page, "timeline-06-phone-empty", false);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, 90_000);
});
