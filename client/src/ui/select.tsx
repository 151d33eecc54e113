import type { ReactNode, SelectHTMLAttributes } from "react";
import { Field, type FieldError } from "./field.tsx";

export type SelectOption = { value: string; label: string; disabled?: boolean };
export type SelectGroup = { label: string; options: SelectOption[] };

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "className"> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: FieldError;
  note?: ReactNode;
  className?: string;
  options?: SelectOption[];
  groups?: SelectGroup[];
  /** A first option with an empty value ("— none —", "All"). */
  placeholder?: string;
};

export function Select({ label, hint, error, note, className, required, options = [], groups = [], placeholder, ...select }: SelectProps) {
  return (
    <Field label={label} hint={hint} error={error} note={note} required={required} className={className}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          className="input select"
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          aria-required={required || undefined}
          {...select}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value} disabled={o.disabled}>
              {o.label}
            </option>
          ))}
          {groups.map((g) =>
            g.options.length ? (
              <optgroup key={g.label} label={g.label}>
                {g.options.map((o) => (
                  <option key={o.value} value={o.value} disabled={o.disabled}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            ) : null,
          )}
        </select>
      )}
    </Field>
  );
}
