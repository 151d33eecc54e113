// A calendar-day field that shows and accepts дд.мм.гггг whatever the browser's language
// (the native date input follows the browser: mm/dd/yyyy in an English Chromium, which
// is how 12.11.2024 turns into 11 December). The form's value is a CalendarDay
// ("2024-11-12"), null when empty, or — while what is typed is not a day — the typed
// text itself, so the form's schema refuses it and nothing is guessed.
import { useEffect, useState, type InputHTMLAttributes, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatTypedDay, isCalendarDay, parseTypedDay, type CalendarDay } from "@atlas/shared/calendar-day";
import { Field, type FieldError } from "./field.tsx";

type DayFieldProps = {
  label: ReactNode;
  /** Absent: the format example; null: none (rows of a table, where the placeholder says it). */
  hint?: ReactNode;
  error?: FieldError;
  note?: ReactNode;
  className?: string;
  required?: boolean;
  /** A day, null/"" for none, or unparsed text the user is still typing. */
  value: CalendarDay | string | null | undefined;
  onChange: (value: CalendarDay | string | null) => void;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "className" | "value" | "onChange" | "type">;

/** What the input shows for a form value. */
const shown = (value: string | null | undefined) => (value ? (isCalendarDay(value) ? formatTypedDay(value) : value) : "");

export function DayField({ label, hint, error, note, className, required, value, onChange, onBlur, ...input }: DayFieldProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => shown(value));
  const [touched, setTouched] = useState(false);
  // A value set from outside (a loaded record, a draft, "today") replaces the text.
  useEffect(() => {
    setText((current) => (parseTypedDay(current) === value || (!value && current === "") ? current : shown(value)));
  }, [value]);
  const unreadable = text.trim() !== "" && parseTypedDay(text) === null;
  const ownError = touched && unreadable ? t("dayField.invalid") : null;
  return (
    <Field label={label} hint={hint === undefined ? t("dayField.hint") : hint} error={ownError ?? error} note={note} required={required} className={className}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          className="input input--day"
          inputMode="numeric"
          autoComplete="off"
          placeholder={t("dayField.placeholder")}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          aria-required={required || undefined}
          maxLength={10}
          {...input}
          value={text}
          onChange={(e) => {
            const next = e.target.value;
            setText(next);
            const day = parseTypedDay(next);
            onChange(next.trim() === "" ? null : (day ?? next));
          }}
          onBlur={(e) => {
            setTouched(true);
            const day = parseTypedDay(text);
            if (day) setText(formatTypedDay(day));
            onBlur?.(e);
          }}
        />
      )}
    </Field>
  );
}
