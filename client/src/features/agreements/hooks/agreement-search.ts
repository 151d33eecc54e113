// The agreements list's place in the URL (conventions 13): the dashboard's shared
// filter (text, sector, country, partner, period) plus this list's own stage and kind
// filters and its sort. A copied link opens the same view; Back steps through changes.
import { z } from "zod";
import { ZAgreementKind, ZAgreementStage, type TAgreementKind, type TAgreementStage } from "@atlas/shared/enums";
import { agreementSortFields, type TListAgreementsInput } from "@atlas/shared/agreement";
import { listOf } from "../../../lib/search-params.ts";
import { hasDashboardFilter, parseDashboardSearch, type TDashboardSearch } from "../../../lib/dashboard-search.ts";

export type TAgreementSortField = (typeof agreementSortFields)[number];

export type TAgreementSearch = TDashboardSearch & {
  stage?: TAgreementStage[];
  kind?: TAgreementKind[];
  sort?: TAgreementSortField;
  dir?: "asc" | "desc";
};

const ZSort = z.enum(agreementSortFields);
const ZDir = z.enum(["asc", "desc"]);
const DEFAULT_SORT: TAgreementSortField = "stageChangedAt";

/** Anything in the address bar → a valid view; unknown or broken values are dropped, never an error page. */
export function parseAgreementSearch(raw: Record<string, unknown>): TAgreementSearch {
  const search: TAgreementSearch = parseDashboardSearch(raw);
  const stage = listOf(raw.stage, (v) => ZAgreementStage.safeParse(v).data);
  if (stage) search.stage = stage;
  const kind = listOf(raw.kind, (v) => ZAgreementKind.safeParse(v).data);
  if (kind) search.kind = kind;
  const sort = ZSort.safeParse(raw.sort).data;
  if (sort && sort !== DEFAULT_SORT) search.sort = sort;
  const dir = ZDir.safeParse(raw.dir).data;
  if (dir && dir !== defaultDirection(sort ?? DEFAULT_SORT)) search.dir = dir;
  return search;
}

/** Titles A→Я; dates newest first, except the end of the term: soonest first. */
export function defaultDirection(field: TAgreementSortField): "asc" | "desc" {
  return field === "title" || field === "expiresAt" ? "asc" : "desc";
}

export function agreementSort(search: TAgreementSearch): { field: TAgreementSortField; direction: "asc" | "desc" } {
  const field = search.sort ?? DEFAULT_SORT;
  return { field, direction: search.dir ?? defaultDirection(field) };
}

export function withSort(search: TAgreementSearch, field: TAgreementSortField, direction: "asc" | "desc"): TAgreementSearch {
  return parseAgreementSearch({ ...search, sort: field, dir: direction } as Record<string, unknown>);
}

/** The list's own part of the view (stage, kind, sort), kept when the shared filter bar changes its part. */
export function ownPart(search: TAgreementSearch): TAgreementSearch {
  const { stage, kind, sort, dir } = search;
  return { stage, kind, sort, dir };
}

export function hasActiveFilter(search: TAgreementSearch): boolean {
  return hasDashboardFilter(search) || Boolean(search.stage?.length || search.kind?.length);
}

export const PAGE_SIZE = 50;

/** What agreement.list gets for this view (without the cursor, which the infinite query adds). */
export function agreementListInput(search: TAgreementSearch): TListAgreementsInput {
  return {
    filter: {
      ...(search.q ? { q: search.q } : {}),
      ...(search.sector?.length ? { sectorIds: search.sector } : {}),
      ...(search.country?.length ? { countryCodes: search.country } : {}),
      ...(search.partner?.length ? { partnerIds: search.partner } : {}),
      // The period is two calendar days, both inclusive: the server selects by overlap.
      ...(search.from ? { from: search.from } : {}),
      ...(search.to ? { to: search.to } : {}),
      ...(search.stage?.length ? { stages: search.stage } : {}),
      ...(search.kind?.length ? { kinds: search.kind } : {}),
    },
    sort: agreementSort(search),
    limit: PAGE_SIZE,
  };
}

/**
 * /agreements/new?existing=1 opens the form for an agreement concluded earlier
 * («Внести действующее соглашение»). Usable as the route's validateSearch.
 */
export function isExistingAgreementSearch(raw: Record<string, unknown>): boolean {
  const value = raw.existing;
  return value === 1 || value === "1" || value === true || value === "true";
}

export function parseNewAgreementSearch(raw: Record<string, unknown>): { existing?: true } {
  return isExistingAgreementSearch(raw) ? { existing: true } : {};
}
