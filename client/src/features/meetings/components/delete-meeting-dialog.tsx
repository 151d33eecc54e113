import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { trpc } from "../../../lib/trpc.ts";
import { invalidateAfter } from "../../../lib/invalidation.ts";
import { localizeMessage } from "../../../lib/i18n.ts";
import { isNetworkError, serverMessage } from "../../../lib/errors.ts";
import { ConfirmDialog } from "../../../ui/dialog.tsx";
import { showToast } from "../../../ui/toast.tsx";

/** Soft delete after confirmation: the record stays in the database and an administrator can restore it. */
export function DeleteMeetingDialog({ meeting, open, onClose }: { meeting: { id: string; title: string; version: number }; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const remove = useMutation(
    trpc.meeting.delete.mutationOptions({
      onSuccess: async () => {
        await invalidateAfter(queryClient, { entity: "meeting", deletedId: meeting.id });
        showToast(t("meetings.one.deleted", { title: meeting.title }));
        onClose();
        void navigate({ to: "/meetings" });
      },
    }),
  );
  const error = remove.error ? (isNetworkError(remove.error) ? t("errors.network") : localizeMessage(serverMessage(remove.error) ?? t("errors.generic"))) : null;
  return (
    <ConfirmDialog
      open={open}
      title={t("meetings.one.deleteTitle")}
      text={t("meetings.one.deleteText", { title: meeting.title })}
      confirmLabel={remove.isPending ? t("common.deleting") : t("common.delete")}
      busy={remove.isPending}
      error={error}
      onConfirm={() => remove.mutate({ id: meeting.id, version: meeting.version })}
      onCancel={() => {
        remove.reset();
        onClose();
      }}
    />
  );
}
