// Checks and helpers shared by the project services.
import { searchTextOf } from "@atlas/shared/search-text";
import type { Tx } from "../../db.ts";
import { AppError, type FieldErrors } from "../../errors.ts";

export const projectSearchText = searchTextOf.project;

/**
 * The partner, sector and source a project refers to must exist and not be deleted.
 * `prefix` is "data." for update, so the keys match the input's field paths.
 */
export async function assertProjectReferences(
  tx: Tx,
  refs: { partnerId?: string | null; sectorId?: string | null; sourceId?: string | null },
  prefix = "",
): Promise<void> {
  const fieldErrors: FieldErrors = {};
  if (refs.partnerId && !(await tx.partner.findFirst({ where: { id: refs.partnerId, deletedAt: null }, select: { id: true } }))) {
    fieldErrors[`${prefix}partnerId`] = ["Партнёр не найден"];
  }
  if (refs.sectorId && !(await tx.sector.findFirst({ where: { id: refs.sectorId, deletedAt: null }, select: { id: true } }))) {
    fieldErrors[`${prefix}sectorId`] = ["Отрасль не найдена"];
  }
  if (refs.sourceId && !(await tx.source.findFirst({ where: { id: refs.sourceId, deletedAt: null }, select: { id: true } }))) {
    fieldErrors[`${prefix}sourceId`] = ["Источник не найден"];
  }
  if (Object.keys(fieldErrors).length > 0) {
    throw new AppError("BAD_REQUEST", "Проверьте поля: " + Object.entries(fieldErrors).map(([k, m]) => `${k} — ${m[0]}`).join("; "), { fieldErrors });
  }
}

type SiteLike = { name: string; status: string; latitude: number | null; longitude: number | null; notes: string | null };

/** A site as the change log stores it, with a fixed key order so that diffs compare equal values as equal. */
export function siteForLog(s: SiteLike) {
  return { name: s.name, status: s.status, latitude: s.latitude, longitude: s.longitude, notes: s.notes };
}
