// Where the map looks first: its partners and home, framed again only when the filter changes.
import { useEffect, useRef } from "react";
import { useMap } from "react-leaflet";
import L from "leaflet";
import { total } from "./map-shapes.ts";
import type { Located, MapHome } from "./map-types.ts";

/**
 * Frames the partners once per filter: when the filter's data first arrives, never on a
 * background refetch of the same filter (that moved the map under the pointer). `frameKey`
 * is null while the data on screen is still the previous filter's.
 */
export function FitToData({ points, home, frameKey }: { points: Located[]; home: MapHome; frameKey: string | null }): null {
  const map = useMap();
  const framed = useRef<string | null>(null);
  useEffect(() => {
    if (frameKey === null || framed.current === frameKey) return;
    const bounds = framingBounds(map, points, home);
    if (!bounds) return;
    framed.current = frameKey;
    map.fitBounds(bounds, { padding: FRAME_PADDING, maxZoom: 5 });
  }, [map, frameKey, points, home]);
  return null;
}

const FRAME_PADDING: [number, number] = [32, 32];

/** Off-centre partners that may be left outside a narrow map's first view, by share of activity on each side. */
const FRAME_TRIM = 0.1;

/**
 * Everything when it fits at the map's smallest zoom. When it does not (a phone, and
 * partners from Brazil to Vietnam), the core: the middle 80% of the activity by
 * latitude and by longitude, with home. Fitting everything there would centre a world
 * view between the extremes (Europe and Africa) and show few of the partners; the
 * outliers are a pan away.
 */
function framingBounds(map: L.Map, points: Located[], home: MapHome): L.LatLngBounds | null {
  const all: Array<[number, number]> = points.map((p) => [p.latitude, p.longitude]);
  if (home) all.push([home.latitude, home.longitude]);
  if (all.length === 0) return null;
  const full = L.latLngBounds(all);
  if (fitsAt(map, full, map.getMinZoom())) return full;

  const weighted = points.map((p) => ({ p, w: Math.max(1, total(p)) }));
  const sum = weighted.reduce((s, x) => s + x.w, 0);
  const range = (value: (p: Located) => number): [number, number] => {
    const sorted = [...weighted].sort((a, b) => value(a.p) - value(b.p));
    let seen = 0;
    let low = value(sorted[0]!.p);
    let high = value(sorted[sorted.length - 1]!.p);
    let lowSet = false;
    for (const { p, w } of sorted) {
      seen += w;
      if (!lowSet && seen >= sum * FRAME_TRIM) {
        low = value(p);
        lowSet = true;
      }
      if (seen >= sum * (1 - FRAME_TRIM)) {
        high = value(p);
        break;
      }
    }
    return [low, high];
  };
  if (weighted.length === 0) return full;
  const [south, north] = range((p) => p.latitude);
  const [west, east] = range((p) => p.longitude);
  const core: Array<[number, number]> = points
    .filter((p) => p.latitude >= south && p.latitude <= north && p.longitude >= west && p.longitude <= east)
    .map((p) => [p.latitude, p.longitude]);
  if (home) core.push([home.latitude, home.longitude]);
  return L.latLngBounds(core);
}

/** Whether `bounds` fits in the map (less its padding) at `zoom`. */
function fitsAt(map: L.Map, bounds: L.LatLngBounds, zoom: number): boolean {
  const size = map.getSize().subtract(L.point(FRAME_PADDING[0] * 2, FRAME_PADDING[1] * 2));
  const span = map.project(bounds.getSouthEast(), zoom).subtract(map.project(bounds.getNorthWest(), zoom));
  return span.x <= size.x && span.y <= size.y;
}
