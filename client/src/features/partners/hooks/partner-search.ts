// The partners list's filter, sort and its place in the URL: a copied
// link opens the same view, Back and Forward step through filter changes.
import { z } from "zod";
import { ZPartnerKind, ZPartnerLevel, type TPartnerLevel } from "@atlas/shared/enums";
import type { TListPartnersInput } from "@atlas/shared/partner";
import { compactSearch, listSortParams, searchList, searchText, type SortDirection } from "../../../lib/search-params.ts";
import { dashboardSearchShape } from "../../../lib/dashboard-search.ts";

export const partnerSortFields = ["name", "level", "updatedAt"] as const;
export type TPartnerSortField = (typeof partnerSortFields)[number];

export type TPartnerSearch = {
  q?: string;
  level?: TPartnerLevel[];
  /** Codes of the partner-kind vocabulary. */
  kind?: string[];
  sector?: string[];
  /** ISO 3166-1 alpha-2 codes: the country and every partner below it. */
  country?: string[];
  sort?: TPartnerSortField;
  dir?: SortDirection;
};

/** Names A→Я, levels from country down, newest changes first. */
export const partnerSortParams = listSortParams(partnerSortFields, "name", (field) => (field === "updatedAt" ? "desc" : "asc"));

/** The route's `validateSearch`: anything in the address bar → a valid filter; unknown or broken values are dropped, never an error page. */
export const ZPartnerSearch = z
  .object({
    q: searchText,
    level: searchList(ZPartnerLevel),
    kind: searchList(ZPartnerKind),
    sector: dashboardSearchShape.sector,
    country: dashboardSearchShape.country,
    ...partnerSortParams.shape,
  })
  .transform((search): TPartnerSearch => compactSearch(partnerSortParams.withoutDefaults(search)));

/** The sort as search params: the default sort is left out so plain links stay plain. */
export function withSort(search: TPartnerSearch, field: TPartnerSortField, direction: SortDirection): TPartnerSearch {
  return partnerSortParams.withoutDefaults({ ...search, sort: field, dir: direction });
}

export function hasActiveFilter(search: TPartnerSearch): boolean {
  return Boolean(search.q || search.level?.length || search.kind?.length || search.sector?.length || search.country?.length);
}

export const PAGE_SIZE = 50;

/** What partner.list gets for this view (without the cursor, which the infinite query adds). */
export function partnerListInput(search: TPartnerSearch): TListPartnersInput {
  return {
    filter: {
      ...(search.q ? { q: search.q } : {}),
      ...(search.level?.length ? { levels: search.level } : {}),
      ...(search.kind?.length ? { kinds: search.kind } : {}),
      ...(search.sector?.length ? { sectorIds: search.sector } : {}),
      ...(search.country?.length ? { countryCodes: search.country } : {}),
    },
    sort: partnerSortParams.current(search),
    limit: PAGE_SIZE,
  };
}
