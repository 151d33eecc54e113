// What sign-in, sessions and the public configuration depend on, read once from the
// environment. Tests pass their own (createContextInner has safe defaults).
import type { Env } from "../env.ts";
import type { TMapConfig } from "@atlas/shared/auth";

export type AuthSettings = {
  /** Demo mode: the demo accounts may be announced on the sign-in page. */
  demo: boolean;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /** Wrong passwords allowed per address within the window; the next attempt gets 429 until the oldest leaves it. */
  maxFailures: number;
  failureWindowMinutes: number;
  /** Wrong passwords in a row (within the window) an account takes without a wait… */
  accountFreeFailures: number;
  /** …after which each further one makes the next attempt wait 2, 4, 8 … seconds, at most this long. */
  accountMaxDelaySeconds: number;
  map: TMapConfig;
};

export const defaultAuthSettings: AuthSettings = {
  demo: false,
  sessionIdleMinutes: 120,
  sessionMaxHours: 12,
  maxFailures: 10,
  failureWindowMinutes: 15,
  accountFreeFailures: 5,
  accountMaxDelaySeconds: 60,
  // No tiles unless configured: nothing is fetched from the internet by default.
  map: { tileUrl: null, attribution: null },
};

export function authSettingsFromEnv(env: Env): AuthSettings {
  return {
    ...defaultAuthSettings,
    demo: env.ATLAS_DEMO,
    sessionIdleMinutes: env.ATLAS_SESSION_IDLE_MINUTES,
    sessionMaxHours: env.ATLAS_SESSION_MAX_HOURS,
    map: { tileUrl: env.ATLAS_MAP_TILE_URL ?? null, attribution: env.ATLAS_MAP_TILE_URL ? (env.ATLAS_MAP_TILE_ATTRIBUTION ?? null) : null },
  };
}

/** Time, injectable so that tests can move the clock and skip the slow-down after wrong passwords. */
export type Clock = { now(): Date; sleep(ms: number): Promise<void> };

export const systemClock: Clock = {
  now: () => new Date(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
