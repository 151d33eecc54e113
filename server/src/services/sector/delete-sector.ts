import { softDelete, softDeletion, type SoftDeleteCall } from "../common/soft-delete.ts";

export const sectorDeletion = softDeletion({
  entity: "sector",
  table: (tx) => tx.sector,
  logged: (s) => ({ code: s.code, name: s.name }),
});

/**
 * Soft delete: the sector leaves the pick lists; records already tagged with it keep
 * the tag (the links are not touched), so their history reads as it did.
 */
export const deleteSector = (call: SoftDeleteCall) => softDelete(sectorDeletion, call);
