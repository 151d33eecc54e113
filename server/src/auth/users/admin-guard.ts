import type { Tx } from "../../db.ts";
import { AppError, problem } from "../../errors.ts";

/**
 * Locks the active administrators' rows until the transaction ends, so two
 * administrators demoting each other at once cannot leave the system with none.
 */
export async function lockActiveAdmins(tx: Tx): Promise<string[]> {
  const rows = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "User" WHERE role = 'ADMIN' AND "isActive" FOR UPDATE`;
  return rows.map((r) => r.id);
}

export function lastAdminError(field: "data.role" | "data.isActive"): AppError {
  return new AppError("BAD_REQUEST", "auth.lastAdmin", { fieldErrors: { [field]: [problem("auth.lastAdmin")] } });
}
