import { z } from "zod";
import { requiredText, ZCommonFilter, listInput, updateInput } from "./common.ts";

export const ZSectorFields = z.object({
  /** Stable slug that code and imports refer to, e.g. "timber". */
  code: z
    .string()
    .trim()
    .min(1, { error: "Заполните поле" })
    .max(50, { error: "Не длиннее 50 символов" })
    .regex(/^[a-z0-9-]+$/, { error: "Код — строчные латинские буквы, цифры и дефис (например, timber)" }),
  name: requiredText(200),
  nameEn: requiredText(200),
  /** Position in pick lists; equal values fall back to the name. */
  sortOrder: z
    .number({ error: "Укажите целое число" })
    .int({ error: "Укажите целое число" })
    .min(-1_000_000, { error: "От −1 000 000 до 1 000 000" })
    .max(1_000_000, { error: "От −1 000 000 до 1 000 000" })
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
