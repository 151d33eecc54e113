// A multiple choice shown as toggle chips (sectors of an event or an agreement): each
// chip is a button that is pressed while its value is chosen.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { firstError, type FieldError } from "../field.tsx";

type ChipChoicesProps = {
  label: ReactNode;
  options: ReadonlyArray<{ value: string; label: string }>;
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  className: string;
  error?: FieldError;
  note?: ReactNode;
  /** The options could not be loaded: say so instead of showing no chips. */
  loadFailed?: boolean;
};

export function ChipChoices({ label, options, selected, onChange, className, error, note, loadFailed = false }: ChipChoicesProps) {
  const { t } = useTranslation();
  const message = firstError(error);
  return (
    <fieldset className={className}>
      <legend className="field__label">{label}</legend>
      {loadFailed ? (
        <p className="field__error">{t("errors.load")}</p>
      ) : (
        <div className="chips__list">
          {options.map((option) => {
            const on = selected.includes(option.value);
            return (
              <button
                key={option.value}
                type="button"
                className="chip"
                aria-pressed={on}
                onClick={() => onChange(on ? selected.filter((x) => x !== option.value) : [...selected, option.value])}
              >
                {option.label}
              </button>
            );
          })}
        </div>
      )}
      {message && <p className="field__error">{message}</p>}
      {note && <p className="field__note">{note}</p>}
    </fieldset>
  );
}
