// A select for a field that holds a vocabulary value (a kind of meeting, event,
// agreement or partner). It offers the live values and the one the record holds;
// editors can add a value right there («Добавить…»): a small inline form (not a
// nested <form>: it sits inside the record's form) that calls vocabulary.add and
// selects what comes back, saying so when the value existed already.
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ZAddTermInput, type TVocabularyName, type TVocabularyTerm } from "@atlas/shared/vocabulary";
import { trpc } from "../lib/trpc.ts";
import { useHasRole } from "../lib/session.ts";
import { isNetworkError, serverFieldErrors, errorText } from "../lib/errors.ts";
import { issueText } from "../lib/validation.ts";
import { rememberAddedTerm, useTermOptions, useVocabularies } from "../lib/vocabularies.ts";
import { Select } from "./select.tsx";
import { TextField } from "./text-field.tsx";
import { Checkbox } from "./checkbox.tsx";
import { Button } from "./button.tsx";
import type { FieldError } from "./field.tsx";
import "./vocabulary-select.css";
import { InlineFormActions } from "./form/inline-form-actions.tsx";

type VocabularySelectProps = {
  vocabulary: TVocabularyName;
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  /** A first empty option («—», «не указан»). */
  placeholder?: string;
  /** Values never offered here (e.g. TOUR in the plain event form: tours have their own form). */
  exclude?: readonly string[];
  hint?: ReactNode;
  error?: FieldError;
  note?: ReactNode;
  className?: string;
};

export function VocabularySelect({
  vocabulary,
  label,
  name,
  value,
  onChange,
  required,
  placeholder,
  exclude,
  hint,
  error,
  note,
  className,
}: VocabularySelectProps): ReactNode {
  const { t } = useTranslation();
  const canAdd = useHasRole("EDITOR");
  const vocabularies = useVocabularies();
  const options = useTermOptions(vocabulary, [value], exclude);
  const [adding, setAdding] = useState(false);
  const [said, setSaid] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  // Back to the select once the inline form closes, so the keyboard goes on from the field.
  const refocus = () => setTimeout(() => box.current?.querySelector("select")?.focus(), 0);
  const loadError = vocabularies.isError ? t("vocabulary.loadFailed") : null;

  return (
    <div ref={box} className={["vocabulary-select", className ?? ""].filter(Boolean).join(" ")}>
      <Select
        label={label}
        name={name}
        required={required}
        placeholder={placeholder ?? (value ? undefined : "—")}
        options={options.map((o) => ({ value: o.value, label: o.label }))}
        value={value}
        onChange={(e) => {
          setSaid(null);
          onChange(e.target.value);
        }}
        hint={said ?? hint}
        error={error ?? loadError}
        note={note}
        aria-busy={vocabularies.isPending || undefined}
      />
      {canAdd && !adding && (
        <Button size="sm" variant="ghost" className="vocabulary-select__add" onClick={() => setAdding(true)} aria-label={`${t("vocabulary.add")} (${label})`}>
          {t("vocabulary.add")}
        </Button>
      )}
      {canAdd && adding && (
        <AddTermForm
          vocabulary={vocabulary}
          fieldLabel={label}
          onCancel={() => {
            setAdding(false);
            refocus();
          }}
          onAdded={(term, existed) => {
            onChange(term.value);
            setAdding(false);
            refocus();
            setSaid(existed ? t("vocabulary.existed") : t("vocabulary.added", { name: term.name }));
          }}
        />
      )}
    </div>
  );
}

type AddTermFormProps = {
  vocabulary: TVocabularyName;
  /** The field the value is for, named in the form's title. */
  fieldLabel: string;
  /** Text to start with (typed into a picker before «Добавить»). */
  initialName?: string;
  onAdded: (term: TVocabularyTerm, existed: boolean) => void;
  onCancel: () => void;
};

/** The inline «new value» form; also used by pickers that add a value from typed text. */
export function AddTermForm({ vocabulary, fieldLabel, initialName = "", onAdded, onCancel }: AddTermFormProps): ReactNode {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const titleId = useId();
  const [name, setName] = useState(initialName);
  const [needsRegistration, setNeedsRegistration] = useState(true);
  const [errors, setErrors] = useState<{ name?: string; other?: string }>({});
  const add = useMutation(trpc.vocabulary.add.mutationOptions());

  async function submit() {
    const input = { vocabulary, name, ...(vocabulary === "agreementKind" ? { needsStateRegistration: needsRegistration } : {}) };
    const parsed = ZAddTermInput.safeParse(input);
    if (!parsed.success) {
      const first = parsed.error.issues.find((i) => i.path[0] === "name") ?? parsed.error.issues[0];
      setErrors({ name: first ? issueText(first) : t("errors.validation.fillIn") });
      return;
    }
    setErrors({});
    try {
      const result = await add.mutateAsync(parsed.data);
      await rememberAddedTerm(queryClient, vocabulary, result.term);
      onAdded(result.term, result.existed);
    } catch (error) {
      const fields = serverFieldErrors(error, "");
      const nameMessage = fields.name?.[0];
      const message = isNetworkError(error) ? t("errors.network") : errorText(error);
      setErrors(nameMessage ? { name: nameMessage } : { other: message });
    }
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "Escape") {
      event.stopPropagation();
      onCancel();
    }
    if (event.key === "Enter" && !(event.ctrlKey || event.metaKey) && (event.target as HTMLElement).tagName === "INPUT") {
      // Enter adds the value here; it must not reach the record's form.
      event.preventDefault();
      event.stopPropagation();
      void submit();
    }
  };

  return (
    <div className="vocabulary-add" role="group" aria-labelledby={titleId} onKeyDown={onKeyDown}>
      <p className="vocabulary-add__title" id={titleId}>
        {t("vocabulary.addTitle", { vocabulary: fieldLabel })}
      </p>
      <TextField
        label={t("vocabulary.name")}
        name={`${vocabulary}-new-name`}
        required
        autoFocus
        autoComplete="off"
        maxLength={200}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errors.name}
      />
      {vocabulary === "agreementKind" && (
        <Checkbox label={t("vocabulary.needsStateRegistration")} checked={needsRegistration} onChange={(e) => setNeedsRegistration(e.target.checked)} />
      )}
      {errors.other && (
        <p className="field__error" role="alert">
          {t("vocabulary.addFailed", { field: fieldLabel })} {errors.other}
        </p>
      )}
      <InlineFormActions
        className="vocabulary-add__actions"
        saveLabel={t("vocabulary.save")}
        busy={add.isPending}
        onSave={() => void submit()}
        cancelLabel={t("vocabulary.cancel")}
        onCancel={onCancel}
      />
    </div>
  );
}
