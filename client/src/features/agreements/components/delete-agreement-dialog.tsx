import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { trpc } from "../../../lib/trpc.ts";
import { DeleteRecordDialog } from "../../../entities/delete-dialog/delete-record-dialog.tsx";
import { showToast } from "../../../ui/toast.tsx";
import { invalidateAfter } from "../../../lib/invalidation.ts";

/** Soft delete after confirmation: the record and its history stay, an administrator can restore it. */
export function DeleteAgreementDialog({
  agreement,
  open,
  onClose,
}: {
  agreement: { id: string; title: string; version: number };
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const remove = useMutation(
    trpc.agreement.delete.mutationOptions({
      onSuccess: async () => {
        await invalidateAfter(queryClient, { entity: "agreement", deletedId: agreement.id });
        showToast(t("agreements.detail.deleted", { title: agreement.title }));
        onClose();
        void navigate({ to: "/agreements" });
      },
      // Someone changed it meanwhile: the page reloads it, so a second try uses the current version.
      onError: () => void invalidateAfter(queryClient, { entity: "agreement" }),
    }),
  );
  return (
    <DeleteRecordDialog
      open={open}
      onClose={onClose}
      record={agreement}
      title={t("agreements.detail.deleteTitle")}
      text={t("agreements.detail.deleteText", { title: agreement.title })}
      remove={remove}
      conflictText={t("agreements.detail.deleteConflict")}
    />
  );
}
