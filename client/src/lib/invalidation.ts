// After a change is saved, the screens that show the changed record must not keep the
// old answer from the cache (30 s staleTime). A mutation says what it changed, as a
// kind of record (and the record, when it knows it); this module alone decides which
// queries that makes stale, from the entity registry: the kind's own router (lists and
// pages), the screens the kind feeds (overview, timeline, map, search, dossiers, tasks),
// the history and the list of deleted records. Only the queries on screen refetch at
// once; the others are refetched when they are next shown.
import type { InvalidateQueryFilters, QueryClient } from "@tanstack/react-query";
import { entityRegistry, type TEntityFeed, type TEntityName } from "@atlas/shared/entity-registry";
import { trpc } from "./trpc.ts";

export type TRecordChange = {
  entity: TEntityName;
  /** The record, when the change is its deletion: its page's cached answer is dropped rather than refetched (it would now be NOT_FOUND). */
  deletedId?: string;
};

/**
 * The queries behind each screen a kind of record feeds. Dossiers roll up the partners
 * below a partner (a meeting with a region shows in its country's dossier), so a
 * change makes every dossier stale, not only those of the partners it names.
 */
const feedQueries: Record<TEntityFeed, () => InvalidateQueryFilters[]> = {
  // Figures, signals, charts and recent activity of the overview (and the exports' charts).
  dashboard: () => [trpc.dashboard.pathFilter()],
  timeline: () => [trpc.timeline.pathFilter()],
  // The map draws partners with the overview's figures and the timeline's items.
  map: () => [trpc.partner.list.pathFilter(), trpc.dashboard.pathFilter(), trpc.timeline.pathFilter()],
  search: () => [trpc.search.pathFilter()],
  dossier: () => [trpc.partner.dossier.pathFilter(), trpc.partner.byId.pathFilter()],
  tasks: () => [trpc.followUp.pathFilter()],
};

/** The query filters one change makes stale. */
export function queriesChangedBy(change: TRecordChange): InvalidateQueryFilters[] {
  const traits = entityRegistry[change.entity];
  return [
    trpc[traits.router].pathFilter(),
    // Every change writes the change log, which the records' history panels read.
    trpc.history.byRecord.pathFilter(),
    ...traits.feeds.flatMap((feed) => feedQueries[feed]()),
    ...(traits.lifecycle === "restorable" ? [trpc.history.deleted.pathFilter()] : []),
  ];
}

/** Marks stale every query the changes affect; resolves when those on screen have been refetched. */
export async function invalidateAfter(queryClient: QueryClient, ...changes: TRecordChange[]): Promise<void> {
  for (const { entity, deletedId } of changes) {
    // The page query's key as tRPC builds it ([path, { input, type }]), matched on its input's id.
    if (deletedId) queryClient.removeQueries({ queryKey: [[entityRegistry[entity].router, "byId"], { input: { id: deletedId } }] });
  }
  const filters = changes.flatMap(queriesChangedBy);
  const unique = [...new Map(filters.map((filter) => [JSON.stringify(filter.queryKey), filter])).values()];
  await Promise.all(unique.map((filter) => queryClient.invalidateQueries(filter)));
}

/** A merge of vocabulary values moves records of every kind to the kept value: every query is stale. */
export async function invalidateEverything(queryClient: QueryClient): Promise<void> {
  await queryClient.invalidateQueries();
}
