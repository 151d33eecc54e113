import { utcDateToDay } from "@atlas/shared/calendar-day";
import { snapshot } from "../common/change-log.ts";
import { softDelete, softDeletion, type SoftDeleteCall } from "../common/soft-delete.ts";

export const exportFigureDeletion = softDeletion({
  entity: "exportFigure",
  table: (tx) => tx.exportFigure,
  // A figure has no name; the log keeps what identifies it.
  logged: ({ categoryId, destinationId, periodStart, periodEnd, value, currency, volume, unit }) =>
    snapshot({ categoryId, destinationId, periodStart: utcDateToDay(periodStart), periodEnd: utcDateToDay(periodEnd), value, currency, volume, unit }),
});

/** Soft delete: the figure leaves the tables, charts and dossiers; its history stays. */
export const deleteExportFigure = (call: SoftDeleteCall) => softDelete(exportFigureDeletion, call);
