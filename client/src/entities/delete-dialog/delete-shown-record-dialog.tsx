// Deleting the record a page shows: after confirmation the record goes, every screen that
// showed it is refreshed, a toast names it and the page leads back to the kind's list.
// Each record page passes its own procedure; the texts are the kind's `recordPages.kinds`.
import { useTranslation } from "react-i18next";
import { useMutation, useQueryClient, type UseMutationOptions } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { invalidateAfter } from "../../lib/invalidation.ts";
import { showToast } from "../../ui/toast.tsx";
import { listLink, type TRecordKind } from "../record-page/record-kinds.ts";
import type { Translation } from "../../locales/ru.ts";
import { DeleteRecordDialog, type DeleteRecordInput } from "./delete-record-dialog.tsx";

/** Kinds whose page offers deletion: those with deletion texts. */
export type TDeletableRecordKind = {
  [K in TRecordKind]: Translation["recordPages"]["kinds"][K] extends { deleteTitle: string } ? K : never;
}[TRecordKind];

/** A tRPC `delete` procedure taking `{ id, version }` (e.g. `trpc.meeting.delete`). */
export type DeleteProcedure<TOutput, TError> = {
  mutationOptions(options: { onSuccess: () => Promise<void>; onError: () => void }): UseMutationOptions<TOutput, TError, DeleteRecordInput>;
};

type Props<TOutput, TError> = {
  kind: TDeletableRecordKind;
  /** The record as the page holds it, with the name the texts quote. */
  record: DeleteRecordInput & { name: string };
  procedure: DeleteProcedure<TOutput, TError>;
  open: boolean;
  onClose: () => void;
};

export function DeleteShownRecordDialog<TOutput, TError>({ kind, record, procedure, open, onClose }: Props<TOutput, TError>) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const remove = useMutation(
    procedure.mutationOptions({
      onSuccess: async () => {
        await invalidateAfter(queryClient, { entity: kind, deletedId: record.id });
        showToast(t(`recordPages.kinds.${kind}.deleted`, { name: record.name }));
        onClose();
        void navigate(listLink(kind));
      },
      // Someone changed it meanwhile (the server says so): the page reloads it, so a second try uses the current version.
      onError: () => void invalidateAfter(queryClient, { entity: kind }),
    }),
  );
  return (
    <DeleteRecordDialog
      open={open}
      onClose={onClose}
      record={record}
      title={t(`recordPages.kinds.${kind}.deleteTitle`)}
      text={t(`recordPages.kinds.${kind}.deleteText`, { name: record.name })}
      remove={remove}
    />
  );
}
