import { restoreDeleted, type SoftDeleteCall } from "../common/soft-delete.ts";
import { followUpDeletion } from "./delete-follow-up.ts";
import { getFollowUp } from "./get-follow-up.ts";

/** Brings back a soft-deleted task. */
export const restoreFollowUp = (call: SoftDeleteCall) => restoreDeleted(followUpDeletion, call, getFollowUp);
