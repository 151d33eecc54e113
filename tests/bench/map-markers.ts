// Map speed benchmark (run by hand, not in CI): `pnpm bench:map [partners]` (default 5000).
//
// Starts the real app on a fresh database with the demo data (startAtlas), adds
// `partners` located partners, each with a contact so that the map draws it, opens
// /map in headless Chromium, then pans and zooms with the mouse while the page records
// every frame with requestAnimationFrame and every long task (> 50 ms). Prints p50/p95
// frame time and the long tasks; exits 1 when p95 > 50 ms. Then times the timeline's
// first screen at 1440 and 375 px: its axis must be drawn within 1 s of navigation.
//
// Its database comes from the test runner (a server of its own, not the browser files'
// shared one: it adds thousands of partners), so this file runs inside Vitest:
// started with tsx, it starts Vitest on itself and exits with Vitest's result. The
// built client is needed (client/dist, or ATLAS_TEST_CLIENT_DIST).
import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";

const P95_LIMIT_MS = 50;

if (!process.env.VITEST) {
  const { startVitest } = await import("vitest/node");
  const partners = process.argv[2] ?? "5000";
  process.env.ATLAS_BENCH_MAP_PARTNERS = partners;
  const vitest = await startVitest(
    ["bench/map-markers.ts"],
    { config: fileURLToPath(new URL("../vitest.config.ts", import.meta.url)), run: true, watch: false },
    // Only this file: the filter above picks it out of the include list.
    { test: { include: ["bench/map-markers.ts"], testTimeout: 900_000, hookTimeout: 900_000 } },
  );
  await vitest.close();
  process.exit(process.exitCode ?? 0);
} else {
  await defineBench();
}

async function defineBench(): Promise<void> {
  const { afterAll, beforeAll, expect, it } = await import("vitest");
  const { startAtlas } = await import("../browser/support/server.ts");
  const { openTestDatabase } = await import("../support/test-database.ts");
  const { launchBrowser, newContext, signIn, snap } = await import("../browser/support/browser.ts");
  type Atlas = Awaited<ReturnType<typeof startAtlas>>;
  type Browser = Awaited<ReturnType<typeof launchBrowser>>;

  const wanted = Number(process.env.ATLAS_BENCH_MAP_PARTNERS ?? 5000);
  let atlas: Atlas;
  let browser: Browser;

  beforeAll(async () => {
    [atlas, browser] = await Promise.all([openTestDatabase().then((db) => startAtlas({ db })), launchBrowser()]);
    await addLocatedPartners(atlas, wanted);
  });

  afterAll(async () => {
    await browser?.close();
    await atlas?.close();
  });

  it(`pans and zooms a map of ${wanted}+ partner markers at p95 ≤ ${P95_LIMIT_MS} ms per frame`, async () => {
    const context = await newContext(browser, atlas.url, "desktop");
    const page = await context.newPage();
    await page.goto("/map");
    await page.waitForURL(/\/signin/);
    await signIn(page, "viewer@demo");
    await page.waitForURL((url) => url.pathname === "/map");
    await page.locator(".leaflet-marker-icon.marker-cluster").first().waitFor({ timeout: 120_000 });
    await page.waitForTimeout(1500); // chunked loading of the markers ends

    // Every point is on the map: clusters and single markers add up to the partners.
    const shown = await page.evaluate(() => {
      let sum = 0;
      for (const el of document.querySelectorAll(".leaflet-marker-pane .leaflet-marker-icon")) {
        if (el.classList.contains("marker-cluster")) sum += Number(el.querySelector("span")?.textContent ?? 0);
        else if (el.classList.contains("map-marker")) sum += 1;
      }
      return sum;
    });
    console.log(`markers on the map at the first view: ${shown} (clusters counted by size)`);
    expect(shown).toBeGreaterThanOrEqual(wanted);

    const map = page.locator(".leaflet-container");
    await map.scrollIntoViewIfNeeded();
    const box = (await map.boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;

    // How fast this machine is right now (shared CI machines vary a lot): a fixed piece of work.
    const calibration = await page.evaluate(() => {
      const t0 = performance.now();
      let x = 0;
      for (let i = 0; i < 20_000_000; i++) x = (x + i * 7) % 1_000_003;
      return { ms: performance.now() - t0, x };
    });
    console.log(`calibration: a fixed 20M-step loop took ${calibration.ms.toFixed(0)} ms in the page (compare between runs: a busy machine shows here first)`);

    // Recording in the page: one entry per frame, and the long tasks.
    await page.evaluate(() => {
      const w = window as unknown as { __frames: number[]; __long: number[]; __stop: boolean };
      w.__frames = [];
      w.__long = [];
      w.__stop = false;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__long.push(e.duration);
      }).observe({ type: "longtask", buffered: false });
      let last = performance.now();
      const tick = (now: number) => {
        w.__frames.push(now - last);
        last = now;
        if (!w.__stop) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });

    // ATLAS_BENCH_PROFILE=1: a CPU profile of the interaction, summed by function (self time).
    const profiler = process.env.ATLAS_BENCH_PROFILE ? await page.context().newCDPSession(page) : null;
    if (profiler) {
      await profiler.send("Profiler.enable");
      await profiler.send("Profiler.setSamplingInterval", { interval: 500 });
      await profiler.send("Profiler.start");
    }

    const started = Date.now();
    const drag = async (dx: number, dy: number) => {
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      await page.mouse.move(cx + dx, cy + dy, { steps: 20 });
      await page.mouse.up();
      await page.waitForTimeout(300);
    };
    const wheel = async (dy: number, x = cx, y = cy) => {
      await page.mouse.move(x, y);
      await page.mouse.wheel(0, dy);
      await page.waitForTimeout(600); // the zoom animation and the re-clustering
    };
    // Around the world view, then into Central Asia and out again, panning at each level.
    await drag(250, 0);
    await drag(-400, 60);
    await drag(150, -60);
    for (let i = 0; i < 3; i++) {
      await wheel(-240);
      await drag(-200, 80);
      await drag(200, -80);
    }
    for (let i = 0; i < 3; i++) {
      await wheel(240);
      await drag(120, 40);
    }
    const seconds = (Date.now() - started) / 1000;
    if (profiler) printProfile((await profiler.send("Profiler.stop")).profile);

    const { frames, long } = await page.evaluate(() => {
      const w = window as unknown as { __frames: number[]; __long: number[]; __stop: boolean };
      w.__stop = true;
      return { frames: w.__frames.slice(1), long: w.__long };
    });
    await snap(page, "bench-map-markers", false);
    await context.close();

    const sorted = [...frames].sort((a, b) => a - b);
    const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
    const p50 = pct(50);
    const p95 = pct(95);
    const longTotal = long.reduce((a, b) => a + b, 0);
    console.log(
      [
        `map benchmark: ${shown} markers, ${frames.length} frames in ${seconds.toFixed(1)} s of panning and zooming`,
        `  frame time p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms (limit p95 ≤ ${P95_LIMIT_MS} ms)`,
        `  long tasks: ${long.length}, ${longTotal.toFixed(0)} ms in all, longest ${Math.max(0, ...long).toFixed(0)} ms`,
      ].join("\n"),
    );
    expect(frames.length).toBeGreaterThan(30);
    expect(p95, `p95 frame time ${p95.toFixed(1)} ms`).toBeLessThanOrEqual(P95_LIMIT_MS);
  });

  // The timeline's first screen (issue 17: ready within 1 s on the demo data). A speed
  // target, so it is checked here, not in the browser suite, where two test files share
  // two cores; the journeys there print the time and check the page's size instead.
  it("draws the timeline's axis within 1 s of navigation at 1440 and 375 px (best of three visits)", async () => {
    for (const viewport of ["desktop", "phone"] as const) {
      const context = await newContext(browser, atlas.url, viewport);
      const page = await context.newPage();
      await page.goto("/timeline");
      await page.waitForURL(/\/signin/);
      await signIn(page, "viewer@demo");
      await page.waitForURL((url) => url.pathname === "/timeline");
      const ready: number[] = [];
      for (let i = 0; i < 3; i++) {
        await page.goto("/timeline");
        await page.waitForFunction(() => performance.getEntriesByName("timeline-axis-ready").length > 0, undefined, { timeout: 30_000 });
        ready.push(await page.evaluate(() => performance.getEntriesByName("timeline-axis-ready")[0]!.startTime));
      }
      const best = Math.min(...ready);
      console.log(`timeline ${viewport}: axis ready at ${ready.map((ms) => Math.round(ms)).join(", ")} ms after navigation (limit: best ≤ 1000 ms)`);
      expect(best).toBeLessThanOrEqual(1000);
      await context.close();
    }
  });

  type CpuProfile = {
    nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }>;
    samples?: number[];
    timeDeltas?: number[];
  };
  function printProfile(profile: CpuProfile): void {
    const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map<string, number>();
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      const f = byNode.get(samples[i]!)?.callFrame;
      if (!f) continue;
      const where = `${f.functionName || "(anonymous)"} ${f.url.split("/").pop() ?? ""}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
      self.set(where, (self.get(where) ?? 0) + (deltas[i] ?? 0) / 1000);
    }
    const top = [...self]
      .filter(([k]) => !k.startsWith("(idle)") && !k.startsWith("(program)"))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25);
    console.log(["CPU profile, self time:", ...top.map(([k, ms]) => `  ${ms.toFixed(0).padStart(6)} ms  ${k}`)].join("\n"));
  }

  /**
   * The demo dataset has ~150 partners; the bench needs thousands. Organisations are
   * spread around the located countries of the demo data (as a real register would
   * hold companies across a partner country), each with one past meeting so the map,
   * which shows partners with activity under the filter, draws it.
   */
  async function addLocatedPartners(atlas: Atlas, count: number): Promise<void> {
    const prisma = atlas.db.prisma;
    const countries = await prisma.partner.findMany({
      where: { level: "COUNTRY", latitude: { not: null }, longitude: { not: null }, deletedAt: null, isHome: false },
      select: { id: true, name: true, latitude: true, longitude: true },
    });
    if (countries.length === 0) throw new Error("the demo data has no located countries");
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const gauss = () => Math.sqrt(-2 * Math.log(random() + 1e-9)) * Math.cos(2 * Math.PI * random());
    const now = Date.now();
    const partners = [];
    const interactions = [];
    const links = [];
    for (let n = 0; n < count; n++) {
      const country = countries[n % countries.length]!;
      const id = randomUUID();
      const name = `Организация ${n + 1} (${country.name})`;
      partners.push({
        id,
        name,
        level: "ORGANISATION" as const,
        parentId: country.id,
        latitude: Math.max(-80, Math.min(80, country.latitude! + gauss() * 2.5)),
        longitude: country.longitude! + gauss() * 4,
        searchText: name.toLowerCase(),
      });
      const interactionId = randomUUID();
      interactions.push({
        id: interactionId,
        title: `Встреча с организацией ${n + 1}`,
        kind: "MEETING" as const,
        startsAt: new Date(now - (1 + (n % 300)) * 86_400_000),
      });
      links.push({ interactionId, partnerId: id });
    }
    for (let i = 0; i < count; i += 1000) {
      await prisma.partner.createMany({ data: partners.slice(i, i + 1000) });
      await prisma.interaction.createMany({ data: interactions.slice(i, i + 1000) });
      await prisma.interactionPartner.createMany({ data: links.slice(i, i + 1000) });
    }
    console.log(`added ${count} located partners, each with a meeting, around ${countries.length} countries`);
  }
}
