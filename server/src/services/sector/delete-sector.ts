import type { TDeleteInput } from "@atlas/shared/common";
import type { PrismaClient } from "../../db.ts";
import { notFound } from "../../errors.ts";
import { recordChange } from "../common/change-log.ts";
import { assertVersion, concurrentWriteConflict } from "../common/versioning.ts";

/**
 * Soft delete: the sector leaves the pick lists; records already tagged with it keep
 * the tag (the links are not touched), so their history reads as it did.
 */
export async function deleteSector({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: TDeleteInput }) {
  return prisma.$transaction(async (tx) => {
    const current = await tx.sector.findFirst({ where: { id: input.id, deletedAt: null } });
    if (!current) throw notFound("Отрасль", input.id);
    assertVersion(current, input.version, "Отрасль");
    const written = await tx.sector.updateMany({ where: { id: input.id, version: input.version }, data: { deletedAt: new Date(), version: { increment: 1 } } });
    if (written.count !== 1) throw concurrentWriteConflict("Отрасль");
    await recordChange(tx, { entity: "sector", recordId: input.id, action: "DELETE", userId: actorId, changes: { code: current.code, name: current.name } });
    return { id: input.id };
  });
}
