// The only place that reads the environment. Every variable is documented in README.md.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { isTimeZone } from "@atlas/shared/calendar-day";
import { defaultHomeTimeZone } from "./home-calendar.ts";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

/**
 * A number variable in [min, max]: text that is no number, a fraction where a whole number
 * is wanted and a value out of range all fail with one message naming the variable and
 * its range, rather than zod's words about the check that failed.
 */
function numberInRange(name: string, { min, max, whole, unit }: { min: number; max: number; whole: boolean; unit?: string }) {
  const error = `${name} must be a ${whole ? "whole number" : "number"}${unit ? ` of ${unit},` : ""} from ${min} to ${max}`;
  const number = z.coerce.number({ error });
  return (whole ? number.int({ error }) : number).min(min, { error }).max(max, { error });
}

const ZEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  /** A postgresql:// URL selects a PostgreSQL server; unset means the embedded database. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: "DATABASE_URL must be a postgresql:// URL (or unset for the embedded database)" })
    .optional(),
  /**
   * Connections this instance keeps to the PostgreSQL server. Requests beyond it wait
   * for a free one (up to 10 s) and are then answered 503; several instances share the
   * server's max_connections, so keep their sum below it.
   */
  DATABASE_POOL_SIZE: numberInRange("DATABASE_POOL_SIZE", { min: 1, max: 200, whole: true }).default(10),
  /** Data folder of the embedded database. */
  ATLAS_DATA_DIR: z
    .string()
    .min(1)
    .default(path.join(repoRoot, ".data", "atlas")),
  /**
   * Scheduled backups: the server writes one into this folder every
   * ATLAS_BACKUP_INTERVAL_HOURS and keeps the newest ATLAS_BACKUP_KEEP (README, Backups).
   * Unset: no scheduled backups.
   */
  ATLAS_BACKUP_DIR: z.string().trim().min(1).optional(),
  ATLAS_BACKUP_INTERVAL_HOURS: numberInRange("ATLAS_BACKUP_INTERVAL_HOURS", { min: 0.01, max: 8760, whole: false, unit: "hours" }).default(24),
  ATLAS_BACKUP_KEEP: numberInRange("ATLAS_BACKUP_KEEP", { min: 1, max: 1000, whole: true }).default(7),
  /** Folder of the built client that the server serves. */
  ATLAS_CLIENT_DIR: z
    .string()
    .min(1)
    .default(path.join(repoRoot, "client", "dist")),
  /**
   * Demo mode: on an empty database, load the demo data (the Kazakhstan case plus a
   * generated dataset). Turn it off in production.
   */
  ATLAS_DEMO: z
    .enum(["true", "false", "1", "0"], { error: "ATLAS_DEMO must be true or false" })
    .default("true")
    .transform((v) => v === "true" || v === "1"),
  /** Size of the generated demo dataset (number of meetings and visits). */
  ATLAS_DEMO_INTERACTIONS: z.coerce.number().int().min(0).max(100_000).default(5000),
  /**
   * The home region's time zone (IANA name). Business dates are calendar days; this
   * zone only decides which day "today" is (overdue tasks, signals, upcoming events).
   */
  ATLAS_TIME_ZONE: z
    .string()
    .trim()
    .refine(isTimeZone, { error: "ATLAS_TIME_ZONE must be an IANA time zone such as Europe/Moscow or Asia/Yekaterinburg" })
    .default(defaultHomeTimeZone),
  /**
   * Calls per minute of the expensive reads (overview aggregates, dossier, timeline) one
   * session — or one address when signed out — may make; more get 429 with Retry-After.
   */
  ATLAS_READ_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(120),
  /**
   * How many of those expensive reads one instance runs at once; the others wait their
   * turn without holding a database connection (heavy-reads.ts). Unset: one per ten
   * connections of DATABASE_POOL_SIZE, at least one.
   */
  ATLAS_HEAVY_READS_AT_ONCE: numberInRange("ATLAS_HEAVY_READS_AT_ONCE", { min: 1, max: 100, whole: true }).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),

  /**
   * Behind a reverse proxy: trust its X-Forwarded-For / -Proto / -Host headers for the
   * client's address (rate limits, sign-in log) and for https (the Secure cookie flag).
   * `true` trusts one proxy (the address it appended to X-Forwarded-For, not what the
   * client wrote before it); a number trusts that many proxies in a chain; a list of
   * addresses or CIDRs (10.0.0.0/8,127.0.0.1) trusts exactly those proxies (safest).
   * Leave off when clients reach the server directly, or they could forge those headers.
   */
  TRUST_PROXY: z
    .string()
    .trim()
    .regex(/^(true|false|[0-9]|[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*)$/, {
      error: "TRUST_PROXY must be true, false, the number of proxies, or a comma-separated list of proxy addresses",
    })
    .default("false")
    .transform((v): false | number | string => (v === "false" || v === "0" ? false : v === "true" ? 1 : /^[0-9]$/.test(v) ? Number(v) : v)),
  /** The address users open, e.g. https://atlas.example.gov; mutations from any other origin are refused. Unset: the request's Host. */
  ATLAS_PUBLIC_ORIGIN: z
    .url({ error: "ATLAS_PUBLIC_ORIGIN must be an origin such as https://atlas.example.org", protocol: /^https?$/ })
    .transform((v) => new URL(v).origin)
    .optional(),
  /** A session ends after this many minutes without a request… */
  ATLAS_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .default(120),
  /** …and in any case this many hours after sign-in. */
  ATLAS_SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(12),
  /**
   * The map's tile server, a template with {z}/{x}/{y} (and optionally a leading {s}.
   * subdomain). Unset: no tiles, nothing is fetched from the internet. Its origin is
   * the one outside host the Content-Security-Policy allows (for images).
   */
  ATLAS_MAP_TILE_URL: z
    .string()
    .trim()
    .refine((v) => tileOriginOrNull(v) !== null, {
      error: "ATLAS_MAP_TILE_URL must be an https:// (or http://) URL template such as https://tile.example.org/{z}/{x}/{y}.png",
    })
    .optional(),
  /** Credit line shown on the map for the tiles, e.g. "© OpenStreetMap contributors". */
  ATLAS_MAP_TILE_ATTRIBUTION: z.string().trim().min(1).optional(),
  /**
   * Without demo mode, when the database has no active administrator, one is created
   * with this email (default admin@atlas.local) and ATLAS_ADMIN_PASSWORD; without a
   * password, a one-time password is printed once to standard output.
   */
  ATLAS_ADMIN_EMAIL: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "ATLAS_ADMIN_EMAIL must be an email address" }))
    .optional(),
  ATLAS_ADMIN_PASSWORD: z.string().min(10, { error: "ATLAS_ADMIN_PASSWORD must be at least 10 characters" }).max(200).optional(),
});

/**
 * The CSP source of a tile URL template: its origin, with a leading {s} subdomain
 * as a wildcard (https://{s}.tile.example.org/… → https://*.tile.example.org).
 */
export function tileOriginOrNull(template: string): string | null {
  const match = /^(https?):\/\/(\{s\}\.)?([a-z0-9.-]+(?::\d+)?)(?:\/|$)/i.exec(template);
  if (!match) return null;
  return `${match[1]!.toLowerCase()}://${match[2] ? "*." : ""}${match[3]!.toLowerCase()}`;
}

export type Env = z.infer<typeof ZEnv>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}
