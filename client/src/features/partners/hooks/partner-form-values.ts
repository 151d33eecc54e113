// The partner form works on strings (what the inputs hold); these functions turn a
// record into form values, form values into the API input, and re-apply one user's
// edits on top of a version someone else saved meanwhile.
import type { TPartnerLevel } from "@atlas/shared/enums";
import type { TCreatePartnerInput } from "@atlas/shared/partner";
import { parseLocaleNumber } from "../../../lib/format.ts";

export const partnerFormFields = ["name", "nameEn", "aliases", "level", "kind", "parentId", "isoCode", "latitude", "longitude", "isHome", "notes"] as const;
export type PartnerFormField = (typeof partnerFormFields)[number];

export type PartnerFormValues = {
  name: string;
  nameEn: string;
  /** Other names («КНР», «Алма-Ата»), in the order they were added. */
  aliases: string[];
  level: TPartnerLevel | "";
  /** A code of the partner-kind vocabulary, or "" for none. */
  kind: string;
  parentId: string;
  isoCode: string;
  latitude: string;
  longitude: string;
  isHome: boolean;
  notes: string;
};

export const emptyPartnerValues: PartnerFormValues = {
  name: "",
  nameEn: "",
  aliases: [],
  level: "",
  kind: "",
  parentId: "",
  isoCode: "",
  latitude: "",
  longitude: "",
  isHome: false,
  notes: "",
};

type PartnerRecord = {
  name: string;
  nameEn: string | null;
  aliases?: string[] | null;
  level: TPartnerLevel;
  kind?: string | null;
  parentId: string | null;
  isoCode: string | null;
  latitude: number | null;
  longitude: number | null;
  isHome: boolean;
  notes?: string | null;
};

/** Numbers are shown the way the interface language writes them (43,25 in Russian). */
export function partnerToValues(p: PartnerRecord, decimalSeparator: "," | "."): PartnerFormValues {
  const num = (v: number | null) => (v === null ? "" : String(v).replace(".", decimalSeparator));
  return {
    name: p.name,
    nameEn: p.nameEn ?? "",
    aliases: [...(p.aliases ?? [])],
    level: p.level,
    kind: p.kind ?? "",
    parentId: p.parentId ?? "",
    isoCode: p.isoCode ?? "",
    latitude: num(p.latitude),
    longitude: num(p.longitude),
    isHome: p.isHome,
    notes: p.notes ?? "",
  };
}

/** The API input, plus the fields whose text is not a number at all (NaN never reaches zod). */
export function valuesToInput(values: PartnerFormValues): { input: TCreatePartnerInput; notNumbers: PartnerFormField[] } {
  const notNumbers: PartnerFormField[] = [];
  const number = (field: "latitude" | "longitude") => {
    const parsed = parseLocaleNumber(values[field]);
    if (parsed !== null && Number.isNaN(parsed)) notNumbers.push(field);
    return parsed === null || Number.isNaN(parsed) ? null : parsed;
  };
  const input: TCreatePartnerInput = {
    name: values.name,
    nameEn: values.nameEn,
    aliases: values.aliases,
    level: values.level as TPartnerLevel,
    kind: values.kind || null,
    parentId: values.parentId || null,
    isoCode: values.isoCode.trim() || null,
    latitude: number("latitude"),
    longitude: number("longitude"),
    isHome: values.isHome,
    notes: values.notes,
  };
  return { input, notNumbers };
}

/** Field values compared by content (the aliases are a list). */
function same(a: PartnerFormValues[PartnerFormField], b: PartnerFormValues[PartnerFormField]): boolean {
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

export function changedFields(values: PartnerFormValues, base: PartnerFormValues): PartnerFormField[] {
  return partnerFormFields.filter((f) => !same(values[f], base[f]));
}

/**
 * After a conflict: the other user's version, with this user's own changes (relative
 * to the version they started from) applied on top. `overlapping` are the fields both
 * changed differently; the form shows the other user's value under each of them.
 */
export function rebaseValues(values: PartnerFormValues, base: PartnerFormValues, theirs: PartnerFormValues) {
  const mine = changedFields(values, base);
  const merged: PartnerFormValues = { ...theirs };
  for (const field of mine) (merged as Record<PartnerFormField, unknown>)[field] = values[field];
  const overlapping = mine.filter((f) => !same(theirs[f], base[f]) && !same(theirs[f], values[f]));
  return { merged, mine, overlapping };
}
