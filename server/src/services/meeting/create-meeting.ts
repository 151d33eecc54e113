import { assertTermsUsable } from "../vocabulary/terms.ts";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { dateOrNull, dayToUtcDate, spanFor } from "@atlas/shared/calendar-day";
import type { ZCreateMeetingInput } from "@atlas/shared/meeting";
import { searchTextOf } from "@atlas/shared/search-text";
import type { Prisma, PrismaClient } from "../../db.ts";
import { recordChange, snapshot } from "../common/change-log.ts";
import { followUpSearchText } from "../follow-up/follow-up-rules.ts";
import { postsOnDay } from "../person/position-rules.ts";
import { getMeeting } from "./get-meeting.ts";
import { assertMeetingReferences, sortedAgreementLinks, sortedIds } from "./meeting-rules.ts";

/** A meeting with its partners, participants, sectors, agreements and follow-up tasks, written in one transaction. */
export async function createMeeting({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: z.output<typeof ZCreateMeetingInput> }) {
  const { partnerIds, participants, sectorIds, followUps, agreements, sourceIds, ...given } = input;
  // A month, quarter or year is stored as its first and last day, so period filters find it by overlap.
  const fields = { ...given, ...spanFor(given.startsAt, given.endsAt, given.datePrecision) };
  return prisma.$transaction(async (tx) => {
    await assertMeetingReferences(tx, input, { prefix: "" });
    await assertTermsUsable(tx, "meetingKind", [input.kind], { field: "kind" });
    await assertTermsUsable(tx, "sector", sectorIds, { field: "sectorIds" });
    // Ids made here so that each task gets its own line in the change log without reading it back.
    const followUpRows = followUps.map((f) => ({ id: randomUUID(), ...f, searchText: followUpSearchText(f) }));
    // Each participant keeps the post held on the meeting's day (for a month, quarter or year:
    // its first day, the only day the record states), so a later change of post leaves it be.
    const posts = await postsOnDay(
      tx,
      participants.map((p) => p.personId),
      fields.startsAt,
    );
    const participantRows = participants.map((p) => ({
      ...p,
      post: posts.get(p.personId)?.post ?? null,
      organisation: posts.get(p.personId)?.organisation ?? null,
    }));
    const created = await tx.interaction.create({
      data: {
        ...fields,
        // Prisma takes a `date` column's value as UTC midnight of the day.
        startsAt: dayToUtcDate(fields.startsAt),
        endsAt: dateOrNull(fields.endsAt),
        searchText: searchTextOf.interaction(fields),
        partners: { createMany: { data: partnerIds.map((partnerId) => ({ partnerId })) } },
        ...(participants.length > 0 ? { participants: { createMany: { data: participantRows } } } : {}),
        ...(sectorIds.length > 0 ? { sectors: { createMany: { data: sectorIds.map((sectorId) => ({ sectorId })) } } } : {}),
        ...(sourceIds.length > 0 ? { sources: { createMany: { data: sourceIds.map((sourceId) => ({ sourceId })) } } } : {}),
        ...(agreements.length > 0 ? { agreements: { createMany: { data: agreements.map(({ agreementId, mention }) => ({ agreementId, mention })) } } } : {}),
        ...(followUpRows.length > 0 ? { followUps: { createMany: { data: followUpRows.map((f) => ({ ...f, dueDate: dateOrNull(f.dueDate) })) } } } : {}),
      },
      select: { id: true },
    });
    await recordChange(tx, {
      entity: "meeting",
      recordId: created.id,
      action: "CREATE",
      userId: actorId,
      changes: {
        ...snapshot(fields),
        partnerIds: sortedIds(partnerIds),
        participants: [...participants].sort((a, b) => a.personId.localeCompare(b.personId)),
        sectorIds: sortedIds(sectorIds),
        agreements: sortedAgreementLinks(agreements),
        sourceIds: sortedIds(sourceIds),
        followUpIds: followUpRows.map((f) => f.id),
      },
    });
    if (followUpRows.length > 0) {
      await tx.changeLog.createMany({
        data: followUpRows.map((f) => ({
          entity: "followUp",
          recordId: f.id,
          action: "CREATE" as const,
          userId: actorId,
          changes: snapshot({ title: f.title, dueDate: f.dueDate, ownerId: f.ownerId, status: "OPEN", interactionId: created.id }) as Prisma.InputJsonValue,
        })),
      });
    }
    return getMeeting({ prisma: tx, id: created.id });
  });
}
