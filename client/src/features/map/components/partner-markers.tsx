/// <reference types="leaflet.markercluster" />
// The partner points in a cluster group, and "Найти на карте": opening the clusters
// around one partner's marker. The points are DOM markers, so only what is on screen
// and not clustered exists in the page.
import { memo, useCallback, useEffect, useRef, type ReactNode, type RefObject } from "react";
import { Marker, useMap } from "react-leaflet";
import MarkerClusterGroup from "react-leaflet-cluster";
import L from "leaflet";
import { useTranslation } from "react-i18next";
import { total } from "./map-shapes.ts";
import type { Located, MapFocus, MarkerRefs } from "./map-types.ts";
import "../texts.ts";

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

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The partner points, clustered where they overlap. Memoised: it re-renders only when
 * the points change, not when a popup opens. A cluster says in words how many partners
 * it holds and names the busiest, so it can be found by keyboard and screen reader.
 */
export const PartnerMarkers = memo(function PartnerMarkers({
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

const FOCUS_RETRY_MS = 100;
const FOCUS_TRIES = 100;

/** Opens the clusters around a partner's marker, then hands the marker over. */
export function FocusPartner({
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
  const partnerId = focus?.partnerId;
  // A new search for the same partner (a new seq) frames it again.
  const seq = focus?.seq;
  useEffect(() => {
    if (partnerId === undefined) return;
    // Markers join the group after they mount, in chunks (chunkedLoading) that can take a
    // while on a slow machine: a search made before the partner's chunk is in waits for it
    // (up to a few seconds) instead of doing nothing.
    let timer: ReturnType<typeof setTimeout>;
    let tries = 0;
    const attempt = () => {
      const entry = markerRefs.current.get(partnerId);
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
  }, [partnerId, seq, map, clusterRef, markerRefs]);
  return null;
}
