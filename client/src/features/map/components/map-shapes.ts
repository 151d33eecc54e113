// What the country and the region shapes share: the shading scale and the outline fix-up.
import { feature } from "topojson-client";

type Topology = Parameters<typeof feature>[0];
export type NamedShapes = GeoJSON.FeatureCollection<GeoJSON.Geometry, { name: string }>;
export type NamedShape = NamedShapes["features"][number];

/** Shades from "none" to "a lot"; the legend shows the same list. */
export const intensityColors = ["#e8edf3", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"] as const;

export function total(a: { interactions: number; agreements: number; events: number }): number {
  return a.interactions + a.agreements + a.events;
}

/** 0 for no activity, 1..5 on a square-root scale against the busiest of its kind. */
export function intensity(value: number, max: number): number {
  if (value <= 0 || max <= 0) return 0;
  return Math.min(5, Math.max(1, Math.ceil(Math.sqrt(value / max) * 5)));
}

/** One object of a TopoJSON topology as GeoJSON, ready for Leaflet. */
export function shapesOf(json: unknown, object: string): NamedShapes {
  const topology = json as Topology;
  return unwrapAntimeridian(feature(topology, topology.objects[object] as Parameters<typeof feature>[1]) as unknown as NamedShapes);
}

/**
 * Rings that cross 180° (Chukotka, Fiji) come with longitudes on both sides; drawn as
 * they are, they stretch across the whole map. Moving the western half east of 180°
 * keeps them whole.
 */
export function unwrapAntimeridian<T extends GeoJSON.FeatureCollection>(collection: T): T {
  const fixRing = (ring: GeoJSON.Position[]): GeoJSON.Position[] => {
    let min = Infinity;
    let max = -Infinity;
    for (const [lon] of ring) {
      min = Math.min(min, lon as number);
      max = Math.max(max, lon as number);
    }
    return max - min > 180 ? ring.map(([lon, lat]) => [(lon as number) < 0 ? (lon as number) + 360 : (lon as number), lat as number]) : ring;
  };
  for (const f of collection.features) {
    const g = f.geometry;
    if (g?.type === "Polygon") g.coordinates = g.coordinates.map(fixRing);
    else if (g?.type === "MultiPolygon") g.coordinates = g.coordinates.map((polygon) => polygon.map(fixRing));
  }
  return collection;
}

/**
 * First-level divisions (oblasts, provinces) by ISO 3166-2 code, from the asset that
 * client/scripts/build-admin1.ts extracts from Natural Earth. Loaded on first use only:
 * it is its own chunk (about 100 KiB gzipped), never part of the first load.
 */
let regionShapes: Promise<Map<string, NamedShape>> | null = null;
export function loadRegionShapes(): Promise<Map<string, NamedShape>> {
  regionShapes ??= import("../data/admin1.topo.json").then(
    (module) => new Map(shapesOf(module.default, "regions").features.map((f) => [String(f.id), f])),
    (error: unknown) => {
      // A failed chunk load (offline for a moment) is tried again next time, not cached.
      regionShapes = null;
      throw error;
    },
  );
  return regionShapes;
}
