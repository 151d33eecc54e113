// Label, control, hint and error text under it, wired with ids for screen readers.
import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

export type FieldError = string | string[] | null | undefined;

export function firstError(error: FieldError): string | null {
  if (!error) return null;
  return Array.isArray(error) ? (error[0] ?? null) : error;
}

type FieldProps = {
  label: ReactNode;
  hint?: ReactNode;
  error?: FieldError;
  required?: boolean;
  /** Extra text under the control (e.g. the other user's value after a conflict). */
  note?: ReactNode;
  className?: string;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
};

export function Field({ label, hint, error, required, note, className, children }: FieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const message = firstError(error);
  const hintId = hint ? `${id}-hint` : null;
  const errorId = message ? `${id}-error` : null;
  const noteId = note ? `${id}-note` : null;
  const describedBy = [errorId, noteId, hintId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={["field", message ? "field--invalid" : "", className ?? ""].filter(Boolean).join(" ")}>
      <label className="field__label" htmlFor={id}>
        {label}
        {required && (
          <span className="field__required" title={t("common.required")}>
            {" "}
            *<span className="visually-hidden">{t("common.required")}</span>
          </span>
        )}
      </label>
      {children({ id, describedBy, invalid: Boolean(message) })}
      {message && (
        <p className="field__error" id={errorId ?? undefined}>
          <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
            <circle cx="8" cy="8" r="7" fill="currentColor" />
            <path d="M8 4v5M8 11v1" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
          </svg>
          {message}
        </p>
      )}
      {note && (
        <p className="field__note" id={noteId ?? undefined}>
          {note}
        </p>
      )}
      {hint && (
        <p className="field__hint" id={hintId ?? undefined}>
          {hint}
        </p>
      )}
    </div>
  );
}
