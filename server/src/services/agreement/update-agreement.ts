import { assertTermsUsable } from "../vocabulary/terms.ts";
import type { z } from "zod";
import type { ZUpdateAgreementInput } from "@atlas/shared/agreement";
import type { PrismaClient } from "../../db.ts";
import { notFound } from "../../errors.ts";
import { diffFields, recordChange } from "../common/change-log.ts";
import { stripUndefined } from "../common/partial-update.ts";
import { assertVersion, concurrentWriteConflict } from "../common/versioning.ts";
import { agreementDateData, agreementSearchText, assertReferencesExist, assertTermCoherent, documentRows, uniqueIds } from "./agreement-rules.ts";
import { agreementDays } from "./agreement-select.ts";
import { getAgreement } from "./get-agreement.ts";

const sameSet = (a: readonly string[], b: readonly string[]) => JSON.stringify([...new Set(a)].sort()) === JSON.stringify([...new Set(b)].sort());

/** Changes fields; partyIds, sectorIds and documents, when given, replace the whole set. Never the stage. */
export async function updateAgreement({
  prisma,
  actorId,
  input,
}: {
  prisma: PrismaClient;
  actorId: string | null;
  input: z.output<typeof ZUpdateAgreementInput>;
}) {
  const { id, version, data } = input;
  const { partyIds, sectorIds, documents, sourceIds, ...fields } = data;
  await prisma.$transaction(async (tx) => {
    const row = await tx.agreement.findFirst({ where: { id, deletedAt: null } });
    if (!row) throw notFound("agreement", id);
    assertVersion(row, version, "agreement");
    // Days, as the input carries them and the change log records them.
    const current = agreementDays(row);
    const oldSourceIds = sourceIds
      ? (await tx.agreementSource.findMany({ where: { agreementId: id }, select: { sourceId: true } })).map((s) => s.sourceId)
      : [];
    await assertReferencesExist(tx, { partyIds, sectorIds, sourceIds, knownSourceIds: oldSourceIds }, "data.");
    // Values the agreement already holds stay allowed after they are retired.
    if (fields.kind) await assertTermsUsable(tx, "agreementKind", [fields.kind], { field: "data.kind", alreadyHeld: [row.kind] });
    if (sectorIds) {
      const held = (await tx.agreementSector.findMany({ where: { agreementId: id }, select: { sectorId: true } })).map((s) => s.sectorId);
      await assertTermsUsable(tx, "sector", sectorIds, { field: "data.sectorIds", alreadyHeld: held });
    }
    const merged = { ...current, ...stripUndefined(fields) };
    assertTermCoherent(merged.effectiveAt, merged.expiresAt, "data.expiresAt");

    const written = await tx.agreement.updateMany({
      where: { id, version },
      data: { ...agreementDateData(fields), searchText: agreementSearchText(merged), version: { increment: 1 } },
    });
    if (written.count !== 1) throw concurrentWriteConflict("agreement");

    // The sets as they were, one query each and in turn: relations loaded through one
    // `include` run in parallel, which a transaction's single connection must not do.
    const oldParties = partyIds ? await tx.agreementParty.findMany({ where: { agreementId: id }, select: { partnerId: true } }) : [];
    const oldSectors = sectorIds ? await tx.agreementSector.findMany({ where: { agreementId: id }, select: { sectorId: true } }) : [];
    const oldDocuments = documents
      ? await tx.agreementDocument.findMany({ where: { agreementId: id }, select: { title: true, url: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] })
      : [];

    const changes: Record<string, unknown> = diffFields(current, fields);
    const oldPartyIds = oldParties.map((p) => p.partnerId);
    if (partyIds && !sameSet(oldPartyIds, partyIds)) {
      await tx.agreementParty.deleteMany({ where: { agreementId: id } });
      await tx.agreementParty.createMany({ data: uniqueIds(partyIds).map((partnerId) => ({ agreementId: id, partnerId })) });
      changes.partyIds = { from: oldPartyIds, to: uniqueIds(partyIds) };
    }
    const oldSectorIds = oldSectors.map((s) => s.sectorId);
    if (sectorIds && !sameSet(oldSectorIds, sectorIds)) {
      await tx.agreementSector.deleteMany({ where: { agreementId: id } });
      await tx.agreementSector.createMany({ data: uniqueIds(sectorIds).map((sectorId) => ({ agreementId: id, sectorId })) });
      changes.sectorIds = { from: oldSectorIds, to: uniqueIds(sectorIds) };
    }
    if (documents && JSON.stringify(oldDocuments) !== JSON.stringify(documents)) {
      await tx.agreementDocument.deleteMany({ where: { agreementId: id } });
      await tx.agreementDocument.createMany({ data: documentRows(documents).map((d) => ({ ...d, agreementId: id })) });
      changes.documents = { from: oldDocuments, to: documents };
    }
    if (sourceIds && !sameSet(oldSourceIds, sourceIds)) {
      await tx.agreementSource.deleteMany({ where: { agreementId: id } });
      if (sourceIds.length > 0) await tx.agreementSource.createMany({ data: sourceIds.map((sourceId) => ({ agreementId: id, sourceId })) });
      changes.sourceIds = { from: [...oldSourceIds].sort(), to: [...sourceIds].sort() };
    }
    await recordChange(tx, { entity: "agreement", recordId: id, action: "UPDATE", userId: actorId, changes });
  });
  // Read after the commit: Prisma loads the detail's relations in parallel, which one
  // transaction connection (node-postgres) must not be asked to do.
  return getAgreement({ prisma, id });
}
