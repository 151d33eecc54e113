import "../texts.ts";
import { useState, type FormEvent } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { savedViewNameMaxLength } from "@atlas/shared/saved-view";
import { trpc } from "../../../lib/trpc.ts";
import { errorText, serverFieldErrors } from "../../../lib/errors.ts";
import { Dialog } from "../../../ui/dialog.tsx";
import { Button } from "../../../ui/button.tsx";
import { TextField } from "../../../ui/text-field.tsx";
import { Checkbox } from "../../../ui/checkbox.tsx";
import { Alert } from "../../../ui/alert.tsx";
import { showToast } from "../../../ui/toast.tsx";

/** Names the current page address (path and filter) as a view, personal or shared. */
export function SaveViewDialog({ path, onClose }: { path: string; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [shared, setShared] = useState(false);
  const save = useMutation(
    trpc.savedView.create.mutationOptions({
      onSuccess: async (view) => {
        showToast(t("savedViews.dialog.saved", { name: view.name }));
        await queryClient.invalidateQueries({ queryKey: trpc.savedView.list.queryKey() });
        onClose();
      },
    }),
  );
  const fieldErrors = save.error ? serverFieldErrors(save.error, "") : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ name, path, shared });
  };

  return (
    <Dialog
      open
      title={t("savedViews.dialog.title")}
      onClose={onClose}
      busy={save.isPending}
      footer={
        <>
          <Button onClick={onClose} disabled={save.isPending}>
            {t("common.cancel")}
          </Button>
          <Button variant="primary" type="submit" form="save-view-form" busy={save.isPending}>
            {t("savedViews.dialog.save")}
          </Button>
        </>
      }
    >
      <form id="save-view-form" className="stack" onSubmit={submit} noValidate>
        <p className="muted">{t("savedViews.dialog.intro")}</p>
        <TextField
          label={t("savedViews.dialog.name")}
          name="name"
          required
          autoFocus
          maxLength={savedViewNameMaxLength}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldErrors.name}
        />
        <Checkbox
          label={t("savedViews.dialog.shared")}
          hint={t("savedViews.dialog.sharedHint")}
          checked={shared}
          onChange={(e) => setShared(e.target.checked)}
        />
        {save.error && !fieldErrors.name && <Alert tone="error">{fieldErrors.path?.[0] ?? errorText(save.error)}</Alert>}
      </form>
    </Dialog>
  );
}
