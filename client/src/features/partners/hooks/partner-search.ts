// The partners list's filter, sort and its place in the URL (conventions 13): a copied
// link opens the same view, Back and Forward step through filter changes.
import { z } from "zod";
import { ZPartnerKind, ZPartnerLevel, type TPartnerLevel } from "@atlas/shared/enums";
import type { TListPartnersInput } from "@atlas/shared/partner";
import { listOf } from "../../../lib/search-params.ts";

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
  dir?: "asc" | "desc";
};

const ZSort = z.enum(partnerSortFields);
const ZDir = z.enum(["asc", "desc"]);
const ZSectorId = z.uuid();
const ZCountry = z.string().regex(/^[A-Z]{2}$/);

/** Anything in the address bar → a valid filter; unknown or broken values are dropped, never an error page. */
export function parsePartnerSearch(raw: Record<string, unknown>): TPartnerSearch {
  const search: TPartnerSearch = {};
  const q = typeof raw.q === "string" ? raw.q.trim().slice(0, 200) : "";
  if (q) search.q = q;
  const level = listOf(raw.level, (v) => ZPartnerLevel.safeParse(v).data);
  if (level) search.level = level;
  const kind = listOf(raw.kind, (v) => ZPartnerKind.safeParse(v).data);
  if (kind) search.kind = kind;
  const sector = listOf(raw.sector, (v) => ZSectorId.safeParse(v).data);
  if (sector) search.sector = sector;
  const country = listOf(raw.country, (v) => ZCountry.safeParse(v.toUpperCase()).data);
  if (country) search.country = country.slice(0, 50);
  const sort = ZSort.safeParse(raw.sort).data;
  if (sort && sort !== "name") search.sort = sort;
  const dir = ZDir.safeParse(raw.dir).data;
  if (dir && dir !== defaultDirection(sort ?? "name")) search.dir = dir;
  return search;
}

/** Names A→Я, levels from country down, newest changes first. */
export function defaultDirection(field: TPartnerSortField): "asc" | "desc" {
  return field === "updatedAt" ? "desc" : "asc";
}

export function partnerSort(search: TPartnerSearch): { field: TPartnerSortField; direction: "asc" | "desc" } {
  const field = search.sort ?? "name";
  return { field, direction: search.dir ?? defaultDirection(field) };
}

/** The sort as search params: the default sort is left out so plain links stay plain. */
export function withSort(search: TPartnerSearch, field: TPartnerSortField, direction: "asc" | "desc"): TPartnerSearch {
  const next: TPartnerSearch = { ...search, sort: field === "name" ? undefined : field, dir: direction === defaultDirection(field) ? undefined : direction };
  return parsePartnerSearch(next as Record<string, unknown>);
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
    sort: partnerSort(search),
    limit: PAGE_SIZE,
  };
}
