// Where each vocabulary lives and which records hold its values: the one table the
// generic services (list, add, rename, retire, merge, check) read. Table and column
// names here are SQL identifiers from this constant map, never from input.
import type { TEntityName } from "@atlas/shared/history";
import type { TVocabularyName } from "@atlas/shared/vocabulary";

/** A column of one record that holds a value (Interaction.kind) or a link table row (InteractionSector.sectorId). */
export type TermReference =
  | {
      shape: "column";
      table: string;
      column: string;
      /** The history entity of the record, and the field name its history uses. */
      entity: TEntityName;
      field: string;
    }
  | {
      shape: "link";
      table: string;
      /** The link table's column naming the record (interactionId) and the value (sectorId). */
      recordColumn: string;
      column: string;
      /** The record's own table, whose version and updatedAt move with the link. */
      recordTable: string;
      entity: TEntityName;
      /** History shows the value as a list, as the record's own updates write it. */
      field: string;
    };

export type VocabularyTable = {
  table: string;
  /** The history entity of the vocabulary's own values. */
  entity: TEntityName;
  /** What records hold: the code (kinds) or the id (sectors, export categories). */
  valueColumn: "code" | "id";
  /** Extra columns of the table that list() returns. */
  hasSystemFlag: boolean;
  hasDeletedAt: boolean;
  references: TermReference[];
};

/**
 * A kind kept as data (MeetingKind, EventKind…): a table with the system's own kinds
 * flagged and no deletedAt, whose code one record table holds in its `kind` column.
 */
function kindVocabulary(table: string, entity: TEntityName, holder: { table: string; entity: TEntityName }): VocabularyTable {
  return {
    table,
    entity,
    valueColumn: "code",
    hasSystemFlag: true,
    hasDeletedAt: false,
    references: [{ shape: "column", table: holder.table, column: "kind", entity: holder.entity, field: "kind" }],
  };
}

export const vocabularyTables: Record<TVocabularyName, VocabularyTable> = {
  meetingKind: kindVocabulary("MeetingKind", "meetingKind", { table: "Interaction", entity: "meeting" }),
  eventKind: kindVocabulary("EventKind", "eventKind", { table: "Event", entity: "event" }),
  agreementKind: kindVocabulary("AgreementKind", "agreementKind", { table: "Agreement", entity: "agreement" }),
  partnerKind: kindVocabulary("PartnerKind", "partnerKind", { table: "Partner", entity: "partner" }),
  sector: {
    table: "Sector",
    entity: "sector",
    valueColumn: "id",
    hasSystemFlag: false,
    hasDeletedAt: true,
    references: [
      {
        shape: "link",
        table: "InteractionSector",
        recordColumn: "interactionId",
        column: "sectorId",
        recordTable: "Interaction",
        entity: "meeting",
        field: "sectorIds",
      },
      {
        shape: "link",
        table: "AgreementSector",
        recordColumn: "agreementId",
        column: "sectorId",
        recordTable: "Agreement",
        entity: "agreement",
        field: "sectorIds",
      },
      { shape: "link", table: "EventSector", recordColumn: "eventId", column: "sectorId", recordTable: "Event", entity: "event", field: "sectorIds" },
      { shape: "column", table: "Project", column: "sectorId", entity: "project", field: "sectorId" },
    ],
  },
  exportCategory: {
    table: "ExportCategory",
    entity: "exportCategory",
    valueColumn: "id",
    hasSystemFlag: false,
    hasDeletedAt: true,
    references: [
      { shape: "column", table: "ExportFigure", column: "categoryId", entity: "exportFigure", field: "categoryId" },
      { shape: "column", table: "ExportFact", column: "categoryId", entity: "exportFact", field: "categoryId" },
    ],
  },
};
