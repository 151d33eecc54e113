// A type-ahead over partner.list (the ARIA combobox pattern): type a few letters, move
// with ↑/↓, Enter or a click picks, Escape closes. The list is searched on the server,
// so it works with any number of partners.
import { useEffect, useRef, useState, type ReactNode } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { trpc } from "../lib/trpc.ts";
import { useDebounced } from "../lib/use-debounced.ts";
import { useCombobox } from "./combobox.tsx";
import { Field, type FieldError } from "./field.tsx";
import { Spinner } from "./spinner.tsx";
import "./partner-picker.css";

export type PickedPartner = { id: string; name: string };

type PartnerPickerProps = {
  label: ReactNode;
  value: PickedPartner | null;
  onChange: (partner: PickedPartner | null) => void;
  error?: FieldError;
  hint?: ReactNode;
  note?: ReactNode;
  required?: boolean;
  className?: string;
  name?: string;
  placeholder?: string;
  /** Partners not offered (e.g. those already picked). */
  exclude?: readonly string[];
  /** Keep the box empty after a pick (adding to a list of partners). */
  clearOnPick?: boolean;
};

export function PartnerPicker({
  label,
  value,
  onChange,
  error,
  hint,
  note,
  required,
  className,
  name,
  placeholder,
  exclude = [],
  clearOnPick = false,
}: PartnerPickerProps): ReactNode {
  const { t } = useTranslation();
  const [text, setText] = useState(value?.name ?? "");
  const query = useDebounced(text.trim(), 200);
  const [open, setOpen] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  // A value set from outside (draft restored, reordered row) shows its name.
  // (Typing clears the value; that must not clear the typed text.)
  const valueId = value?.id;
  const valueName = value?.name;
  useEffect(() => {
    if (!clearOnPick && valueId !== undefined && valueName !== undefined) setText(valueName);
  }, [valueId, valueName, clearOnPick]);

  const results = useQuery(
    trpc.partner.list.queryOptions(
      { filter: query ? { q: query } : {}, sort: { field: "name", direction: "asc" }, limit: 12 },
      { enabled: open, staleTime: 30_000, placeholderData: keepPreviousData },
    ),
  );
  const options = (results.data?.items ?? []).filter((p) => !exclude.includes(p.id));
  // The shown options are for older text while the latest is still being looked up.
  const stale = query !== text.trim() || results.isPlaceholderData || results.isPending;

  function pick(partner: PickedPartner) {
    onChange({ id: partner.id, name: partner.name });
    setText(clearOnPick ? "" : partner.name);
    setOpen(false);
  }

  const combobox = useCombobox({ items: options, getKey: (p) => p.id, open, setOpen, onPick: pick, ready: !stale });

  return (
    <Field label={label} hint={hint} error={error} note={note} required={required} className={["partner-picker", className].filter(Boolean).join(" ")}>
      {({ id, describedBy, invalid }) => (
        <div
          className="partner-picker__box"
          onBlur={(event) => {
            if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
            setOpen(false);
            // Text that was not picked from the list is not a partner: show the chosen one again.
            setText(clearOnPick ? "" : (value?.name ?? ""));
          }}
        >
          <input
            ref={inputRef}
            id={id}
            name={name}
            className="input"
            {...combobox.inputProps}
            spellCheck={false}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            aria-required={required || undefined}
            placeholder={placeholder ?? t("partnerPicker.placeholder")}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setOpen(true);
              if (value && !clearOnPick) onChange(null);
            }}
            onFocus={() => setOpen(true)}
            onClick={() => setOpen(true)}
          />
          {value && !clearOnPick && (
            <button
              type="button"
              className="partner-picker__clear"
              aria-label={t("partnerPicker.clear", { name: value.name })}
              onClick={() => {
                onChange(null);
                setText("");
                inputRef.current?.focus();
              }}
            >
              <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
                <path d="m4 4 8 8M12 4l-8 8" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
              </svg>
            </button>
          )}
          {open && (
            <ul {...combobox.listboxProps} className="partner-picker__list" aria-label={t("partnerPicker.results")} aria-busy={stale || undefined}>
              {results.isPending ? (
                <li className="partner-picker__status" role="presentation">
                  <Spinner size="sm" /> {t("common.loading")}
                </li>
              ) : results.isError ? (
                <li className="partner-picker__status" role="presentation">
                  {t("errors.load")}
                </li>
              ) : options.length === 0 ? (
                <li className="partner-picker__status" role="presentation">
                  {t("partnerPicker.nothing")}
                </li>
              ) : (
                options.map((p, i) => (
                  <li
                    key={p.id}
                    {...combobox.optionProps(i)}
                    className={`partner-picker__option${i === combobox.activeIndex ? " partner-picker__option--active" : ""}`}
                  >
                    <span>{p.name}</span>
                    <span className="partner-picker__level">{t(`enums.partnerLevel.${p.level}`)}</span>
                  </li>
                ))
              )}
            </ul>
          )}
        </div>
      )}
    </Field>
  );
}
