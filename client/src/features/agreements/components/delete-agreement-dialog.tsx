import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { trpc } from "../../../lib/trpc.ts";
import { invalidateAfter } from "../../../lib/invalidation.ts";
import { localizeMessage } from "../../../lib/i18n.ts";
import { errorCode, isNetworkError, serverMessage } from "../../../lib/errors.ts";
import { ConfirmDialog } from "../../../ui/dialog.tsx";
import { showToast } from "../../../ui/toast.tsx";

/** Soft delete after confirmation: the record and its history stay, an administrator can restore it. */
export function DeleteAgreementDialog({ agreement, open, onClose }: { agreement: { id: string; title: string; version: number }; open: boolean; onClose: () => void }) {
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
  const error = remove.error
    ? isNetworkError(remove.error)
      ? t("errors.network")
      : errorCode(remove.error) === "CONFLICT"
        ? t("agreements.detail.deleteConflict")
        : localizeMessage(serverMessage(remove.error) ?? t("errors.generic"))
    : null;
  return (
    <ConfirmDialog
      open={open}
      title={t("agreements.detail.deleteTitle")}
      text={t("agreements.detail.deleteText", { title: agreement.title })}
      confirmLabel={remove.isPending ? t("common.deleting") : t("common.delete")}
      busy={remove.isPending}
      error={error}
      onConfirm={() => remove.mutate({ id: agreement.id, version: agreement.version })}
      onCancel={() => {
        remove.reset();
        onClose();
      }}
    />
  );
}
