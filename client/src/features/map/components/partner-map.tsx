/// <reference types="leaflet.markercluster" />
// The Leaflet map itself. MapContainer's props are fixed after the first render, so
// everything that follows the filter is a child layer, and view changes go through
// useMap() (conventions 14).
//
// Speed with thousands of partners: the points are DOM markers in a cluster group
// (only what is on screen and not clustered exists in the page), the lines from home
// are ONE canvas path, and one shared popup is opened on demand instead of a popup
// per marker.
import { memo, useCallback, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from "react";
import { GeoJSON, MapContainer, Marker, Pane, Polyline, Popup, TileLayer, Tooltip, useMap, useMapEvents } from "react-leaflet";
import MarkerClusterGroup from "react-leaflet-cluster";
import L, { type PathOptions } from "leaflet";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import countries110m from "world-atlas/countries-110m.json";
import "leaflet/dist/leaflet.css";
import "react-leaflet-cluster/dist/assets/MarkerCluster.css";
import "react-leaflet-cluster/dist/assets/MarkerCluster.Default.css";
import { addMonths, type CalendarDay } from "@atlas/shared/calendar-day";
import { useFormat } from "../../../lib/format.ts";
import { useHomeToday } from "../../../lib/home-today.ts";
import { alpha2FromNumeric } from "../hooks/country-codes.ts";
import type { DashboardSummary, PartnerActivity, TimelineItem } from "../hooks/map-queries.ts";
import { intensity, intensityColors, shapesOf, total, type NamedShape as CountryFeature, type NamedShapes as CountryShapes } from "./map-shapes.ts";
import { RegionLayer, type RegionShade } from "./region-layer.tsx";
import { EVENT_SIZE, KeepCountsClear } from "./label-placement.tsx";

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

/** A partner with no contact for this long is shown as "no recent contact". */
export const QUIET_MONTHS = 6;

// The lines from home: one canvas, one path (thousands of segments cost one draw call).
const canvas = L.canvas({ padding: 0.5 });

// Marker icons, one per diameter, shared by every marker of that size.
const partnerIcons = new Map<number, L.DivIcon>();
function partnerIcon(diameter: number): L.DivIcon {
  let icon = partnerIcons.get(diameter);
  if (!icon) {
    icon = L.divIcon({ className: "map-marker", iconSize: [diameter, diameter], html: "" });
    partnerIcons.set(diameter, icon);
  }
  return icon;
}
// Up and to the right of its point; KeepCountsClear moves it elsewhere when that spot covers a count.
const eventIcon = L.divIcon({ className: "map-event-marker", iconSize: [EVENT_SIZE, EVENT_SIZE], iconAnchor: [-3, 19], html: "" });
const homeIcon = L.divIcon({ className: "map-home-marker", iconSize: [20, 20], html: "" });

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export type MapHome = { id: string; name: string; latitude: number; longitude: number; isoCode: string | null } | null;
export type MapFocus = { partnerId: string; seq: number } | null;

type Located = PartnerActivity & { latitude: number; longitude: number };
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

  const countryTotals = useMemo(() => {
    const map = new Map<string, { value: number; name: string; partnerId: string }>();
    for (const c of summary.byCountry) if (c.countryIsoCode) map.set(c.countryIsoCode, { value: total(c), name: c.name, partnerId: c.partnerId });
    return map;
  }, [summary.byCountry]);
  const maxCountry = Math.max(0, ...[...countryTotals.values()].map((c) => c.value));

  // Countries are drawn as shapes; regions, cities and organisations with coordinates as points.
  const points = useMemo(() => summary.byPartner.filter((p): p is Located => p.level !== "COUNTRY" && p.latitude !== null && p.longitude !== null), [summary.byPartner]);

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
        ? points.map((p) => [
            [home.latitude, home.longitude],
            [p.latitude, p.longitude],
          ] as [number, number][])
        : [],
    [home, points],
  );

  // Regions with an ISO 3166-2 code are drawn as their shapes too (where the asset has one),
  // shaded against the busiest region; the home region is outlined as home.
  const regionShades = useMemo(() => {
    const regions = summary.byPartner.filter((p) => p.level === "REGION" && p.isoCode?.includes("-") && p.partnerId !== home?.id);
    const max = Math.max(0, ...regions.map(total));
    const shades: RegionShade[] = regions.map((p) => ({
      code: p.isoCode as string,
      label: `${p.name}: ${total(p)}`,
      level: intensity(total(p), max),
      home: false,
      partnerId: p.partnerId,
    }));
    if (home?.isoCode) shades.push({ code: home.isoCode, label: t("map.homeRegion", { name: home.name }), level: 0, home: true, partnerId: null });
    return shades;
  }, [summary.byPartner, home, t]);
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
            return country ? `${country.name}: ${country.value}` : null;
          }}
        />
      </Pane>
      {/* Above the countries, below the lines and points. */}
      <Pane name="regions" style={{ zIndex: 360 }}>
        <RegionLayer
          regions={regionShades}
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

type MarkerRefs = RefObject<Map<string, { marker: L.Marker; partner: Located; diameter: number }>>;

/**
 * The partner points, clustered where they overlap. Memoised: it re-renders only when
 * the points change, not when a popup opens. A cluster says in words how many partners
 * it holds and names the busiest, so it can be found by keyboard and screen reader.
 */
const PartnerMarkers = memo(function PartnerMarkers({
  points,
  onSelect,
  clusterRef,
  markerRefs,
}: {
  points: Located[];
  onSelect: (partner: Located, diameter: number) => void;
  clusterRef: RefObject<L.MarkerClusterGroup | null>;
  markerRefs: MarkerRefs;
}): ReactNode {
  const { t } = useTranslation();
  const maxPoint = Math.max(1, ...points.map(total));

  const iconCreateFunction = useCallback(
    (cluster: L.MarkerCluster) => {
      const count = cluster.getChildCount();
      // The three biggest markers (size follows activity) name the cluster.
      const top: L.Marker[] = [];
      const size = (m: L.Marker) => (m.options.icon?.options.iconSize as [number, number] | undefined)?.[0] ?? 0;
      for (const m of cluster.getAllChildMarkers()) {
        if (top.length < 3) top.push(m);
        else if (size(m) > size(top[2]!)) top[2] = m;
        else continue;
        top.sort((a, b) => size(b) - size(a));
      }
      const names = top.map((m) => m.options.title ?? "").filter(Boolean);
      const label = t("map.cluster", { count, names: names.join(", ") });
      const tier = count < 10 ? "small" : count < 100 ? "medium" : "large";
      return L.divIcon({
        html: `<div><span aria-hidden="true">${count}</span><span class="visually-hidden">${escapeHtml(label)}</span></div>`,
        className: `marker-cluster marker-cluster-${tier}`,
        iconSize: L.point(40, 40),
      });
    },
    [t],
  );

  return (
    <MarkerClusterGroup
      ref={clusterRef}
      chunkedLoading
      // No cluster animations: with thousands of markers they force layout on every zoom.
      animate={false}
      showCoverageOnHover={false}
      maxClusterRadius={70}
      spiderfyOnMaxZoom
      iconCreateFunction={iconCreateFunction}
    >
      {points.map((p) => {
        const diameter = Math.round(2 * (4 + Math.sqrt(total(p) / maxPoint) * 14));
        return (
          <Marker
            key={p.partnerId}
            position={[p.latitude, p.longitude]}
            icon={partnerIcon(diameter)}
            title={p.name}
            eventHandlers={{ click: () => onSelect(p, diameter) }}
            ref={(marker) => {
              if (!marker) return;
              markerRefs.current.set(p.partnerId, { marker, partner: p, diameter });
              return () => {
                if (markerRefs.current.get(p.partnerId)?.marker === marker) markerRefs.current.delete(p.partnerId);
              };
            }}
          />
        );
      })}
    </MarkerClusterGroup>
  );
});

/** The country shapes, switching to the detailed outlines when zoomed in (see DETAIL_ZOOM). */
function CountryLayer({
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

const FOCUS_RETRY_MS = 100;
const FOCUS_TRIES = 100;

/** Opens the clusters around a partner's marker, then hands the marker over. */
function FocusPartner({
  focus,
  clusterRef,
  markerRefs,
  onFound,
}: {
  focus: MapFocus;
  clusterRef: RefObject<L.MarkerClusterGroup | null>;
  markerRefs: MarkerRefs;
  onFound: (entry: { marker: L.Marker; partner: Located; diameter: number }) => void;
}): null {
  const map = useMap();
  const found = useRef(onFound);
  found.current = onFound;
  useEffect(() => {
    if (!focus) return;
    // Markers join the group after they mount, in chunks (chunkedLoading) that can take a
    // while on a slow machine: a search made before the partner's chunk is in waits for it
    // (up to a few seconds) instead of doing nothing.
    let timer: ReturnType<typeof setTimeout>;
    let tries = 0;
    const attempt = () => {
      const entry = markerRefs.current.get(focus.partnerId);
      const cluster = clusterRef.current;
      // Nor while the map is still zooming (its first framing, on a slow phone): the cluster
      // group ignores a zoom asked for during another and never calls back. Leaflet has no
      // public flag for it; `_animatingZoom` is the one its own handlers read.
      const zooming = (map as L.Map & { _animatingZoom?: boolean })._animatingZoom === true;
      if (!entry || !cluster || !cluster.hasLayer(entry.marker) || zooming) {
        if (++tries < FOCUS_TRIES) timer = setTimeout(attempt, FOCUS_RETRY_MS);
        return;
      }
      // The finder sits beside or below the map: bring the map into view first.
      map.getContainer().scrollIntoView({ block: "center" });
      cluster.zoomToShowLayer(entry.marker, () => found.current(entry));
    };
    timer = setTimeout(attempt, 0);
    return () => clearTimeout(timer);
  }, [focus?.partnerId, focus?.seq]);
  return null;
}

/**
 * Frames the partners once per filter: when the filter's data first arrives, never on a
 * background refetch of the same filter (that moved the map under the pointer). `frameKey`
 * is null while the data on screen is still the previous filter's.
 */
function FitToData({ points, home, frameKey }: { points: Located[]; home: MapHome; frameKey: string | null }): null {
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

type PartnerStatus = "active" | "quiet" | "never";

/** Active when the last contact (a day of the home region's calendar) is within QUIET_MONTHS of today there. */
function partnerStatus(partner: PartnerActivity, today: CalendarDay): PartnerStatus {
  const last = partner.lastContactAt;
  if (!last) return "never";
  return last >= addMonths(today, -QUIET_MONTHS) ? "active" : "quiet";
}

function PartnerPopup({ partner }: { partner: PartnerActivity }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const status = partnerStatus(partner, useHomeToday());
  return (
    <div className="map-popup">
      <p className="map-popup__title">{partner.name}</p>
      <p className="map-popup__level">{t(`enums.partnerLevel.${partner.level}`)}</p>
      <p className={`map-popup__status map-popup__status--${status}`}>{t(`map.status.${status}`, { months: QUIET_MONTHS })}</p>
      <dl className="map-popup__facts">
        <dt>{t("map.popup.interactions")}</dt>
        <dd>{format.number(partner.interactions)}</dd>
        <dt>{t("map.popup.agreements")}</dt>
        <dd>{format.number(partner.agreements)}</dd>
        <dt>{t("map.popup.events")}</dt>
        <dd>{format.number(partner.events)}</dd>
        <dt>{t("map.popup.lastContact")}</dt>
        <dd>{partner.lastContactAt ? format.preciseDate(partner.lastContactAt, partner.lastContactPrecision ?? "DAY") : t("map.popup.never")}</dd>
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
        {item.date ? format.span(item.date, item.endsAt, item.datePrecision ?? "DAY") : t("map.popup.dateUnknown")}
        {"place" in item && item.place ? ` · ${item.place}` : ""}
      </p>
      {"status" in item && <p className="map-popup__status">{t(`enums.eventStatus.${item.status}`)}</p>}
      {item.partners.map((p) => (
        <Link key={p.id} to="/partners/$partnerId" params={{ partnerId: p.id }} className="map-popup__link">
          {p.name}
        </Link>
      ))}
    </div>
  );
}
