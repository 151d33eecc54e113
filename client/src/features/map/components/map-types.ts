// The shapes the map's parts pass between them (partner-map.tsx and its layers).
import type L from "leaflet";
import type { RefObject } from "react";
import type { PartnerActivity } from "../hooks/map-queries.ts";

export type MapHome = { id: string; name: string; latitude: number; longitude: number; isoCode: string | null } | null;
export type MapFocus = { partnerId: string; seq: number } | null;

/** A partner drawn as a point: one with coordinates. */
export type Located = PartnerActivity & { latitude: number; longitude: number };
/** Every partner marker on the map by partner id, for "Найти на карте". */
export type MarkerRefs = RefObject<Map<string, { marker: L.Marker; partner: Located; diameter: number }>>;
