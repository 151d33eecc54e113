// A type-ahead multi-select on the ARIA combobox pattern (WAI-ARIA APG "combobox with
// listbox popup"): focus stays in the text box, the arrow keys move through the
// options (aria-activedescendant), Enter picks, Escape closes, Backspace in an empty
// box removes the last pick. The first match is active as soon as options appear, so
// "type a few letters, Enter" picks it. Options come from a hook the caller passes
// (a server search or a filtered local list); an optional last option creates a new
// record from the typed text.
import { useEffect, useEffectEvent, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useDebounced } from "../lib/use-debounced.ts";
import { Field, type FieldError } from "./field.tsx";
import { useCombobox } from "./combobox.tsx";
import { Spinner } from "./spinner.tsx";
import "./entity-picker.css";

export type EntityOption = { id: string; label: string; description?: string | null };

export type OptionsResult = { options: EntityOption[]; loading: boolean; failed: boolean };

type EntityPickerProps = {
  label: ReactNode;
  hint?: ReactNode;
  error?: FieldError;
  note?: ReactNode;
  required?: boolean;
  className?: string;
  name?: string;
  placeholder?: string;
  selected: EntityOption[];
  onChange: (next: EntityOption[]) => void;
  /** Options for the typed text; called on every render with the debounced text. */
  useOptions: (query: string) => OptionsResult;
  /** Show the options as soon as the box gets focus (short local lists). */
  openOnFocus?: boolean;
  /** Picks are shown by the caller (e.g. as rows with more fields), not as chips. */
  hideSelected?: boolean;
  /** "Add new «…»" as the last option; called with the typed text. */
  onCreate?: (text: string) => void;
  createLabel?: (text: string) => string;
  debounceMs?: number;
  inputRef?: (el: HTMLInputElement | null) => void;
};

const CREATE = "__create__";

export function EntityPicker({
  label,
  hint,
  error,
  note,
  required,
  className,
  name,
  placeholder,
  selected,
  onChange,
  useOptions,
  openOnFocus = false,
  hideSelected = false,
  onCreate,
  createLabel,
  debounceMs = 150,
  inputRef,
}: EntityPickerProps): ReactNode {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const typed = text.trim();
  // Enter and a pick need the options for the text as it is now, not after the pause in typing.
  const [flushed, setFlushed] = useState<string | null>(null);
  const debounced = useDebounced(typed, debounceMs);
  const query = flushed === typed ? flushed : debounced;
  const [open, setOpen] = useState(false);
  const ownInput = useRef<HTMLInputElement | null>(null);
  // An Enter pressed before the options for the typed text arrived: the text it was pressed on.
  // The first match for that text is picked as soon as it comes; typing on cancels it.
  const pendingEnter = useRef<string | null>(null);

  const result = useOptions(query);
  const chosen = new Set(selected.map((s) => s.id));
  const options = result.options.filter((o) => !chosen.has(o.id));
  const canCreate = Boolean(onCreate && typed);
  const items: EntityOption[] = canCreate ? [...options, { id: CREATE, label: createLabel?.(typed) ?? typed }] : options;
  // While the debounced text catches up, the old options would be picked by a fast Enter: wait for them.
  const settling = typed !== query || result.loading;
  const visible = open && (typed !== "" || openOnFocus);
  const signature = items.map((i) => i.id).join(",");

  const pick = (option: EntityOption) => {
    setText("");
    setFlushed("");
    if (option.id === CREATE) {
      onCreate?.(typed);
      setOpen(false);
      return;
    }
    onChange([...selected, option]);
    setOpen(openOnFocus);
    ownInput.current?.focus();
  };

  const remove = (id: string) => onChange(selected.filter((s) => s.id !== id));

  const combobox = useCombobox({
    items,
    getKey: (item) => item.id,
    open: visible,
    setOpen,
    onPick: pick,
    ready: !settling,
    onEnterWithoutPick: (event) => {
      // Enter never submits the surrounding form from here.
      event.preventDefault();
      if (visible && !settling) return;
      if (!visible) setOpen(true);
      if (typed) {
        pendingEnter.current = typed;
        // No need to wait for the pause in typing: the user has finished.
        setFlushed(typed);
      }
    },
    onOtherKey: (event) => {
      if (event.key === "Backspace" && text === "" && selected.length && !hideSelected) remove(selected[selected.length - 1]!.id);
    },
  });

  // An Enter that waited for the options acts once they settle or change, with the state of that moment.
  const pickAfterEnter = useEffectEvent(() => {
    if (pendingEnter.current === null || settling) return;
    const wanted = pendingEnter.current;
    pendingEnter.current = null;
    const option = items[0];
    if (option && visible && wanted === typed) pick(option);
  });
  useEffect(() => pickAfterEnter(), [settling, signature]);

  return (
    <Field label={label} hint={hint} error={error} note={note} required={required} className={["entity-picker", className ?? ""].join(" ")}>
      {({ id, describedBy, invalid }) => (
        <div className="entity-picker__box">
          {!hideSelected && selected.length > 0 && (
            <ul className="entity-picker__chips" aria-label={t("meetings.form.picker.selected")}>
              {selected.map((s) => (
                <li key={s.id} className="entity-picker__chip">
                  <span>{s.label}</span>
                  <button
                    type="button"
                    tabIndex={-1}
                    className="entity-picker__remove"
                    aria-label={t("meetings.form.picker.remove", { name: s.label })}
                    onClick={() => remove(s.id)}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div className="entity-picker__control">
            <input
              id={id}
              ref={(el) => {
                ownInput.current = el;
                inputRef?.(el);
              }}
              name={name}
              className="input"
              type="text"
              {...combobox.inputProps}
              aria-invalid={invalid || undefined}
              aria-describedby={describedBy}
              aria-required={required || undefined}
              placeholder={placeholder}
              value={text}
              onChange={(e) => {
                if (pendingEnter.current !== null && e.target.value.trim() !== pendingEnter.current) pendingEnter.current = null;
                setText(e.target.value);
                setOpen(true);
              }}
              onFocus={() => openOnFocus && setOpen(true)}
              onBlur={() => {
                pendingEnter.current = null;
                setOpen(false);
              }}
            />
            {visible && (
              <ul {...combobox.listboxProps} className="entity-picker__list" aria-label={typeof label === "string" ? label : undefined}>
                {items.map((o, index) => (
                  <li
                    key={o.id}
                    {...combobox.optionProps(index)}
                    className={`entity-picker__option${index === combobox.activeIndex ? " entity-picker__option--active" : ""}${o.id === CREATE ? " entity-picker__option--create" : ""}`}
                  >
                    <span className="entity-picker__label">{o.label}</span>
                    {o.description && <span className="entity-picker__description">{o.description}</span>}
                  </li>
                ))}
                {items.length === 0 && (
                  <li className="entity-picker__status" role="presentation">
                    {result.loading || settling ? (
                      <Spinner size="sm" label={t("common.loading")} />
                    ) : result.failed ? (
                      t("errors.load")
                    ) : (
                      t("meetings.form.picker.noMatches")
                    )}
                  </li>
                )}
              </ul>
            )}
          </div>
          <p className="visually-hidden" aria-live="polite">
            {visible && !settling ? t("meetings.form.picker.count", { count: options.length }) : ""}
          </p>
        </div>
      )}
    </Field>
  );
}
