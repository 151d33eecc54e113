// The change log as the client reads it: history.byRecord({ entity, id }).
import { z } from "zod";
import { ZId, type ListPage } from "./common.ts";
import type { changeActions } from "./enums.ts";
import { deletedEntities, entityNames, type TDeletedEntity, type TEntityName } from "./entity-registry.ts";
import type { Timestamp } from "./timestamp.ts";

export { deletedEntities, entityNames, type TDeletedEntity, type TEntityName };

/**
 * Records whose history any signed-in user may read. User accounts are left out on
 * purpose: their history (roles, deactivations, password resets) belongs to the
 * administrators' screens, not to a viewer-level procedure.
 */
export const ZRecordHistoryEntity = z.enum(entityNames).exclude(["user"], { error: "validation.unknownEntity" });
export type TRecordHistoryEntity = z.infer<typeof ZRecordHistoryEntity>;

export const ZRecordHistoryInput = z.object({
  entity: ZRecordHistoryEntity,
  id: ZId,
  /** The id of the last entry seen. */
  cursor: ZId.nullish(),
  limit: z.number().int().min(1).max(500).default(100),
});
export type TRecordHistoryInput = z.input<typeof ZRecordHistoryInput>;

/**
 * One changed field. For UPDATE and STAGE_CHANGE: the old and new value. For CREATE
 * and RESTORE: the stored value in `to` (from = null); for DELETE: in `from` (to = null).
 * Values are as the log stores them: dates as ISO strings, decimals as strings,
 * related records as id lists. A value written beside the changes (the note of a
 * stage change) comes as from = null, to = the value.
 */
export type THistoryFieldChange = { field: string; from: THistoryValue; to: THistoryValue };

/** A value as the change log keeps it: its `changes` column is JSON, so anything JSON holds. */
export type THistoryValue = string | number | boolean | null | THistoryValue[] | { [key: string]: THistoryValue };

/**
 * A page of history.byRecord. `names` gives the name or title of every record the page's
 * changes refer to by id (partners, sectors, people, sources…), deleted ones included;
 * an id missing from it belongs to a record that no longer exists at all.
 */
export type TRecordHistoryPage = ListPage<THistoryEntry> & { names: Record<string, string> };

export type THistoryEntry = {
  id: string;
  /** The record's own entries, or those of a related record (plan items of an agreement). */
  entity: TEntityName;
  recordId: string;
  action: (typeof changeActions)[number];
  at: Timestamp;
  /** Who made the change; null for a change made by the system (seed, import) or by a since-deleted account. */
  user: { id: string; name: string; email: string } | null;
  changes: THistoryFieldChange[];
};

/** The kinds of record an administrator can bring back from /admin/deleted (entity-registry.ts: restorable, with a page). */
export const ZDeletedEntity = z.enum(deletedEntities, { error: "validation.unknownEntity" });

/**
 * Where the next page of deleted records starts: the deletion time and id of the last
 * row seen, as `<ISO time>~<entity>~<id>`. Keyset, so a restore between pages does not shift rows.
 */
export const ZDeletedCursor = z
  .string()
  .regex(new RegExp(`^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z~(${deletedEntities.join("|")})~[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$`, "i"), {
    error: "validation.badCursor",
  })
  // The shape alone lets 2024-13-45T29:87:73 through: the time must be a real instant.
  .refine(
    (cursor) => {
      const at = cursor.split("~")[0]!;
      const time = new Date(at).getTime();
      return !Number.isNaN(time) && new Date(time).toISOString() === at;
    },
    { error: "validation.badCursor" },
  );

export const ZDeletedRecordsInput = z.object({
  /** Only this kind of record; all four when absent. */
  entity: ZDeletedEntity.nullish(),
  /** Only this record (a detail page asking for the version it needs to restore). */
  id: ZId.nullish(),
  cursor: ZDeletedCursor.nullish(),
  limit: z.number().int().min(1).max(200).default(50),
});
export type TDeletedRecordsInput = z.input<typeof ZDeletedRecordsInput>;

export type TDeletedRecord = {
  entity: TDeletedEntity;
  id: string;
  title: string;
  /** The version to pass to restore. */
  version: number;
  deletedAt: Timestamp;
  /** Who deleted it, from the latest DELETE entry of the change log; null when unknown (system, removed account). */
  deletedBy: { id: string; name: string; email: string } | null;
};

export type TDeletedRecordsPage = ListPage<TDeletedRecord>;
