import { normalizeSearchText, searchTerms } from "@atlas/shared/search-text";
import type { Tx } from "../../db.ts";
import { AppError, problem } from "../../errors.ts";

/**
 * Names are unique across all categories, deleted ones included (as the database's
 * unique index is), and compared case- and ё/е-insensitively so that "Мёд" and
 * "мед" do not become two categories. The list is short and read whole; comparing
 * in the application keeps the result independent of the database's locale.
 */
export async function assertNameFree(tx: Tx, name: string, selfId: string | null): Promise<void> {
  const wanted = normalizeSearchText(name);
  const all = await tx.exportCategory.findMany({ select: { id: true, name: true, deletedAt: true } });
  const holder = all.find((c) => c.id !== selfId && normalizeSearchText(c.name) === wanted);
  if (!holder) return;
  const found = problem(holder.deletedAt ? "exportCategory.nameTakenDeleted" : "exportCategory.nameTaken", { name: holder.name });
  throw new AppError("CONFLICT", found.key, { params: found.params, fieldErrors: { name: [found] } });
}

export async function assertSourceExists(tx: Tx, sourceId: string | null | undefined): Promise<void> {
  if (!sourceId) return;
  const source = await tx.source.findFirst({ where: { id: sourceId, deletedAt: null }, select: { id: true } });
  if (!source) throw new AppError("BAD_REQUEST", "reference.source", { fieldErrors: { sourceId: [problem("reference.source")] } });
}

/** Ids of live categories whose name, English name or HS code contain every word of `q`; null when `q` is empty. */
export async function categoryIdsMatching(tx: Tx, q: string | undefined): Promise<string[] | null> {
  const terms = searchTerms(q);
  if (terms.length === 0) return null;
  const rows = await tx.exportCategory.findMany({ where: { deletedAt: null }, select: { id: true, name: true, nameEn: true, hsCode: true } });
  return rows
    .filter((c) => {
      const text = normalizeSearchText(c.name, c.nameEn, c.hsCode);
      return terms.every((t) => text.includes(t));
    })
    .map((c) => c.id);
}
