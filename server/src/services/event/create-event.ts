import { assertTermsUsable } from "../vocabulary/terms.ts";
import type { z } from "zod";
import type { ZCreateEventInput } from "@atlas/shared/event";
import { dateOrNull, dayToUtcDate, spanFor } from "@atlas/shared/calendar-day";
import type { PrismaClient } from "../../db.ts";
import { recordChange, snapshot } from "../common/change-log.ts";
import { getEvent } from "./get-event.ts";
import { assertEventReferences, assertEventRules, eventSearchText, stopForLog, stopRows, storedStop } from "./event-rules.ts";

export async function createEvent({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: z.output<typeof ZCreateEventInput> }) {
  const { partnerIds, sectorIds, stops, sourceIds, ...given } = input;
  // A month, quarter or year is stored as its first and last day, so period filters find it by overlap.
  const fields = { ...given, ...spanFor(given.startsAt, given.endsAt, given.datePrecision) };
  // The schema checks the same rules; repeated here on the stored shape for callers that bypass it (seed, imports).
  assertEventRules({ ...fields, stops });
  const id = await prisma.$transaction(async (tx) => {
    await assertEventReferences(tx, input);
    await assertTermsUsable(tx, "eventKind", [input.kind], { field: "kind" });
    await assertTermsUsable(tx, "sector", sectorIds, { field: "sectorIds" });
    const created = await tx.event.create({
      data: {
        ...fields,
        startsAt: dayToUtcDate(fields.startsAt),
        endsAt: dateOrNull(fields.endsAt),
        searchText: eventSearchText(input),
        ...(partnerIds.length ? { partners: { createMany: { data: partnerIds.map((partnerId) => ({ partnerId })) } } } : {}),
        ...(sectorIds.length ? { sectors: { createMany: { data: sectorIds.map((sectorId) => ({ sectorId })) } } } : {}),
        ...(sourceIds.length ? { sources: { createMany: { data: sourceIds.map((sourceId) => ({ sourceId })) } } } : {}),
        ...(stops.length ? { stops: { createMany: { data: stopRows(stops) } } } : {}),
      },
      select: { id: true },
    });
    await recordChange(tx, {
      entity: "event",
      recordId: created.id,
      action: "CREATE",
      userId: actorId,
      changes: { ...snapshot(fields), partnerIds, sectorIds, sourceIds: [...sourceIds].sort(), stops: stops.map((s) => stopForLog(storedStop(s))) },
    });
    return created.id;
  });
  return getEvent({ prisma, id });
}
