/// <reference types="leaflet.markercluster" />
// The Leaflet map itself. MapContainer's props are fixed after the first render, so
// everything that follows the filter is a child layer, and view changes go through
// useMap() (conventions 14).
//
// Speed with thousands of partners: the points are DOM markers in a cluster group
// (only what is on screen and not clustered exists in the page), the lines from home
// are ONE canvas path, and one shared popup is opened on demand instead of a popup
// per marker.
import { useCallback, useMemo, useRef, useState, type ReactNode } from "react";
import { MapContainer, Marker, Pane, Polyline, Popup, TileLayer, Tooltip } from "react-leaflet";
import L, { type PathOptions } from "leaflet";
import { useTranslation } from "react-i18next";
import "leaflet/dist/leaflet.css";
import "react-leaflet-cluster/dist/assets/MarkerCluster.css";
import "react-leaflet-cluster/dist/assets/MarkerCluster.Default.css";
import { useFormat } from "../../../lib/format.ts";
import { alpha2FromNumeric } from "../hooks/country-codes.ts";
import { regionShapeCode, useOwnRegionShapes, type DashboardSummary, type PartnerActivity, type TimelineItem } from "../hooks/map-queries.ts";
import { intensity, intensityColors, total, type NamedShape as CountryFeature } from "./map-shapes.ts";
import { RegionLayer, type RegionShade } from "./region-layer.tsx";
import { EVENT_SIZE, KeepCountsClear } from "./label-placement.tsx";
import type { Located, MapFocus, MapHome } from "./map-types.ts";
import { FocusPartner, PartnerMarkers } from "./partner-markers.tsx";
import { CountryLayer } from "./country-layer.tsx";
import { FitToData } from "./map-framing.tsx";
import { EventPopup, PartnerPopup } from "./map-popups.tsx";
import "../texts.ts";

// The lines from home: one canvas, one path (thousands of segments cost one draw call).
const canvas = L.canvas({ padding: 0.5 });

// Up and to the right of its point; KeepCountsClear moves it elsewhere when that spot covers a count.
const eventIcon = L.divIcon({ className: "map-event-marker", iconSize: [EVENT_SIZE, EVENT_SIZE], iconAnchor: [-3, 19], html: "" });
const homeIcon = L.divIcon({ className: "map-home-marker", iconSize: [20, 20], html: "" });

type Selected =
  | { key: string; kind: "partner"; partner: PartnerActivity; at: [number, number]; offset: number }
  | { key: string; kind: "event"; item: TimelineItem; at: [number, number]; offset: number };

type PartnerMapProps = {
  summary: DashboardSummary;
  home: MapHome;
  events: TimelineItem[];
  tileUrl: string | null;
  attribution: string | null;
  /** "Найти на карте": zoom to this partner's marker (opening its cluster) and open its popup. */
  focus?: MapFocus;
  /**
   * The map frames its partners again only when this changes (the filter), not when the
   * same filter's data is refetched in the background: a refetch must not move the map
   * under the pointer.
   */
  frameKey: string | null;
};

export function PartnerMap({ summary, home, events, tileUrl, attribution, focus = null, frameKey }: PartnerMapProps): ReactNode {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<Selected | null>(null);
  const format = useFormat();
  // A shape's figure with its parts named: the partner page counts contacts held only, and says so.
  const activityOf = useCallback(
    (a: { name: string; interactions: number; agreements: number; events: number }) =>
      t("map.activityOf", {
        name: a.name,
        total: format.number(total(a)),
        interactions: format.number(a.interactions),
        agreements: format.number(a.agreements),
        events: format.number(a.events),
      }),
    [t, format],
  );

  const countryTotals = useMemo(() => {
    const map = new Map<string, { value: number; label: string; partnerId: string }>();
    for (const c of summary.byCountry) if (c.countryIsoCode) map.set(c.countryIsoCode, { value: total(c), label: activityOf(c), partnerId: c.partnerId });
    return map;
  }, [summary.byCountry, activityOf]);
  const maxCountry = Math.max(0, ...[...countryTotals.values()].map((c) => c.value));

  // Countries are drawn as shapes; regions, cities and organisations with coordinates as points.
  const points = useMemo(
    () => summary.byPartner.filter((p): p is Located => p.level !== "COUNTRY" && p.latitude !== null && p.longitude !== null),
    [summary.byPartner],
  );

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

  const lines = useMemo(
    () =>
      home
        ? points.map(
            (p) =>
              [
                [home.latitude, home.longitude],
                [p.latitude, p.longitude],
              ] as [number, number][],
          )
        : [],
    [home, points],
  );

  // Regions with an ISO 3166-2 code are drawn as their shapes too (where the asset has one),
  // shaded against the busiest region; the home region is outlined as home.
  const { data: ownShapes } = useOwnRegionShapes();
  const regionShades = useMemo(() => {
    const regions = summary.byPartner.filter(
      (p) => p.level === "REGION" && (p.isoCode?.includes("-") || ownShapes?.has(regionShapeCode(p))) && p.partnerId !== home?.id,
    );
    const max = Math.max(0, ...regions.map(total));
    const shades: RegionShade[] = regions.map((p) => ({
      code: regionShapeCode(p),
      label: activityOf(p),
      level: intensity(total(p), max),
      home: false,
      partnerId: p.partnerId,
    }));
    if (home?.isoCode) shades.push({ code: home.isoCode, label: t("map.homeRegion", { name: home.name }), level: 0, home: true, partnerId: null });
    return shades;
  }, [summary.byPartner, home, ownShapes, t, activityOf]);
  const partnersById = useMemo(() => new Map(summary.byPartner.map((p) => [p.partnerId, p])), [summary.byPartner]);

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

  const selectPartner = useCallback((partner: Located, diameter: number) => {
    setSelected({ key: `p:${partner.partnerId}`, kind: "partner", partner, at: [partner.latitude, partner.longitude], offset: diameter / 2 });
  }, []);
  // Drop the selection when its own popup closes (not when a newer one replaced it).
  const closed = useCallback((key: string) => setSelected((current) => (current?.key === key ? null : current)), []);

  const clusterRef = useRef<L.MarkerClusterGroup | null>(null);
  const homeTooltipRef = useRef<L.Tooltip | null>(null);
  const markerRefs = useRef(new Map<string, { marker: L.Marker; partner: Located; diameter: number }>());

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
      {/* Below the overlay pane (z-index 400), so the shapes never cover the lines. */}
      <Pane name="countries" style={{ zIndex: 350 }}>
        <CountryLayer
          shadingKey={shadingKey}
          style={(f) => styleCountry(f)}
          tooltip={(f) => {
            const code = alpha2FromNumeric(f.id);
            const country = code ? countryTotals.get(code) : undefined;
            return country?.label ?? null;
          }}
        />
      </Pane>
      {/* Above the countries, below the lines and points. */}
      <Pane name="regions" style={{ zIndex: 360 }}>
        <RegionLayer
          regions={regionShades}
          ownShapes={ownShapes}
          onSelect={(partnerId, at) => {
            const partner = partnersById.get(partnerId);
            if (partner) setSelected({ key: `r:${partnerId}`, kind: "partner", partner, at, offset: 7 });
          }}
        />
      </Pane>
      {lines.length > 0 && <Polyline positions={lines} pathOptions={{ color: "#b8860b", weight: 1, opacity: 0.45, interactive: false }} renderer={canvas} />}
      <PartnerMarkers points={points} onSelect={selectPartner} clusterRef={clusterRef} markerRefs={markerRefs} />
      {eventPoints.map(({ item, at }) => (
        <Marker
          key={`event-${item.id}`}
          position={at}
          icon={eventIcon}
          title={item.title}
          zIndexOffset={1000}
          eventHandlers={{ click: () => setSelected({ key: `e:${item.id}`, kind: "event", item, at, offset: 14 }) }}
        />
      ))}
      {home && (
        // Below the clusters (zIndexOffset): the home point never hides a count; the home
        // region's shape and this label say where home is.
        <Marker position={[home.latitude, home.longitude]} icon={homeIcon} interactive={false} keyboard={false} zIndexOffset={-1000}>
          <Tooltip ref={homeTooltipRef} className="map-home-label" direction="top" offset={[0, -10]} permanent>
            {home.name}
          </Tooltip>
        </Marker>
      )}
      {selected && (
        <Popup key={selected.key} position={selected.at} offset={[0, -selected.offset + 7]} eventHandlers={{ remove: () => closed(selected.key) }}>
          {selected.kind === "partner" ? <PartnerPopup partner={selected.partner} /> : <EventPopup item={selected.item} />}
        </Popup>
      )}
      <FitToData points={points} home={home} frameKey={frameKey} />
      <KeepCountsClear homeTooltip={homeTooltipRef} />
      <FocusPartner
        focus={focus}
        clusterRef={clusterRef}
        markerRefs={markerRefs}
        onFound={(entry) => {
          selectPartner(entry.partner, entry.diameter);
          entry.marker.getElement()?.focus({ preventScroll: true });
        }}
      />
    </MapContainer>
  );
}
