import type { z } from "zod";
import type { ZUpdateEventInput } from "@atlas/shared/event";
import type { PrismaClient } from "../../db.ts";
import { notFound } from "../../errors.ts";
import { diffFields, recordChange } from "../common/change-log.ts";
import { assertVersion, concurrentWriteConflict } from "../common/versioning.ts";
import { eventWriteSelect } from "./event-select.ts";
import { getEvent } from "./get-event.ts";
import { assertEventReferences, assertEventRules, eventSearchText, stopForLog, stopRows } from "./event-rules.ts";

const sorted = (ids: string[] | undefined) => (ids ? [...ids].sort() : undefined);

/** Changes the given fields; partnerIds, sectorIds and stops, when present, replace the current sets. */
export async function updateEvent({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: z.output<typeof ZUpdateEventInput> }) {
  const { id, version, data } = input;
  await prisma.$transaction(async (tx) => {
    const current = await tx.event.findFirst({ where: { id, deletedAt: null }, select: eventWriteSelect });
    if (!current) throw notFound("Мероприятие", id);
    assertVersion(current, version, "Мероприятие");
    const currentStops = await tx.eventStop.findMany({
      where: { eventId: id },
      orderBy: { position: "asc" },
      select: { place: true, partnerId: true, date: true, latitude: true, longitude: true, notes: true },
    });
    const currentPartnerIds = (await tx.eventPartner.findMany({ where: { eventId: id }, select: { partnerId: true } })).map((p) => p.partnerId);
    const currentSectorIds = (await tx.eventSector.findMany({ where: { eventId: id }, select: { sectorId: true } })).map((s) => s.sectorId);

    const pick = <K extends keyof typeof data & keyof typeof current>(key: K) => (data[key] !== undefined ? data[key] : current[key]);
    // The rules apply to the event as it will be, e.g. moving a tour's dates must keep its stops inside them.
    assertEventRules({ kind: pick("kind"), startsAt: pick("startsAt"), endsAt: pick("endsAt"), stops: data.stops ?? currentStops }, "data.");
    await assertEventReferences(tx, data, "data.");

    const { partnerIds, sectorIds, stops, ...fields } = data;
    const written = await tx.event.updateMany({
      where: { id, version },
      data: {
        ...fields,
        searchText: eventSearchText({ title: pick("title"), place: pick("place"), description: pick("description") }),
        version: { increment: 1 },
      },
    });
    if (written.count !== 1) throw concurrentWriteConflict("Мероприятие");
    if (partnerIds) {
      await tx.eventPartner.deleteMany({ where: { eventId: id } });
      if (partnerIds.length) await tx.eventPartner.createMany({ data: partnerIds.map((partnerId) => ({ eventId: id, partnerId })) });
    }
    if (sectorIds) {
      await tx.eventSector.deleteMany({ where: { eventId: id } });
      if (sectorIds.length) await tx.eventSector.createMany({ data: sectorIds.map((sectorId) => ({ eventId: id, sectorId })) });
    }
    if (stops) {
      await tx.eventStop.deleteMany({ where: { eventId: id } });
      if (stops.length) await tx.eventStop.createMany({ data: stopRows(id, stops) });
    }
    await recordChange(tx, {
      entity: "event",
      recordId: id,
      action: "UPDATE",
      userId: actorId,
      changes: diffFields(
        { ...current, partnerIds: sorted(currentPartnerIds), sectorIds: sorted(currentSectorIds), stops: currentStops.map(stopForLog) },
        { ...fields, partnerIds: sorted(partnerIds), sectorIds: sorted(sectorIds), stops: stops?.map(stopForLog) },
      ),
    });
  });
  return getEvent({ prisma, id });
}
