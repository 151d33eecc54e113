// Checks and helpers shared by the project services.
import { searchTextOf } from "@atlas/shared/search-text";
import type { Tx } from "../../db.ts";
import { assertReferencesExist } from "../common/references.ts";
import { problem } from "../../errors.ts";

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
  await assertReferencesExist(tx, [
    { field: `${prefix}partnerId`, kind: "partner", id: refs.partnerId, problem: problem("reference.partner") },
    { field: `${prefix}sectorId`, kind: "sector", id: refs.sectorId, problem: problem("reference.sector") },
    { field: `${prefix}sourceId`, kind: "source", id: refs.sourceId, problem: problem("reference.source") },
  ]);
}

type SiteLike = { name: string; status: string; latitude: number | null; longitude: number | null; notes: string | null };

/** A site as the change log stores it, with a fixed key order so that diffs compare equal values as equal. */
export function siteForLog(s: SiteLike) {
  return { name: s.name, status: s.status, latitude: s.latitude, longitude: s.longitude, notes: s.notes };
}
