// Partner regions as shapes: a first-level division (an oblast, a province) linked to its
// partner by the ISO 3166-2 code the partner carries (`isoCode`, e.g. KZ-19), shaded on
// the countries' scale, and the home region outlined as a shape of its own.
import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { GeoJSON } from "react-leaflet";
import type { LeafletMouseEvent, PathOptions } from "leaflet";
import { intensityColors, loadRegionShapes, type NamedShape, type NamedShapes } from "./map-shapes.ts";

export type RegionShade = {
  code: string;
  /** The tooltip, as text. */
  label: string;
  /** 0 (no activity) to 5, as intensity() gives it. */
  level: number;
  home: boolean;
  partnerId: string | null;
};

export function RegionLayer({
  regions,
  ownShapes,
  onSelect,
}: {
  regions: RegionShade[];
  /** Boundaries an administrator attached, drawn instead of the bundled shape of the same code. */
  ownShapes?: Map<string, NamedShape>;
  onSelect: (partnerId: string, at: [number, number]) => void;
}): ReactNode {
  const [shapes, setShapes] = useState<Map<string, NamedShape> | null>(null);
  // The paths keep the handler they were made with; this ref gives them the current one.
  const select = useRef(onSelect);
  select.current = onSelect;
  useEffect(() => {
    let live = true;
    // Without the asset the map still shows the regions as points: nothing to report.
    loadRegionShapes().then(
      (loaded) => live && setShapes(loaded),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  const byCode = useMemo(() => new Map(regions.map((r) => [r.code, r])), [regions]);
  const data = useMemo<NamedShapes | null>(() => {
    if (!shapes && !ownShapes) return null;
    const features = regions.map((r) => ownShapes?.get(r.code) ?? shapes?.get(r.code)).filter((f): f is NamedShape => Boolean(f));
    return features.length ? { type: "FeatureCollection", features } : null;
  }, [shapes, ownShapes, regions]);
  // Leaflet sets a path's class and handlers when it is made: a new shading makes new paths.
  const key = regions.map((r) => `${r.code}:${r.level}:${r.home ? "h" : ""}:${r.label}:${ownShapes?.has(r.code) ? "own" : ""}`).join("|");

  if (!data) return null;
  return (
    <GeoJSON
      key={key}
      data={data}
      style={(f) => {
        const region = byCode.get(String(f?.id));
        if (!region) return {};
        return region.home
          ? ({ className: "region region--home", fillColor: "#d4a017", fillOpacity: 0.35, color: "#8a6d00", weight: 2 } satisfies PathOptions)
          : ({
              className: `region${region.level > 0 ? " region--active" : ""}`,
              fillColor: intensityColors[region.level],
              fillOpacity: 0.9,
              color: "#3d5a80",
              weight: 1,
            } satisfies PathOptions);
      }}
      onEachFeature={(f, layer) => {
        const region = byCode.get(String(f.id));
        if (!region) return;
        // Leaflet inserts a string tooltip as HTML; a node with textContent keeps a partner's name text.
        const node = document.createElement("span");
        node.textContent = region.label;
        layer.bindTooltip(node, { sticky: true });
        // The code on the path: what a test, a style or an assistive script can find it by.
        layer.on("add", () => (layer as unknown as { getElement(): Element | undefined }).getElement()?.setAttribute("data-region", region.code));
        const partnerId = region.partnerId;
        if (partnerId) layer.on("click", (e: LeafletMouseEvent) => select.current(partnerId, [e.latlng.lat, e.latlng.lng]));
      }}
    />
  );
}
