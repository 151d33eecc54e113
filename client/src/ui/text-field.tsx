import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";
import { Field, type FieldError } from "./field.tsx";

type Common = { label: ReactNode; hint?: ReactNode; error?: FieldError; note?: ReactNode; className?: string };

type TextFieldProps = Common & Omit<InputHTMLAttributes<HTMLInputElement>, "className"> & { trailing?: ReactNode };

export function TextField({ label, hint, error, note, className, required, trailing, ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} note={note} required={required} className={className}>
      {({ id, describedBy, invalid }) => (
        <div className={trailing ? "input-group" : undefined}>
          <input
            id={id}
            className="input"
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            aria-required={required || undefined}
            {...input}
          />
          {trailing}
        </div>
      )}
    </Field>
  );
}

type TextAreaProps = Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "className">;

export function TextArea({ label, hint, error, note, className, required, ...textarea }: TextAreaProps) {
  return (
    <Field label={label} hint={hint} error={error} note={note} required={required} className={className}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          className="input input--multiline"
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          aria-required={required || undefined}
          rows={4}
          {...textarea}
        />
      )}
    </Field>
  );
}
