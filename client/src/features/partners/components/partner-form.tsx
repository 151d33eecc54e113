// Create and edit a partner. Validated with the shared schemas before sending; the
// server's fieldErrors land under the same fields. What the user typed is never lost:
// it is kept as a draft in sessionStorage, leaving with unsaved changes asks first,
// and on a conflict the form keeps the input and offers to re-apply it on top of the
// version someone else saved.
import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useBlocker } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { partnerLevels } from "@atlas/shared/enums";
import { ZCreatePartnerInput, ZUpdatePartnerInput } from "@atlas/shared/partner";
import { trpc } from "../../../lib/trpc.ts";
import { invalidateAfter } from "../../../lib/invalidation.ts";
import { errorCode, isNetworkError, serverFieldErrors, errorText } from "../../../lib/errors.ts";
import { i18n } from "../../../lib/i18n.ts";
import { dropDraft, loadDraft, saveDraft } from "../../../lib/drafts.ts";
import { issuesToFieldErrors, splitErrors, type FieldErrors } from "../../../lib/validation.ts";
import { TextArea, TextField } from "../../../ui/text-field.tsx";
import { Select, type SelectGroup } from "../../../ui/select.tsx";
import { VocabularySelect } from "../../../ui/vocabulary-select.tsx";
import { useTermLabel } from "../../../lib/vocabularies.ts";
import { Checkbox } from "../../../ui/checkbox.tsx";
import { Button } from "../../../ui/button.tsx";
import { Alert } from "../../../ui/alert.tsx";
import { ConfirmDialog } from "../../../ui/dialog.tsx";
import { useParentCandidates, type PartnerDetail } from "../hooks/partner-queries.ts";
import { SimilarPartners } from "./similar-partners.tsx";
import { AliasesField, withAliases } from "./aliases-field.tsx";
import {
  changedFields,
  emptyPartnerValues,
  partnerFormFields,
  partnerToValues,
  rebaseValues,
  valuesToInput,
  type PartnerFormField,
  type PartnerFormValues,
} from "../hooks/partner-form-values.ts";
import "../texts.ts";

type Draft = { values: PartnerFormValues; base: PartnerFormValues; version: number | null };

export type PartnerFormProps = {
  /** Absent when creating. */
  partner?: PartnerDetail;
  /** Starting values of a new partner (e.g. the parent when adding a region to a country). */
  initial: PartnerFormValues;
  draftKey: string;
  onSaved: (saved: PartnerDetail) => void;
  onCancel: () => void;
};

export function PartnerForm({ partner, initial, draftKey, onSaved, onCancel }: PartnerFormProps): ReactNode {
  const { t, i18n } = useTranslation();
  const kindLabel = useTermLabel("partnerKind");
  const queryClient = useQueryClient();
  const decimal = i18n.language === "en" ? "." : ",";

  const restored = useMemo(() => loadDraft<Draft>(draftKey), [draftKey]);
  // A draft saved before the form had aliases lacks them: the empty list fills the gap.
  const [values, setValues] = useState<PartnerFormValues>(restored ? { ...emptyPartnerValues, ...restored.values } : initial);
  const [base, setBase] = useState<PartnerFormValues>(restored ? { ...emptyPartnerValues, ...restored.base } : initial);
  const [aliasText, setAliasText] = useState("");
  // The names sent, so the server's "aliases.3" can say which one it means.
  const sentAliases = useRef<string[]>([]);
  const [version, setVersion] = useState<number | null>(restored?.version ?? partner?.version ?? null);
  const [draftNotice, setDraftNotice] = useState(Boolean(restored && changedFields(restored.values, restored.base).length));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [rebased, setRebased] = useState<{ theirs: PartnerFormValues; overlapping: PartnerFormField[] } | null>(null);
  const [reloading, setReloading] = useState(false);
  const leavingAfterSave = useRef(false);

  const dirty = changedFields(values, base).length > 0;

  // Every keystroke is kept for this tab; a saved form drops its draft.
  useEffect(() => {
    if (dirty) saveDraft(draftKey, { values, base, version } satisfies Draft);
    else dropDraft(draftKey);
  }, [values, base, version, dirty, draftKey]);

  const blocker = useBlocker({
    shouldBlockFn: () => dirty && !leavingAfterSave.current,
    enableBeforeUnload: () => dirty && !leavingAfterSave.current,
    withResolver: true,
  });

  const parents = useParentCandidates();
  const parentGroups: SelectGroup[] = useMemo(() => {
    const items = (parents.data?.items ?? []).filter((p) => p.id !== partner?.id);
    if (partner?.parent && !items.some((p) => p.id === partner.parent?.id)) items.push({ ...partner.parent, nameEn: null } as never);
    return (["COUNTRY", "REGION", "CITY", "ORGANISATION"] as const).map((level) => ({
      label: t(`enums.partnerLevel.${level}`),
      options: items.filter((p) => p.level === level).map((p) => ({ value: p.id, label: p.name })),
    }));
  }, [parents.data, partner, t]);

  const finishSave = async (saved: PartnerDetail) => {
    dropDraft(draftKey);
    leavingAfterSave.current = true;
    queryClient.setQueryData(trpc.partner.byId.queryKey({ id: saved.id }), saved);
    await invalidateAfter(queryClient, { entity: "partner" });
    onSaved(saved);
  };

  const onServerError = (error: unknown) => {
    if (errorCode(error) === "CONFLICT" && partner) {
      setConflict(true);
      setGeneral(null);
      return;
    }
    const { fields, other } = splitErrors(nameAliasErrors(serverFieldErrors(error), sentAliases.current), partnerFormFields);
    setErrors(fields);
    if (other.length) setGeneral(other.join(" "));
    else if (Object.keys(fields).length) setGeneral(t("errors.checkFields"));
    else if (errorCode(error) === "FORBIDDEN") setGeneral(t("errors.forbiddenAction"));
    else setGeneral(isNetworkError(error) ? t("errors.network") : errorText(error));
  };

  const create = useMutation(trpc.partner.create.mutationOptions({ onSuccess: finishSave, onError: onServerError }));
  const update = useMutation(trpc.partner.update.mutationOptions({ onSuccess: finishSave, onError: onServerError }));
  const saving = create.isPending || update.isPending;

  function set<K extends PartnerFormField>(field: K, value: PartnerFormValues[K]) {
    setValues((v) => ({ ...v, [field]: value }));
    if (errors[field]) setErrors(({ [field]: _gone, ...rest }) => rest);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setGeneral(null);
    // A name typed but not yet added with «Добавить» is meant to be saved too.
    let current = values;
    if (aliasText.trim()) {
      current = { ...values, aliases: withAliases(values.aliases, aliasText).next };
      setValues(current);
      setAliasText("");
    }
    const { input, notNumbers } = valuesToInput(current);
    const update_ = partner ? ZUpdatePartnerInput.safeParse({ id: partner.id, version: version ?? partner.version, data: input }) : null;
    const create_ = partner ? null : ZCreatePartnerInput.safeParse(input);
    const failed = update_?.error ?? create_?.error;
    const found: FieldErrors = failed ? nameAliasErrors(issuesToFieldErrors(failed), current.aliases) : {};
    for (const field of notNumbers) found[field] = [t("errors.notANumber")];
    if (Object.keys(found).length) {
      const { fields, other } = splitErrors(found, partnerFormFields);
      setErrors(fields);
      setGeneral(other.length ? other.join(" ") : t("errors.checkFields"));
      focusFirstError();
      return;
    }
    setErrors({});
    sentAliases.current = current.aliases;
    // What the schema made of the input (trimmed, upper-cased ISO code, empty → null) is what is sent.
    if (update_?.data) update.mutate(update_.data);
    else if (create_?.data) create.mutate(create_.data);
  }

  /** The other user's version, with this user's edits applied on top; the user checks and saves again. */
  async function reloadAndReapply() {
    if (!partner) return;
    setReloading(true);
    try {
      const current = await queryClient.fetchQuery({ ...trpc.partner.byId.queryOptions({ id: partner.id }), staleTime: 0 });
      const theirs = partnerToValues(current, decimal);
      const { merged, overlapping } = rebaseValues(values, base, theirs);
      setValues(merged);
      setBase(theirs);
      setVersion(current.version);
      setRebased({ theirs, overlapping });
      setConflict(false);
    } catch (error) {
      setGeneral(isNetworkError(error) ? t("errors.network") : t("errors.load"));
    } finally {
      setReloading(false);
    }
  }

  const message = (field: PartnerFormField) => errors[field];
  const theirNote = (field: PartnerFormField): ReactNode => {
    if (!rebased?.overlapping.includes(field)) return null;
    const value = rebased.theirs[field];
    const shown =
      field === "level" && value
        ? t(`enums.partnerLevel.${value as (typeof partnerLevels)[number]}`)
        : field === "kind" && value
          ? kindLabel(String(value))
          : field === "parentId" && value
            ? (parentGroups.flatMap((g) => g.options).find((o) => o.value === value)?.label ?? String(value))
            : Array.isArray(value)
              ? value.join(", ") || t("partnerForm.emptyValue")
              : typeof value === "boolean"
                ? value
                  ? t("common.yes")
                  : t("common.no")
                : String(value) || t("partnerForm.emptyValue");
    return t("partnerForm.theirValue", { value: shown });
  };

  return (
    <form className="form card form--wide" onSubmit={submit} noValidate>
      {draftNotice && (
        <Alert
          tone="info"
          actions={
            <Button
              size="sm"
              variant="ghost"
              onClick={() => {
                dropDraft(draftKey);
                const start = partner ? partnerToValues(partner, decimal) : initial;
                setValues(start);
                setBase(start);
                setVersion(partner?.version ?? null);
                setDraftNotice(false);
              }}
            >
              {t("partnerForm.discardDraft")}
            </Button>
          }
        >
          {t("partnerForm.draftRestored")}
        </Alert>
      )}
      {conflict && (
        <Alert
          tone="warning"
          title={t("partnerForm.conflictTitle")}
          actions={
            <Button variant="primary" size="sm" busy={reloading} onClick={() => void reloadAndReapply()}>
              {t("partnerForm.conflictReload")}
            </Button>
          }
        >
          {t("partnerForm.conflictText")}
        </Alert>
      )}
      {rebased && !conflict && <Alert tone="info">{t("partnerForm.rebased")}</Alert>}
      {general && <Alert tone="error">{general}</Alert>}

      <div className="form-grid">
        <div className="form-grid__full">
          <TextField
            label={t("partner.fields.name")}
            name="name"
            required
            maxLength={300}
            autoComplete="off"
            value={values.name}
            onChange={(e) => set("name", e.target.value)}
            error={message("name")}
            note={theirNote("name")}
          />
          <SimilarPartners name={values.name} level={values.level} excludeId={partner?.id} />
        </div>
        <TextField
          label={t("partner.fields.nameEn")}
          name="nameEn"
          lang="en"
          maxLength={300}
          value={values.nameEn}
          onChange={(e) => set("nameEn", e.target.value)}
          error={message("nameEn")}
          note={theirNote("nameEn")}
        />
        <div className="form-grid__full">
          <AliasesField
            aliases={values.aliases}
            onChange={(next) => set("aliases", next)}
            text={aliasText}
            onTextChange={setAliasText}
            error={message("aliases")}
            note={theirNote("aliases")}
          />
        </div>
        <Select
          label={t("partner.fields.level")}
          name="level"
          required
          placeholder="—"
          options={partnerLevels.map((l) => ({ value: l, label: t(`enums.partnerLevel.${l}`) }))}
          value={values.level}
          onChange={(e) => set("level", e.target.value as PartnerFormValues["level"])}
          error={message("level")}
          note={theirNote("level")}
        />
        <VocabularySelect
          vocabulary="partnerKind"
          label={t("partner.fields.kind")}
          name="kind"
          placeholder={t("partner.kindNone")}
          value={values.kind}
          onChange={(next) => set("kind", next)}
          error={message("kind")}
          note={theirNote("kind")}
        />
        <Select
          label={t("partner.fields.parentId")}
          name="parentId"
          hint={t("partnerForm.parentHint")}
          placeholder={t("partnerForm.parentNone")}
          groups={parentGroups}
          value={values.parentId}
          onChange={(e) => set("parentId", e.target.value)}
          error={message("parentId")}
          note={theirNote("parentId")}
        />
        <TextField
          label={t("partner.fields.isoCode")}
          name="isoCode"
          hint={t("partnerForm.isoHint")}
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={10}
          className="field--narrow"
          value={values.isoCode}
          onChange={(e) => set("isoCode", e.target.value)}
          error={message("isoCode")}
          note={theirNote("isoCode")}
        />
        <div className="form-grid__pair">
          <TextField
            label={t("partner.fields.latitude")}
            name="latitude"
            inputMode="decimal"
            hint={t("partnerForm.latitudeHint")}
            value={values.latitude}
            onChange={(e) => set("latitude", e.target.value)}
            error={message("latitude")}
            note={theirNote("latitude")}
          />
          <TextField
            label={t("partner.fields.longitude")}
            name="longitude"
            inputMode="decimal"
            hint={t("partnerForm.longitudeHint")}
            value={values.longitude}
            onChange={(e) => set("longitude", e.target.value)}
            error={message("longitude")}
            note={theirNote("longitude")}
          />
        </div>
        <TextArea
          label={t("partner.fields.notes")}
          name="notes"
          hint={t("partnerForm.notesHint")}
          className="form-grid__full"
          rows={5}
          value={values.notes}
          onChange={(e) => set("notes", e.target.value)}
          error={message("notes")}
          note={theirNote("notes")}
        />
        <div className="form-grid__full">
          <Checkbox
            label={t("partner.fields.isHome")}
            hint={t("partnerForm.isHomeHint")}
            name="isHome"
            checked={values.isHome}
            onChange={(e) => set("isHome", e.target.checked)}
          />
        </div>
      </div>

      <div className="form__actions">
        <Button type="submit" variant="primary" busy={saving} disabled={conflict}>
          {saving ? t("common.saving") : partner ? t("partnerForm.submitEdit") : t("partnerForm.submitCreate")}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {t("common.cancel")}
        </Button>
      </div>

      <ConfirmDialog
        open={blocker.status === "blocked"}
        title={t("partnerForm.leaveTitle")}
        text={t("partnerForm.leaveText")}
        confirmLabel={t("partnerForm.leave")}
        tone="danger"
        onConfirm={() => blocker.proceed?.()}
        onCancel={() => blocker.reset?.()}
      />
    </form>
  );
}

/** "aliases.3 — Не длиннее 200 символов" → under «Другие названия»: "«…»: Не длиннее 200 символов". */
function nameAliasErrors(errors: FieldErrors, aliases: string[]): FieldErrors {
  const out: FieldErrors = {};
  for (const [key, messages] of Object.entries(errors)) {
    const index = /^aliases\.(\d+)/.exec(key)?.[1];
    const name = index === undefined ? undefined : aliases[Number(index)];
    if (name === undefined) (out[key] ??= []).push(...messages);
    else (out.aliases ??= []).push(...messages.map((m) => i18n.t("partnerForm.aliasError", { name: shorten(name), message: m })));
  }
  return out;
}

const shorten = (name: string) => (name.length > 40 ? `${name.slice(0, 39)}…` : name);

function focusFirstError() {
  requestAnimationFrame(() => document.querySelector<HTMLElement>("[aria-invalid='true']")?.focus());
}
