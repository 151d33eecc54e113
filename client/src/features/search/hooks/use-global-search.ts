// The global search's data: the typed text, debounced, sent to search.global; the
// previous results stay on screen while the next ones load.
import { useMemo } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { recordPagePath } from "@atlas/shared/entity-registry";
import { searchableQuery } from "@atlas/shared/search-text";
import type { TGlobalSearchHit, TGlobalSearchResult, TSearchMatch } from "@atlas/shared/search";
import { trpc } from "../../../lib/trpc.ts";
import { useDebounced } from "../../../lib/use-debounced.ts";

/** Shorter text matches half the register and tells nothing. */
export const minQueryLength = 2;
const debounceMs = 200;
const perType = 5;

export function useGlobalSearch(text: string) {
  const typed = searchableQuery(text).trim();
  const q = useDebounced(typed, debounceMs);
  const enabled = q.length >= minQueryLength;
  const query = useQuery(trpc.search.global.queryOptions({ q, limit: perType }, { enabled, placeholderData: keepPreviousData, staleTime: 60_000 }));
  const ordered = useMemo(() => (query.data ? { ...query.data, groups: orderGroups(query.data.groups) } : undefined), [query.data]);
  const data: TGlobalSearchResult | undefined = enabled ? ordered : undefined;
  return {
    /** The text the shown results are for (the debounced one, or the previous while the next loads). */
    data,
    /** Results for other text than the typed one are on screen, or nothing yet: Enter waits. */
    settling: typed !== q || (enabled && (query.isFetching || query.isPlaceholderData)),
    tooShort: typed.length > 0 && typed.length < minQueryLength,
    empty: typed.length === 0,
    error: enabled && query.isError && !query.isFetching ? query.error : null,
    retry: () => void query.refetch(),
  };
}

/** Where a hit leads: a page of the app, an outside address (a source's publication), or nowhere. */
export type HitTarget = { kind: "page"; href: string } | { kind: "external"; href: string } | { kind: "none" };

export function hitTarget(hit: TGlobalSearchHit): HitTarget {
  if (hit.type === "source") {
    // Sources have no page of their own; the publication's address, when the server sends it.
    const url = (hit as TGlobalSearchHit & { url?: string | null }).url;
    return url && /^https?:\/\//i.test(url) ? { kind: "external", href: url } : { kind: "none" };
  }
  const href = recordPagePath(hit.type, hit.id);
  return href ? { kind: "page", href } : { kind: "none" };
}

const onlySimilar = (hits: Array<{ match: TSearchMatch }>) => hits.every((h) => h.match === "similar");

/**
 * Groups keep the server's order of types, except that a group with only look-alikes
 * (typos, «похожее написание») goes after the groups that matched the words: «сокол»
 * shows the project about the Sokol park before agreements that merely look similar.
 */
export function orderGroups(groups: TGlobalSearchResult["groups"]): TGlobalSearchResult["groups"] {
  return groups
    .map((group, index) => ({ group, index, rank: onlySimilar(group.hits) ? 1 : 0 }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((x) => x.group);
}
