import { z } from "zod";
import { requiredText, ZCommonFilter, listInput, updateInput } from "./common.ts";

export const ZSectorFields = z.object({
  /** Stable slug that code and imports refer to, e.g. "timber". */
  code: z
    .string()
    .trim()
    .min(1, { error: "validation.fillIn" })
    .max(50, { error: "validation.tooLong" })
    .regex(/^[a-z0-9-]+$/, { error: "validation.sectorCode" }),
  name: requiredText(200),
  nameEn: requiredText(200),
  /** Position in pick lists; equal values fall back to the name. */
  sortOrder: z
    .number({ error: "validation.integer" })
    .int({ error: "validation.integer" })
    .min(-1_000_000, { error: "validation.millionRange" })
    .max(1_000_000, { error: "validation.millionRange" })
    .default(0),
});

export const ZCreateSectorInput = ZSectorFields;
export type TCreateSectorInput = z.input<typeof ZCreateSectorInput>;

export const ZUpdateSectorInput = updateInput(ZSectorFields);
export type TUpdateSectorInput = z.input<typeof ZUpdateSectorInput>;

/** `q` matches the name, the English name and the code. */
export const ZSectorFilter = ZCommonFilter.pick({ q: true });

export const ZListSectorsInput = listInput(ZSectorFilter, ["sortOrder", "name", "code", "createdAt"], {
  field: "sortOrder",
  direction: "asc",
});
export type TListSectorsInput = z.input<typeof ZListSectorsInput>;
