// Saved views: a named page address (path and search params) of the app, personal or
// shared with everyone. The address is only ever an in-app path, so opening a view can
// never lead to another site (no open redirect).
import { z } from "zod";
import { requiredText, ZId, ZVersion } from "./common.ts";

export const savedViewNameMaxLength = 80;
export const savedViewPathMaxLength = 2000;

/** Paths the server answers itself, not pages of the client. */
const nonPageSegments = new Set(["trpc", "calendar", "assets", "healthz"]);

/**
 * True for "/meetings?country=KZ" and the like; false for "//evil.example", "https://…",
 * "/\\evil", "/../x", "/trpc/…": a path of plain segments, then any search and hash
 * without spaces, backslashes or control characters.
 */
export function isAppPath(path: string): boolean {
  if (/[\s\\\u0000-\u001f\u007f]/.test(path)) return false;
  const pathname = path.split(/[?#]/, 1)[0] ?? "";
  if (!/^(\/[A-Za-z0-9\-._~%]+)*\/?$/.test(pathname) || !pathname.startsWith("/")) return false;
  const segments = pathname.split("/").slice(1);
  if (segments.some((segment) => segment === "." || segment === "..")) return false;
  return !nonPageSegments.has(segments[0] ?? "");
}

export const ZAppPath = z
  .string()
  .trim()
  .min(1, { error: "validation.fillIn" })
  .max(savedViewPathMaxLength, { error: "validation.tooLong" })
  .refine(isAppPath, { error: "validation.appPath" });

export const ZSavedViewName = requiredText(savedViewNameMaxLength);

export const ZCreateSavedViewInput = z.object({
  name: ZSavedViewName,
  path: ZAppPath,
  shared: z.boolean().default(false),
});
export type TCreateSavedViewInput = z.input<typeof ZCreateSavedViewInput>;

/** Rename, or share / stop sharing; the version is the one the user saw. */
export const ZUpdateSavedViewInput = z.object({
  id: ZId,
  version: ZVersion,
  data: z.object({ name: ZSavedViewName.optional(), shared: z.boolean().optional() }),
});
export type TUpdateSavedViewInput = z.input<typeof ZUpdateSavedViewInput>;

export const ZDeleteSavedViewInput = z.object({ id: ZId, version: ZVersion });

export type SavedViewItem = {
  id: string;
  name: string;
  path: string;
  shared: boolean;
  version: number;
  ownerName: string;
  mine: boolean;
  /** The author, or an administrator for a shared view. */
  canEdit: boolean;
};
