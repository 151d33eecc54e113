import type { z } from "zod";
import type { TUserListItem, ZUpdateUserInput } from "@atlas/shared/auth";
import { notFound } from "../../errors.ts";
import { diffFields, recordChange } from "../../services/common/change-log.ts";
import type { AdminWriteCall } from "../../services/common/service-call.ts";
import { assertVersion, concurrentWriteConflict } from "../../services/common/versioning.ts";
import { endUserSessions, forgetCachedSessions } from "../sessions.ts";
import { lastAdminError, lockActiveAdmins } from "./admin-guard.ts";
import { selectUser, userListSelect } from "./user-select.ts";

/**
 * Renames, changes the role of, deactivates or reactivates a user. A role change or a
 * deactivation ends the user's sessions, so the change applies at once. The last
 * active administrator cannot be demoted or deactivated.
 */
export async function updateUser({ prisma, actorId, input, now }: AdminWriteCall<z.output<typeof ZUpdateUserInput>>): Promise<TUserListItem> {
  const { id, version, data } = input;
  return prisma.$transaction(async (tx) => {
    const activeAdmins = await lockActiveAdmins(tx);
    const current = await tx.user.findUnique({ where: { id }, select: userListSelect });
    if (!current) throw notFound("user", id);
    assertVersion(current, version, "user");

    const losesAdmin = current.role === "ADMIN" && current.isActive && ((data.role !== undefined && data.role !== "ADMIN") || data.isActive === false);
    if (losesAdmin && activeAdmins.filter((a) => a !== id).length === 0) {
      throw lastAdminError(data.isActive === false ? "data.isActive" : "data.role");
    }

    const written = await tx.user.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (written.count !== 1) throw concurrentWriteConflict("user");
    const changes = diffFields(current, data);
    if (changes.role || changes.isActive) await endUserSessions(tx, id);
    // A rename keeps the sessions, but their cached copies must show the new name.
    else forgetCachedSessions(id);
    await recordChange(tx, { entity: "user", recordId: id, action: "UPDATE", userId: actorId, changes });
    return selectUser(tx, id, now);
  });
}
