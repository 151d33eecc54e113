import { restoreDeleted, type SoftDeleteCall } from "../common/soft-delete.ts";
import { meetingDeletion } from "./delete-meeting.ts";
import { getMeeting } from "./get-meeting.ts";

/** Brings back a soft-deleted meeting with its links. */
export const restoreMeeting = (call: SoftDeleteCall) => restoreDeleted(meetingDeletion, call, getMeeting);
