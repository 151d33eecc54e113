import { restoreDeleted, type SoftDeleteCall } from "../common/soft-delete.ts";
import { projectDeletion } from "./delete-project.ts";
import { getProject } from "./get-project.ts";

/** Brings back a soft-deleted project with its sites. */
export const restoreProject = (call: SoftDeleteCall) => restoreDeleted(projectDeletion, call, getProject);
