// The agreements list's place in the URL: the dashboard's shared
// filter (text, sector, country, partner, period) plus this list's own stage and kind
// filters and its sort. A copied link opens the same view; Back steps through changes.
import { z } from "zod";
import { ZAgreementKind, ZAgreementStage, type TAgreementKind, type TAgreementStage } from "@atlas/shared/enums";
import type { TListAgreementsInput } from "@atlas/shared/agreement";
import { agreementSortFields } from "@atlas/shared/list-values";
import { listSortParams, searchList, type SortDirection } from "../../../lib/search-params.ts";
import { dashboardFilter, dashboardSearchShape, hasDashboardFilter, orderedPeriod, type TDashboardSearch } from "../../../lib/dashboard-search.ts";

export type TAgreementSortField = (typeof agreementSortFields)[number];

export type TAgreementSearch = TDashboardSearch & {
  stage?: TAgreementStage[];
  kind?: TAgreementKind[];
  sort?: TAgreementSortField;
  dir?: SortDirection;
};

/** Latest stage change first; titles A→Я; dates newest first, except the end of the term: soonest first. */
export const agreementSortParams = listSortParams(agreementSortFields, "stageChangedAt", (field) =>
  field === "title" || field === "expiresAt" ? "asc" : "desc",
);

/** The route's `validateSearch`: anything in the address bar → a valid view; unknown or broken values are dropped, never an error page. */
export const ZAgreementSearch = z
  .object({ ...dashboardSearchShape, stage: searchList(ZAgreementStage), kind: searchList(ZAgreementKind), ...agreementSortParams.shape })
  .transform((search): TAgreementSearch => agreementSortParams.withoutDefaults(orderedPeriod(search)));

/** The list's own part of the view (stage, kind, sort), kept when the shared filter bar changes its part. */
export function ownPart({ stage, kind, sort, dir }: TAgreementSearch): TAgreementSearch {
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
      ...dashboardFilter(search),
      ...(search.stage?.length ? { stages: search.stage } : {}),
      ...(search.kind?.length ? { kinds: search.kind } : {}),
    },
    sort: agreementSortParams.current(search),
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
