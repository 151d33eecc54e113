import type { z } from "zod";
import type { ZCreateEventInput } from "@atlas/shared/event";
import type { PrismaClient } from "../../db.ts";
import { recordChange, snapshot } from "../common/change-log.ts";
import { getEvent } from "./get-event.ts";
import { assertEventReferences, assertEventRules, eventSearchText, stopForLog } from "./event-rules.ts";

export async function createEvent({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: z.output<typeof ZCreateEventInput> }) {
  // The schema checks the same rules; repeated here for callers that bypass it (seed, imports).
  assertEventRules(input);
  const id = await prisma.$transaction(async (tx) => {
    await assertEventReferences(tx, input);
    const { partnerIds, sectorIds, stops, ...fields } = input;
    const created = await tx.event.create({
      data: {
        ...fields,
        searchText: eventSearchText(input),
        ...(partnerIds.length ? { partners: { createMany: { data: partnerIds.map((partnerId) => ({ partnerId })) } } } : {}),
        ...(sectorIds.length ? { sectors: { createMany: { data: sectorIds.map((sectorId) => ({ sectorId })) } } } : {}),
        ...(stops.length ? { stops: { createMany: { data: stops.map((s, position) => ({ ...s, position })) } } } : {}),
      },
      select: { id: true },
    });
    await recordChange(tx, {
      entity: "event",
      recordId: created.id,
      action: "CREATE",
      userId: actorId,
      changes: { ...snapshot(fields), partnerIds, sectorIds, stops: stops.map(stopForLog) },
    });
    return created.id;
  });
  return getEvent({ prisma, id });
}
