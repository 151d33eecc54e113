import { z } from "zod";
import { optionalText, requiredText, ZCommonFilter, ZId, listInput, updateInput } from "./common.ts";
import { ZPersonSide } from "./enums.ts";

export const ZPersonFields = z.object({
  fullName: requiredText(300),
  fullNameEn: optionalText(300),
  /** The person's post, e.g. "Чрезвычайный и Полномочный Посол". */
  post: optionalText(500),
  organisation: optionalText(500),
  side: ZPersonSide,
  /** The partner the person belongs to (for the home side: the home region or one of its organisations). */
  partnerId: ZId.nullish().transform((v) => v ?? null),
  // Empty becomes null first (optionalText), so a cleared form field is not an invalid address.
  email: optionalText(320).pipe(z.email({ error: "Укажите адрес вида name@example.ru" }).nullable()),
  phone: optionalText(100),
  notes: optionalText(),
});

export const ZCreatePersonInput = ZPersonFields;
export type TCreatePersonInput = z.input<typeof ZCreatePersonInput>;

export const ZUpdatePersonInput = updateInput(ZPersonFields);
export type TUpdatePersonInput = z.input<typeof ZUpdatePersonInput>;

/** People have no sector or date of their own, so only these common filters apply. */
export const ZPersonFilter = ZCommonFilter.pick({ q: true, partnerIds: true, countryCodes: true }).extend({
  sides: z.array(ZPersonSide).optional(),
});

export const ZListPeopleInput = listInput(ZPersonFilter, ["fullName", "createdAt", "updatedAt"], {
  field: "fullName",
  direction: "asc",
});
export type TListPeopleInput = z.input<typeof ZListPeopleInput>;

/**
 * The duplicate guard on the person form: existing people named like this one
 * (case- and ё/е-insensitive, or trigram-similar, in any word order). With `partnerId`,
 * only people of that partner and people with no partner recorded are considered;
 * `excludeId` leaves out the person being edited.
 */
export const ZFindSimilarPeopleInput = z.object({
  fullName: requiredText(300),
  partnerId: ZId.optional(),
  excludeId: ZId.optional(),
});
export type TFindSimilarPeopleInput = z.input<typeof ZFindSimilarPeopleInput>;

/** One possible duplicate; score is 1 for the same name, else the trigram similarity (0.45…1), rounded to 0.01. */
export type TSimilarPerson = {
  id: string;
  fullName: string;
  post: string | null;
  organisation: string | null;
  side: z.infer<typeof ZPersonSide>;
  partner: { id: string; name: string } | null;
  score: number;
  exact: boolean;
};
