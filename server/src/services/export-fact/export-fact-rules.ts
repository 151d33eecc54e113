import type { Tx } from "../../db.ts";
import { assertReferencesExist } from "../common/references.ts";
import { problem } from "../../errors.ts";

/** The partner, category and source a fact points at must exist and not be deleted. */
export async function assertFactReferences(
  tx: Tx,
  refs: { partnerId?: string | undefined; categoryId?: string | null | undefined; sourceId?: string | null | undefined },
): Promise<void> {
  await assertReferencesExist(tx, [
    { field: "partnerId", kind: "partner", id: refs.partnerId, problem: problem("reference.partner") },
    { field: "categoryId", kind: "exportCategory", id: refs.categoryId, problem: problem("reference.exportCategory") },
    { field: "sourceId", kind: "source", id: refs.sourceId, problem: problem("reference.source") },
  ]);
}
