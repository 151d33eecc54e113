import { z } from "zod";
import { ZDatePrecision } from "./calendar-day.ts";
import { listInput, optionalDay, optionalText, optionalUrl, requiredText, updateInput, ZCommonFilter, ZDay, ZId } from "./common.ts";
import { ZAgreementKind, ZAgreementStage, ZTaskStatus } from "./enums.ts";
import { agreementSortFields } from "./list-values.ts";
import { ZSourceIds } from "./source.ts";

const ZVersion = z.number().int().positive().max(2_147_483_647, { error: "validation.numberTooBig" });

export const ZAgreementDocumentInput = z.object({
  title: requiredText(300),
  url: optionalUrl,
});

/** The fields an editor may change with `update`; the stage moves only through `advanceStage`. */
export const ZAgreementFields = z.object({
  title: requiredText(500),
  kind: ZAgreementKind,
  summary: optionalText(),
  partyIds: z.array(ZId).min(1, { error: "validation.partyRequired" }).max(50),
  sectorIds: z.array(ZId).max(50).default([]),
  documents: z.array(ZAgreementDocumentInput).max(100).default([]),
  signedAt: optionalDay,
  registeredAt: optionalDay,
  registrationNumber: optionalText(100),
  effectiveAt: optionalDay,
  expiresAt: optionalDay,
  /** Where it was signed, e.g. «Астана, форум „Горизонт 2050“». */
  signingPlace: optionalText(300),
  /** The sources that report it (source.find / source.create first); on update, when sent, they replace the set. */
  sourceIds: ZSourceIds.default([]),
});

const expiresNotBeforeEffective = "agreement.expiresBeforeEffective";

/**
 * A stage an agreement reached, and when. The date is a day of the home region's
 * calendar, not in the future (the server checks against its «today»), or the month,
 * quarter or year when that is all the source says.
 */
export const ZStageStepInput = z.object({
  stage: ZAgreementStage,
  date: ZDay,
  datePrecision: ZDatePrecision.default("DAY"),
  note: optionalText(2000),
});
export type TStageStepInput = z.input<typeof ZStageStepInput>;

export const ZCreateAgreementInput = ZAgreementFields.extend({
  /** The stage the agreement is in now; an older agreement may be recorded at any stage. */
  stage: ZAgreementStage.default("PROPOSAL_SENT"),
  /** When it reached that stage. Required: an agreement is never silently dated today. */
  stageDate: ZDay,
  stageDatePrecision: ZDatePrecision.default("DAY"),
  /**
   * An agreement entered after the fact («Внести действующее соглашение»): the stages it
   * passed before `stage`, oldest first, each an allowed move from the one before, with
   * dates that do not go back in time. SIGNED, REGISTERED and IN_FORCE steps dated to the
   * day fill signedAt, registeredAt and effectiveAt when those are not given.
   */
  earlierStages: z.array(ZStageStepInput).max(20, { error: "validation.tooManyStages" }).default([]),
}).check((ctx) => {
  const { effectiveAt, expiresAt } = ctx.value;
  if (effectiveAt && expiresAt && expiresAt < effectiveAt) {
    ctx.issues.push({ code: "custom", message: expiresNotBeforeEffective, path: ["expiresAt"], input: expiresAt });
  }
});
export type TCreateAgreementInput = z.input<typeof ZCreateAgreementInput>;

export const ZUpdateAgreementInput = updateInput(
  ZAgreementFields.extend({
    // Named so that a client trying it gets told, rather than the key silently dropped.
    stage: z.never({ error: "agreement.stageOnlyByMove" }),
  }),
).check((ctx) => {
  const { effectiveAt, expiresAt } = ctx.value.data;
  if (effectiveAt && expiresAt && expiresAt < effectiveAt) {
    ctx.issues.push({ code: "custom", message: expiresNotBeforeEffective, path: ["data", "expiresAt"], input: expiresAt });
  }
});
export type TUpdateAgreementInput = z.input<typeof ZUpdateAgreementInput>;

export const ZAdvanceAgreementStageInput = z.object({
  id: ZId,
  version: ZVersion,
  toStage: ZAgreementStage,
  /** When the move happened: not in the future and not before the previous move. Absent: today in the home region. */
  date: ZDay.optional(),
  datePrecision: ZDatePrecision.default("DAY"),
  note: optionalText(2000),
  /** Required for REGISTERED (unless already on the record). */
  registrationNumber: optionalText(100),
  /** Required for IN_FORCE (unless already on the record). */
  effectiveAt: optionalDay,
  /** Required for EXTENDED: the new end of the term. */
  expiresAt: optionalDay,
});
export type TAdvanceAgreementStageInput = z.input<typeof ZAdvanceAgreementStageInput>;

export const ZPlanItemFields = z.object({
  title: requiredText(500),
  dueDate: ZDay,
  responsible: optionalText(300),
});

export const ZAddPlanItemInput = ZPlanItemFields.extend({
  agreementId: ZId,
  /** When given, the agreement must still be at this version (the user saw its current state). */
  agreementVersion: ZVersion.optional(),
});
export type TAddPlanItemInput = z.input<typeof ZAddPlanItemInput>;

export const ZUpdatePlanItemInput = updateInput(ZPlanItemFields.extend({ status: ZTaskStatus }));
export type TUpdatePlanItemInput = z.input<typeof ZUpdatePlanItemInput>;

export const ZRemovePlanItemInput = z.object({ id: ZId, version: ZVersion });
export type TRemovePlanItemInput = z.input<typeof ZRemovePlanItemInput>;

export const ZAgreementFilter = ZCommonFilter.extend({
  kinds: z.array(ZAgreementKind).optional(),
  stages: z.array(ZAgreementStage).optional(),
  /** Agreements in effect whose term ends within this many days from now. */
  expiringWithinDays: z.number().int().min(1, { error: "validation.atLeastDays" }).max(3660, { error: "validation.atMostTenYears" }).optional(),
});
export type TAgreementFilter = z.input<typeof ZAgreementFilter>;

export { agreementSortFields };

export const ZListAgreementsInput = listInput(ZAgreementFilter, agreementSortFields, {
  field: "stageChangedAt",
  direction: "desc",
});
export type TListAgreementsInput = z.input<typeof ZListAgreementsInput>;
