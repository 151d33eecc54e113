import type { z } from "zod";
import type { ZUpdateSourceInput } from "@atlas/shared/source";
import { searchTextOf } from "@atlas/shared/search-text";
import type { PrismaClient } from "../../db.ts";
import { notFound } from "../../errors.ts";
import { diffFields, recordChange } from "../common/change-log.ts";
import { assertVersion, concurrentWriteConflict } from "../common/versioning.ts";
import { sourceDetailSelect } from "./source-select.ts";

export async function updateSource({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: z.output<typeof ZUpdateSourceInput> }) {
  const { id, version, data } = input;
  return prisma.$transaction(async (tx) => {
    const current = await tx.source.findFirst({ where: { id, deletedAt: null } });
    if (!current) throw notFound("Источник", id);
    assertVersion(current, version, "Источник");
    const searchText = searchTextOf.source({
      title: data.title ?? current.title,
      text: data.text !== undefined ? data.text : current.text,
    });
    const written = await tx.source.updateMany({ where: { id, version }, data: { ...data, searchText, version: { increment: 1 } } });
    if (written.count !== 1) throw concurrentWriteConflict("Источник");
    await recordChange(tx, { entity: "source", recordId: id, action: "UPDATE", userId: actorId, changes: diffFields(current, data) });
    return tx.source.findUniqueOrThrow({ where: { id }, select: sourceDetailSelect });
  });
}
