import type { Tx } from "../../db.ts";
import { assertReferencesExist } from "../common/references.ts";
import { problem } from "../../errors.ts";

/** The category, destination and source a figure points at must exist and not be deleted. */
export async function assertFigureReferences(
  tx: Tx,
  refs: { categoryId?: string | undefined; destinationId?: string | undefined; sourceId?: string | null | undefined },
): Promise<void> {
  await assertReferencesExist(tx, [
    { field: "categoryId", kind: "exportCategory", id: refs.categoryId, problem: problem("reference.exportCategory") },
    { field: "destinationId", kind: "partner", id: refs.destinationId, problem: problem("reference.destination") },
    { field: "sourceId", kind: "source", id: refs.sourceId, problem: problem("reference.source") },
  ]);
}
