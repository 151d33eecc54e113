import { dayOrNull } from "@atlas/shared/calendar-day";
import { snapshot } from "../common/change-log.ts";
import { softDelete, softDeletion, type SoftDeleteCall } from "../common/soft-delete.ts";

export const exportFactDeletion = softDeletion({
  entity: "exportFact",
  table: (tx) => tx.exportFact,
  logged: ({ kind, partnerId, categoryId, periodStart, periodEnd, rank, growthPercent, statement, sourceId }) =>
    snapshot({ kind, partnerId, categoryId, periodStart: dayOrNull(periodStart), periodEnd: dayOrNull(periodEnd), rank, growthPercent, statement, sourceId }),
});

/** Soft delete: the fact leaves every list and the dossier; its history stays. */
export const deleteExportFact = (call: SoftDeleteCall) => softDelete(exportFactDeletion, call);
