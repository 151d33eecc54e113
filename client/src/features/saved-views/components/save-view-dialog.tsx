import "../texts.ts";
import { useState, type FormEvent } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { trpc } from "../../../lib/trpc.ts";
import { errorText, serverFieldErrors } from "../../../lib/errors.ts";
import { savedViewNameMaxLength } from "@atlas/shared/saved-view";
import { FormDialog } from "../../../ui/form/form-dialog.tsx";
import { TextField } from "../../../ui/text-field.tsx";
import type { FieldError } from "../../../ui/field.tsx";
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
    <FormDialog
      title={t("savedViews.dialog.title")}
      formId="save-view-form"
      formClassName="stack"
      submitLabel={t("savedViews.dialog.save")}
      busy={save.isPending}
      onSubmit={submit}
      onClose={onClose}
    >
      <p className="muted">{t("savedViews.dialog.intro")}</p>
      <ViewNameField value={name} onChange={setName} error={fieldErrors.name} />
      <Checkbox label={t("savedViews.dialog.shared")} hint={t("savedViews.dialog.sharedHint")} checked={shared} onChange={(e) => setShared(e.target.checked)} />
      {save.error && !fieldErrors.name && <Alert tone="error">{fieldErrors.path?.[0] ?? errorText(save.error)}</Alert>}
    </FormDialog>
  );
}

/** The view's name, the same field when a view is saved and when it is renamed (settings-page.tsx). */
export function ViewNameField({ value, onChange, error }: { value: string; onChange: (name: string) => void; error: FieldError }) {
  const { t } = useTranslation();
  return (
    <TextField
      label={t("savedViews.dialog.name")}
      name="name"
      required
      autoFocus
      maxLength={savedViewNameMaxLength}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
    />
  );
}
