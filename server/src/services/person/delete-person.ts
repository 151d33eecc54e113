import type { TDeleteInput } from "@atlas/shared/common";
import type { PrismaClient } from "../../db.ts";
import { notFound } from "../../errors.ts";
import { recordChange } from "../common/change-log.ts";
import { assertVersion, concurrentWriteConflict } from "../common/versioning.ts";

/** Soft delete: the person leaves lists, but stays named in the contacts they took part in. */
export async function deletePerson({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: TDeleteInput }) {
  return prisma.$transaction(async (tx) => {
    const current = await tx.person.findFirst({ where: { id: input.id, deletedAt: null } });
    if (!current) throw notFound("Человек", input.id);
    assertVersion(current, input.version, "Человек");
    const written = await tx.person.updateMany({ where: { id: input.id, version: input.version }, data: { deletedAt: new Date(), version: { increment: 1 } } });
    if (written.count !== 1) throw concurrentWriteConflict("Человек");
    await recordChange(tx, { entity: "person", recordId: input.id, action: "DELETE", userId: actorId, changes: { fullName: current.fullName } });
    return { id: input.id };
  });
}
