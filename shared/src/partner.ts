import { z } from "zod";
import { optionalText, requiredText, ZCommonFilter, ZId, ZLatitude, ZLongitude, listInput, updateInput } from "./common.ts";
import { ZPartnerLevel } from "./enums.ts";

/** A GeoJSON Polygon or MultiPolygon, as an administrator attaches it to a region. */
export const ZBoundary = z.object({
  type: z.enum(["Polygon", "MultiPolygon"], { error: "Граница — GeoJSON Polygon или MultiPolygon" }),
  coordinates: z.array(z.any()).min(1, { error: "Граница без координат" }),
});

export const ZPartnerFields = z.object({
  name: requiredText(300),
  nameEn: optionalText(300),
  level: ZPartnerLevel,
  parentId: ZId.nullish().transform((v) => v ?? null),
  isoCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, { error: "Код ISO 3166: KZ или KZ-19" })
    .nullish()
    .transform((v) => v ?? null),
  latitude: ZLatitude.nullish().transform((v) => v ?? null),
  longitude: ZLongitude.nullish().transform((v) => v ?? null),
  boundary: ZBoundary.nullish().transform((v) => v ?? null),
  isHome: z.boolean().default(false),
  notes: optionalText(),
});

export const ZCreatePartnerInput = ZPartnerFields;
export type TCreatePartnerInput = z.input<typeof ZCreatePartnerInput>;

export const ZUpdatePartnerInput = updateInput(ZPartnerFields);
export type TUpdatePartnerInput = z.input<typeof ZUpdatePartnerInput>;

export const ZPartnerFilter = ZCommonFilter.extend({
  levels: z.array(ZPartnerLevel).optional(),
});

export const ZListPartnersInput = listInput(ZPartnerFilter, ["name", "level", "createdAt", "updatedAt"], {
  field: "name",
  direction: "asc",
});
export type TListPartnersInput = z.input<typeof ZListPartnersInput>;

/**
 * The duplicate guard on the partner form: existing partners named like this one
 * (case- and ё/е-insensitive, or trigram-similar). `excludeId` leaves out the partner
 * being edited; `level` looks only among partners of that level.
 */
export const ZFindSimilarPartnersInput = z.object({
  name: requiredText(300),
  level: ZPartnerLevel.optional(),
  excludeId: ZId.optional(),
});
export type TFindSimilarPartnersInput = z.input<typeof ZFindSimilarPartnersInput>;

/** One possible duplicate; score is 1 for the same name, else the trigram similarity (0.45…1), rounded to 0.01. */
export type TSimilarPartner = {
  id: string;
  name: string;
  nameEn: string | null;
  level: z.infer<typeof ZPartnerLevel>;
  isoCode: string | null;
  parent: { id: string; name: string } | null;
  score: number;
  exact: boolean;
};
