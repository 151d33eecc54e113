// The person form works on strings (what the inputs hold); these turn a record into
// form values and form values into the API input, checked with the shared schema.
import type { TPersonSide } from "@atlas/shared/enums";
import { ZCreatePersonInput, type TCreatePersonInput, type TUpdatePersonInput } from "@atlas/shared/person";
import { issuesToFieldErrors, type FieldErrors } from "../../../lib/validation.ts";

export const personFormFields = ["fullName", "fullNameEn", "post", "organisation", "side", "partnerId", "email", "phone", "notes"] as const;

export type PersonFormValues = {
  fullName: string;
  fullNameEn: string;
  post: string;
  organisation: string;
  side: TPersonSide;
  partnerId: string;
  email: string;
  phone: string;
  notes: string;
};

export const emptyPersonValues: PersonFormValues = {
  fullName: "",
  fullNameEn: "",
  post: "",
  organisation: "",
  side: "PARTNER",
  partnerId: "",
  email: "",
  phone: "",
  notes: "",
};

type PersonRecord = {
  fullName: string;
  fullNameEn: string | null;
  post: string | null;
  organisation: string | null;
  side: TPersonSide;
  partnerId: string | null;
  email: string | null;
  phone: string | null;
  notes?: string | null;
};

export function personToValues(p: PersonRecord): PersonFormValues {
  return {
    fullName: p.fullName,
    fullNameEn: p.fullNameEn ?? "",
    post: p.post ?? "",
    organisation: p.organisation ?? "",
    side: p.side,
    partnerId: p.partnerId ?? "",
    email: p.email ?? "",
    phone: p.phone ?? "",
    notes: p.notes ?? "",
  };
}

export type PersonSaveInput = { create: TCreatePersonInput } | { update: TUpdatePersonInput };

export function preparePerson(values: PersonFormValues, id: string | null, version: number | null): { input: PersonSaveInput } | { errors: FieldErrors } {
  const data = { ...values, partnerId: values.partnerId || null };
  const parsed = ZCreatePersonInput.safeParse(data);
  if (!parsed.success) return { errors: issuesToFieldErrors(parsed.error) };
  if (id !== null && version !== null) return { input: { update: { id, version, data: parsed.data } } };
  return { input: { create: parsed.data } };
}
