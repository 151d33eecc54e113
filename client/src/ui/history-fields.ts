// How the history panel reads the change log's fields: where a field's values come
// from (a closed list, named by the locale's enums section, or a vocabulary kept as
// data) and the order the fields are listed in. Their names are in the locale's
// fields section.
import type { TEntityName } from "@atlas/shared/history";
import type { kindVocabularies } from "@atlas/shared/vocabulary";
import type { Translation } from "../locales/ru.ts";

export type TEnumList = keyof Translation["enums"];

/** A closed list's values are named by enums.<list>.<VALUE>; a kind's by its vocabulary term. */
export type ValueSource = { list: TEnumList } | { vocabulary: (typeof kindVocabularies)[number] };

/**
 * The fields of each kind of record whose values are codes, by their path in the
 * logged value: `stage`, or `sites.status` for the status of each logged site. A code
 * is named only by its own list: CANCELLED reads «Отменён» for a project,
 * «Отменено» for an event.
 */
export const historyValueSources: { [E in TEntityName]?: Record<string, ValueSource> } = {
  partner: { level: { list: "partnerLevel" }, kind: { vocabulary: "partnerKind" } },
  person: { side: { list: "personSide" } },
  source: { kind: { list: "sourceKind" }, publishedPrecision: { list: "datePrecision" } },
  meeting: {
    kind: { vocabulary: "meetingKind" },
    direction: { list: "direction" },
    format: { list: "interactionFormat" },
    datePrecision: { list: "datePrecision" },
    "agreements.mention": { list: "agreementMention" },
  },
  agreement: {
    kind: { vocabulary: "agreementKind" },
    stage: { list: "agreementStage" },
    datePrecision: { list: "datePrecision" },
  },
  planItem: { status: { list: "taskStatus" } },
  followUp: { status: { list: "taskStatus" } },
  project: { stage: { list: "projectStage" }, "sites.status": { list: "siteStatus" } },
  event: {
    kind: { vocabulary: "eventKind" },
    status: { list: "eventStatus" },
    datePrecision: { list: "datePrecision" },
    "stops.datePrecision": { list: "datePrecision" },
  },
  exportFact: { kind: { list: "exportFactKind" } },
  user: { role: { list: "role" } },
};

/** The order fields are listed in: what names the record first, then kind and stage, dates, links, texts; the rest after. */
const fieldOrder = [
  "title",
  "name",
  "fullName",
  "kind",
  "level",
  "side",
  "stage",
  "status",
  "chosenSite",
  "direction",
  "format",
  "startsAt",
  "endsAt",
  "datePrecision",
  "startTime",
  "stageChangedAt",
  "signedAt",
  "registeredAt",
  "registrationNumber",
  "effectiveAt",
  "expiresAt",
  "dueDate",
  "completedAt",
  "periodStart",
  "periodEnd",
  "value",
  "currency",
  "volume",
  "unit",
  "place",
  "partnerId",
  "partnerIds",
  "partyIds",
  "parentId",
  "destinationId",
  "categoryId",
  "sectorId",
  "sectorIds",
  "sourceIds",
  "ownerId",
  "participants",
  "participantRoles",
  "stops",
  "sites",
  "summary",
  "outcomes",
  "description",
  "details",
  "notes",
  "note",
];

export function historyFieldRank(field: string): number {
  const i = fieldOrder.indexOf(field);
  return i === -1 ? fieldOrder.length : i;
}
