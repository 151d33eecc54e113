// The map's first-level divisions (client/src/features/map/data/admin1.topo.json, built by
// client/scripts/build-admin1.ts) hold a shape for every region of the demo data, under the
// ISO 3166-2 code the partner carries, with Natural Earth's wrong codes corrected.
import { describe, expect, it } from "vitest";
import { kazakhstanCaseRows } from "@atlas/db/seed/kazakhstan-case";
import { referenceCountries, referenceRussianRegions } from "@atlas/db/seed/reference-geography";
import asset from "../../client/src/features/map/data/admin1.topo.json";
import { loadRegionShapes } from "../../client/src/features/map/components/map-shapes.ts";

type Geometry = { id?: string; type: string; properties?: { name?: string } };
const geometries = (asset as unknown as { objects: { regions: { geometries: Geometry[] } } }).objects.regions.geometries;
const byCode = new Map(geometries.map((g) => [g.id, g]));

describe("the admin-1 asset", () => {
  it("has a shape for every region of the demo data, by the code the seed gives it", () => {
    const codes = [
      ...kazakhstanCaseRows()
        .partners.filter((p) => p.level === "REGION")
        .map((p) => p.isoCode),
      ...referenceCountries.flatMap((c) => c.regions.map((r) => r.iso)),
      ...referenceRussianRegions.map((r) => r.iso),
    ].filter((code): code is string => Boolean(code));
    expect(codes).toContain("RU-VLG");
    expect(codes).toContain("KZ-19");
    const missing = codes.filter((code) => !byCode.has(code));
    expect(missing).toEqual([]);
  });

  it("carries today's codes where Natural Earth's differ", () => {
    // Kazakhstan's numeric codes (2020); Almaty Oblast and the city no longer share KZ-ALA.
    expect(byCode.get("KZ-19")?.properties?.name).toBe("Алматинская область");
    expect(byCode.get("KZ-75")?.properties?.name).toBe("Алма-Ата");
    expect(byCode.has("KZ-ALA")).toBe(false);
    // Moscow and Moscow Oblast, swapped in Natural Earth.
    expect(byCode.get("RU-MOW")?.properties?.name).toBe("Москва");
    expect(byCode.get("RU-MOS")?.properties?.name).toBe("Московская область");
    expect(byCode.get("RU-VLG")?.properties?.name).toBe("Вологодская область");
    // A division made of Natural Earth's parts.
    expect(byCode.get("RS-VO")?.type).toMatch(/Polygon/);
  });

  it("has one shape per code, each a polygon with a name", () => {
    expect(byCode.size).toBe(geometries.length);
    for (const g of geometries) {
      expect(g.id, JSON.stringify(g.properties)).toMatch(/^[A-Z]{2}-[A-Z0-9]{1,3}$/);
      expect(g.type).toMatch(/^(Multi)?Polygon$/);
      expect(g.properties?.name).toBeTruthy();
    }
  });

  it("loads as GeoJSON features keyed by code, Chukotka kept whole across 180°", async () => {
    const shapes = await loadRegionShapes();
    const almaty = shapes.get("KZ-19");
    expect(almaty?.geometry.type).toMatch(/Polygon/);
    const ringsOf = (geometry: GeoJSON.Geometry) =>
      geometry.type === "Polygon" ? geometry.coordinates : geometry.type === "MultiPolygon" ? geometry.coordinates.flat() : [];
    const lons = ringsOf(almaty!.geometry).flatMap((ring) => ring.map(([lon]) => lon as number));
    // Almaty Oblast (as it was before Zhetysu Oblast was split from it in 2022) lies between 74° and 83° east.
    expect(Math.min(...lons)).toBeGreaterThan(73);
    expect(Math.max(...lons)).toBeLessThan(83);
    // Each ring of Chukotka stays on one side: no ring spans more than 180° of longitude.
    const chukotka = shapes.get("RU-CHU");
    expect(chukotka).toBeDefined();
    for (const ring of ringsOf(chukotka!.geometry)) {
      const ringLons = ring.map(([lon]) => lon as number);
      expect(Math.max(...ringLons) - Math.min(...ringLons)).toBeLessThanOrEqual(180);
    }
  });
});
