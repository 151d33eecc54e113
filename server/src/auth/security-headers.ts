// Security headers on every response (helmet), with a Content-Security-Policy that
// allows only the app itself and the map's tile server.
import helmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";
import { tileOriginOrNull } from "../env.ts";

export function contentSecurityDirectives(tileUrl: string | null | undefined) {
  const tiles = tileUrl ? tileOriginOrNull(tileUrl) : null;
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    // Leaflet positions tiles and markers with inline styles.
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", "data:", "blob:", ...(tiles ? [tiles] : [])],
    fontSrc: ["'self'", "data:"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    // Over plain http (a local start) upgrading would break every request; https deployments send HSTS.
    upgradeInsecureRequests: null,
  };
}

export async function registerSecurityHeaders(app: FastifyInstance, { tileUrl }: { tileUrl: string | null | undefined }): Promise<void> {
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityDirectives(tileUrl) },
    referrerPolicy: { policy: "same-origin" },
  });
}
