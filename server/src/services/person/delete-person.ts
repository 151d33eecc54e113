import { softDelete, softDeletion, type SoftDeleteCall } from "../common/soft-delete.ts";

export const personDeletion = softDeletion({
  entity: "person",
  table: (tx) => tx.person,
  logged: (p) => ({ fullName: p.fullName }),
});

/** Soft delete: the person leaves lists, but stays named in the contacts they took part in. */
export const deletePerson = (call: SoftDeleteCall) => softDelete(personDeletion, call);
