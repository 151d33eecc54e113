import { agreementKindRules } from "../vocabulary/terms.ts";
import type { z } from "zod";
import type { ZAdvanceAgreementStageInput } from "@atlas/shared/agreement";
import { stageRequirements, stageTransitionProblems } from "@atlas/shared/agreement-stages";
import { dayToUtcDate, periodOf, utcDateToDay, type CalendarDay } from "@atlas/shared/calendar-day";
import type { PrismaClient } from "../../db.ts";
import { notFound } from "../../errors.ts";
import { diffFields, recordChange } from "../common/change-log.ts";
import { assertVersion, concurrentWriteConflict } from "../common/versioning.ts";
import { agreementDateData, agreementSearchText, problemsError, stageContextOf } from "./agreement-rules.ts";
import { agreementDays } from "./agreement-select.ts";
import { getAgreement } from "./get-agreement.ts";

/**
 * Moves an agreement to its next stage along the graph of shared/agreement-stages.ts,
 * with what that stage needs (registration number, date of entry into force, new
 * term), and records the move in the stage history and the change log. The move may
 * be dated in the past (entered late), never before the previous move nor after today.
 */
export async function advanceAgreementStage({
  prisma,
  actorId,
  today,
  input,
}: {
  prisma: PrismaClient;
  actorId: string | null;
  /** The home region's day: the default date of the move and the latest one allowed. */
  today: CalendarDay;
  input: z.output<typeof ZAdvanceAgreementStageInput>;
}) {
  const { id, version, toStage, datePrecision, note } = input;
  const date = input.date ?? today;
  // A vague date is stored as the first day of its period, with the precision beside it.
  const day = periodOf(date, datePrecision).first;
  await prisma.$transaction(async (tx) => {
    const current = await tx.agreement.findFirst({
      where: { id, deletedAt: null },
      include: {
        stageHistory: { select: { changedAt: true, datePrecision: true, createdAt: true }, orderBy: [{ createdAt: "desc" }, { changedAt: "desc" }], take: 1 },
      },
    });
    if (!current) throw notFound("agreement", id);
    assertVersion(current, version, "agreement");
    const { stageHistory, ...row } = current;
    const record = agreementDays(row);
    const last = stageHistory[0];

    const given = { registrationNumber: input.registrationNumber, effectiveAt: input.effectiveAt, expiresAt: input.expiresAt };
    const problems = stageTransitionProblems({
      kind: await agreementKindRules(tx, current.kind),
      from: current.stage,
      to: toStage,
      date,
      datePrecision,
      lastChangedAt: last ? utcDateToDay(last.changedAt) : null,
      lastChangedPrecision: last?.datePrecision,
      today,
      record,
      input: given,
      context: await stageContextOf(tx, id),
    });
    if (Object.keys(problems).length > 0) {
      throw problemsError(problems, problems.toStage);
    }

    // Values given with the move are written whatever the stage (e.g. the term set at entry into force).
    const values: Partial<Record<"registrationNumber" | "effectiveAt" | "expiresAt" | "signedAt" | "registeredAt", string>> = {};
    if (given.registrationNumber) values.registrationNumber = given.registrationNumber;
    if (given.effectiveAt) values.effectiveAt = given.effectiveAt;
    if (given.expiresAt) values.expiresAt = given.expiresAt;
    // Only a move dated to the day says on which day it was signed or registered.
    const setsDate = stageRequirements[toStage].setsDate;
    if (setsDate && datePrecision === "DAY") values[setsDate] = date;

    const written = await tx.agreement.updateMany({
      where: { id, version },
      data: {
        ...agreementDateData(values),
        stage: toStage,
        stageChangedAt: dayToUtcDate(day),
        searchText: agreementSearchText({ ...record, ...values }),
        version: { increment: 1 },
      },
    });
    if (written.count !== 1) throw concurrentWriteConflict("agreement");
    await tx.agreementStageChange.create({
      data: {
        agreementId: id,
        fromStage: current.stage,
        toStage,
        changedAt: dayToUtcDate(day),
        datePrecision,
        note,
        userId: actorId,
        // History is ordered by entry (see agreementDetailSelect): this row must come after the last one.
        createdAt: new Date(Math.max(Date.now(), (last?.createdAt.getTime() ?? 0) + 1)),
      },
    });
    await recordChange(tx, {
      entity: "agreement",
      recordId: id,
      action: "STAGE_CHANGE",
      userId: actorId,
      changes: {
        ...diffFields(record, { stage: toStage, stageChangedAt: day, ...values }),
        ...(datePrecision !== "DAY" ? { datePrecision } : {}),
        ...(note ? { note } : {}),
      },
    });
  });
  // Read after the commit: Prisma loads the detail's relations in parallel, which one
  // transaction connection (node-postgres) must not be asked to do.
  return getAgreement({ prisma, id });
}
