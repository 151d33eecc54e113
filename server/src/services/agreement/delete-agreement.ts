import { softDelete, softDeletion, type SoftDeleteCall } from "../common/soft-delete.ts";

export const agreementDeletion = softDeletion({
  entity: "agreement",
  table: (tx) => tx.agreement,
  logged: (a) => ({ title: a.title }),
});

/** Soft delete: gone from lists and pages, restorable, history intact. */
export const deleteAgreement = (call: SoftDeleteCall) => softDelete(agreementDeletion, call);
