import { softDelete, softDeletion, type SoftDeleteCall } from "../common/soft-delete.ts";

export const eventDeletion = softDeletion({
  entity: "event",
  table: (tx) => tx.event,
  logged: (e) => ({ title: e.title }),
});

/** Soft delete: the event leaves lists, maps and timelines, keeps its stops and history, and can be restored. Returns the new version. */
export const deleteEvent = (call: SoftDeleteCall) => softDelete(eventDeletion, call);
