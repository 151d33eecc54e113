// The agreement form works on what its inputs hold (strings, day strings, lists);
// these functions turn a record into form values and form values into the API input.
// Dates are calendar days ("2024-06-06") as typed; none goes through a JavaScript Date.
//
// An agreement entered after the fact («Внести действующее соглашение») also carries
// its path: a row per stage it passed, oldest first, the last row being the stage it
// is in now. The rows become `earlierStages` + `stage`/`stageDate` of the create input.
import { agreementStages, type TAgreementKind, type TAgreementStage } from "@atlas/shared/enums";
import type { TCreateAgreementInput } from "@atlas/shared/agreement";
import type { AgreementKindRules } from "@atlas/shared/agreement-stages";
import type { CalendarDay, TDatePrecision } from "@atlas/shared/calendar-day";
import type { TSourceRef } from "@atlas/shared/source";
import { dayValue } from "../../../lib/day-input.ts";

export const agreementFormFields = [
  "title",
  "kind",
  "summary",
  "partyIds",
  "sectorIds",
  "documents",
  "signedAt",
  "registeredAt",
  "registrationNumber",
  "effectiveAt",
  "expiresAt",
  "signingPlace",
  "sources",
  "sourceIds",
  // An existing agreement's path; the server's messages come under these names.
  "stage",
  "stageDate",
  "stageDatePrecision",
  "earlierStages",
] as const;

export type Party = { id: string; name: string };
export type DocumentValue = { title: string; url: string };
/** A stage the agreement passed, and when (a day, or the first day of a month/quarter/year; "" or typed text while unfinished). */
export type StageStepValue = { stage: TAgreementStage; date: string; datePrecision: TDatePrecision };

export type AgreementFormValues = {
  title: string;
  kind: TAgreementKind | "";
  summary: string;
  /** With names, so a restored draft shows them without another request. */
  parties: Party[];
  sectorIds: string[];
  documents: DocumentValue[];
  signedAt: string;
  registeredAt: string;
  registrationNumber: string;
  effectiveAt: string;
  expiresAt: string;
  /** Where it was signed, free text (a city, a forum). */
  signingPlace: string;
  /** The sources it cites, whole, so a restored draft shows them without a request. */
  sources: TSourceRef[];
  /** «Внести действующее соглашение» only: the path, oldest first; the last row is the current stage. Empty otherwise. */
  stages: StageStepValue[];
};

export const dateFields = ["signedAt", "registeredAt", "effectiveAt", "expiresAt"] as const;
export type DateField = (typeof dateFields)[number];

export const emptyAgreementValues: AgreementFormValues = {
  title: "",
  kind: "",
  summary: "",
  parties: [],
  sectorIds: [],
  documents: [],
  signedAt: "",
  registeredAt: "",
  registrationNumber: "",
  effectiveAt: "",
  expiresAt: "",
  signingPlace: "",
  sources: [],
  stages: [],
};

/** The stages before signing: a row for them is optional («optional earlier ones»). */
const beforeSigning: readonly TAgreementStage[] = ["PROPOSAL_SENT", "DRAFT", "NEGOTIATION"];

/**
 * The usual way to a stage, for the rows offered when an existing agreement is entered:
 * from signing on (earlier stages can be added), through 4-FZ registration unless the
 * kind takes effect on signature. The editor may remove a row (an agreement with a
 * Russian region is not registered); the server checks the path in the end.
 */
export function suggestedPath(kind: AgreementKindRules | null, stage: TAgreementStage): TAgreementStage[] {
  if (beforeSigning.includes(stage)) return [stage];
  // No kind chosen yet: the longer way, which the editor can shorten.
  const registers = !kind || kind.needsStateRegistration;
  const toInForce: TAgreementStage[] = registers ? ["SIGNED", "REGISTERED", "IN_FORCE"] : ["SIGNED", "IN_FORCE"];
  switch (stage) {
    case "SIGNED":
      return ["SIGNED"];
    case "REGISTERED":
      return ["SIGNED", "REGISTERED"];
    case "IN_FORCE":
      return toInForce;
    case "IMPLEMENTATION":
    case "EXTENDED":
    case "EXPIRED":
    case "TERMINATED":
      return [...toInForce, stage];
    default:
      return [stage];
  }
}

/** Rows for a newly chosen current stage: the suggested path, keeping what was typed for stages still on it. */
export function stagesFor(kind: AgreementKindRules | null, stage: TAgreementStage, previous: StageStepValue[]): StageStepValue[] {
  // Optional earlier rows the editor added stay when they still come before the path.
  const path = suggestedPath(kind, stage);
  const earlier = previous.filter((p) => beforeSigning.includes(p.stage) && !path.includes(p.stage) && !beforeSigning.includes(stage));
  // No date is assumed: the point of this form is the dates the agreement really had.
  return [...earlier, ...path.map((s) => previous.find((p) => p.stage === s) ?? { stage: s, date: "", datePrecision: "DAY" as const })];
}

/** The stage that may come before the first row (an optional earlier one), or null. */
export function earlierStageBefore(first: TAgreementStage): TAgreementStage | null {
  const order: TAgreementStage[] = ["PROPOSAL_SENT", "DRAFT", "NEGOTIATION", "SIGNED"];
  const i = order.indexOf(first);
  return i > 0 ? order[i - 1]! : null;
}

/** Stages in the order of the register, for the "current stage" select. */
export const currentStageChoices: readonly TAgreementStage[] = agreementStages;

/**
 * The create input's stage part. A new agreement is at «Предложение направлено» as of
 * today (the home region's day, sent explicitly: the server no longer assumes it); an
 * existing one at its last row, with the rows before it as `earlierStages`.
 */
export function stageInput(
  values: AgreementFormValues,
  today: CalendarDay,
): Pick<TCreateAgreementInput, "stage" | "stageDate" | "stageDatePrecision" | "earlierStages"> {
  const current = values.stages.at(-1);
  if (!current) return { stage: "PROPOSAL_SENT", stageDate: today, stageDatePrecision: "DAY", earlierStages: [] };
  return {
    stage: current.stage,
    stageDate: current.date.trim(),
    stageDatePrecision: current.datePrecision,
    earlierStages: values.stages.slice(0, -1).map((s) => ({ stage: s.stage, date: s.date.trim(), datePrecision: s.datePrecision })),
  };
}

/** Where a server message about the path belongs: row i of `stages` (its date or its stage), or null. */
export function stageRowOf(path: string, rows: number): { row: number; part: "date" | "stage" } | null {
  if (rows === 0) return null;
  if (path === "stageDate" || path === "stageDatePrecision") return { row: rows - 1, part: "date" };
  if (path === "stage") return { row: rows - 1, part: "stage" };
  const m = /^earlierStages\.(\d+)\.(date|datePrecision|stage)$/.exec(path);
  if (!m) return null;
  return { row: Number(m[1]), part: m[2] === "stage" ? "stage" : "date" };
}

export type AgreementRecord = {
  title: string;
  kind: TAgreementKind;
  summary: string | null;
  parties: Array<{ id: string; name: string }>;
  sectors: Array<{ id: string }>;
  documents: Array<{ title: string; url: string | null }>;
  signedAt: CalendarDay | null;
  registeredAt: CalendarDay | null;
  registrationNumber: string | null;
  effectiveAt: CalendarDay | null;
  expiresAt: CalendarDay | null;
  signingPlace: string | null;
  /** Absent in fixtures written before agreements cited several sources. */
  sources?: TSourceRef[];
};

export function agreementToValues(a: AgreementRecord): AgreementFormValues {
  return {
    title: a.title,
    kind: a.kind,
    summary: a.summary ?? "",
    parties: a.parties.map((p) => ({ id: p.id, name: p.name })),
    sectorIds: a.sectors.map((s) => s.id),
    documents: a.documents.map((d) => ({ title: d.title, url: d.url ?? "" })),
    signedAt: a.signedAt ?? "",
    registeredAt: a.registeredAt ?? "",
    registrationNumber: a.registrationNumber ?? "",
    effectiveAt: a.effectiveAt ?? "",
    expiresAt: a.expiresAt ?? "",
    signingPlace: a.signingPlace ?? "",
    sources: a.sources ?? [],
    stages: [],
  };
}

/** The API fields (the stage part aside: see stageInput). Days go as typed; text that is not a day goes too, for the schema to refuse. */
export function valuesToFields(values: AgreementFormValues): Omit<TCreateAgreementInput, "stage" | "stageDate" | "stageDatePrecision" | "earlierStages"> {
  return {
    title: values.title,
    kind: values.kind as TAgreementKind,
    summary: values.summary,
    partyIds: values.parties.map((p) => p.id),
    sectorIds: values.sectorIds,
    documents: values.documents.map((d) => ({ title: d.title, url: d.url })),
    signedAt: dayValue(values.signedAt),
    registeredAt: dayValue(values.registeredAt),
    registrationNumber: values.registrationNumber,
    effectiveAt: dayValue(values.effectiveAt),
    expiresAt: dayValue(values.expiresAt),
    signingPlace: values.signingPlace,
    sourceIds: (values.sources ?? []).map((s) => s.id),
  };
}
