// What a create/edit form of a record adds to the one form model (use-form.ts):
// - what the user typed is kept as a draft in sessionStorage (reload, lost session);
// - on CONFLICT (someone saved a newer version) the input stays, and "reload and
//   re-apply" loads the other version with this user's changes on top, remembering
//   which fields both changed so the form can show the other value next to them;
// - leaving with unsaved changes asks first (LeaveGuard in ui/form-status.tsx).
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { useBlocker } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { dropDraft, loadDraft, saveDraft } from "./drafts.ts";
import { errorCode, isNetworkError } from "./errors.ts";
import { changedKeys, sameValue, useForm, type Form } from "./use-form.ts";
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

export type RecordForm<V extends object> = Omit<Form<V>, "showErrors" | "setGeneral" | "reset" | "clearErrors"> & {
  conflict: boolean;
  /** After a re-apply: the other user's value of a field both changed, else null. */
  theirs: (field: keyof V) => { value: V[keyof V] } | null;
  /** After a re-apply: every field the other user changed. */
  theirChanges: Array<keyof V>;
  /** After a re-apply: the fields both users changed differently. */
  overlapping: Array<keyof V>;
  rebased: boolean;
  draftRestored: boolean;
  discardDraft: () => void;
  reloading: boolean;
  reloadAndReapply: () => Promise<void>;
  /** Set while a route change waits for the user's answer (LeaveGuard). */
  leave: { blocked: boolean; proceed: () => void; stay: () => void };
};

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
  const overlapping = mine.filter((k) => !sameValue(theirs[k], base[k]) && !sameValue(theirs[k], values[k]));
  return { merged, theirChanges, overlapping };
}

export function useRecordForm<V extends object, I, R>(options: RecordFormOptions<V, I, R>): RecordForm<V> {
  const { draftKey, initial } = options;
  const { t } = useTranslation();
  const restored = useMemo(() => loadDraft<Draft<V>>(draftKey), [draftKey]);
  const [version, setVersion] = useState<number | null>(restored?.version ?? options.version);
  const [draftRestored, setDraftRestored] = useState(Boolean(restored && changedKeys(restored.values, restored.base).length));
  const [conflict, setConflict] = useState(false);
  const [rebased, setRebased] = useState<{ theirs: V; theirChanges: Array<keyof V>; overlapping: Array<keyof V> } | null>(null);
  const [reloading, setReloading] = useState(false);
  const leavingAfterSave = useRef(false);
  const latest = useRef(options);
  latest.current = options;

  const form = useForm<V, I, R>({
    initial: restored?.values ?? initial,
    base: restored?.base ?? initial,
    fields: options.fields,
    prepare: (values) => latest.current.prepare(values, version),
    save: (input) => latest.current.save(input),
    onSaved: async (saved) => {
      dropDraft(draftKey);
      leavingAfterSave.current = true;
      await latest.current.onSaved(saved);
    },
    onRefused: (error) => {
      if (errorCode(error) !== "CONFLICT" || version === null) return false;
      setConflict(true);
      return true;
    },
  });
  const { values, base, dirty } = form;

  useEffect(() => {
    if (dirty) saveDraft(draftKey, { values, base, version } satisfies Draft<V>);
    else dropDraft(draftKey);
  }, [values, base, version, dirty, draftKey]);

  const blocker = useBlocker({
    shouldBlockFn: () => dirty && !leavingAfterSave.current,
    enableBeforeUnload: () => dirty && !leavingAfterSave.current,
    withResolver: true,
  });

  function submit(event?: FormEvent) {
    if (conflict) {
      event?.preventDefault();
      return;
    }
    form.submit(event);
  }

  async function reloadAndReapply() {
    const reload = latest.current.reload;
    if (!reload) return;
    setReloading(true);
    try {
      const current = await reload();
      const result = rebase(values, base, current.values);
      form.reset(result.merged, current.values);
      setVersion(current.version);
      setRebased({ theirs: current.values, theirChanges: result.theirChanges, overlapping: result.overlapping });
      setConflict(false);
    } catch (error) {
      form.setGeneral(isNetworkError(error) ? t("errors.network") : t("errors.load"));
    } finally {
      setReloading(false);
    }
  }

  function discardDraft() {
    dropDraft(draftKey);
    form.reset(initial);
    setVersion(options.version);
    setDraftRestored(false);
  }

  const { showErrors: _showErrors, setGeneral: _setGeneral, reset: _reset, clearErrors: _clearErrors, ...shared } = form;
  return {
    ...shared,
    submit,
    conflict,
    theirs: (field) => (rebased?.overlapping.includes(field) ? { value: rebased.theirs[field] } : null),
    theirChanges: rebased?.theirChanges ?? [],
    overlapping: rebased?.overlapping ?? [],
    rebased: rebased !== null,
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
