import type { z } from "zod";
import type { ZCreatePersonInput } from "@atlas/shared/person";
import type { PrismaClient } from "../../db.ts";
import { recordChange, snapshot } from "../common/change-log.ts";
import { personDetailSelect } from "./person-select.ts";
import { assertPartnerExists, personSearchText } from "./person-rules.ts";

export async function createPerson({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: z.output<typeof ZCreatePersonInput> }) {
  return prisma.$transaction(async (tx) => {
    await assertPartnerExists(tx, input.partnerId);
    const created = await tx.person.create({ data: { ...input, searchText: personSearchText(input) }, select: personDetailSelect });
    await recordChange(tx, { entity: "person", recordId: created.id, action: "CREATE", userId: actorId, changes: snapshot(input) });
    return created;
  });
}
