// The country outlines, shaded by activity, in the detail the zoom needs.
import { useCallback, useEffect, useState, type ReactNode } from "react";
import { GeoJSON, useMap, useMapEvents } from "react-leaflet";
import type { PathOptions } from "leaflet";
import countries110m from "world-atlas/countries-110m.json";
import { shapesOf, type NamedShape as CountryFeature, type NamedShapes as CountryShapes } from "./map-shapes.ts";

/**
 * Country outlines in two levels of detail. Leaflet re-projects every vertex of every
 * shape on each zoom, so the world view uses the 1:110m outlines (~16k vertices); from
 * DETAIL_ZOOM on, the 1:50m ones (~160k, and the small states the coarse set lacks)
 * are loaded on first need and used instead.
 */
const coarseShapes = shapesOf(countries110m, "countries");
let detailedShapes: CountryShapes | null = null;
const loadDetailedShapes = async (): Promise<CountryShapes> =>
  (detailedShapes ??= shapesOf((await import("world-atlas/countries-50m.json")).default, "countries"));
export const DETAIL_ZOOM = 5;

/** The country shapes, switching to the detailed outlines when zoomed in (see DETAIL_ZOOM). */
export function CountryLayer({
  shadingKey,
  style,
  tooltip,
}: {
  shadingKey: string;
  style: (f: CountryFeature | undefined) => PathOptions;
  tooltip: (f: CountryFeature) => string | null;
}): ReactNode {
  const map = useMap();
  const [shapes, setShapes] = useState<CountryShapes>(() => (map.getZoom() >= DETAIL_ZOOM && detailedShapes ? detailedShapes : coarseShapes));
  const choose = useCallback(() => {
    if (map.getZoom() < DETAIL_ZOOM) return setShapes(coarseShapes);
    void loadDetailedShapes().then((detailed) => {
      if (map.getZoom() >= DETAIL_ZOOM) setShapes(detailed);
    });
  }, [map]);
  useMapEvents({ zoomend: choose });
  useEffect(choose, [choose]);
  return (
    <GeoJSON
      // The shapes are re-created when the shading or the detail changes: a path's class is set only when it is made.
      key={`${shadingKey}|${shapes === coarseShapes ? "110m" : "50m"}`}
      data={shapes}
      style={(f) => style(f as CountryFeature | undefined)}
      onEachFeature={(f, layer) => {
        const text = tooltip(f as CountryFeature);
        // Leaflet inserts a string tooltip as HTML; a node with textContent keeps a partner's name text.
        if (text) {
          const node = document.createElement("span");
          node.textContent = text;
          layer.bindTooltip(node, { sticky: true });
        }
      }}
    />
  );
}
