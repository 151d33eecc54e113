import { z } from "zod";
import { ZDatePrecision } from "./calendar-day.ts";
import { optionalDay, optionalText, optionalUrl, requiredText, ZCommonFilter, ZId, listInput, updateInput } from "./common.ts";
import { ZSourceKind, type TSourceKind } from "./enums.ts";
import type { CalendarDay, TDatePrecision } from "./calendar-day.ts";

export const ZSourceFields = z.object({
  title: requiredText(500),
  kind: ZSourceKind.default("NOTE"),
  url: optionalUrl,
  /** Who published it: «ТАСС», «Правительство Вологодской области». */
  outlet: optionalText(300),
  /** The day of publication, or its month/quarter/year when only that is known. */
  publishedAt: optionalDay,
  publishedPrecision: ZDatePrecision.default("DAY"),
  /** The full text of a press release or note; long ones are common. */
  text: optionalText(200_000),
});

export const ZCreateSourceInput = ZSourceFields;
export type TCreateSourceInput = z.input<typeof ZCreateSourceInput>;

export const ZUpdateSourceInput = updateInput(ZSourceFields);
export type TUpdateSourceInput = z.input<typeof ZUpdateSourceInput>;

/** `from`/`to` apply to publishedAt (sources without a date drop out when either is set). */
export const ZSourceFilter = ZCommonFilter.pick({ q: true, from: true, to: true }).extend({
  kinds: z.array(ZSourceKind).optional(),
});

export const ZListSourcesInput = listInput(ZSourceFilter, ["publishedAt", "title", "createdAt"], {
  field: "publishedAt",
  direction: "desc",
});
export type TListSourcesInput = z.input<typeof ZListSourcesInput>;

/**
 * Existing sources for a picker: by `url` (the same address after normalizeSourceUrl,
 * so a pasted link finds the source stored with `www.` or utm_ parameters), or by `q`
 * (every word in the title or the outlet). A short list, live sources only.
 */
export const ZFindSourcesInput = z
  .object({
    url: z.string().trim().max(2000, { error: "validation.tooLong" }).optional(),
    q: z.string().trim().max(200, { error: "validation.tooLong" }).optional(),
    limit: z.number().int().min(1).max(50).default(10),
  })
  .refine((v) => Boolean(v.url || v.q), { error: "validation.sourceUrlOrWords", path: ["q"] });
export type TFindSourcesInput = z.input<typeof ZFindSourcesInput>;

export const maxSourcesPerRecord = 20;

/** The sources a meeting, agreement or event cites: each once, at most 20; on update, when sent, they replace the set. */
export const ZSourceIds = z
  .array(ZId)
  .max(maxSourcesPerRecord, { error: "validation.tooManySources" })
  .refine((ids) => new Set(ids).size === ids.length, { error: "validation.duplicateSource" });

/** A source as the records that cite it list it. */
export type TSourceRef = {
  id: string;
  title: string;
  url: string | null;
  outlet: string | null;
  kind: TSourceKind;
  publishedAt: CalendarDay | null;
  publishedPrecision: TDatePrecision;
};
