// Vocabularies: the lists records are classified by, kept as data (issue 10). Editors
// add a value from the form where they need it; administrators rename, merge (every
// reference moves, history kept) and retire values. A retired value is no longer
// offered, and the records that hold it keep it.
//
// Records hold a vocabulary value as follows: kinds (meeting, event, agreement,
// partner) by their `code` (built-in codes such as VISIT or TOUR never change, so
// URLs and filters stay stable); sectors and export categories by their id.
import { z } from "zod";

import { requiredText, ZId } from "./common.ts";

export const vocabularyNames = ["sector", "exportCategory", "meetingKind", "eventKind", "agreementKind", "partnerKind"] as const;
export const ZVocabularyName = z.enum(vocabularyNames, { error: "validation.unknownVocabulary" });
export type TVocabularyName = z.infer<typeof ZVocabularyName>;

/** The vocabularies whose values records hold by code. */
export const kindVocabularies = ["meetingKind", "eventKind", "agreementKind", "partnerKind"] as const satisfies readonly TVocabularyName[];
export type TKindVocabulary = (typeof kindVocabularies)[number];
export function isKindVocabulary(name: TVocabularyName): name is TKindVocabulary {
  return (kindVocabularies as readonly string[]).includes(name);
}

/**
 * A kind's code as records and filters carry it: built-in ones are upper-case words
 * (VISIT, TOUR); added ones are made from the name the same way.
 */
export const ZKindCode = z
  .string({ error: "validation.chooseFromList" })
  .min(1, { error: "validation.chooseFromList" })
  .max(60, { error: "validation.chooseFromList" })
  .regex(/^[A-Z0-9_]+$/, { error: "validation.chooseFromList" });
export type TKindCode = z.infer<typeof ZKindCode>;

/** The built-in event kind whose records are routes of stops (a tour). */
export const TOUR_EVENT_KIND = "TOUR";

/** One value of a vocabulary as the client shows and offers it. */
export type TVocabularyTerm = {
  id: string;
  /** What records hold: the code for kinds, the id for sectors and export categories. */
  value: string;
  name: string;
  nameEn: string | null;
  sortOrder: number;
  retired: boolean;
  /** Built in: cannot be retired or merged away. */
  system: boolean;
  mergedIntoId: string | null;
  version: number;
  /** Agreement kinds only: needs state registration after signing when a party is foreign (4-FZ). */
  needsStateRegistration?: boolean;
};
export type TVocabularies = Record<TVocabularyName, TVocabularyTerm[]>;

const ZVersion = z.number().int().positive().max(2_147_483_647, { error: "validation.numberTooBig" });

/** An editor adds a value from a form: a name (and, for agreement kinds, whether 4-FZ registration applies). */
export const ZAddTermInput = z.object({
  vocabulary: ZVocabularyName,
  name: requiredText(200),
  nameEn: requiredText(200).nullish(),
  needsStateRegistration: z.boolean().optional(),
});
export type TAddTermInput = z.input<typeof ZAddTermInput>;

/** An administrator renames a value or changes its place in the lists (or, for agreement kinds, the 4-FZ flag). */
export const ZUpdateTermInput = z.object({
  vocabulary: ZVocabularyName,
  id: ZId,
  version: ZVersion,
  data: z
    .object({
      name: requiredText(200).optional(),
      nameEn: requiredText(200).nullish(),
      sortOrder: z
        .number({ error: "validation.integer" })
        .int({ error: "validation.integer" })
        .min(-1_000_000, { error: "validation.millionRange" })
        .max(1_000_000, { error: "validation.millionRange" })
        .optional(),
      needsStateRegistration: z.boolean().optional(),
    })
    .refine((d) => Object.values(d).some((v) => v !== undefined), { error: "validation.noChanges" }),
});
export type TUpdateTermInput = z.input<typeof ZUpdateTermInput>;

export const ZRetireTermInput = z.object({ vocabulary: ZVocabularyName, id: ZId, version: ZVersion, retired: z.boolean() });
export type TRetireTermInput = z.input<typeof ZRetireTermInput>;

/** Every record that holds `fromId` moves to `intoId`; `fromId` is retired and remembers where it went. */
export const ZMergeTermsInput = z
  .object({ vocabulary: ZVocabularyName, fromId: ZId, intoId: ZId })
  .refine((m) => m.fromId !== m.intoId, { error: "validation.mergeWithItself", path: ["intoId"] });
export type TMergeTermsInput = z.input<typeof ZMergeTermsInput>;

/**
 * The code an added kind gets: its name transliterated (ГОСТ 7.79 B-like, simplified)
 * in upper case with underscores, e.g. «Заседание совместной комиссии» →
 * ZASEDANIE_SOVMESTNOY_KOMISSII. The server adds a number when it is taken.
 */
export function codeFromName(name: string): string {
  const map: Record<string, string> = {
    а: "a",
    б: "b",
    в: "v",
    г: "g",
    д: "d",
    е: "e",
    ё: "e",
    ж: "zh",
    з: "z",
    и: "i",
    й: "y",
    к: "k",
    л: "l",
    м: "m",
    н: "n",
    о: "o",
    п: "p",
    р: "r",
    с: "s",
    т: "t",
    у: "u",
    ф: "f",
    х: "kh",
    ц: "ts",
    ч: "ch",
    ш: "sh",
    щ: "shch",
    ъ: "",
    ы: "y",
    ь: "",
    э: "e",
    ю: "yu",
    я: "ya",
    ә: "a",
    ғ: "g",
    қ: "k",
    ң: "n",
    ө: "o",
    ұ: "u",
    ү: "u",
    һ: "h",
    і: "i",
  };
  const latin = [...name.toLowerCase()].map((ch) => map[ch] ?? ch).join("");
  const code = latin
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .toUpperCase()
    .slice(0, 50)
    .replace(/_+$/, "");
  return code || "KIND";
}
