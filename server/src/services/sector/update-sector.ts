import type { z } from "zod";
import type { ZUpdateSectorInput } from "@atlas/shared/sector";
import type { PrismaClient } from "../../db.ts";
import { notFound } from "../../errors.ts";
import { diffFields, recordChange } from "../common/change-log.ts";
import { assertVersion, concurrentWriteConflict } from "../common/versioning.ts";
import { sectorSelect } from "./sector-select.ts";
import { assertCodeFree } from "./sector-rules.ts";
import { withTimestamps } from "../common/timestamps.ts";

export async function updateSector({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: z.output<typeof ZUpdateSectorInput> }) {
  const { id, version, data } = input;
  return prisma.$transaction(async (tx) => {
    const current = await tx.sector.findFirst({ where: { id, deletedAt: null } });
    if (!current) throw notFound("sector", id);
    assertVersion(current, version, "sector");
    if (data.code !== undefined && data.code !== current.code) await assertCodeFree(tx, data.code, id);
    const written = await tx.sector.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (written.count !== 1) throw concurrentWriteConflict("sector");
    await recordChange(tx, { entity: "sector", recordId: id, action: "UPDATE", userId: actorId, changes: diffFields(current, data) });
    return withTimestamps(await tx.sector.findUniqueOrThrow({ where: { id }, select: sectorSelect }));
  });
}
