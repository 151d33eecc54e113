import { z } from "zod";
import { ZDatePrecision } from "./calendar-day.ts";
import { optionalDay, optionalText, optionalUrl, requiredText, ZCommonFilter, listInput, updateInput } from "./common.ts";
import { ZSourceKind } from "./enums.ts";

export const ZSourceFields = z.object({
  title: requiredText(500),
  kind: ZSourceKind.default("NOTE"),
  url: optionalUrl,
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
