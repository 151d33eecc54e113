// The Leaflet map itself. MapContainer's props are fixed after the first render, so
// everything that follows the filter is a child layer, and view changes go through
// useMap() (conventions 14).
import { useEffect, useMemo, type ReactNode } from "react";
import { CircleMarker, GeoJSON, MapContainer, Pane, Polyline, Popup, TileLayer, Tooltip, useMap } from "react-leaflet";
import L, { type PathOptions } from "leaflet";
import { feature } from "topojson-client";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import countries50m from "world-atlas/countries-50m.json";
import "leaflet/dist/leaflet.css";
import { useFormat } from "../../../lib/format.ts";
import { alpha2FromNumeric } from "../hooks/country-codes.ts";
import type { DashboardSummary, PartnerActivity, TimelineItem } from "../hooks/map-queries.ts";

type CountryFeature = GeoJSON.Feature<GeoJSON.Geometry, { name: string }>;
type Topology = Parameters<typeof feature>[0];

// Parsed once per page load; the outlines never change.
const topology = countries50m as unknown as Topology;
const countryShapes = unwrapAntimeridian(
  feature(topology, topology.objects.countries as Parameters<typeof feature>[1]) as unknown as GeoJSON.FeatureCollection<GeoJSON.Geometry, { name: string }>,
);

/**
 * Rings that cross 180° (Chukotka, Fiji) come with longitudes on both sides; drawn as
 * they are, they stretch across the whole map. Moving the western half east of 180°
 * keeps them whole.
 */
function unwrapAntimeridian<T extends GeoJSON.FeatureCollection>(collection: T): T {
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

/** Shades from "none" to "a lot"; the legend shows the same list. */
export const intensityColors = ["#e8edf3", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"] as const;

function total(a: { interactions: number; agreements: number; events: number }): number {
  return a.interactions + a.agreements + a.events;
}

/** 0 for no activity, 1..5 on a square-root scale against the busiest country. */
function intensity(value: number, max: number): number {
  if (value <= 0 || max <= 0) return 0;
  return Math.min(5, Math.max(1, Math.ceil(Math.sqrt(value / max) * 5)));
}

// Points are warm-coloured so they stand out on the blue country shades.
// One canvas for the many circles and lines (smooth with thousands of markers); the
// country shapes stay SVG so each is a focusable, testable element.
const canvas = L.canvas({ padding: 0.5 });

export type MapHome = { id: string; name: string; latitude: number; longitude: number } | null;

type PartnerMapProps = {
  summary: DashboardSummary;
  home: MapHome;
  events: TimelineItem[];
  tileUrl: string | null;
  attribution: string | null;
};

export function PartnerMap({ summary, home, events, tileUrl, attribution }: PartnerMapProps): ReactNode {
  const { t } = useTranslation();

  const countryTotals = useMemo(() => {
    const map = new Map<string, { value: number; name: string; partnerId: string }>();
    for (const c of summary.byCountry) if (c.countryIsoCode) map.set(c.countryIsoCode, { value: total(c), name: c.name, partnerId: c.partnerId });
    return map;
  }, [summary.byCountry]);
  const maxCountry = Math.max(0, ...[...countryTotals.values()].map((c) => c.value));

  // Countries are drawn as shapes; regions, cities and organisations with coordinates as points.
  const points = useMemo(
    () => summary.byPartner.filter((p): p is PartnerActivity & { latitude: number; longitude: number } => p.level !== "COUNTRY" && p.latitude !== null && p.longitude !== null),
    [summary.byPartner],
  );
  const maxPoint = Math.max(1, ...points.map(total));

  // Every partner with coordinates, countries too, to place events at.
  const located = useMemo(() => {
    const map = new Map<string, [number, number]>();
    for (const p of summary.byPartner) if (p.latitude !== null && p.longitude !== null) map.set(p.partnerId, [p.latitude, p.longitude]);
    if (home) map.set(home.id, [home.latitude, home.longitude]);
    return map;
  }, [summary.byPartner, home]);

  const eventPoints = useMemo(() => {
    const out: Array<{ item: TimelineItem; at: [number, number] }> = [];
    for (const item of events) {
      const at = item.partners.map((p) => located.get(p.id)).find(Boolean);
      if (at) out.push({ item, at });
    }
    return out;
  }, [events, located]);

  // The shapes are re-created when the shading changes: a path's class is set only when it is made.
  const shadingKey = useMemo(() => [...countryTotals].map(([code, c]) => `${code}:${c.value}`).join("|"), [countryTotals]);

  const styleCountry = (f: CountryFeature | undefined): PathOptions => {
    const code = alpha2FromNumeric(f?.id);
    const level = code ? intensity(countryTotals.get(code)?.value ?? 0, maxCountry) : 0;
    return {
      className: `country country--${code ?? "xx"}${level > 0 ? " country--active" : ""}`,
      fillColor: intensityColors[level],
      fillOpacity: level > 0 ? 0.9 : 0.75,
      color: "#8a9bb0",
      weight: 0.6,
    };
  };

  return (
    <MapContainer
      className="partner-map"
      center={home ? [home.latitude, home.longitude] : [50, 60]}
      zoom={3}
      minZoom={2}
      maxZoom={10}
      worldCopyJump={false}
      maxBounds={[
        [-85, -200],
        [85, 220],
      ]}
      attributionControl={Boolean(tileUrl)}
      aria-label={t("map.label")}
    >
      {tileUrl && <TileLayer url={tileUrl} attribution={attribution ?? undefined} />}
      {/* Below the overlay pane (z-index 400), so the shapes never cover the points drawn on the canvas. */}
      <Pane name="countries" style={{ zIndex: 350 }}>
      <GeoJSON
        key={shadingKey}
        data={countryShapes}
        style={(f) => styleCountry(f as CountryFeature | undefined)}
        onEachFeature={(f, layer) => {
          const code = alpha2FromNumeric(f.id);
          const country = code ? countryTotals.get(code) : undefined;
          if (country) layer.bindTooltip(`${country.name}: ${country.value}`, { sticky: true });
        }}
      />
      </Pane>
      {home &&
        points.map((p) => (
          <Polyline
            key={`line-${p.partnerId}`}
            positions={[
              [home.latitude, home.longitude],
              [p.latitude, p.longitude],
            ]}
            pathOptions={{ color: "#b8860b", weight: 1, opacity: 0.45, interactive: false }}
            renderer={canvas}
          />
        ))}
      {points.map((p) => (
        <CircleMarker
          key={p.partnerId}
          center={[p.latitude, p.longitude]}
          radius={4 + Math.sqrt(total(p) / maxPoint) * 14}
          pathOptions={{ color: "#7a2410", weight: 1.5, fillColor: "#e4572e", fillOpacity: 0.75 }}
          renderer={canvas}
        >
          <Popup>
            <PartnerPopup partner={p} />
          </Popup>
        </CircleMarker>
      ))}
      {eventPoints.map(({ item, at }) => (
        <CircleMarker key={`event-${item.id}`} center={at} radius={6} pathOptions={{ color: "#7a1fa2", weight: 3, fillColor: "#ffffff", fillOpacity: 1 }} renderer={canvas}>
          <Tooltip direction="top">{item.title}</Tooltip>
          <Popup>
            <EventPopup item={item} />
          </Popup>
        </CircleMarker>
      ))}
      {home && (
        <CircleMarker center={[home.latitude, home.longitude]} radius={9} pathOptions={{ color: "#8a6d00", weight: 3, fillColor: "#d4a017", fillOpacity: 1 }} renderer={canvas}>
          <Tooltip direction="top" permanent>
            {home.name}
          </Tooltip>
        </CircleMarker>
      )}
      <FitToData points={points.map((p) => [p.latitude, p.longitude] as [number, number])} home={home} />
    </MapContainer>
  );
}

/** Frames what the filter left on the map whenever the set of points changes. */
function FitToData({ points, home }: { points: Array<[number, number]>; home: MapHome }): null {
  const map = useMap();
  const key = points.map((p) => p.join(",")).join(";");
  useEffect(() => {
    const all = home ? [...points, [home.latitude, home.longitude] as [number, number]] : points;
    if (all.length === 0) return;
    map.fitBounds(L.latLngBounds(all), { padding: [32, 32], maxZoom: 5 });
    // `key` stands for `points`, whose array identity changes every render.
  }, [map, key, home?.id]);
  return null;
}

function PartnerPopup({ partner }: { partner: PartnerActivity }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="map-popup">
      <p className="map-popup__title">{partner.name}</p>
      <p className="map-popup__level">{t(`levels.${partner.level}`)}</p>
      <dl className="map-popup__facts">
        <dt>{t("map.popup.interactions")}</dt>
        <dd>{format.number(partner.interactions)}</dd>
        <dt>{t("map.popup.agreements")}</dt>
        <dd>{format.number(partner.agreements)}</dd>
        <dt>{t("map.popup.events")}</dt>
        <dd>{format.number(partner.events)}</dd>
        <dt>{t("map.popup.lastContact")}</dt>
        <dd>{partner.lastContactAt ? format.date(partner.lastContactAt) : t("map.popup.never")}</dd>
      </dl>
      <Link to="/partners/$partnerId" params={{ partnerId: partner.partnerId }} className="map-popup__link">
        {t("map.popup.open")}
      </Link>
    </div>
  );
}

function EventPopup({ item }: { item: TimelineItem }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="map-popup">
      <p className="map-popup__level">{t("map.popup.upcoming")}</p>
      <p className="map-popup__title">{item.title}</p>
      <p className="map-popup__level">
        {format.date(item.date)}
        {"place" in item && item.place ? ` · ${item.place}` : ""}
      </p>
      {item.partners.map((p) => (
        <Link key={p.id} to="/partners/$partnerId" params={{ partnerId: p.id }} className="map-popup__link">
          {p.name}
        </Link>
      ))}
    </div>
  );
}
