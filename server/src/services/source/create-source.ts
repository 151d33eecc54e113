import type { z } from "zod";
import { dateOrNull } from "@atlas/shared/calendar-day";
import type { ZCreateSourceInput } from "@atlas/shared/source";
import { searchTextOf } from "@atlas/shared/search-text";
import type { PrismaClient } from "../../db.ts";
import { recordChange, snapshot } from "../common/change-log.ts";
import { sourceDetailSelect, storedPublishedAt, toSourceDto } from "./source-select.ts";

export async function createSource({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: z.output<typeof ZCreateSourceInput> }) {
  const values = { ...input, publishedAt: storedPublishedAt(input.publishedAt, input.publishedPrecision) };
  return prisma.$transaction(async (tx) => {
    const created = await tx.source.create({
      data: { ...values, publishedAt: dateOrNull(values.publishedAt), searchText: searchTextOf.source(input) },
      select: sourceDetailSelect,
    });
    await recordChange(tx, { entity: "source", recordId: created.id, action: "CREATE", userId: actorId, changes: snapshot(values) });
    return toSourceDto(created);
  });
}
