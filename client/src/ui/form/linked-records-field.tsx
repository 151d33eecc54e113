// A form field that links records of the register (the people at a meeting, the
// agreements named at it): a type-ahead to pick them, then one row each with its name and
// description, its messages, a control of the row's own (a role, how the agreement
// figured) and a button that takes it off the list and puts the focus back in the picker.
import { useRef, type ReactNode, type RefObject } from "react";
import { useTranslation } from "react-i18next";
import type { FieldError } from "../field.tsx";
import { Button } from "../button.tsx";
import { EntityPicker, type EntityOption, type OptionsResult } from "../entity-picker.tsx";

/** Every linked record is shown by its name and a line about it (post and organisation, stage and parties). */
type LinkedRow = { label: string; description: string };

type LinkedRecordsFieldProps<Row extends LinkedRow> = {
  label: string;
  hint: string;
  /** The field's name in the form's messages. */
  name: string;
  placeholder: string;
  error?: FieldError;
  note?: ReactNode;
  useOptions: (query: string) => OptionsResult;
  /** «Add new …» in the picker, for records that can be made on the spot. */
  onCreate?: (text: string) => void;
  createLabel?: (text: string) => string;
  /** The picker's text box, for a caller that moves the focus back to it itself. */
  pickerInput?: RefObject<HTMLInputElement | null>;
  value: Row[];
  onChange: (next: Row[]) => void;
  /** A row for a record just picked. */
  rowFor: (picked: EntityOption) => Row;
  rowId: (row: Row) => string;
  rowError: (index: number) => string[] | undefined;
  /** The list's accessible name. */
  listLabel: string;
  /** The row's own control, with its label. */
  rowControl: (row: Row, index: number) => ReactNode;
  /** Shown between the picker and the rows (e.g. the panel that makes a new record). */
  children?: ReactNode;
};

export function LinkedRecordsField<Row extends LinkedRow>(props: LinkedRecordsFieldProps<Row>): ReactNode {
  const { t } = useTranslation();
  const { value, onChange, rowId, rowError, rowControl } = props;
  const ownInput = useRef<HTMLInputElement | null>(null);
  const pickerInput = props.pickerInput ?? ownInput;
  const remove = (row: Row) => {
    onChange(value.filter((other) => rowId(other) !== rowId(row)));
    pickerInput.current?.focus();
  };

  return (
    <div className="participants form-grid__full">
      <EntityPicker
        label={props.label}
        hint={props.hint}
        name={props.name}
        error={props.error}
        note={props.note}
        placeholder={props.placeholder}
        selected={value.map((row) => ({ id: rowId(row), label: row.label }))}
        onChange={(next) => {
          // The picker hides what is picked, so a change either adds one record or drops some.
          const added = next.find((o) => !value.some((row) => rowId(row) === o.id));
          if (added) onChange([...value, props.rowFor(added)]);
          else onChange(value.filter((row) => next.some((o) => o.id === rowId(row))));
        }}
        useOptions={props.useOptions}
        hideSelected
        onCreate={props.onCreate}
        createLabel={props.createLabel}
        inputRef={(el) => {
          pickerInput.current = el;
        }}
      />
      {props.children}
      {value.length > 0 && (
        <ul className="participant-rows" aria-label={props.listLabel}>
          {value.map((row, index) => (
            <li key={rowId(row)} className="participant-rows__row">
              <div className="participant-rows__who">
                <span className="participant-rows__name">{row.label}</span>
                {row.description && <span className="participant-rows__meta">{row.description}</span>}
                {rowError(index)?.map((m) => (
                  <span key={m} className="field__error">
                    {m}
                  </span>
                ))}
              </div>
              {rowControl(row, index)}
              <Button size="sm" variant="ghost" aria-label={t("meetings.form.picker.remove", { name: row.label })} onClick={() => remove(row)}>
                ×
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
