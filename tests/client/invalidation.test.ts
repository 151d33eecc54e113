// client/src/lib/invalidation.ts: what a saved change makes stale, read from the entity
// registry. An event or a stage move must reach the overview's queries (dashboard), a
// deletion drops the record's page from the cache, and queries nobody changed stay fresh.
import { describe, expect, it } from "vitest";
// The client's own copy, the one its trpc proxy builds keys for.
import { QueryClient } from "../../client/node_modules/@tanstack/react-query/build/modern/index.js";
import { entityNames, entityRegistry } from "@atlas/shared/entity-registry";
import { invalidateAfter, queriesChangedBy } from "../../client/src/lib/invalidation.ts";
import { trpc } from "../../client/src/lib/trpc.ts";

const keysOf = (entity: (typeof entityNames)[number]) => queriesChangedBy({ entity }).map((f) => JSON.stringify(f.queryKey));
const key = (filter: { queryKey?: unknown }) => JSON.stringify(filter.queryKey);

describe("invalidation", () => {
  it("makes every kind's own router and the history stale, and the deleted list only for restorable kinds", () => {
    for (const entity of entityNames) {
      const keys = keysOf(entity);
      expect(keys, entity).toContain(key(trpc[entityRegistry[entity].router].pathFilter()));
      expect(keys, entity).toContain(key(trpc.history.byRecord.pathFilter()));
      expect(keys.includes(key(trpc.history.deleted.pathFilter())), entity).toBe(entityRegistry[entity].lifecycle === "restorable");
    }
  });

  it("sends events, agreements and plan items to the overview, vocabularies and users not", () => {
    for (const entity of ["event", "agreement", "planItem", "meeting", "exportFigure"] as const)
      expect(keysOf(entity), entity).toContain(key(trpc.dashboard.pathFilter()));
    for (const entity of ["meetingKind", "user"] as const) expect(keysOf(entity), entity).not.toContain(key(trpc.dashboard.pathFilter()));
  });

  it("drops a deleted record's page, marks the overview stale and leaves unrelated queries fresh", async () => {
    const queryClient = new QueryClient();
    const deletedPage = trpc.event.byId.queryKey({ id: "11111111-1111-4111-8111-111111111111" });
    const otherPage = trpc.event.byId.queryKey({ id: "22222222-2222-4222-8222-222222222222" });
    const overview = trpc.dashboard.summary.queryKey({ filter: {} });
    const users = trpc.admin.users.list.queryKey();
    for (const queryKey of [deletedPage, otherPage, overview, users] as ReadonlyArray<readonly unknown[]>) queryClient.setQueryData(queryKey, { cached: true });

    await invalidateAfter(queryClient, { entity: "event", deletedId: "11111111-1111-4111-8111-111111111111" });

    expect(queryClient.getQueryState(deletedPage)).toBeUndefined();
    expect(queryClient.getQueryState(otherPage)?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(overview)?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(users)?.isInvalidated).toBe(false);
  });
});
