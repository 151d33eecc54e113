import { softDelete, softDeletion, type SoftDeleteCall } from "../common/soft-delete.ts";

export const meetingDeletion = softDeletion({
  entity: "meeting",
  table: (tx) => tx.interaction,
  logged: (m) => ({ title: m.title }),
});

/** Soft delete: the meeting leaves lists and byId, keeps its links and history, and can be restored. */
export const deleteMeeting = (call: SoftDeleteCall) => softDelete(meetingDeletion, call);
