import { assertTermsUsable } from "../vocabulary/terms.ts";
import type { z } from "zod";
import { dateOrNull, dayOrNull, dayToUtcDate, spanFor, utcDateToDay } from "@atlas/shared/calendar-day";
import { endsBeforeStartMessage, type ZUpdateMeetingInput } from "@atlas/shared/meeting";
import { searchTextOf } from "@atlas/shared/search-text";
import type { PrismaClient } from "../../db.ts";
import { AppError, notFound, problem } from "../../errors.ts";
import { diffFields, recordChange } from "../common/change-log.ts";
import { stripUndefined } from "../common/partial-update.ts";
import { assertVersion, concurrentWriteConflict } from "../common/versioning.ts";
import { postsOnDay } from "../person/position-rules.ts";
import { getMeeting } from "./get-meeting.ts";
import { assertMeetingReferences, sortedAgreementLinks, sortedIds } from "./meeting-rules.ts";
import { meetingColumnsSelect } from "./meeting-select.ts";

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * Changes the fields sent; partnerIds, sectorIds, participants and agreements, when
 * sent, replace the whole set. The change log shows each changed set as sorted id lists.
 */
export async function updateMeeting({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: z.output<typeof ZUpdateMeetingInput> }) {
  const { id, version } = input;
  const { partnerIds, sectorIds, participants, agreements, sourceIds, ...rest } = input.data;
  const fields = stripUndefined(rest);
  return prisma.$transaction(async (tx) => {
    const current = await tx.interaction.findFirst({
      where: { id, deletedAt: null },
      select: {
        ...meetingColumnsSelect,
        summary: true,
        outcomes: true,
        eventId: true,
        partners: { select: { partnerId: true } },
        sectors: { select: { sectorId: true } },
        participants: { select: { personId: true, role: true, post: true, organisation: true } },
        sources: { select: { sourceId: true } },
      },
    });
    if (!current) throw notFound("meeting", id);
    assertVersion(current, version, "meeting");

    // Days as the API speaks them, so the merge, the checks and the change log all compare days.
    const stored = { ...current, startsAt: utcDateToDay(current.startsAt), endsAt: dayOrNull(current.endsAt) };
    const touchesDate = fields.startsAt !== undefined || fields.endsAt !== undefined || fields.datePrecision !== undefined;
    // The stored end of a month, quarter or year was derived from its precision, not given: a
    // move to an exact day without a new end must not turn the month into a visit of a month.
    const vagueBefore = current.datePrecision === "MONTH" || current.datePrecision === "QUARTER" || current.datePrecision === "YEAR";
    const mergedPrecision = fields.datePrecision ?? current.datePrecision;
    const mergedEnd = fields.endsAt !== undefined ? fields.endsAt : vagueBefore ? null : stored.endsAt;
    // The span is worked out on the merged record, whichever of its parts the update sends.
    const span = touchesDate ? spanFor(fields.startsAt ?? stored.startsAt, mergedEnd, mergedPrecision) : null;
    const values = { ...fields, ...(span ?? {}) };
    const merged = { ...stored, ...values };
    if (merged.endsAt && merged.endsAt < merged.startsAt) {
      throw new AppError("BAD_REQUEST", endsBeforeStartMessage, { fieldErrors: { "data.endsAt": [problem(endsBeforeStartMessage)] } });
    }
    const before = {
      partnerIds: sortedIds(current.partners.map((p) => p.partnerId)),
      sectorIds: sortedIds(current.sectors.map((s) => s.sectorId)),
      personIds: sortedIds(current.participants.map((p) => p.personId)),
      sourceIds: sortedIds(current.sources.map((s) => s.sourceId)),
    };
    await assertMeetingReferences(
      tx,
      { partnerIds, sectorIds, participants, sourceIds, agreements, eventId: fields.eventId },
      { prefix: "data.", known: { ...before, eventId: current.eventId } },
    );

    // Values the meeting already holds stay allowed after they are retired.
    if (fields.kind) await assertTermsUsable(tx, "meetingKind", [fields.kind], { field: "data.kind", alreadyHeld: [current.kind] });
    if (sectorIds) await assertTermsUsable(tx, "sector", sectorIds, { field: "data.sectorIds", alreadyHeld: before.sectorIds });

    const written = await tx.interaction.updateMany({
      where: { id, version },
      data: {
        ...values,
        ...(span ? { startsAt: dayToUtcDate(span.startsAt), endsAt: dateOrNull(span.endsAt) } : {}),
        searchText: searchTextOf.interaction(merged),
        version: { increment: 1 },
      },
    });
    if (written.count !== 1) throw concurrentWriteConflict("meeting");

    const changes: Record<string, unknown> = diffFields(stored, values);
    if (partnerIds) {
      await tx.interactionPartner.deleteMany({ where: { interactionId: id } });
      await tx.interactionPartner.createMany({ data: partnerIds.map((partnerId) => ({ interactionId: id, partnerId })) });
      const after = sortedIds(partnerIds);
      if (!sameList(before.partnerIds, after)) changes.partnerIds = { from: before.partnerIds, to: after };
    }
    if (sectorIds) {
      await tx.interactionSector.deleteMany({ where: { interactionId: id } });
      if (sectorIds.length > 0) await tx.interactionSector.createMany({ data: sectorIds.map((sectorId) => ({ interactionId: id, sectorId })) });
      const after = sortedIds(sectorIds);
      if (!sameList(before.sectorIds, after)) changes.sectorIds = { from: before.sectorIds, to: after };
    }
    if (sourceIds) {
      const after = sortedIds(sourceIds);
      if (!sameList(before.sourceIds, after)) {
        await tx.interactionSource.deleteMany({ where: { interactionId: id } });
        if (sourceIds.length > 0) await tx.interactionSource.createMany({ data: sourceIds.map((sourceId) => ({ interactionId: id, sourceId })) });
        changes.sourceIds = { from: before.sourceIds, to: after };
      }
    }
    // The post each participant held on the meeting's day (its first day when the date is a
    // month, quarter or year). People already at the meeting keep the post recorded for them
    // unless the day moved: their post has changed since, but not who they were that day.
    const dayMoved = merged.startsAt !== stored.startsAt;
    const kept = new Map(current.participants.filter((p) => p.post !== null && !dayMoved).map((p) => [p.personId, p]));
    const nextParticipants = participants ?? (dayMoved ? current.participants : null);
    if (nextParticipants) {
      const posts = await postsOnDay(
        tx,
        nextParticipants.map((p) => p.personId).filter((personId) => !kept.has(personId)),
        merged.startsAt,
      );
      await tx.interactionParticipant.deleteMany({ where: { interactionId: id } });
      if (nextParticipants.length > 0) {
        await tx.interactionParticipant.createMany({
          data: nextParticipants.map((p) => {
            const post = kept.get(p.personId) ?? posts.get(p.personId);
            return { interactionId: id, personId: p.personId, role: p.role, post: post?.post ?? null, organisation: post?.organisation ?? null };
          }),
        });
      }
    }
    if (participants) {
      const after = sortedIds(participants.map((p) => p.personId));
      if (!sameList(before.personIds, after)) changes.participants = { from: before.personIds, to: after };
      // A changed role is a change too, though the set of people stays the same.
      const rolesBefore = Object.fromEntries(current.participants.filter((p) => p.role).map((p) => [p.personId, p.role]));
      const rolesAfter = Object.fromEntries(participants.filter((p) => p.role).map((p) => [p.personId, p.role]));
      const sortedEntries = (o: Record<string, unknown>) => JSON.stringify(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
      if (sortedEntries(rolesBefore) !== sortedEntries(rolesAfter)) changes.participantRoles = { from: rolesBefore, to: rolesAfter };
    }
    if (agreements) {
      // Links to deleted agreements are not on the page and not in the set sent back: they
      // stay, so that restoring such an agreement brings its meetings back with it.
      const linked = await tx.interactionAgreement.findMany({
        where: { interactionId: id, agreement: { deletedAt: null } },
        select: { agreementId: true, mention: true },
      });
      await tx.interactionAgreement.deleteMany({ where: { interactionId: id, agreementId: { in: linked.map((l) => l.agreementId) } } });
      if (agreements.length > 0) {
        await tx.interactionAgreement.createMany({ data: agreements.map(({ agreementId, mention }) => ({ interactionId: id, agreementId, mention })) });
      }
      const from = sortedAgreementLinks(linked);
      const to = sortedAgreementLinks(agreements);
      if (JSON.stringify(from) !== JSON.stringify(to)) changes.agreements = { from, to };
    }
    await recordChange(tx, { entity: "meeting", recordId: id, action: "UPDATE", userId: actorId, changes });
    return getMeeting({ prisma: tx, id });
  });
}
