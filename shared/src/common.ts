// Building blocks shared by every entity's input schemas.
import { z } from "zod";
import { ZCalendarDay, ZOptionalCalendarDay } from "./calendar-day.ts";

export const ZId = z.uuid({ error: "validation.badId" });

/** Required text: trimmed, not empty. */
export const requiredText = (max = 500) => z.string().trim().min(1, { error: "validation.fillIn" }).max(max, { error: "validation.tooLong" });
/** Optional text: empty becomes null, so clearing a field in a form clears it in the database. */
export const optionalText = (max = 20_000) =>
  z
    .string()
    .trim()
    .max(max, { error: "validation.tooLong" })
    .nullish()
    .transform((v) => (v ? v : null));

export const ZUrl = z.url({ error: "validation.url", protocol: /^https?$/ });
/** Optional address: an empty field means none, so a form can clear it. */
export const optionalUrl = z
  .string()
  .trim()
  .nullish()
  .transform((v) => (v ? v : null))
  .pipe(ZUrl.nullable());

/** Business dates are calendar days (`YYYY-MM-DD`), never instants: see calendar-day.ts. */
export const ZDay = ZCalendarDay;
export const optionalDay = ZOptionalCalendarDay;

export const ZLatitude = z.number().min(-90, { error: "validation.latitude" }).max(90, { error: "validation.latitude" });
export const ZLongitude = z.number().min(-180, { error: "validation.longitude" }).max(180, { error: "validation.longitude" });

export const ZByIdInput = z.object({ id: ZId });
export type TByIdInput = z.infer<typeof ZByIdInput>;

/**
 * `update` takes the version the user edited (a newer version in the database means
 * someone else saved first) and only the fields to change. Defaults of the create
 * schema are dropped here, so a field left out of an update is left alone.
 */
export function updateInput<T extends z.ZodObject>(fields: T) {
  const shape = Object.fromEntries(
    Object.entries(fields.shape).map(([key, field]) => [key, ((field instanceof z.ZodDefault ? field.unwrap() : field) as z.ZodType).optional()]),
  );
  return z.object({
    id: ZId,
    version: z.number().int().positive().max(2_147_483_647, { error: "validation.numberTooBig" }),
    data: z.object(shape) as unknown as ReturnType<T["partial"]>,
  });
}

/** The version of a record a change was based on (optimistic locking). */
export const ZVersion = z.number().int().positive().max(2_147_483_647, { error: "validation.numberTooBig" });

/**
 * Soft delete and restore of every kind of record take the same input: the record and
 * the version the user saw (delete answers the new version, which restore then takes;
 * /admin/deleted lists it beside each deleted record).
 */
export const ZDeleteInput = z.object({ id: ZId, version: ZVersion });
export type TDeleteInput = z.infer<typeof ZDeleteInput>;
export const ZRestoreInput = ZDeleteInput;
export type TRestoreInput = TDeleteInput;

export const ZSortDirection = z.enum(["asc", "desc"]);

/** Filters every list understands; each entity adds its own (kind, stage, status). */
export const ZCommonFilter = z.object({
  /** Free text; every word must occur (case- and ё/е-insensitive). */
  q: z.string().trim().max(200).optional(),
  sectorIds: z.array(ZId).max(50).optional(),
  /** Matches records of these partners and of every partner below them in the hierarchy. */
  partnerIds: z.array(ZId).max(50).optional(),
  /** ISO 3166-1 alpha-2 codes; same as filtering by those countries as partners. */
  countryCodes: z
    .array(z.string().regex(/^[A-Z]{2}$/, { error: "validation.countryCode" }))
    .max(50)
    .optional(),
  /** The period [from, to], both days inclusive; a record is in it when its dates overlap it. */
  from: ZDay.optional(),
  to: ZDay.optional(),
});
export type TCommonFilter = z.infer<typeof ZCommonFilter>;

/** A list request: filters, one sort field, and a cursor (the id of the last row seen). */
export function listInput<F extends z.ZodObject, S extends readonly [string, ...string[]]>(
  filter: F,
  sortFields: S,
  defaultSort: { field: S[number]; direction: "asc" | "desc" },
) {
  return z.object({
    filter: filter.default({} as never),
    sort: z.object({ field: z.enum(sortFields), direction: ZSortDirection }).default(defaultSort as never),
    cursor: ZId.nullish(),
    limit: z.number().int().min(1).max(500).default(50),
  });
}

/**
 * How many rows a list counts at most for its total. A filter that matches more is shown as
 * «более 10 000» (`totalIsLowerBound`): counting every row of a large table under a filter
 * would cost more than the page itself (issue 16).
 */
export const LIST_COUNT_BOUND = 10_000;

/**
 * The bound of a total under a text search of the meetings: «более 1 000». Text is matched
 * row by row, and a common word («переговоры») is in a sixth of all meetings, so counting
 * to LIST_COUNT_BOUND reads some 60,000 meetings (over 100 ms at any size) where a thousand
 * reads 6,000; a search that finds more than a thousand wants narrowing, not its exact size.
 */
export const SEARCH_COUNT_BOUND = 1_000;

/**
 * One page of a list and its total under the filter. `total` is exact unless
 * `totalIsLowerBound`: then more than `total` (the list's bound, LIST_COUNT_BOUND or
 * SEARCH_COUNT_BOUND) rows match.
 */
export type ListPage<T> = { items: T[]; nextCursor: string | null; total: number; totalIsLowerBound: boolean };
