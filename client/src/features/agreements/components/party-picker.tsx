// The parties of an agreement: a type-ahead over partner.list on the ARIA combobox
// pattern (focus stays in the box, arrows move, Enter picks, Escape closes, Backspace
// in an empty box removes the last party). Picks show as removable chips.
import { useState, type ReactNode } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { trpc } from "../../../lib/trpc.ts";
import { useDebounced } from "../../../lib/use-debounced.ts";
import { useCombobox } from "../../../ui/combobox.tsx";
import { Field, type FieldError } from "../../../ui/field.tsx";
import { Spinner } from "../../../ui/spinner.tsx";
import type { Party } from "../hooks/agreement-form-values.ts";

type PartyPickerProps = {
  label: ReactNode;
  hint?: ReactNode;
  error?: FieldError;
  note?: ReactNode;
  required?: boolean;
  name?: string;
  selected: Party[];
  onChange: (next: Party[]) => void;
};

export function PartyPicker({ label, hint, error, note, required, name, selected, onChange }: PartyPickerProps): ReactNode {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const query = useDebounced(text.trim(), 200);
  const [open, setOpen] = useState(false);

  const search = useQuery(
    trpc.partner.list.queryOptions(
      { filter: { q: query }, sort: { field: "name", direction: "asc" }, limit: 20 },
      { enabled: open && query.length > 0, staleTime: 30_000, placeholderData: keepPreviousData },
    ),
  );
  const chosen = new Set(selected.map((s) => s.id));
  const options = (query ? (search.data?.items ?? []) : []).filter((p) => !chosen.has(p.id));
  const settling = text.trim() !== query || search.isFetching;
  const visible = open && text.trim() !== "";

  const pick = (p: { id: string; name: string }) => {
    onChange([...selected, { id: p.id, name: p.name }]);
    setText("");
  };

  const combobox = useCombobox({
    items: options,
    getKey: (o) => o.id,
    open: visible,
    setOpen,
    onPick: pick,
    ready: !settling,
    // Enter in this box never submits the form, even with nothing to pick.
    onEnterWithoutPick: (event) => event.preventDefault(),
    onOtherKey: (event) => {
      if (event.key === "Backspace" && text === "" && selected.length) onChange(selected.slice(0, -1));
    },
  });

  return (
    <Field label={label} hint={hint} error={error} note={note} required={required} className="party-picker">
      {({ id, describedBy, invalid }) => (
        <div className="party-picker__box">
          {selected.length > 0 && (
            <ul className="party-picker__chips" aria-label={t("agreements.form.picker.selected")}>
              {selected.map((s) => (
                <li key={s.id} className="party-picker__chip">
                  <span>{s.name}</span>
                  <button
                    type="button"
                    className="party-picker__remove"
                    aria-label={t("agreements.form.picker.remove", { name: s.name })}
                    onClick={() => onChange(selected.filter((x) => x.id !== s.id))}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div className="party-picker__control">
            <input
              id={id}
              name={name}
              className="input"
              type="text"
              {...combobox.inputProps}
              aria-invalid={invalid || undefined}
              aria-describedby={describedBy}
              aria-required={required || undefined}
              placeholder={t("agreements.form.picker.placeholder")}
              value={text}
              onChange={(e) => {
                setText(e.target.value);
                setOpen(true);
              }}
              onBlur={() => setOpen(false)}
            />
            {visible && (
              <ul {...combobox.listboxProps} className="party-picker__list" aria-label={typeof label === "string" ? label : undefined}>
                {options.map((o, index) => (
                  <li
                    key={o.id}
                    {...combobox.optionProps(index)}
                    className={`party-picker__option${index === combobox.activeIndex ? " party-picker__option--active" : ""}`}
                  >
                    <span>{o.name}</span>
                    <span className="party-picker__level">
                      {t(`enums.partnerLevel.${o.level}`)}
                      {o.parent ? ` · ${o.parent.name}` : ""}
                    </span>
                  </li>
                ))}
                {options.length === 0 && (
                  <li className="party-picker__status" role="presentation">
                    {settling ? <Spinner size="sm" label={t("common.loading")} /> : search.isError ? t("errors.load") : t("agreements.form.picker.noMatches")}
                  </li>
                )}
              </ul>
            )}
          </div>
          <p className="visually-hidden" aria-live="polite">
            {visible && !settling ? t("agreements.form.picker.count", { count: options.length }) : ""}
          </p>
        </div>
      )}
    </Field>
  );
}
