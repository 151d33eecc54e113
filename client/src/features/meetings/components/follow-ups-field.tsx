// Follow-up tasks written with the meeting: one row each (what, who, by when). Enter
// in a task's text adds the next row; Backspace in an empty one removes it.
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../../ui/button.tsx";
import { Icon } from "../../../ui/icons.tsx";
import { DayField } from "../../../ui/day-field.tsx";
import { newFollowUp, type FollowUpValue } from "../hooks/meeting-form-values.ts";
import { OwnerPicker, type OwnerOption } from "./owner-picker.tsx";

type Props = {
  value: FollowUpValue[];
  onChange: (next: FollowUpValue[]) => void;
  /** Raw messages by path ("followUps.1.title"). */
  errors: Record<string, string[]>;
  /** Who a task may be given to: the active colleagues, the signed-in user first. */
  owners: OwnerOption[];
  defaultOwnerId: string;
  legend: string;
};

export function FollowUpsField({ value, onChange, errors, owners, defaultOwnerId, legend }: Props): ReactNode {
  const { t } = useTranslation();
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const focusKey = useRef<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!focusKey.current) return;
    inputs.current.get(focusKey.current)?.focus();
    focusKey.current = null;
  });

  const addRow = (after?: number) => {
    const row = newFollowUp(defaultOwnerId);
    const next = [...value];
    next.splice(after === undefined ? next.length : after + 1, 0, row);
    focusKey.current = row.key;
    onChange(next);
  };
  const removeRow = (index: number) => {
    const next = value.filter((_, i) => i !== index);
    const neighbour = next[index - 1] ?? next[index];
    if (neighbour) focusKey.current = neighbour.key;
    else requestAnimationFrame(() => addButton.current?.focus());
    onChange(next);
  };
  const update = (index: number, patch: Partial<FollowUpValue>) => onChange(value.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  const onTitleKey = (event: KeyboardEvent<HTMLInputElement>, index: number) => {
    if (event.key === "Enter" && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      addRow(index);
    } else if (event.key === "Backspace" && event.currentTarget.value === "" && !value[index]?.dueDate) {
      event.preventDefault();
      removeRow(index);
    }
  };

  const messages = (index: number, field: string) => errors[`followUps.${index}.${field}`];
  const general = errors.followUps;

  return (
    <fieldset className="follow-ups form-grid__full">
      <legend className="field__label">{legend}</legend>
      {value.length > 0 && (
        <ol className="follow-ups__rows">
          {value.map((row, index) => {
            const titleError = messages(index, "title");
            const dueError = messages(index, "dueDate");
            const ownerError = messages(index, "ownerId");
            const n = index + 1;
            return (
              <li key={row.key} className="follow-ups__row">
                <div className="follow-ups__cell follow-ups__cell--title">
                  <label className="follow-ups__label" htmlFor={`fu-${row.key}-title`}>
                    {t("meetings.form.followUp.title", { n })}
                  </label>
                  <input
                    id={`fu-${row.key}-title`}
                    ref={(el) => {
                      if (el) inputs.current.set(row.key, el);
                      else inputs.current.delete(row.key);
                    }}
                    className="input"
                    value={row.title}
                    maxLength={500}
                    placeholder={t("meetings.form.followUp.titlePlaceholder")}
                    aria-invalid={titleError ? true : undefined}
                    aria-describedby={titleError ? `fu-${row.key}-title-error` : undefined}
                    onChange={(e) => update(index, { title: e.target.value })}
                    onKeyDown={(e) => onTitleKey(e, index)}
                  />
                  {titleError && (
                    <p className="field__error" id={`fu-${row.key}-title-error`}>
                      {titleError[0]}
                    </p>
                  )}
                </div>
                <div className="follow-ups__cell">
                  <label className="follow-ups__label" htmlFor={`fu-${row.key}-owner`}>
                    {t("meetings.form.followUp.owner")}
                  </label>
                  <OwnerPicker
                    id={`fu-${row.key}-owner`}
                    value={row.ownerId}
                    owners={owners}
                    invalid={Boolean(ownerError)}
                    onChange={(ownerId) => update(index, { ownerId })}
                  />
                  {ownerError && <p className="field__error">{ownerError[0]}</p>}
                </div>
                <DayField
                  className="follow-ups__cell follow-ups__cell--due"
                  label={<span className="follow-ups__label">{t("meetings.form.followUp.dueDate")}</span>}
                  hint={null}
                  name={`followUps.${index}.dueDate`}
                  value={row.dueDate}
                  onChange={(day) => update(index, { dueDate: day ?? "" })}
                  error={dueError}
                />
                <div className="follow-ups__cell follow-ups__cell--remove">
                  <Button size="sm" variant="ghost" aria-label={t("meetings.form.followUp.remove", { n })} onClick={() => removeRow(index)}>
                    <Icon name="trash" size={16} />
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {general && <p className="field__error">{general[0]}</p>}
      <div className="follow-ups__footer">
        <button ref={addButton} type="button" className="btn btn--secondary btn--sm" onClick={() => addRow()}>
          <Icon name="plus" size={16} />
          <span>{t("meetings.form.followUp.add")}</span>
        </button>
        <span className="field__hint">{t("meetings.form.followUp.keys")}</span>
      </div>
    </fieldset>
  );
}
