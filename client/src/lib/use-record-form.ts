// The behaviour every create/edit form shares, so each form only describes its fields:
// - what the user typed is kept as a draft in sessionStorage (reload, lost session);
// - the shared zod schema checks the input before it is sent, and the server's
//   fieldErrors land under the same fields;
// - on CONFLICT (someone saved a newer version) the input stays, and "reload and
//   re-apply" loads the other version with this user's changes on top, remembering
//   which fields both changed so the form can show the other value next to them;
// - leaving with unsaved changes asks first (LeaveGuard in ui/form-status.tsx).
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { useBlocker } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { dropDraft, loadDraft, saveDraft } from "./drafts.ts";
import { errorCode, isNetworkError, serverFieldErrors, serverMessage } from "./errors.ts";
import { localizeMessage } from "./i18n.ts";
import type { FieldErrors } from "./validation.ts";

export type RecordFormOptions<V extends object, I, R> = {
  /** e.g. "meeting:new" or `meeting:${id}`. */
  draftKey: string;
  /** Form values of the saved record, or defaults for a new one. */
  initial: V;
  /** The saved version when editing, null when creating. */
  version: number | null;
  /** Top-level form fields; errors on any other path go to the general message. */
  fields: readonly string[];
  /** Checks the values with the shared schema; returns what to send, or errors by path. */
  prepare: (values: V, version: number | null) => { input: I } | { errors: FieldErrors };
  save: (input: I) => Promise<R>;
  /** The record as saved now (after a CONFLICT), as form values. */
  reload?: () => Promise<{ values: V; version: number }>;
  onSaved: (saved: R) => void | Promise<void>;
};

type Draft<V> = { values: V; base: V; version: number | null };

export type RecordForm<V extends object> = {
  values: V;
  set: <K extends keyof V>(field: K, value: V[K]) => void;
  setValues: (update: (v: V) => V) => void;
  /** Localised messages for a field or a path prefix ("stops" gives every "stops.N.x" message). */
  error: (path: string) => string[] | undefined;
  /** Raw messages by full path, e.g. "stops.1.date". */
  errors: FieldErrors;
  submit: (event?: FormEvent) => void;
  saving: boolean;
  dirty: boolean;
  conflict: boolean;
  /** Fields this user changed (compared with the version they started from). */
  changed: Array<keyof V>;
  /** The saved values this user's edit started from (after a re-apply: the other user's version). */
  base: V;
  /** After a re-apply: the other user's value of a field both changed, else null. */
  theirs: (field: keyof V) => { value: V[keyof V] } | null;
  /** After a re-apply: every field the other user changed. */
  theirChanges: Array<keyof V>;
  /** After a re-apply: the fields both users changed differently. */
  overlapping: Array<keyof V>;
  rebased: boolean;
  general: string | null;
  draftRestored: boolean;
  discardDraft: () => void;
  reloading: boolean;
  reloadAndReapply: () => Promise<void>;
  /** Set while a route change waits for the user's answer (LeaveGuard). */
  leave: { blocked: boolean; proceed: () => void; stay: () => void };
};

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

function changedKeys<V extends object>(values: V, base: V): Array<keyof V> {
  return (Object.keys(values) as Array<keyof V>).filter((k) => !same(values[k], base[k]));
}

/**
 * The other user's version with this user's own changes (relative to the version they
 * started from) on top. Each top-level field is one value: a list of stops or
 * participants is taken whole from whoever changed it.
 */
export function rebase<V extends object>(values: V, base: V, theirs: V) {
  const mine = changedKeys(values, base);
  const merged = { ...theirs };
  for (const key of mine) merged[key] = values[key];
  const theirChanges = changedKeys(theirs, base);
  const overlapping = mine.filter((k) => !same(theirs[k], base[k]) && !same(theirs[k], values[k]));
  return { merged, theirChanges, overlapping };
}

export function useRecordForm<V extends object, I, R>(options: RecordFormOptions<V, I, R>): RecordForm<V> {
  const { draftKey, initial, fields } = options;
  const { t } = useTranslation();
  const restored = useMemo(() => loadDraft<Draft<V>>(draftKey), [draftKey]);
  const [values, setValuesState] = useState<V>(restored?.values ?? initial);
  const [base, setBase] = useState<V>(restored?.base ?? initial);
  const [version, setVersion] = useState<number | null>(restored?.version ?? options.version);
  const [draftRestored, setDraftRestored] = useState(Boolean(restored && changedKeys(restored.values, restored.base).length));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [rebased, setRebased] = useState<{ theirs: V; theirChanges: Array<keyof V>; overlapping: Array<keyof V> } | null>(null);
  const [saving, setSaving] = useState(false);
  const [reloading, setReloading] = useState(false);
  const leavingAfterSave = useRef(false);
  const latest = useRef(options);
  latest.current = options;

  const changed = changedKeys(values, base);
  const dirty = changed.length > 0;

  useEffect(() => {
    if (dirty) saveDraft(draftKey, { values, base, version } satisfies Draft<V>);
    else dropDraft(draftKey);
  }, [values, base, version, dirty, draftKey]);

  const blocker = useBlocker({
    shouldBlockFn: () => dirty && !leavingAfterSave.current,
    enableBeforeUnload: () => dirty && !leavingAfterSave.current,
    withResolver: true,
  });

  const isKnown = (path: string) => fields.includes(path.split(".")[0] ?? path);

  function showErrors(found: FieldErrors) {
    const known: FieldErrors = {};
    const other: string[] = [];
    for (const [path, list] of Object.entries(found)) {
      if (isKnown(path)) known[path] = list;
      else other.push(...list);
    }
    setErrors(known);
    setGeneral(other.length ? other.map((m) => localizeMessage(m)).join(" ") : t("errors.checkFields"));
    requestAnimationFrame(() => document.querySelector<HTMLElement>("[aria-invalid='true']")?.focus());
  }

  function setValues(update: (v: V) => V) {
    setValuesState(update);
  }

  function set<K extends keyof V>(field: K, value: V[K]) {
    setValuesState((v) => ({ ...v, [field]: value }));
    const key = String(field);
    const remaining = Object.fromEntries(Object.entries(errors).filter(([path]) => path !== key && !path.startsWith(`${key}.`)));
    if (Object.keys(remaining).length === Object.keys(errors).length) return;
    setErrors(remaining);
    // "Check the marked fields" is over once the last marked field has been corrected.
    if (Object.keys(remaining).length === 0 && general === t("errors.checkFields")) setGeneral(null);
  }

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (saving || conflict) return;
    setGeneral(null);
    const prepared = latest.current.prepare(values, version);
    if ("errors" in prepared) {
      showErrors(prepared.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const saved = await latest.current.save(prepared.input);
      dropDraft(draftKey);
      leavingAfterSave.current = true;
      setBase(values);
      await latest.current.onSaved(saved);
    } catch (error) {
      const code = errorCode(error);
      if (code === "CONFLICT" && version !== null) {
        setConflict(true);
        return;
      }
      const found = serverFieldErrors(error);
      if (Object.keys(found).length) showErrors(found);
      else if (code === "FORBIDDEN") setGeneral(t("errors.forbiddenAction"));
      else setGeneral(isNetworkError(error) ? t("errors.network") : localizeMessage(serverMessage(error) ?? t("errors.generic")));
    } finally {
      setSaving(false);
    }
  }

  async function reloadAndReapply() {
    const reload = latest.current.reload;
    if (!reload) return;
    setReloading(true);
    try {
      const current = await reload();
      const result = rebase(values, base, current.values);
      setValuesState(result.merged);
      setBase(current.values);
      setVersion(current.version);
      setRebased({ theirs: current.values, theirChanges: result.theirChanges, overlapping: result.overlapping });
      setConflict(false);
      setGeneral(null);
    } catch (error) {
      setGeneral(isNetworkError(error) ? t("errors.network") : t("errors.load"));
    } finally {
      setReloading(false);
    }
  }

  function discardDraft() {
    dropDraft(draftKey);
    setValuesState(initial);
    setBase(initial);
    setVersion(options.version);
    setDraftRestored(false);
    setErrors({});
  }

  return {
    values,
    set,
    setValues,
    errors,
    error: (path) => {
      const list = Object.entries(errors)
        .filter(([key]) => key === path || key.startsWith(`${path}.`))
        .flatMap(([, messages]) => messages.map((m) => localizeMessage(m)));
      return list.length ? list : undefined;
    },
    submit: (event) => void submit(event),
    saving,
    dirty,
    conflict,
    changed,
    base,
    theirs: (field) => (rebased?.overlapping.includes(field) ? { value: rebased.theirs[field] } : null),
    theirChanges: rebased?.theirChanges ?? [],
    overlapping: rebased?.overlapping ?? [],
    rebased: rebased !== null,
    general,
    draftRestored,
    discardDraft,
    reloading,
    reloadAndReapply,
    leave: {
      blocked: blocker.status === "blocked",
      proceed: () => blocker.proceed?.(),
      stay: () => blocker.reset?.(),
    },
  };
}
