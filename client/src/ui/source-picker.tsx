// The sources a meeting, agreement or event cites: the chosen ones as a list, a
// type-ahead over the existing ones (by words of the title or outlet, or by a pasted
// address), and «Добавить источник» for a new one, written inline. One address is one
// source: when the address typed is already stored (source.find by url while typing,
// or the server's CONFLICT on create), the form offers the existing source instead of
// creating a second.
import { useEffect, useEffectEvent, useId, useRef, useState, type ReactNode } from "react";
import type { z } from "zod";
import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { TDatePrecision } from "@atlas/shared/calendar-day";
import { sourceKinds, type TSourceKind } from "@atlas/shared/enums";
import { maxSourcesPerRecord, ZCreateSourceInput, type TSourceRef } from "@atlas/shared/source";
import { normalizeSourceUrl } from "@atlas/shared/source-url";
import { trpc } from "../lib/trpc.ts";
import { conflictCurrent, errorCode, serverFieldErrors, errorText } from "../lib/errors.ts";
import { issuesToFieldErrors, type FieldErrors } from "../lib/validation.ts";
import { useFormat } from "../lib/format.ts";
import { useDebounced } from "../lib/use-debounced.ts";
import { EntityPicker, type EntityOption, type OptionsResult } from "./entity-picker.tsx";
import { PreciseDateField, type PreciseDateValue } from "./precise-date-field.tsx";
import { TextField } from "./text-field.tsx";
import { Select } from "./select.tsx";
import { Button } from "./button.tsx";
import { Alert } from "./alert.tsx";
import { firstError, type FieldError } from "./field.tsx";
import "./source-picker.css";
import { InlineFormActions } from "./form/inline-form-actions.tsx";

export type SourceRef = TSourceRef;

type SourcePickerProps = {
  value: SourceRef[];
  onChange: (next: SourceRef[]) => void;
  error?: FieldError;
  note?: ReactNode;
  className?: string;
  /** Prefix of the inputs' names. */
  name?: string;
};

/** Text that reads as an address is looked up by its URL key, anything else by words. */
export const looksLikeUrl = (text: string) => /^(https?:\/\/|www\.)\S+$/i.test(text.trim());

function withScheme(text: string): string {
  const trimmed = text.trim();
  return /^www\./i.test(trimmed) ? `https://${trimmed}` : trimmed;
}

function useSourceOptions(query: string): OptionsResult & { refs: SourceRef[] } {
  const byUrl = looksLikeUrl(query);
  const found = useQuery(
    trpc.source.find.queryOptions(byUrl ? { url: withScheme(query) } : { q: query, limit: 10 }, {
      enabled: query.length > 0,
      placeholderData: keepPreviousData,
      staleTime: 10_000,
    }),
  );
  const format = useFormat();
  const refs = query ? (found.data?.items ?? []) : [];
  return {
    refs,
    options: refs.map((s) => ({ id: s.id, label: s.title, description: describe(s, format.preciseDate) })),
    loading: found.isFetching,
    failed: found.isError,
  };
}

function describe(s: SourceRef, preciseDate: (day: string, precision: TDatePrecision) => string): string {
  return [s.outlet, s.publishedAt ? preciseDate(s.publishedAt, s.publishedPrecision) : null, s.url ? hostOf(s.url) : null].filter(Boolean).join(" · ");
}

function hostOf(url: string): string {
  return (
    normalizeSourceUrl(url)
      ?.replace(/^[a-z][a-z0-9+.-]*:\/\//, "")
      .split(/[/?]/)[0] ?? url
  );
}

export function SourcePicker({ value, onChange, error, note, className, name = "sources" }: SourcePickerProps): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const [draft, setDraft] = useState<NewSourceDraft | null>(null);
  // The options last offered, so a pick carries the whole source (title, outlet, date) into the list.
  const [offered, setOffered] = useState<Map<string, SourceRef>>(new Map());
  const full = value.length >= maxSourcesPerRecord;
  // Where focus goes back when the inline form closes, so the keyboard carries on (Ctrl+Enter saves the record).
  const findInput = useRef<HTMLInputElement | null>(null);
  const closeDraft = () => {
    setDraft(null);
    requestAnimationFrame(() => findInput.current?.focus());
  };

  const add = (source: SourceRef) => {
    if (value.some((s) => s.id === source.id)) return;
    onChange([...value, source]);
  };
  const remove = (id: string) => onChange(value.filter((s) => s.id !== id));

  const useOptions = (query: string): OptionsResult => {
    const result = useSourceOptions(query);
    const ids = result.refs.map((r) => r.id).join(",");
    // Remembered when the offered ids change (the array itself is new on every render).
    const rememberOffered = useEffectEvent(() => {
      if (result.refs.length) setOffered((m) => new Map([...m, ...result.refs.map((r) => [r.id, r] as const)]));
    });
    useEffect(() => rememberOffered(), [ids]);
    return result;
  };

  return (
    <section className={["source-picker", className ?? ""].filter(Boolean).join(" ")} aria-labelledby={headingId}>
      <h3 className="field__label source-picker__heading" id={headingId}>
        {t("sourcePicker.label")}
      </h3>
      {value.length > 0 ? (
        <ul className="source-picker__list" aria-label={t("sourcePicker.chosen")}>
          {value.map((s) => (
            <li key={s.id} className="source-picker__item">
              <span className="source-picker__title">
                {s.url ? (
                  <a href={s.url} target="_blank" rel="noopener noreferrer">
                    {s.title}
                  </a>
                ) : (
                  s.title
                )}
              </span>
              <span className="source-picker__meta">{describe(s, format.preciseDate)}</span>
              <Button size="sm" variant="ghost" aria-label={t("sourcePicker.remove", { title: s.title })} onClick={() => remove(s.id)}>
                {t("sourcePicker.removeShort")}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="field__hint source-picker__empty">{t("sourcePicker.none")}</p>
      )}
      {!full && (
        <EntityPicker
          label={t("sourcePicker.find")}
          name={`${name}Find`}
          hint={t("sourcePicker.findHint")}
          placeholder={t("sourcePicker.findPlaceholder")}
          selected={value.map((s) => ({ id: s.id, label: s.title }))}
          hideSelected
          onChange={(next: EntityOption[]) => {
            const picked = next.find((o) => !value.some((s) => s.id === o.id));
            const source = picked ? offered.get(picked.id) : undefined;
            if (source) add(source);
          }}
          useOptions={useOptions}
          onCreate={(text) => setDraft(looksLikeUrl(text) ? { ...emptyDraft, url: withScheme(text) } : { ...emptyDraft, title: text })}
          createLabel={(text) => t("sourcePicker.addNamed", { text })}
          error={error}
          note={note}
          inputRef={(el) => {
            findInput.current = el;
          }}
        />
      )}
      {full && <p className="field__hint">{t("sourcePicker.full", { max: maxSourcesPerRecord })}</p>}
      {draft ? (
        <NewSourceForm
          initial={draft}
          name={name}
          onPick={(source) => {
            add(source);
            closeDraft();
          }}
          onCancel={closeDraft}
        />
      ) : (
        !full && (
          <div>
            <Button size="sm" onClick={() => setDraft(emptyDraft)}>
              {t("sourcePicker.add")}
            </Button>
          </div>
        )
      )}
      {firstError(error) && full && <p className="field__error">{firstError(error)}</p>}
    </section>
  );
}

export type NewSourceDraft = { title: string; url: string; outlet: string; kind: TSourceKind; published: PreciseDateValue };
const emptyDraft: NewSourceDraft = { title: "", url: "", outlet: "", kind: "PRESS_RELEASE", published: { day: null, precision: "DAY" } };

/**
 * The create input from the inline form, or the errors by field. A source given only by
 * its address is titled with the address (without the scheme), as a pasted link used to be.
 */
export function prepareNewSource(draft: NewSourceDraft): { input: z.output<typeof ZCreateSourceInput> } | { errors: FieldErrors } {
  const input = {
    title:
      draft.title.trim() ||
      draft.url
        .trim()
        .replace(/^https?:\/\//i, "")
        .slice(0, 200),
    url: draft.url,
    outlet: draft.outlet,
    kind: draft.kind,
    publishedAt: draft.published.day,
    publishedPrecision: draft.published.precision,
  };
  const parsed = ZCreateSourceInput.safeParse(input);
  return parsed.success ? { input: parsed.data } : { errors: issuesToFieldErrors(parsed.error) };
}

/**
 * The inline «new source» form. Not a <form>: it sits inside the record's form, and its
 * own button saves the source (source.create) without saving the record.
 */
function NewSourceForm({
  initial,
  name,
  onPick,
  onCancel,
}: {
  initial: NewSourceDraft;
  name: string;
  onPick: (source: SourceRef) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const groupId = useId();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  // The source stored under the same address: offered instead of a second one.
  const [existing, setExisting] = useState<SourceRef | null>(null);
  const createSource = useMutation(trpc.source.create.mutationOptions());
  const set = <K extends keyof NewSourceDraft>(key: K, v: NewSourceDraft[K]) => setDraft((d) => ({ ...d, [key]: v }));

  // While the address is typed: is it stored already? (Debounced; the key is the server's.)
  const urlQuery = useDebounced(draft.url.trim(), 250);
  const lookup = useQuery(trpc.source.find.queryOptions({ url: urlQuery }, { enabled: looksLikeUrl(urlQuery), staleTime: 10_000 }));
  const sameUrl = looksLikeUrl(urlQuery) ? (lookup.data?.items[0] ?? null) : null;
  const offer = existing ?? sameUrl;

  const error = (field: string) => errors[field];

  async function save() {
    setGeneral(null);
    const prepared = prepareNewSource(draft);
    if ("errors" in prepared) {
      setErrors(prepared.errors);
      return;
    }
    setErrors({});
    try {
      const created = await createSource.mutateAsync(prepared.input);
      onPick(created);
    } catch (e) {
      const current = errorCode(e) === "CONFLICT" ? (conflictCurrent(e) as SourceRef | null) : null;
      if (current?.id) {
        setExisting(current);
        return;
      }
      const fields = serverFieldErrors(e);
      setErrors(fields);
      if (Object.keys(fields).length === 0) setGeneral(errorText(e));
    }
  }

  return (
    <div
      className="source-picker__new card"
      role="group"
      aria-labelledby={groupId}
      onKeyDown={(e) => {
        // Enter in a box of this form saves the source, never the record around it.
        if (e.key === "Enter" && !e.ctrlKey && !e.metaKey && (e.target as HTMLElement).tagName === "INPUT") {
          e.preventDefault();
          e.stopPropagation();
          void save();
        }
      }}
    >
      <p className="source-picker__new-title" id={groupId}>
        {t("sourcePicker.newTitle")}
      </p>
      {general && <Alert tone="error">{general}</Alert>}
      {offer && (
        <Alert
          tone="warning"
          actions={
            <Button size="sm" variant="primary" onClick={() => onPick(offer)}>
              {t("sourcePicker.pickExisting")}
            </Button>
          }
        >
          {t("sourcePicker.exists", { title: offer.title })}
        </Alert>
      )}
      <div className="form-grid">
        <TextField
          label={t("sourcePicker.fields.url")}
          name={`${name}NewUrl`}
          type="url"
          inputMode="url"
          placeholder="https://…"
          value={draft.url}
          onChange={(e) => {
            set("url", e.target.value);
            setExisting(null);
          }}
          error={error("url")}
        />
        <TextField
          label={t("sourcePicker.fields.title")}
          name={`${name}NewTitle`}
          maxLength={500}
          hint={t("sourcePicker.titleHint")}
          value={draft.title}
          onChange={(e) => set("title", e.target.value)}
          error={error("title")}
        />
        <div className="form-grid__pair">
          <TextField
            label={t("sourcePicker.fields.outlet")}
            name={`${name}NewOutlet`}
            maxLength={300}
            hint={t("sourcePicker.outletHint")}
            value={draft.outlet}
            onChange={(e) => set("outlet", e.target.value)}
            error={error("outlet")}
          />
          <Select
            label={t("sourcePicker.fields.kind")}
            name={`${name}NewKind`}
            options={sourceKinds.map((k) => ({ value: k, label: t(`enums.sourceKind.${k}`) }))}
            value={draft.kind}
            onChange={(e) => set("kind", e.target.value as TSourceKind)}
            error={error("kind")}
          />
        </div>
        <PreciseDateField
          label={t("sourcePicker.fields.publishedAt")}
          name={`${name}NewPublishedAt`}
          value={draft.published}
          onChange={(next) => set("published", next)}
          error={error("publishedAt") ?? error("publishedPrecision")}
        />
      </div>
      <InlineFormActions
        className="form__actions"
        saveLabel={t("sourcePicker.save")}
        busy={createSource.isPending}
        onSave={() => void save()}
        cancelLabel={t("common.cancel")}
        onCancel={onCancel}
      />
    </div>
  );
}
