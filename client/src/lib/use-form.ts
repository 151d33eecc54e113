// The one form model of the client, dialogs and record forms alike:
// - the values, and whether they differ from the saved ones (dirty);
// - messages per field from the shared zod schema (checked in `prepare` before anything
//   is sent) and from the server's fieldErrors, under the same field names;
// - one general message for what no field shows (or "check the marked fields");
// - a submit that does nothing while the previous one is pending, and puts the focus on
//   the first invalid field.
// Record forms add drafts, conflicts and the leave guard on top (use-record-form.ts).
import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { errorText, serverFieldErrors } from "./errors.ts";
import type { FieldErrors } from "./validation.ts";

/** What a form's `prepare` gives: the input to send, or messages by path. */
export type Prepared<I> = { input: I; errors?: never } | { errors: FieldErrors; input?: never };

export type FormOptions<V extends object, I, R> = {
  initial: V;
  /** The saved values the edit starts from (a restored draft differs from them); defaults to `initial`. */
  base?: V;
  /** Top-level fields the form shows; messages on any other path go to the general message. */
  fields: readonly string[];
  /** Checks the values with the shared schema (and the form's own rules); returns what to send, or messages by path. */
  prepare: (values: V) => Prepared<I>;
  save: (input: I) => Promise<R>;
  onSaved?: (saved: R) => void | Promise<void>;
  /** A refusal the form answers itself (a conflict, a lock): return true and the usual message is not shown. */
  onRefused?: (error: unknown) => boolean;
  /** The server's field messages under the form's own paths (e.g. "cells.3" → the cell it means). */
  fromServer?: (errors: FieldErrors) => FieldErrors;
};

export type Form<V extends object> = {
  values: V;
  set: <K extends keyof V>(field: K, value: V[K]) => void;
  setValues: (update: (v: V) => V) => void;
  /** Localised messages for a field or a path prefix ("stops" gives every "stops.N.x" message). */
  error: (path: string) => string[] | undefined;
  /** Raw messages by full path, e.g. "stops.1.date". */
  errors: FieldErrors;
  /** Drops the messages of one path and below, e.g. one cell of a table after it was edited. */
  clearErrors: (path: string) => void;
  /** Shows messages found outside `prepare` (e.g. a refusal answered in onRefused) the usual way. */
  showErrors: (found: FieldErrors) => void;
  submit: (event?: FormEvent) => void;
  saving: boolean;
  dirty: boolean;
  /** Fields whose value differs from the saved one. */
  changed: Array<keyof V>;
  /** The saved values this edit started from. */
  base: V;
  general: string | null;
  setGeneral: (message: string | null) => void;
  /** New values (and the saved ones they start from); messages are cleared. */
  reset: (values: V, base?: V) => void;
};

/** Values compared by content: lists and objects are equal when they hold the same. */
export const sameValue = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

export function changedKeys<V extends object>(values: V, base: V): Array<keyof V> {
  return (Object.keys(values) as Array<keyof V>).filter((k) => !sameValue(values[k], base[k]));
}

export function useForm<V extends object, I, R>(options: FormOptions<V, I, R>): Form<V> {
  const { t } = useTranslation();
  const [values, setValuesState] = useState<V>(options.initial);
  const [base, setBase] = useState<V>(options.base ?? options.initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  // `summary`: the general message only points at the marked fields, so it goes with the last of them.
  const [general, setGeneralState] = useState<{ text: string; summary: boolean } | null>(null);
  const [saving, setSaving] = useState(false);
  // A second click while the first request is on its way must not send twice; state lags a render.
  const pending = useRef(false);
  const latest = useRef(options);
  latest.current = options;

  const changed = changedKeys(values, base);
  const setGeneral = (text: string | null) => setGeneralState(text === null ? null : { text, summary: false });

  function showErrors(found: FieldErrors, scope: ParentNode = document) {
    const known: FieldErrors = {};
    const other: string[] = [];
    for (const [path, list] of Object.entries(found)) {
      if (latest.current.fields.includes(path.split(".")[0] ?? path)) known[path] = list;
      else other.push(...list);
    }
    setErrors(known);
    setGeneralState(other.length ? { text: other.join(" "), summary: false } : { text: t("errors.checkFields"), summary: true });
    requestAnimationFrame(() => scope.querySelector<HTMLElement>("[aria-invalid='true']")?.focus());
  }

  function set<K extends keyof V>(field: K, value: V[K]) {
    setValuesState((v) => ({ ...v, [field]: value }));
    clearErrors(String(field));
  }

  function clearErrors(key: string) {
    setErrors((current) => {
      const remaining = Object.fromEntries(Object.entries(current).filter(([path]) => path !== key && !path.startsWith(`${key}.`)));
      return Object.keys(remaining).length === Object.keys(current).length ? current : remaining;
    });
  }

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    // The form element, so a dialog focuses its own field and not one of the page behind it.
    const scope = event?.currentTarget instanceof HTMLElement ? event.currentTarget : document;
    if (pending.current) return;
    setGeneralState(null);
    const prepared = latest.current.prepare(values);
    if (prepared.errors !== undefined) {
      showErrors(prepared.errors, scope);
      return;
    }
    setErrors({});
    pending.current = true;
    setSaving(true);
    try {
      const saved = await latest.current.save(prepared.input);
      setBase(values);
      await latest.current.onSaved?.(saved);
    } catch (error) {
      if (latest.current.onRefused?.(error)) return;
      const fromServer = latest.current.fromServer ?? ((found: FieldErrors) => found);
      const found = fromServer(serverFieldErrors(error));
      if (Object.keys(found).length) showErrors(found, scope);
      else setGeneral(errorText(error));
    } finally {
      pending.current = false;
      setSaving(false);
    }
  }

  return {
    values,
    set,
    setValues: (update) => setValuesState(update),
    errors,
    error: (path) => {
      const list = Object.entries(errors)
        .filter(([key]) => key === path || key.startsWith(`${path}.`))
        .flatMap(([, messages]) => messages);
      return list.length ? list : undefined;
    },
    clearErrors,
    showErrors: (found) => showErrors(found),
    submit: (event) => void submit(event),
    saving,
    dirty: changed.length > 0,
    changed,
    base,
    // "Check the marked fields" is over once the last marked field has been corrected.
    general: general && !(general.summary && Object.keys(errors).length === 0) ? general.text : null,
    setGeneral,
    reset: (next, nextBase = next) => {
      setValuesState(next);
      setBase(nextBase);
      setErrors({});
      setGeneralState(null);
    },
  };
}
