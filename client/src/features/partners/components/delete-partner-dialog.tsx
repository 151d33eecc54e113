import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { trpc } from "../../../lib/trpc.ts";
import { invalidateAfter } from "../../../lib/invalidation.ts";
import { localizeMessage } from "../../../lib/i18n.ts";
import { isNetworkError, serverMessage } from "../../../lib/errors.ts";
import { ConfirmDialog } from "../../../ui/dialog.tsx";
import { showToast } from "../../../ui/toast.tsx";

/** Soft delete after confirmation; the server refuses (and we say why) for the home region or a partner with children. */
export function DeletePartnerDialog({ partner, open, onClose }: { partner: { id: string; name: string; version: number }; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const remove = useMutation(
    trpc.partner.delete.mutationOptions({
      onSuccess: async () => {
        await invalidateAfter(queryClient, { entity: "partner", deletedId: partner.id });
        showToast(t("partner.deleted", { name: partner.name }));
        onClose();
        void navigate({ to: "/partners" });
      },
    }),
  );
  const error = remove.error ? (isNetworkError(remove.error) ? t("errors.network") : localizeMessage(serverMessage(remove.error) ?? t("errors.generic"))) : null;
  return (
    <ConfirmDialog
      open={open}
      title={t("partner.deleteTitle")}
      text={t("partner.deleteText", { name: partner.name })}
      confirmLabel={remove.isPending ? t("common.deleting") : t("common.delete")}
      busy={remove.isPending}
      error={error}
      onConfirm={() => remove.mutate({ id: partner.id, version: partner.version })}
      onCancel={() => {
        remove.reset();
        onClose();
      }}
    />
  );
}
