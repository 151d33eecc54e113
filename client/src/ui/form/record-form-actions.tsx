// What every record form (person, event, project…) shares around its fields: the props
// its page hands it, and the row of buttons under it.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../button.tsx";

/** The props of a record form besides the record itself, which each form names after its kind (`event?`, `person?`). */
export type RecordFormProps<Saved, Values> = {
  initial: Values;
  draftKey: string;
  onSaved: (saved: Saved) => void;
  onCancel: () => void;
};

type RecordFormActionsProps = {
  form: { saving: boolean; conflict: boolean };
  submitLabel: string;
  onCancel: () => void;
  /** Shown after the buttons, e.g. a hint about keyboard shortcuts. */
  children?: ReactNode;
};

/** Save and cancel; save waits while a conflict is open, since it would be refused again. */
export function RecordFormActions({ form, submitLabel, onCancel, children }: RecordFormActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="form__actions">
      <Button type="submit" variant="primary" busy={form.saving} disabled={form.conflict}>
        {form.saving ? t("common.saving") : submitLabel}
      </Button>
      <Button variant="ghost" onClick={onCancel}>
        {t("common.cancel")}
      </Button>
      {children}
    </div>
  );
}
