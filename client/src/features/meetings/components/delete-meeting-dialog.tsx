import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { trpc } from "../../../lib/trpc.ts";
import { DeleteRecordDialog } from "../../../entities/delete-dialog/delete-record-dialog.tsx";
import { showToast } from "../../../ui/toast.tsx";
import { invalidateAfter } from "../../../lib/invalidation.ts";

/** Soft delete after confirmation: the record stays in the database and an administrator can restore it. */
export function DeleteMeetingDialog({
  meeting,
  open,
  onClose,
}: {
  meeting: { id: string; title: string; version: number };
  open: boolean;
  onClose: () => void;
}) {
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
  return (
    <DeleteRecordDialog
      open={open}
      onClose={onClose}
      record={meeting}
      title={t("meetings.one.deleteTitle")}
      text={t("meetings.one.deleteText", { title: meeting.title })}
      remove={remove}
    />
  );
}
