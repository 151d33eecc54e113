import { softDelete, softDeletion, type SoftDeleteCall } from "../common/soft-delete.ts";

export const sourceDeletion = softDeletion({
  entity: "source",
  table: (tx) => tx.source,
  logged: (s) => ({ title: s.title }),
});

/** Soft delete: records that cite the source keep their link to it. */
export const deleteSource = (call: SoftDeleteCall) => softDelete(sourceDeletion, call);
