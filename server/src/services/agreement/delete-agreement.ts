import type { TDeleteInput } from "@atlas/shared/common";
import type { PrismaClient } from "../../db.ts";
import { notFound } from "../../errors.ts";
import { recordChange } from "../common/change-log.ts";
import { assertVersion, concurrentWriteConflict } from "../common/versioning.ts";

/** Soft delete: gone from lists and pages, restorable, history intact. */
export async function deleteAgreement({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: TDeleteInput }) {
  return prisma.$transaction(async (tx) => {
    const current = await tx.agreement.findFirst({ where: { id: input.id, deletedAt: null }, select: { id: true, title: true, version: true } });
    if (!current) throw notFound("Соглашение", input.id);
    assertVersion(current, input.version, "Соглашение");
    const written = await tx.agreement.updateMany({
      where: { id: input.id, version: input.version },
      data: { deletedAt: new Date(), version: { increment: 1 } },
    });
    if (written.count !== 1) throw concurrentWriteConflict("Соглашение");
    await recordChange(tx, { entity: "agreement", recordId: input.id, action: "DELETE", userId: actorId, changes: { title: current.title } });
    return { id: input.id, version: input.version + 1 };
  });
}
