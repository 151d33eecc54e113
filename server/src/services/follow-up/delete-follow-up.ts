import { softDelete, softDeletion, type SoftDeleteCall } from "../common/soft-delete.ts";

export const followUpDeletion = softDeletion({
  entity: "followUp",
  table: (tx) => tx.followUp,
  logged: (f) => ({ title: f.title }),
});

/** Soft delete: the task leaves every list but can be restored, with its history. */
export const deleteFollowUp = (call: SoftDeleteCall) => softDelete(followUpDeletion, call);
