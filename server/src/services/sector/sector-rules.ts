import { normalizeSearchText, searchTerms } from "@atlas/shared/search-text";
import type { Tx } from "../../db.ts";
import { AppError, problem } from "../../errors.ts";

/**
 * The code is unique across all sectors, deleted ones included (the database's
 * unique index covers them too), so a deleted sector's code is named as such.
 */
export async function assertCodeFree(tx: Tx, code: string, selfId: string | null): Promise<void> {
  const holder = await tx.sector.findUnique({ where: { code }, select: { id: true, name: true, deletedAt: true } });
  if (!holder || holder.id === selfId) return;
  const found = problem(holder.deletedAt ? "sector.codeTakenDeleted" : "sector.codeTaken", { code, name: holder.name });
  throw new AppError("CONFLICT", found.key, { params: found.params, fieldErrors: { code: [found] } });
}

/**
 * Ids of live sectors whose name, English name or code contain every word of `q`,
 * compared as normalizeSearchText does (case and ё/е folded in the application, so
 * the result does not depend on the database's locale). Sector has no searchText
 * column; the reference list is short, so it is read whole in one query.
 * Returns null when `q` has no words (no restriction).
 */
export async function sectorIdsMatching(tx: Tx, q: string | undefined): Promise<string[] | null> {
  const terms = searchTerms(q);
  if (terms.length === 0) return null;
  const rows = await tx.sector.findMany({ where: { deletedAt: null }, select: { id: true, name: true, nameEn: true, code: true } });
  return rows
    .filter((s) => {
      const text = normalizeSearchText(s.name, s.nameEn, s.code);
      return terms.every((t) => text.includes(t));
    })
    .map((s) => s.id);
}
