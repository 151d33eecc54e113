import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { trpc } from "../../../lib/trpc.ts";
import { DeleteRecordDialog } from "../../../entities/delete-dialog/delete-record-dialog.tsx";
import { showToast } from "../../../ui/toast.tsx";
import { invalidateAfter } from "../../../lib/invalidation.ts";

/** Soft delete after confirmation; the server refuses (and we say why) for the home region or a partner with children. */
export function DeletePartnerDialog({
  partner,
  open,
  onClose,
}: {
  partner: { id: string; name: string; version: number };
  open: boolean;
  onClose: () => void;
}) {
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
  return (
    <DeleteRecordDialog
      open={open}
      onClose={onClose}
      record={partner}
      title={t("partner.deleteTitle")}
      text={t("partner.deleteText", { name: partner.name })}
      remove={remove}
    />
  );
}
