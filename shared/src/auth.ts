// The contract of sign-in, sessions and user administration, shared by server and client.
import { z } from "zod";
import { requiredText, ZId } from "./common.ts";
import { ZRole, type TRole } from "./enums.ts";
import type { Timestamp } from "./timestamp.ts";

export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "validation.signInEmail" }));

/** Demo accounts use the reserved "@demo" domain, which z.email() refuses; sign-in accepts any login name. */
export const ZSignInInput = z.object({
  email: z.string().trim().toLowerCase().min(1, { error: "validation.signInEmail" }).max(320),
  password: z.string().min(1, { error: "validation.password" }).max(1000),
});
export type TSignInInput = z.input<typeof ZSignInInput>;

export const passwordRule = z.string().min(10, { error: "validation.passwordTooShort" }).max(200, { error: "validation.passwordTooLong" });

export const ZChangePasswordInput = z.object({
  currentPassword: z.string().min(1, { error: "validation.currentPassword" }),
  newPassword: passwordRule,
});
export type TChangePasswordInput = z.input<typeof ZChangePasswordInput>;

/** The signed-in user as the client sees them (auth.me, auth.signIn). */
export type TSessionUser = { id: string; email: string; name: string; role: TRole; mustChangePassword: boolean };

/**
 * The map's tile layer (a Leaflet URL template such as https://tile.example.org/{z}/{x}/{y}.png),
 * or null when none is configured: then the map shows boundaries and markers without tiles.
 * The Content-Security-Policy allows images from this host only.
 */
export type TMapConfig = { tileUrl: string | null; attribution: string | null };

/**
 * What the sign-in page may show before anyone signs in (auth.publicConfig). The demo
 * accounts are listed only in demo mode and only while they exist.
 */
export type TPublicConfig = {
  demo: boolean;
  demoAccounts: Array<{ email: string; role: TRole }>;
  demoPassword: string | null;
  map: TMapConfig;
};

export const ZCreateUserInput = z.object({
  email: ZEmail,
  name: requiredText(200),
  role: ZRole,
  password: passwordRule,
  /** The administrator knows this password, so by default the user replaces it at first sign-in. */
  mustChangePassword: z.boolean().default(true),
});
export type TCreateUserInput = z.input<typeof ZCreateUserInput>;

export const ZUpdateUserInput = z.object({
  id: ZId,
  version: z.number().int().positive().max(2_147_483_647, { error: "validation.numberTooBig" }),
  data: z.object({ name: requiredText(200).optional(), role: ZRole.optional(), isActive: z.boolean().optional() }),
});
export type TUpdateUserInput = z.input<typeof ZUpdateUserInput>;

export const ZResetPasswordInput = z.object({ id: ZId });
export type TResetPasswordResult = { temporaryPassword: string };

export const ZSignInLogInput = z.object({ limit: z.number().int().min(1).max(500).default(100) });
export type TSignInLogInput = z.input<typeof ZSignInLogInput>;

/** Why a sign-in failed, as the sign-in log records it. */
/** LOCKED: the address's limit of wrong passwords; THROTTLED: the account's wait after wrong passwords. */
export const signInFailureReasons = ["UNKNOWN_USER", "WRONG_PASSWORD", "INACTIVE", "LOCKED", "THROTTLED"] as const;
export type TSignInFailureReason = (typeof signInFailureReasons)[number];

/** One row of admin.users.signInLog, newest first. */
export type TSignInLogEntry = {
  id: string;
  at: Timestamp;
  email: string;
  ip: string;
  userAgent: string | null;
  success: boolean;
  reason: TSignInFailureReason | null;
};

/** One row of admin.users.list (and what create/update return). */
export type TUserListItem = {
  id: string;
  email: string;
  name: string;
  role: TRole;
  isActive: boolean;
  mustChangePassword: boolean;
  lastSignInAt: Timestamp | null;
  passwordChangedAt: Timestamp | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  version: number;
  /** Sessions that have not reached their absolute end. */
  activeSessions: number;
};

/**
 * tRPC error data on TOO_MANY_REQUESTS from auth.signIn: seconds until the next attempt
 * is accepted (also sent as the Retry-After header).
 */
export type TRateLimitErrorData = { retryAfterSeconds: number | null };

/** Role order: each role can do everything the roles before it can. */
export const roleRank: Record<TRole, number> = { VIEWER: 1, ANALYST: 2, EDITOR: 3, ADMIN: 4 };
export function hasRole(userRole: TRole, needed: TRole): boolean {
  return roleRank[userRole] >= roleRank[needed];
}
