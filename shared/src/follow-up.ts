// Follow-up tasks ("поручения") that come out of a meeting, an agreement or a plan item.
import { z } from "zod";
import { openTaskStatuses } from "./list-values.ts";
import { listInput, optionalDay, optionalText, requiredText, updateInput, ZCommonFilter, ZId } from "./common.ts";
import { ZTaskStatus } from "./enums.ts";

const nullableId = ZId.nullish().transform((v) => v ?? null);

/** Statuses in which a task is still to be done: only these can be overdue. */
export { openTaskStatuses };

export const ZFollowUpFields = z.object({
  title: requiredText(500),
  details: optionalText(),
  /** A user of the system who answers for the task. */
  ownerId: nullableId,
  dueDate: optionalDay,
  status: ZTaskStatus.default("OPEN"),
  interactionId: nullableId,
  agreementId: nullableId,
  planItemId: nullableId,
});

export const ZCreateFollowUpInput = ZFollowUpFields;
export type TCreateFollowUpInput = z.input<typeof ZCreateFollowUpInput>;

export const ZUpdateFollowUpInput = updateInput(ZFollowUpFields);
export type TUpdateFollowUpInput = z.input<typeof ZUpdateFollowUpInput>;

export const ZCompleteFollowUpInput = z.object({ id: ZId, version: z.number().int().positive().max(2_147_483_647, { error: "validation.numberTooBig" }) });
export type TCompleteFollowUpInput = z.input<typeof ZCompleteFollowUpInput>;

/**
 * from/to apply to the due date. partnerIds/countryCodes match tasks whose meeting has
 * a partner in scope or whose agreement has a party in scope; sectorIds likewise via
 * the meeting's or the agreement's sectors.
 */
export const ZFollowUpFilter = ZCommonFilter.extend({
  statuses: z.array(ZTaskStatus).optional(),
  ownerId: ZId.optional(),
  /** true: due date passed and still open or in progress; false: everything else. */
  overdue: z.boolean().optional(),
  interactionId: ZId.optional(),
  agreementId: ZId.optional(),
});
export type TFollowUpFilter = z.input<typeof ZFollowUpFilter>;

export const ZListFollowUpsInput = listInput(ZFollowUpFilter, ["dueDate", "createdAt", "title"], {
  field: "dueDate",
  direction: "asc",
});
export type TListFollowUpsInput = z.input<typeof ZListFollowUpsInput>;
