// The saving half of a record form whose router has the usual create, update and byId
// procedures (event, project, person): the form's prepared input says which of the two
// mutations to call, a CONFLICT reloads the record as saved now, and once saved the
// screens that show the record are refreshed before the form's page moves on. The
// result is spread into useRecordForm's options next to the form's own fields and checks.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { DecorateMutationProcedure, DecorateQueryProcedure, ResolverDef } from "@trpc/tanstack-react-query";
import type { TEntityName } from "@atlas/shared/entity-registry";
import { invalidateAfter } from "../../lib/invalidation.ts";
import type { RecordFormOptions } from "../../lib/use-record-form.ts";
import { fetchSavedRecord } from "./fetch-saved-record.ts";

/** What a record form's `prepare` hands to `save`: a new record, or the changes to a saved one. */
export type CreateOrUpdateInput<TCreate, TUpdate> = { create: TCreate } | { update: TUpdate };

type SavedRecord = { id: string; version: number };

type RecordProcedures<TCreate extends ResolverDef, TUpdate extends ResolverDef, TById extends ResolverDef> = {
  create: DecorateMutationProcedure<TCreate>;
  update: DecorateMutationProcedure<TUpdate>;
  byId: DecorateQueryProcedure<TById>;
};

type CreateOrUpdateOptions<TSaved, TRecord, V> = {
  /** The edited record's id; absent when creating. */
  editedId: string | undefined;
  /** The record as its page reads it, as form values: what a reload after a CONFLICT starts from. */
  toValues: (record: TRecord) => V;
  /**
   * Whether the saved record, as the mutation answers it, goes straight into its page's
   * cache, so the page the form leads to shows it without waiting for a refetch. Only
   * where the mutation answers what `byId` does.
   */
  cacheSaved: boolean;
  onSaved: (saved: TSaved) => void;
};

export function useCreateOrUpdate<
  TCreate extends ResolverDef & { output: SavedRecord },
  TUpdate extends ResolverDef & { output: TCreate["output"] },
  TById extends ResolverDef & { input: { id: string }; output: SavedRecord },
  V extends object,
>(
  entity: TEntityName,
  procedures: RecordProcedures<TCreate, TUpdate, TById>,
  { editedId, toValues, cacheSaved, onSaved }: CreateOrUpdateOptions<TCreate["output"], TById["output"], V>,
): Pick<RecordFormOptions<V, CreateOrUpdateInput<TCreate["input"], TUpdate["input"]>, TCreate["output"]>, "save" | "reload" | "onSaved"> {
  const queryClient = useQueryClient();
  const create = useMutation(procedures.create.mutationOptions());
  const update = useMutation(procedures.update.mutationOptions());
  return {
    save: (input) => ("update" in input ? update.mutateAsync(input.update) : create.mutateAsync(input.create)),
    reload: editedId === undefined ? undefined : () => fetchSavedRecord(queryClient, procedures.byId.queryOptions({ id: editedId }), toValues),
    onSaved: async (saved) => {
      if (cacheSaved) queryClient.setQueryData(procedures.byId.queryKey({ id: saved.id }), saved);
      await invalidateAfter(queryClient, { entity });
      onSaved(saved);
    },
  };
}
