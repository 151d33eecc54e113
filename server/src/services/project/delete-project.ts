import { softDelete, softDeletion, type SoftDeleteCall } from "../common/soft-delete.ts";

export const projectDeletion = softDeletion({
  entity: "project",
  table: (tx) => tx.project,
  logged: (p) => ({ title: p.title }),
});

/** Soft delete: the project leaves lists, keeps its sites and history, and can be restored. Returns the new version. */
export const deleteProject = (call: SoftDeleteCall) => softDelete(projectDeletion, call);
