import type { z } from "zod";
import type { ZRestoreAgreementInput } from "@atlas/shared/agreement";
import type { PrismaClient } from "../../db.ts";
import { AppError, notFound } from "../../errors.ts";
import { recordChange } from "../common/change-log.ts";
import { assertVersion, concurrentWriteConflict } from "../common/versioning.ts";
import { getAgreement } from "./get-agreement.ts";

/** Brings back a soft-deleted agreement as it was. */
export async function restoreAgreement({
  prisma,
  actorId,
  input,
}: {
  prisma: PrismaClient;
  actorId: string | null;
  input: z.output<typeof ZRestoreAgreementInput>;
}) {
  const id = await prisma.$transaction(async (tx) => {
    const current = await tx.agreement.findUnique({ where: { id: input.id }, select: { id: true, title: true, version: true, deletedAt: true } });
    if (!current) throw notFound("Соглашение", input.id);
    if (!current.deletedAt) throw new AppError("BAD_REQUEST", "Соглашение не удалено");
    assertVersion(current, input.version, "Соглашение");
    const written = await tx.agreement.updateMany({
      where: { id: input.id, version: input.version },
      data: { deletedAt: null, version: { increment: 1 } },
    });
    if (written.count !== 1) throw concurrentWriteConflict("Соглашение");
    await recordChange(tx, { entity: "agreement", recordId: input.id, action: "RESTORE", userId: actorId, changes: { title: current.title } });
    return input.id;
  });
  // Read after the commit: Prisma loads the detail's relations in parallel, which one
  // transaction connection (node-postgres) must not be asked to do.
  return getAgreement({ prisma, id });
}
