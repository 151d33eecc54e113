// A dialog that is one form: the fields in the body, «Отмена» and the submit button in
// the footer. The footer sits outside the <form>, so the submit button names the form
// by id; while the form is saved, cancel and close wait for it.
import type { FormEvent, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../dialog.tsx";
import { Button } from "../button.tsx";

type FormDialogProps = {
  open?: boolean;
  title: ReactNode;
  size?: "sm" | "md";
  /** The form's id: the footer's submit button points at it. */
  formId: string;
  /** The form element's class ("form" for a column of fields, "stack" for looser content). */
  formClassName: string;
  submitLabel: string;
  busy: boolean;
  onSubmit: (event: FormEvent) => void;
  onClose: () => void;
  children: ReactNode;
};

export function FormDialog({ open = true, title, size, formId, formClassName, submitLabel, busy, onSubmit, onClose, children }: FormDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      size={size}
      title={title}
      onClose={onClose}
      busy={busy}
      footer={
        <>
          <Button onClick={onClose} disabled={busy}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" form={formId} variant="primary" busy={busy}>
            {submitLabel}
          </Button>
        </>
      }
    >
      <form id={formId} className={formClassName} onSubmit={onSubmit} noValidate>
        {children}
      </form>
    </Dialog>
  );
}
