import { agreementKindRules, assertTermsUsable } from "../vocabulary/terms.ts";
import type { z } from "zod";
import type { ZCreateAgreementInput } from "@atlas/shared/agreement";
import { recordedPathProblems, stageRequirements, type RecordedStep } from "@atlas/shared/agreement-stages";
import { dayToUtcDate, periodOf, type CalendarDay } from "@atlas/shared/calendar-day";
import type { TAgreementStage } from "@atlas/shared/enums";
import type { PrismaClient } from "../../db.ts";
import { problem } from "../../errors.ts";
import { recordChange, snapshot } from "../common/change-log.ts";
import {
  agreementDateData,
  agreementSearchText,
  assertReferencesExist,
  assertTermCoherent,
  documentRows,
  problemsError,
  stageContextOfParties,
  uniqueIds,
} from "./agreement-rules.ts";
import { getAgreement } from "./get-agreement.ts";

/** The record's date that a step dated to the day stands for: the day it was signed, registered, took effect. */
const dateOfStage: Partial<Record<TAgreementStage, "signedAt" | "registeredAt" | "effectiveAt">> = {
  SIGNED: "signedAt",
  REGISTERED: "registeredAt",
  IN_FORCE: "effectiveAt",
};

/**
 * Records an agreement at its current stage, with the stages it went through before
 * when it is entered after the fact («Внести действующее соглашение»). The whole path
 * is checked as if each step had been a stage move: allowed by the graph for these
 * parties (4-FZ registration for international agreements), dates not going back and
 * not after the home region's `today`, and what each stage needs.
 */
export async function createAgreement({
  prisma,
  actorId,
  today,
  input,
}: {
  prisma: PrismaClient;
  actorId: string | null;
  today: CalendarDay;
  input: z.output<typeof ZCreateAgreementInput>;
}) {
  const { partyIds, sectorIds, documents, stage, stageDate, stageDatePrecision, earlierStages, sourceIds, ...given } = input;
  const steps: Array<RecordedStep & { note: string | null }> = [...earlierStages, { stage, date: stageDate, datePrecision: stageDatePrecision, note: null }];
  // A step dated to the day fills the record's date of that stage unless it was given;
  // a month or a year does not (it would present the month as its first day).
  const fields = { ...given };
  for (const step of steps) {
    const field = dateOfStage[step.stage];
    if (field && step.datePrecision === "DAY" && !fields[field]) fields[field] = step.date;
  }

  const id = await prisma.$transaction(async (tx) => {
    await assertReferencesExist(tx, { partyIds, sectorIds, sourceIds });
    await assertTermsUsable(tx, "agreementKind", [input.kind], { field: "kind" });
    await assertTermsUsable(tx, "sector", sectorIds, { field: "sectorIds" });
    const context = await stageContextOfParties(tx, partyIds);
    const problems = recordedPathProblems({ kind: await agreementKindRules(tx, input.kind), steps, today, context });
    for (const step of steps) {
      for (const { field, message } of stageRequirements[step.stage].requires) {
        // At creation there is no earlier value to be later than: the field must be there.
        if (!fields[field] && !problems[field]) problems[field] = problem(message);
      }
    }
    if (Object.keys(problems).length > 0) throw problemsError(problems, problems.stage);
    // A derived date of entry into force may contradict the given term.
    assertTermCoherent(fields.effectiveAt, fields.expiresAt, "expiresAt");

    // Vague dates are stored as the first day of their period, with the precision beside them.
    const stored = steps.map((s) => ({ ...s, day: periodOf(s.date, s.datePrecision).first }));
    const current = stored.at(-1)!;
    // The same transaction would stamp every row with one createdAt: a millisecond apart
    // keeps the steps in the order they were passed (history is sorted by createdAt, as a
    // step «в июне», stored as 1 June, may follow one on 6 June).
    const base = Date.now();
    const created = await tx.agreement.create({
      data: {
        ...agreementDateData(fields),
        stage,
        stageChangedAt: dayToUtcDate(current.day),
        searchText: agreementSearchText(fields),
        parties: { createMany: { data: uniqueIds(partyIds).map((partnerId) => ({ partnerId })) } },
        sectors: { createMany: { data: uniqueIds(sectorIds).map((sectorId) => ({ sectorId })) } },
        documents: { createMany: { data: documentRows(documents) } },
        sources: { createMany: { data: uniqueIds(sourceIds).map((sourceId) => ({ sourceId })) } },
        stageHistory: {
          createMany: {
            data: stored.map((s, i) => ({
              fromStage: i === 0 ? null : stored[i - 1]!.stage,
              toStage: s.stage,
              changedAt: dayToUtcDate(s.day),
              datePrecision: s.datePrecision,
              note: s.note,
              userId: actorId,
              createdAt: new Date(base + i),
            })),
          },
        },
      },
      select: { id: true },
    });
    await recordChange(tx, {
      entity: "agreement",
      recordId: created.id,
      action: "CREATE",
      userId: actorId,
      changes: snapshot({
        ...fields,
        stage,
        stageChangedAt: current.day,
        stageDatePrecision,
        ...(earlierStages.length
          ? { earlierStages: stored.slice(0, -1).map((s) => ({ stage: s.stage, date: s.day, datePrecision: s.datePrecision, note: s.note })) }
          : {}),
        partyIds,
        sectorIds,
        documents,
        sourceIds: [...sourceIds].sort(),
      }),
    });
    return created.id;
  });
  // Read after the commit: Prisma loads the detail's relations in parallel, which one
  // transaction connection (node-postgres) must not be asked to do.
  return getAgreement({ prisma, id });
}
