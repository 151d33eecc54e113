// The agreement form works on what its inputs hold (strings, day strings, lists);
// these functions turn a record into form values and form values into the API input.
import type { TAgreementKind } from "@atlas/shared/enums";
import type { TCreateAgreementInput } from "@atlas/shared/agreement";

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
] as const;

export type Party = { id: string; name: string };
export type DocumentValue = { title: string; url: string };

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
};

const pad = (n: number) => String(n).padStart(2, "0");

/** The calendar day (local time) as YYYY-MM-DD; "" for none. */
export function dayOf(value: Date | string | null | undefined): string {
  if (!value) return "";
  const d = new Date(value);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function today(): string {
  return dayOf(new Date());
}

/**
 * A day typed in a date input → the moment stored. Today is "now" (a stage move may
 * not lie in the future); any other day is its midday UTC, the same calendar day in
 * every time zone from UTC−11 to UTC+11.
 */
export function dayToDate(day: string): Date {
  if (day === today()) return new Date();
  return new Date(`${day}T12:00:00.000Z`);
}

export type AgreementRecord = {
  title: string;
  kind: TAgreementKind;
  summary: string | null;
  parties: Array<{ id: string; name: string }>;
  sectors: Array<{ id: string }>;
  documents: Array<{ title: string; url: string | null }>;
  signedAt: Date | string | null;
  registeredAt: Date | string | null;
  registrationNumber: string | null;
  effectiveAt: Date | string | null;
  expiresAt: Date | string | null;
};

export function agreementToValues(a: AgreementRecord): AgreementFormValues {
  return {
    title: a.title,
    kind: a.kind,
    summary: a.summary ?? "",
    parties: a.parties.map((p) => ({ id: p.id, name: p.name })),
    sectorIds: a.sectors.map((s) => s.id),
    documents: a.documents.map((d) => ({ title: d.title, url: d.url ?? "" })),
    signedAt: dayOf(a.signedAt),
    registeredAt: dayOf(a.registeredAt),
    registrationNumber: a.registrationNumber ?? "",
    effectiveAt: dayOf(a.effectiveAt),
    expiresAt: dayOf(a.expiresAt),
  };
}

/**
 * The API fields. A date left as it was on the record is sent as the stored moment, so
 * an untouched date never shows up in the history as changed.
 */
export function valuesToFields(values: AgreementFormValues, record: AgreementRecord | null): Omit<TCreateAgreementInput, "stage" | "stageDate"> {
  const date = (field: DateField) => {
    const day = values[field];
    if (!day) return null;
    const stored = record?.[field];
    if (stored && dayOf(stored) === day) return new Date(stored);
    return dayToDate(day);
  };
  return {
    title: values.title,
    kind: values.kind as TAgreementKind,
    summary: values.summary,
    partyIds: values.parties.map((p) => p.id),
    sectorIds: values.sectorIds,
    documents: values.documents.map((d) => ({ title: d.title, url: d.url })),
    signedAt: date("signedAt"),
    registeredAt: date("registeredAt"),
    registrationNumber: values.registrationNumber,
    effectiveAt: date("effectiveAt"),
    expiresAt: date("expiresAt"),
  };
}
