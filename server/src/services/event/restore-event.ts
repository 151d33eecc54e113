import { restoreDeleted, type SoftDeleteCall } from "../common/soft-delete.ts";
import { eventDeletion } from "./delete-event.ts";
import { getEvent } from "./get-event.ts";

/** Brings back a soft-deleted event with its stops. */
export const restoreEvent = (call: SoftDeleteCall) => restoreDeleted(eventDeletion, call, getEvent);
