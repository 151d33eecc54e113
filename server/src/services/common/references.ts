import type { Tx } from "../../db.ts";
import { AppError, type FieldErrors, type FieldProblem } from "../../errors.ts";

/** What a reference check needs of a Prisma model: the live ones among some ids. */
type LiveTable = {
  findMany(args: { where: { id: { in: string[] }; deletedAt: null }; select: { id: true } }): PromiseLike<Array<{ id: string }>>;
};

export type TReferencedKind = "partner" | "sector" | "source" | "exportCategory";

/** The kinds of record other records point at by id, each soft-deletable. */
const referencedTables: Record<TReferencedKind, (tx: Tx) => LiveTable> = {
  partner: (tx) => tx.partner,
  sector: (tx) => tx.sector,
  source: (tx) => tx.source,
  exportCategory: (tx) => tx.exportCategory,
};

/** The ids that name no live record of the kind (never created, or soft-deleted); one query. */
export async function missingIds(tx: Tx, kind: TReferencedKind, ids: Iterable<string>): Promise<string[]> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return [];
  const found = new Set((await referencedTables[kind](tx).findMany({ where: { id: { in: wanted }, deletedAt: null }, select: { id: true } })).map((r) => r.id));
  return wanted.filter((id) => !found.has(id));
}

/** One reference of a record: the field that holds it, what it points at, and the problem to name when it points at nothing. */
export type TReference = { field: string; kind: TReferencedKind; id: string | null | undefined; problem: FieldProblem };

/**
 * Every given reference must name a live record; an absent one (null, undefined) is not
 * checked. All are checked before failing, so the form shows every bad field at once:
 * BAD_REQUEST with each message under its field.
 */
export async function assertReferencesExist(tx: Tx, references: readonly TReference[]): Promise<void> {
  const fieldErrors: FieldErrors = {};
  // One after another: a transaction is one connection, which runs one query at a time.
  for (const { field, kind, id, problem } of references) {
    if (id && (await missingIds(tx, kind, [id])).length > 0) fieldErrors[field] = [problem];
  }
  if (Object.keys(fieldErrors).length > 0) {
    throw new AppError("BAD_REQUEST", "request.checkFields", { fieldErrors });
  }
}
