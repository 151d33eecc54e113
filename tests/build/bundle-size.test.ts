// The budget for the first load: every script the built index.html loads before the
// first page renders (its module script, the modulepreload links, and whatever those
// import statically), gzipped, at most 200 KiB together. The map (Leaflet) and the
// charts (Recharts) must stay out of it: they are loaded with the pages that use them.
// Runs against client/dist (pnpm test builds it first) or ATLAS_TEST_CLIENT_DIST.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { clientDist } from "../browser/support/server.ts";
import { initialScripts } from "../support/initial-load.ts";

export const BUDGET_BYTES = 200 * 1024;

/** Strings found only in each library's own code (CSS class names it sets, globals it reads). */
export const markers = {
  leaflet: ["leaflet-container", "L_DISABLE_3D", "leaflet-marker-draggable"],
  markercluster: ["spiderfyOnMaxZoom", "_unspiderfy", " marker-cluster-"],
  recharts: ["recharts-wrapper", "recharts-surface", "recharts-cartesian-axis"],
} as const;

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

describe("the first load of the built client", () => {
  const ready = existsSync(join(clientDist, "index.html"));

  it.runIf(ready)("loads at most 200 KiB of gzipped JavaScript", () => {
    const scripts = initialScripts(clientDist);
    expect(scripts.length).toBeGreaterThan(0);
    const total = scripts.reduce((sum, s) => sum + s.gzipped, 0);
    const list = scripts.map((s) => `${s.file} ${kib(s.gzipped)}`).join(", ");
    expect(total, `initial JS ${kib(total)} > ${kib(BUDGET_BYTES)}: ${list}`).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it.runIf(ready)("leaves the map and the charts to their own chunks", () => {
    const scripts = initialScripts(clientDist);
    for (const [library, strings] of Object.entries(markers)) {
      const found = scripts.filter((s) => strings.some((m) => s.code.includes(m))).map((s) => s.file);
      expect(found, `${library} is in the first load`).toEqual([]);
    }
  });

  it.runIf(ready)("recognises those libraries where they are: the markers are not stale", () => {
    // A check that cannot fail is no check: the same markers must be found in the built
    // chunks, so a renamed class in a new version does not silently pass the test above.
    const assets = join(clientDist, "assets");
    // Only the JavaScript: the CSS names leaflet-container too.
    const all = readdirSync(assets)
      .filter((f) => f.endsWith(".js"))
      .map((f) => readFileSync(join(assets, f), "utf8"));
    for (const [library, strings] of Object.entries(markers)) {
      expect(
        all.some((code) => strings.some((m) => code.includes(m))),
        `no built chunk contains a ${library} marker`,
      ).toBe(true);
    }
  });

  it.skipIf(ready)("needs a built client (pnpm --filter @atlas/client run build)", () => {
    throw new Error(`no built client in ${clientDist}: build it first`);
  });
});
