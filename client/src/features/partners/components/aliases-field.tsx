// «Другие названия» on the partner form: the names as chips with a remove button, and a
// text box with «Добавить» (Enter adds too, and never submits the form; pasted lines
// become one name each).
import { useRef, useState, type ClipboardEvent, type KeyboardEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Field, type FieldError } from "../../../ui/field.tsx";
import { Button } from "../../../ui/button.tsx";
import "../../../ui/entity-picker.css";
import "../aliases-field.css";
import "../texts.ts";

/** The schema's limit (shared/src/partner.ts). */
export const maxAliases = 30;
const maxAliasLength = 200;

const normal = (name: string) => name.trim().toLocaleLowerCase("ru").replaceAll("ё", "е");

/** `aliases` with the names of `text` (one a line) added, skipping empty ones and repeats. */
export function withAliases(aliases: string[], text: string): { next: string[]; repeated: string | null } {
  const next = [...aliases];
  let repeated: string | null = null;
  for (const line of text.split(/\r?\n/)) {
    const name = line.trim().replace(/\s+/g, " ");
    if (!name) continue;
    if (next.some((a) => normal(a) === normal(name))) repeated = name;
    else next.push(name);
  }
  return { next, repeated };
}

type AliasesFieldProps = {
  aliases: string[];
  onChange: (next: string[]) => void;
  /** The name being typed (the form adds it on submit if «Добавить» was not pressed). */
  text: string;
  onTextChange: (text: string) => void;
  error?: FieldError;
  note?: ReactNode;
};

export function AliasesField({ aliases, onChange, text, onTextChange, error, note }: AliasesFieldProps): ReactNode {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const full = aliases.length >= maxAliases;

  function add(raw: string) {
    const { next, repeated } = withAliases(aliases, raw);
    const kept = next.slice(0, maxAliases);
    if (kept.length !== aliases.length) onChange(kept);
    onTextChange("");
    setNotice(
      next.length > maxAliases || (full && raw.trim())
        ? t("partnerForm.aliasesFull", { max: maxAliases })
        : repeated
          ? t("partnerForm.aliasDuplicate", { name: repeated })
          : null,
    );
    input.current?.focus();
  }

  function remove(index: number) {
    onChange(aliases.filter((_, i) => i !== index));
    setNotice(null);
    // Focus moves to the next name's remove button, or back to the text box.
    requestAnimationFrame(() => {
      const buttons = list.current?.querySelectorAll<HTMLButtonElement>("button");
      const next = buttons?.[Math.min(index, buttons.length - 1)];
      (next ?? input.current)?.focus();
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== "Enter" || event.nativeEvent.isComposing) return;
    event.preventDefault();
    if (text.trim()) add(text);
  }

  function onPaste(event: ClipboardEvent<HTMLInputElement>) {
    const pasted = event.clipboardData.getData("text");
    if (!/\n/.test(pasted.trim())) return;
    event.preventDefault();
    add(`${text}\n${pasted}`);
  }

  return (
    <Field label={t("partner.fields.aliases")} hint={t("partnerForm.aliasesHint")} error={error ?? notice} note={note} className="aliases-field">
      {({ id, describedBy, invalid }) => (
        <div className="entity-picker__box">
          {aliases.length > 0 && (
            <ul ref={list} className="entity-picker__chips" aria-label={t("partnerForm.aliasesList")}>
              {aliases.map((name, index) => (
                <li key={`${index}-${name}`} className="entity-picker__chip">
                  <span>{name}</span>
                  <button type="button" className="entity-picker__remove" aria-label={t("partnerForm.aliasRemove", { name })} onClick={() => remove(index)}>
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div className="aliases-field__add">
            <input
              ref={input}
              id={id}
              name="aliases"
              className="input"
              type="text"
              autoComplete="off"
              maxLength={maxAliasLength}
              placeholder={t("partnerForm.aliasInput")}
              aria-invalid={invalid || undefined}
              aria-describedby={describedBy}
              value={text}
              disabled={full && !text}
              onChange={(e) => {
                onTextChange(e.target.value);
                if (notice) setNotice(null);
              }}
              onKeyDown={onKeyDown}
              onPaste={onPaste}
            />
            <Button onClick={() => add(text)} disabled={!text.trim() || full}>
              {t("partnerForm.aliasAdd")}
            </Button>
          </div>
        </div>
      )}
    </Field>
  );
}
