import type { z } from "zod";
import type { ZCreateSectorInput } from "@atlas/shared/sector";
import type { PrismaClient } from "../../db.ts";
import { recordChange, snapshot } from "../common/change-log.ts";
import { sectorSelect } from "./sector-select.ts";
import { assertCodeFree } from "./sector-rules.ts";
import { withTimestamps } from "../common/timestamps.ts";

export async function createSector({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: z.output<typeof ZCreateSectorInput> }) {
  return prisma.$transaction(async (tx) => {
    await assertCodeFree(tx, input.code, null);
    const created = await tx.sector.create({ data: input, select: sectorSelect });
    await recordChange(tx, { entity: "sector", recordId: created.id, action: "CREATE", userId: actorId, changes: snapshot(input) });
    return withTimestamps(created);
  });
}
