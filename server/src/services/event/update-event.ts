import { assertTermsUsable } from "../vocabulary/terms.ts";
import type { z } from "zod";
import type { ZUpdateEventInput } from "@atlas/shared/event";
import { dateOrNull, dayOrNull, dayToUtcDate, spanFor, utcDateToDay, type TDatePrecision } from "@atlas/shared/calendar-day";
import type { PrismaClient } from "../../db.ts";
import { notFound } from "../../errors.ts";
import { diffFields, recordChange } from "../common/change-log.ts";
import { assertVersion, concurrentWriteConflict } from "../common/versioning.ts";
import { eventWriteSelect } from "./event-select.ts";
import { getEvent } from "./get-event.ts";
import { assertEventReferences, assertEventRules, eventSearchText, stopForLog, stopRows, stopValuesOf, storedStop } from "./event-rules.ts";

/** Precisions stored as a whole period (first..last day). */
const periodPrecisions: readonly TDatePrecision[] = ["MONTH", "QUARTER", "YEAR"];

const sorted = (ids: string[] | undefined) => (ids ? [...ids].sort() : undefined);

/** Changes the given fields; partnerIds, sectorIds and stops, when present, replace the current sets. */
export async function updateEvent({ prisma, actorId, input }: { prisma: PrismaClient; actorId: string | null; input: z.output<typeof ZUpdateEventInput> }) {
  const { id, version, data } = input;
  await prisma.$transaction(async (tx) => {
    const row = await tx.event.findFirst({ where: { id, deletedAt: null }, select: eventWriteSelect });
    if (!row) throw notFound("event", id);
    assertVersion(row, version, "event");
    // Days, as the input carries them and the change log records them.
    const current = { ...row, startsAt: utcDateToDay(row.startsAt), endsAt: dayOrNull(row.endsAt) };
    const currentStops = (
      await tx.eventStop.findMany({
        where: { eventId: id },
        orderBy: { position: "asc" },
        select: { place: true, partnerId: true, date: true, datePrecision: true, latitude: true, longitude: true, notes: true },
      })
    ).map(stopValuesOf);
    const currentPartnerIds = (await tx.eventPartner.findMany({ where: { eventId: id }, select: { partnerId: true } })).map((p) => p.partnerId);
    const currentSectorIds = (await tx.eventSector.findMany({ where: { eventId: id }, select: { sectorId: true } })).map((s) => s.sectorId);
    const currentSourceIds = (await tx.eventSource.findMany({ where: { eventId: id }, select: { sourceId: true } })).map((s) => s.sourceId);

    const pick = <K extends keyof typeof data & keyof typeof current>(key: K) => (data[key] !== undefined ? data[key] : current[key]);
    // The dates as they will be: merged, then spread to the period for a vague precision.
    // The stored end of a month/quarter/year was derived from it, not given: it does not
    // survive a change to an exact day unless the update names an end.
    const precision = pick("datePrecision");
    const currentEnd = periodPrecisions.includes(current.datePrecision) ? null : current.endsAt;
    const span = spanFor(pick("startsAt"), data.endsAt !== undefined ? data.endsAt : currentEnd, precision);
    // The rules apply to the event as it will be, e.g. moving a tour's dates must keep its stops inside them.
    assertEventRules({ kind: pick("kind"), ...span, datePrecision: precision, stops: data.stops ?? currentStops }, "data.");
    await assertEventReferences(tx, { ...data, knownSourceIds: currentSourceIds }, "data.");
    // Values the event already holds stay allowed after they are retired.
    if (data.kind) await assertTermsUsable(tx, "eventKind", [data.kind], { field: "data.kind", alreadyHeld: [current.kind] });
    if (data.sectorIds) await assertTermsUsable(tx, "sector", data.sectorIds, { field: "data.sectorIds", alreadyHeld: currentSectorIds });

    const { partnerIds, sectorIds, stops, sourceIds, startsAt: _s, endsAt: _e, datePrecision: _p, ...rest } = data;
    const dates = { startsAt: span.startsAt, endsAt: span.endsAt, datePrecision: precision };
    const fields = { ...rest, ...dates };
    const written = await tx.event.updateMany({
      where: { id, version },
      data: {
        ...fields,
        startsAt: dayToUtcDate(span.startsAt),
        endsAt: dateOrNull(span.endsAt),
        searchText: eventSearchText({ title: pick("title"), place: pick("place"), description: pick("description") }),
        version: { increment: 1 },
      },
    });
    if (written.count !== 1) throw concurrentWriteConflict("event");
    if (partnerIds) {
      await tx.eventPartner.deleteMany({ where: { eventId: id } });
      if (partnerIds.length) await tx.eventPartner.createMany({ data: partnerIds.map((partnerId) => ({ eventId: id, partnerId })) });
    }
    if (sectorIds) {
      await tx.eventSector.deleteMany({ where: { eventId: id } });
      if (sectorIds.length) await tx.eventSector.createMany({ data: sectorIds.map((sectorId) => ({ eventId: id, sectorId })) });
    }
    if (sourceIds) {
      await tx.eventSource.deleteMany({ where: { eventId: id } });
      if (sourceIds.length) await tx.eventSource.createMany({ data: sourceIds.map((sourceId) => ({ eventId: id, sourceId })) });
    }
    if (stops) {
      await tx.eventStop.deleteMany({ where: { eventId: id } });
      if (stops.length) await tx.eventStop.createMany({ data: stopRows(stops).map((r) => ({ ...r, eventId: id })) });
    }
    await recordChange(tx, {
      entity: "event",
      recordId: id,
      action: "UPDATE",
      userId: actorId,
      changes: diffFields(
        {
          ...current,
          partnerIds: sorted(currentPartnerIds),
          sectorIds: sorted(currentSectorIds),
          sourceIds: sorted(currentSourceIds),
          stops: currentStops.map(stopForLog),
        },
        {
          ...fields,
          partnerIds: sorted(partnerIds),
          sectorIds: sorted(sectorIds),
          sourceIds: sorted(sourceIds),
          stops: stops?.map((s) => stopForLog(storedStop(s))),
        },
      ),
    });
  });
  return getEvent({ prisma, id });
}
