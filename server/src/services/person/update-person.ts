import type { z } from "zod";
import type { ZUpdatePersonInput } from "@atlas/shared/person";
import type { PrismaClient } from "../../db.ts";
import { notFound } from "../../errors.ts";
import { diffFields, recordChange } from "../common/change-log.ts";
import { assertVersion, concurrentWriteConflict } from "../common/versioning.ts";
import { personDetailSelect } from "./person-select.ts";
import { assertPartnerExists, personSearchText } from "./person-rules.ts";

export async function updatePerson({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: z.output<typeof ZUpdatePersonInput> }) {
  const { id, version, data } = input;
  return prisma.$transaction(async (tx) => {
    const current = await tx.person.findFirst({ where: { id, deletedAt: null } });
    if (!current) throw notFound("Человек", id);
    assertVersion(current, version, "Человек");
    if (data.partnerId !== undefined && data.partnerId !== current.partnerId) await assertPartnerExists(tx, data.partnerId);
    const merged = { ...current, ...definedOnly(data) };
    const written = await tx.person.updateMany({
      where: { id, version },
      data: { ...data, searchText: personSearchText(merged), version: { increment: 1 } },
    });
    if (written.count !== 1) throw concurrentWriteConflict("Человек");
    await recordChange(tx, { entity: "person", recordId: id, action: "UPDATE", userId: actorId, changes: diffFields(current, data) });
    return tx.person.findUniqueOrThrow({ where: { id }, select: personDetailSelect });
  });
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
