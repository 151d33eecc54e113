import type { z } from "zod";
import type { ZAdvanceAgreementStageInput } from "@atlas/shared/agreement";
import { agreementStageLabels, stageRequirements, stageTransitionProblems } from "@atlas/shared/agreement-stages";
import type { PrismaClient } from "../../db.ts";
import { AppError, notFound, type FieldErrors } from "../../errors.ts";
import { diffFields, recordChange } from "../common/change-log.ts";
import { assertVersion, concurrentWriteConflict } from "../common/versioning.ts";
import { agreementSearchText, stageContextOf } from "./agreement-rules.ts";
import { getAgreement } from "./get-agreement.ts";

/**
 * Moves an agreement to its next stage along the graph of shared/agreement-stages.ts,
 * with what that stage needs (registration number, date of entry into force, new
 * term), and records the move in the stage history and the change log.
 */
export async function advanceAgreementStage({
  prisma,
  actorId,
  input,
}: {
  prisma: PrismaClient;
  actorId: string | null;
  input: z.output<typeof ZAdvanceAgreementStageInput>;
}) {
  const { id, version, toStage, date, note } = input;
  await prisma.$transaction(async (tx) => {
    const current = await tx.agreement.findFirst({
      where: { id, deletedAt: null },
      include: { stageHistory: { select: { changedAt: true }, orderBy: { changedAt: "desc" }, take: 1 } },
    });
    if (!current) throw notFound("Соглашение", id);
    assertVersion(current, version, "Соглашение");

    const given = { registrationNumber: input.registrationNumber, effectiveAt: input.effectiveAt, expiresAt: input.expiresAt };
    const problems = stageTransitionProblems({
      kind: current.kind,
      from: current.stage,
      to: toStage,
      date,
      lastChangedAt: current.stageHistory[0]?.changedAt ?? null,
      record: current,
      input: given,
      context: await stageContextOf(tx, id),
    });
    if (Object.keys(problems).length > 0) {
      const fieldErrors: FieldErrors = Object.fromEntries(Object.entries(problems).map(([field, message]) => [field, [message]]));
      const message =
        problems.toStage ??
        `Этап «${agreementStageLabels[toStage]}»: ` + Object.values(problems).join("; ");
      throw new AppError("BAD_REQUEST", message, { fieldErrors });
    }

    // Values given with the move are written whatever the stage (e.g. the term set at entry into force).
    const values: {
      registrationNumber?: string;
      effectiveAt?: Date;
      expiresAt?: Date;
      signedAt?: Date;
      registeredAt?: Date;
    } = {};
    if (given.registrationNumber) values.registrationNumber = given.registrationNumber;
    if (given.effectiveAt) values.effectiveAt = given.effectiveAt;
    if (given.expiresAt) values.expiresAt = given.expiresAt;
    const setsDate = stageRequirements[toStage].setsDate;
    if (setsDate) values[setsDate] = date;

    const written = await tx.agreement.updateMany({
      where: { id, version },
      data: {
        ...values,
        stage: toStage,
        stageChangedAt: date,
        searchText: agreementSearchText({ ...current, ...values }),
        version: { increment: 1 },
      },
    });
    if (written.count !== 1) throw concurrentWriteConflict("Соглашение");
    await tx.agreementStageChange.create({
      data: { agreementId: id, fromStage: current.stage, toStage, changedAt: date, note, userId: actorId },
    });
    await recordChange(tx, {
      entity: "agreement",
      recordId: id,
      action: "STAGE_CHANGE",
      userId: actorId,
      changes: { ...diffFields(current, { stage: toStage, stageChangedAt: date, ...values }), ...(note ? { note } : {}) },
    });
  });
  // Read after the commit: Prisma loads the detail's relations in parallel, which one
  // transaction connection (node-postgres) must not be asked to do.
  return getAgreement({ prisma, id });
}
