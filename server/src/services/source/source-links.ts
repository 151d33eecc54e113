// The sources a meeting, agreement or event cites (InteractionSource, AgreementSource,
// EventSource): checks and the change log's view of them, shared by the three services.
import type { Tx } from "../../db.ts";
import { problem } from "../../errors.ts";

export const missingSourcesProblem = (count: number) => problem("reference.sourcesGone", { count });

/**
 * The ids among `ids` that name no live source. Ids the record already cites (`known`)
 * are not checked again: a source deleted since stays on the record and does not block
 * other edits. One query, whatever the number of ids.
 */
export async function missingSources(tx: Tx, ids: readonly string[] | undefined, known: readonly string[] = []): Promise<string[]> {
  const fresh = [...new Set(ids ?? [])].filter((id) => !known.includes(id));
  if (fresh.length === 0) return [];
  const found = new Set((await tx.source.findMany({ where: { id: { in: fresh }, deletedAt: null }, select: { id: true } })).map((s) => s.id));
  return fresh.filter((id) => !found.has(id));
}

/** Source ids as the change log records a set: sorted. */
export const sortedSourceIds = (ids: Iterable<string>) => [...ids].sort();

export const sameSourceSet = (a: readonly string[], b: readonly string[]) => JSON.stringify(sortedSourceIds(a)) === JSON.stringify(sortedSourceIds(b));
