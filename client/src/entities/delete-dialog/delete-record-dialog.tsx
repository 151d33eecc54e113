// The one confirmation before a record is deleted (soft delete: the record and its history
// stay and an administrator can restore it). Each place keeps its own mutation, because what
// a deletion refreshes and where it leads afterwards differ per kind of record.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { errorCode, errorText, isNetworkError } from "../../lib/errors.ts";
import { ConfirmDialog } from "../../ui/dialog.tsx";

export type DeleteRecordInput = { id: string; version: number };

/** The parts of a `useMutation` result the dialog drives (a method, so any delete mutation fits). */
export type DeleteRecordMutation = {
  isPending: boolean;
  error: unknown;
  reset(): void;
  mutate(input: DeleteRecordInput): void;
};

type Props = {
  open: boolean;
  onClose: () => void;
  /** The record as the page holds it: the version makes the server refuse a stale deletion. */
  record: DeleteRecordInput;
  title: string;
  /** Names the record and says what goes with it (follow-ups, lists, the map). */
  text: ReactNode;
  remove: DeleteRecordMutation;
  /** What to say when someone else changed the record meanwhile (CONFLICT); otherwise the server's own message. */
  conflictText?: string;
};

export function DeleteRecordDialog({ open, onClose, record, title, text, remove, conflictText }: Props) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      open={open}
      title={title}
      text={text}
      confirmLabel={remove.isPending ? t("common.deleting") : t("common.delete")}
      busy={remove.isPending}
      error={remove.error ? deleteErrorText(remove.error, t, conflictText) : null}
      onConfirm={() => remove.mutate({ id: record.id, version: record.version })}
      onCancel={() => {
        // A refused attempt is not shown again when the dialog reopens.
        remove.reset();
        onClose();
      }}
    />
  );
}

function deleteErrorText(error: unknown, t: TFunction, conflictText: string | undefined): string {
  if (isNetworkError(error)) return t("errors.network");
  if (conflictText && errorCode(error) === "CONFLICT") return conflictText;
  return errorText(error);
}
