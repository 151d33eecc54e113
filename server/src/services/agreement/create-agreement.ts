import type { z } from "zod";
import type { ZCreateAgreementInput } from "@atlas/shared/agreement";
import { stageRequirements } from "@atlas/shared/agreement-stages";
import type { PrismaClient } from "../../db.ts";
import { recordChange, snapshot } from "../common/change-log.ts";
import { agreementSearchText, assertReferencesExist, assertTermCoherent, documentRows, uniqueIds } from "./agreement-rules.ts";
import { getAgreement } from "./get-agreement.ts";

export async function createAgreement({
  prisma,
  actorId,
  input,
}: {
  prisma: PrismaClient;
  actorId: string | null;
  input: z.output<typeof ZCreateAgreementInput>;
}) {
  const { partyIds, sectorIds, documents, stage, stageDate, ...fields } = input;
  assertTermCoherent(fields.effectiveAt, fields.expiresAt, "expiresAt");
  // An agreement recorded as signed or registered was so on the stage's date, unless told otherwise.
  const setsDate = stageRequirements[stage].setsDate;
  if (setsDate && !fields[setsDate]) fields[setsDate] = stageDate;
  const id = await prisma.$transaction(async (tx) => {
    await assertReferencesExist(tx, { partyIds, sectorIds, sourceId: fields.sourceId });
    const created = await tx.agreement.create({
      data: {
        ...fields,
        stage,
        stageChangedAt: stageDate,
        searchText: agreementSearchText(fields),
        parties: { createMany: { data: uniqueIds(partyIds).map((partnerId) => ({ partnerId })) } },
        sectors: { createMany: { data: uniqueIds(sectorIds).map((sectorId) => ({ sectorId })) } },
        documents: { createMany: { data: documentRows(documents) } },
        stageHistory: { create: { fromStage: null, toStage: stage, changedAt: stageDate, userId: actorId } },
      },
      select: { id: true },
    });
    await recordChange(tx, {
      entity: "agreement",
      recordId: created.id,
      action: "CREATE",
      userId: actorId,
      changes: snapshot({ ...fields, stage, stageChangedAt: stageDate, partyIds, sectorIds, documents }),
    });
    return created.id;
  });
  // Read after the commit: Prisma loads the detail's relations in parallel, which one
  // transaction connection (node-postgres) must not be asked to do.
  return getAgreement({ prisma, id });
}
