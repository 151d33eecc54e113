// Checks shared by create and update of a meeting.
import type { Tx } from "../../db.ts";
import { missingIds, missingOwners, ReferenceErrors, unknownOwnerMessage } from "../follow-up/follow-up-rules.ts";
import { missingSources } from "../source/source-links.ts";

type References = {
  partnerIds?: string[];
  participants?: Array<{ personId: string }>;
  sectorIds?: string[];
  sourceIds?: string[];
  followUps?: Array<{ ownerId: string | null }>;
  agreements?: Array<{ agreementId: string }>;
  eventId?: string | null;
};

/** Ids already linked to the record: they are not re-checked, so a later deletion does not block other edits. */
export type KnownReferences = { partnerIds: string[]; personIds: string[]; sectorIds: string[]; sourceIds: string[]; eventId?: string | null };

/**
 * Every referenced partner, person, sector, source, agreement, event and owner must exist (and not be
 * deleted); one query per kind of record. All problems are reported together, keyed
 * by field path with `prefix` ("data." for updates).
 */
export async function assertMeetingReferences(tx: Tx, refs: References, { prefix, known }: { prefix: string; known?: KnownReferences }) {
  const errors = new ReferenceErrors(prefix);
  const fresh = (ids: string[], old: string[] = []) => ids.filter((id) => !old.includes(id));

  if (refs.partnerIds) {
    const missing = await missingIds(fresh(refs.partnerIds, known?.partnerIds), (ids) =>
      tx.partner.findMany({ where: { id: { in: ids }, deletedAt: null }, select: { id: true } }),
    );
    if (missing.size > 0) errors.add("partnerIds", "reference.partnersGone", { count: missing.size });
  }
  if (refs.participants) {
    const ids = refs.participants.map((p) => p.personId);
    const missing = await missingIds(fresh(ids, known?.personIds), (list) =>
      tx.person.findMany({ where: { id: { in: list }, deletedAt: null }, select: { id: true } }),
    );
    ids.forEach((id, index) => {
      if (missing.has(id)) errors.add(`participants.${index}.personId`, "reference.person");
    });
  }
  if (refs.sectorIds) {
    const missing = await missingIds(fresh(refs.sectorIds, known?.sectorIds), (ids) =>
      tx.sector.findMany({ where: { id: { in: ids }, deletedAt: null }, select: { id: true } }),
    );
    if (missing.size > 0) errors.add("sectorIds", "reference.sectorsGone", { count: missing.size });
  }
  if (refs.sourceIds) {
    const missing = await missingSources(tx, refs.sourceIds, known?.sourceIds);
    if (missing.length > 0) errors.add("sourceIds", "reference.sourcesGone", { count: missing.length });
  }
  if (refs.agreements) {
    // Every named agreement is checked, linked before or not: a deleted one is not on the
    // meeting's page, so the form never sends it back, and naming it anew is an error.
    const ids = refs.agreements.map((a) => a.agreementId);
    const missing = await missingIds(ids, (list) => tx.agreement.findMany({ where: { id: { in: list }, deletedAt: null }, select: { id: true } }));
    ids.forEach((id, index) => {
      if (missing.has(id)) errors.add(`agreements.${index}.agreementId`, "reference.agreement");
    });
  }
  if (refs.eventId && refs.eventId !== known?.eventId) {
    const found = await tx.event.count({ where: { id: refs.eventId, deletedAt: null } });
    if (found === 0) errors.add("eventId", "reference.event");
  }
  if (refs.followUps) {
    const owners = refs.followUps.map((f) => f.ownerId);
    const missing = await missingOwners(
      tx,
      owners.filter((id): id is string => !!id),
    );
    owners.forEach((id, index) => {
      if (id && missing.has(id)) errors.add(`followUps.${index}.ownerId`, unknownOwnerMessage);
    });
  }
  errors.throwIfAny();
}

export const sortedIds = (ids: Iterable<string>) => [...ids].sort();

/** Agreement links as the change log records them: by agreement id, each with how it figured. */
export const sortedAgreementLinks = (links: ReadonlyArray<{ agreementId: string; mention: string }>) =>
  links.map(({ agreementId, mention }) => ({ agreementId, mention })).sort((a, b) => a.agreementId.localeCompare(b.agreementId));
