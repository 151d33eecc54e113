// What every record form says above its fields (restored draft, conflict, the result of
// re-applying an edit, a general error) and the question before leaving unsaved input.
// The state comes from useRecordForm (lib/use-record-form.ts).
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { RecordForm } from "../lib/use-record-form.ts";
import { Alert } from "./alert.tsx";
import { Button } from "./button.tsx";
import { ConfirmDialog } from "./dialog.tsx";

export function FormStatus<V extends object>({ form, labels }: { form: RecordForm<V>; labels: Record<string, string> }): ReactNode {
  const { t } = useTranslation();
  const names = (fields: PropertyKey[]) => fields.map((f) => labels[String(f)] ?? String(f)).join(", ");
  return (
    <div className="form-status" aria-live="polite">
      {form.draftRestored && !form.conflict && !form.rebased && (
        <Alert
          tone="info"
          actions={
            <Button size="sm" variant="ghost" onClick={form.discardDraft}>
              {t("recordForm.discardDraft")}
            </Button>
          }
        >
          {t("recordForm.draftRestored")}
        </Alert>
      )}
      {form.conflict && (
        <Alert
          tone="warning"
          title={t("recordForm.conflictTitle")}
          actions={
            <Button variant="primary" size="sm" busy={form.reloading} onClick={() => void form.reloadAndReapply()}>
              {t("recordForm.conflictReload")}
            </Button>
          }
        >
          {t("recordForm.conflictText")}
        </Alert>
      )}
      {form.rebased && !form.conflict && (
        <Alert tone="info" title={t("recordForm.rebasedTitle")}>
          <p>{t("recordForm.rebased")}</p>
          {form.theirChanges.length > 0 && <p>{t("recordForm.theirChanges", { fields: names(form.theirChanges) })}</p>}
          {form.overlapping.length > 0 && <p>{t("recordForm.overlapping", { fields: names(form.overlapping) })}</p>}
        </Alert>
      )}
      {form.general && <Alert tone="error">{form.general}</Alert>}
    </div>
  );
}

/** Asks before a route change (and the browser's own prompt before unload) while input is unsaved. */
export function LeaveGuard<V extends object>({ form }: { form: RecordForm<V> }): ReactNode {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      open={form.leave.blocked}
      title={t("recordForm.leaveTitle")}
      text={t("recordForm.leaveText")}
      confirmLabel={t("recordForm.leave")}
      tone="danger"
      onConfirm={form.leave.proceed}
      onCancel={form.leave.stay}
    />
  );
}

/** The note under a field both users changed: "У другого пользователя: …". */
export function useTheirValueNote<V extends object>(form: RecordForm<V>, format: (field: keyof V, value: V[keyof V]) => string = (_f, v) => String(v ?? "")) {
  const { t } = useTranslation();
  return (field: keyof V): ReactNode => {
    const theirs = form.theirs(field);
    if (!theirs) return null;
    const shown = format(field, theirs.value);
    return t("recordForm.theirValue", { value: shown || t("recordForm.emptyValue") });
  };
}
