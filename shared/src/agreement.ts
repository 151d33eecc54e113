import { z } from "zod";
import {
  listInput,
  optionalDate,
  optionalText,
  optionalUrl,
  requiredText,
  updateInput,
  ZCommonFilter,
  ZDate,
  ZId,
} from "./common.ts";
import { ZAgreementKind, ZAgreementStage, ZTaskStatus } from "./enums.ts";

/** A little slack for a client clock running ahead of the server's. */
const FUTURE_SLACK_MS = 5 * 60_000;

/** The date something happened: today or earlier. */
const ZPastDate = ZDate.refine((d) => d.getTime() <= Date.now() + FUTURE_SLACK_MS, { error: "Дата не может быть в будущем" });

const ZVersion = z.number().int().positive();

export const ZAgreementDocumentInput = z.object({
  title: requiredText(300),
  url: optionalUrl,
});

/** The fields an editor may change with `update`; the stage moves only through `advanceStage`. */
export const ZAgreementFields = z.object({
  title: requiredText(500),
  kind: ZAgreementKind,
  summary: optionalText(),
  partyIds: z.array(ZId).min(1, { error: "Укажите хотя бы одну сторону соглашения" }).max(50),
  sectorIds: z.array(ZId).max(50).default([]),
  documents: z.array(ZAgreementDocumentInput).max(100).default([]),
  signedAt: optionalDate,
  registeredAt: optionalDate,
  registrationNumber: optionalText(100),
  effectiveAt: optionalDate,
  expiresAt: optionalDate,
  sourceId: ZId.nullish().transform((v) => v ?? null),
});

const expiresNotBeforeEffective = "Срок действия не может закончиться раньше вступления в силу";

export const ZCreateAgreementInput = ZAgreementFields.extend({
  /** The stage the agreement is in now; an older agreement may be recorded at any stage. */
  stage: ZAgreementStage.default("PROPOSAL_SENT"),
  /** When it reached that stage. */
  stageDate: ZPastDate.default(() => new Date()),
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
    stage: z.never({ error: "Этап меняется только сменой этапа (advanceStage), с датой и отметкой в истории" }),
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
  /** When the move happened: not in the future and not before the previous move. */
  date: ZPastDate.default(() => new Date()),
  note: optionalText(2000),
  /** Required for REGISTERED (unless already on the record). */
  registrationNumber: optionalText(100),
  /** Required for IN_FORCE (unless already on the record). */
  effectiveAt: optionalDate,
  /** Required for EXTENDED: the new end of the term. */
  expiresAt: optionalDate,
});
export type TAdvanceAgreementStageInput = z.input<typeof ZAdvanceAgreementStageInput>;

/** A soft-deleted agreement comes back with the version it was deleted at. */
export const ZRestoreAgreementInput = z.object({ id: ZId, version: ZVersion });
export type TRestoreAgreementInput = z.input<typeof ZRestoreAgreementInput>;

export const ZPlanItemFields = z.object({
  title: requiredText(500),
  dueDate: ZDate,
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
  expiringWithinDays: z.number().int().min(1, { error: "Не меньше 1 дня" }).max(3660, { error: "Не больше 10 лет" }).optional(),
});
export type TAgreementFilter = z.input<typeof ZAgreementFilter>;

export const agreementSortFields = ["stageChangedAt", "title", "expiresAt", "createdAt"] as const;

export const ZListAgreementsInput = listInput(ZAgreementFilter, agreementSortFields, {
  field: "stageChangedAt",
  direction: "desc",
});
export type TListAgreementsInput = z.input<typeof ZListAgreementsInput>;
