// Who answers for a follow-up: a type-ahead over the active colleagues (user.directory),
// "not assigned" first. The box shows the chosen name; typing filters by name or role,
// ↑/↓ and Enter pick (the shared combobox), Escape or leaving the box keeps the choice.
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { TRole } from "@atlas/shared/enums";
import { useCombobox } from "../../../ui/combobox.tsx";
import "../../../ui/entity-picker.css";

export type OwnerOption = { id: string; name: string; role?: TRole };

type Props = {
  id: string;
  value: string;
  onChange: (ownerId: string) => void;
  owners: OwnerOption[];
  invalid?: boolean;
};

const NOBODY = "";

export function OwnerPicker({ id, value, onChange, owners, invalid }: Props): ReactNode {
  const { t } = useTranslation();
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const label = (o: OwnerOption) => (o.id === NOBODY ? t("meetings.form.followUp.noOwner") : o.name);
  const roleOf = (o: OwnerOption) => (o.role ? t(`enums.role.${o.role}`) : "");
  const typed = (text ?? "").trim().toLocaleLowerCase("ru");
  const everyone: OwnerOption[] = [{ id: NOBODY, name: "" }, ...owners];
  const items = typed ? owners.filter((o) => `${o.name} ${roleOf(o)}`.toLocaleLowerCase("ru").includes(typed)) : everyone;
  const chosen = everyone.find((o) => o.id === value);

  const pick = (owner: OwnerOption) => {
    onChange(owner.id);
    setText(null);
    setOpen(false);
  };
  const combobox = useCombobox({ items, getKey: (o) => o.id || "nobody", open, setOpen, onPick: pick });

  return (
    <div className="entity-picker__control">
      <input
        id={id}
        className="input"
        type="text"
        {...combobox.inputProps}
        aria-invalid={invalid || undefined}
        placeholder={t("meetings.form.followUp.noOwner")}
        value={text ?? (chosen && chosen.id !== NOBODY ? label(chosen) : "")}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onClick={() => setOpen(true)}
        onBlur={() => {
          setText(null);
          setOpen(false);
        }}
      />
      {open && (
        <ul {...combobox.listboxProps} className="entity-picker__list">
          {items.map((o, index) => (
            <li
              key={o.id || "nobody"}
              {...combobox.optionProps(index)}
              className={`entity-picker__option${index === combobox.activeIndex ? " entity-picker__option--active" : ""}`}
            >
              <span className="entity-picker__label">{label(o)}</span>
              {o.role && <span className="entity-picker__description">{roleOf(o)}</span>}
            </li>
          ))}
          {items.length === 0 && (
            <li className="entity-picker__status" role="presentation">
              {t("meetings.form.picker.noMatches")}
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
