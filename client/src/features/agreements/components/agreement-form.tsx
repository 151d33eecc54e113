// Create and edit an agreement (never its stage: that moves only through "Перевести на
// стадию…", with a date and a note). A new agreement starts at «Предложение направлено»
// today; an existing one («Внести действующее соглашение») is entered at its current
// stage with the dates of the stages it passed, which the server checks as a path. Built on useRecordForm: input is kept as a draft,
// checked with the shared schema, and on a conflict the form shows what the other
// person saved next to this user's own edit, then re-applies the edit on top of it.
import { useEffect, useRef, useState, type ReactNode } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { TAgreementStage } from "@atlas/shared/enums";
import { formatTypedDay, isCalendarDay } from "@atlas/shared/calendar-day";
import { ZCreateAgreementInput, ZUpdateAgreementInput } from "@atlas/shared/agreement";
import { trpc } from "../../../lib/trpc.ts";
import { invalidateAfter } from "../../../lib/invalidation.ts";
import { issuesToFieldErrors, type FieldErrors } from "../../../lib/validation.ts";
import { markUnreadableDays } from "../../../lib/day-input.ts";
import { useHomeToday } from "../../../lib/home-today.ts";
import { findTerm, useTermLabel, useTermOptions, useVocabularies } from "../../../lib/vocabularies.ts";
import { VocabularySelect } from "../../../ui/vocabulary-select.tsx";
import { useRecordForm, type RecordForm } from "../../../lib/use-record-form.ts";
import { FormStatus, LeaveGuard, useTheirValueNote } from "../../../ui/form-status.tsx";
import { TextArea, TextField } from "../../../ui/text-field.tsx";
import { Select } from "../../../ui/select.tsx";
import { Button } from "../../../ui/button.tsx";
import { bindFields } from "../../../ui/form/field-binding.ts";
import { RecordFormActions } from "../../../ui/form/record-form-actions.tsx";
import { Icon } from "../../../ui/icons.tsx";
import { ChipChoices } from "../../../ui/form/chip-choices.tsx";
import { DayField } from "../../../ui/day-field.tsx";
import { PreciseDateField } from "../../../ui/precise-date-field.tsx";
import { SourcePicker } from "../../../ui/source-picker.tsx";
import type { AgreementDetail } from "../hooks/agreement-queries.ts";
import {
  agreementFormFields,
  agreementToValues,
  currentStageChoices,
  dateFields,
  earlierStageBefore,
  stageInput,
  stagesFor,
  valuesToFields,
  type AgreementFormValues,
  type AgreementRecord,
  type StageStepValue,
} from "../hooks/agreement-form-values.ts";
import { PartyPicker } from "./party-picker.tsx";

type Values = AgreementFormValues;

export type AgreementFormProps = {
  /** Absent when creating. */
  agreement?: AgreementDetail;
  initial: Values;
  draftKey: string;
  onSaved: (saved: AgreementDetail) => void | Promise<void>;
  onCancel: () => void;
  /** Creating an agreement that already exists: its current stage and the dates of the stages it passed. */
  existing?: boolean;
};

export function AgreementForm({ agreement, initial, draftKey, onSaved, onCancel, existing = false }: AgreementFormProps): ReactNode {
  const { t } = useTranslation();
  const today = useHomeToday();
  const queryClient = useQueryClient();
  const vocabularies = useVocabularies();
  const sectorName = useTermLabel("sector");
  const kindLabel = useTermLabel("agreementKind");

  // The saved record the user's edit started from: after a conflict the other person's
  // changes are told apart from one's own.
  const record = useRef<AgreementRecord | null>(agreement ?? null);

  const create = useMutation(trpc.agreement.create.mutationOptions());
  const update = useMutation(trpc.agreement.update.mutationOptions());

  const form = useRecordForm<Values, unknown, AgreementDetail>({
    draftKey,
    initial,
    version: agreement?.version ?? null,
    fields: agreementFormFields,
    prepare: (values, version) => {
      const fields = { ...valuesToFields(values), kind: values.kind || undefined };
      // Typed text that is not a day gets the message in the terms it was typed in (дд.мм.гггг).
      const unreadable: FieldErrors = {};
      markUnreadableDays(unreadable, Object.fromEntries(dateFields.map((f) => [f, values[f]])), t("dayField.invalid"));
      if (agreement) {
        const parsed = ZUpdateAgreementInput.safeParse({ id: agreement.id, version: version ?? agreement.version, data: fields });
        if (parsed.success && !Object.keys(unreadable).length) return { input: parsed.data };
        return { errors: { ...(parsed.success ? {} : issuesToFieldErrors(parsed.error)), ...unreadable } };
      }
      const stages = existing ? values.stages : [];
      if (existing && stages.length === 0) unreadable.stage = [t("agreements.form.existing.chooseStageError")];
      const last = stages.length - 1;
      stages.forEach((s, i) => markUnreadableDays(unreadable, { [i === last ? "stageDate" : `earlierStages.${i}.date`]: s.date }, t("dayField.invalid")));
      const parsed = ZCreateAgreementInput.safeParse({ ...fields, ...stageInput({ ...values, stages }, today) });
      if (parsed.success && !Object.keys(unreadable).length) return { input: parsed.data };
      return { errors: { ...(parsed.success ? {} : issuesToFieldErrors(parsed.error, "")), ...unreadable } };
    },
    save: (input) =>
      agreement ? update.mutateAsync(input as Parameters<typeof update.mutateAsync>[0]) : create.mutateAsync(input as Parameters<typeof create.mutateAsync>[0]),
    reload: agreement
      ? async () => {
          const current = await queryClient.fetchQuery({ ...trpc.agreement.byId.queryOptions({ id: agreement.id }), staleTime: 0 });
          record.current = current;
          return { values: agreementToValues(current), version: current.version };
        }
      : undefined,
    onSaved: async (saved) => {
      queryClient.setQueryData(trpc.agreement.byId.queryKey({ id: saved.id }), saved);
      await invalidateAfter(queryClient, { entity: "agreement" });
      await onSaved(saved);
    },
  });

  const labels: Record<keyof Values, string> = {
    title: t("agreements.detail.fields.title"),
    kind: t("agreements.detail.fields.kind"),
    summary: t("agreements.detail.fields.summary"),
    parties: t("agreements.detail.fields.parties"),
    sectorIds: t("agreements.detail.fields.sectors"),
    documents: t("agreements.detail.fields.documents"),
    signedAt: t("agreements.detail.fields.signedAt"),
    registeredAt: t("agreements.detail.fields.registeredAt"),
    registrationNumber: t("agreements.detail.fields.registrationNumber"),
    effectiveAt: t("agreements.detail.fields.effectiveAt"),
    expiresAt: t("agreements.detail.fields.expiresAt"),
    signingPlace: t("agreements.detail.fields.signingPlace"),
    sources: t("agreements.detail.fields.sources"),
    stages: t("agreements.form.existing.stages"),
  };

  const show = (field: keyof Values, value: Values[keyof Values]): string => {
    if (field === "kind") return kindLabel(value as string);
    if (field === "parties") return (value as Values["parties"]).map((p) => p.name).join(", ");
    if (field === "sectorIds") return (value as string[]).map(sectorName).join(", ");
    if (field === "documents") return (value as Values["documents"]).map((d) => d.title).join("; ");
    if (field === "sources") return (value as Values["sources"]).map((s) => s.title).join("; ");
    if (field === "signedAt" || field === "registeredAt" || field === "effectiveAt" || field === "expiresAt") {
      return isCalendarDay(value) ? formatTypedDay(value) : String(value ?? "");
    }
    if (field === "stages")
      return (value as StageStepValue[])
        .map((s) => `${t(`enums.agreementStage.${s.stage}`)} ${isCalendarDay(s.date) ? formatTypedDay(s.date) : s.date}`)
        .join(", ");
    return String(value ?? "");
  };
  const theirNote = useTheirValueNote(form, show);
  const field = bindFields(form, theirNote);

  const { values, set } = form;
  const message = (path: string) => form.error(path);
  // Live sectors, and those the agreement holds even if retired since.
  const sectorChoices = useTermOptions("sector", [...initial.sectorIds, ...values.sectorIds]);

  return (
    <form className="form card form--wide agreement-form" onSubmit={form.submit} noValidate>
      <FormStatus form={form as unknown as RecordForm<object>} labels={labels} />
      {form.conflict && agreement && <ConflictComparison form={form} base={form.base} agreementId={agreement.id} labels={labels} show={show} />}

      <div className="form-grid">
        <TextField label={labels.title} required maxLength={500} className="form-grid__full" {...field.text("title")} />
        <VocabularySelect vocabulary="agreementKind" label={labels.kind} required placeholder="—" {...field.value("kind")} />
        {!existing && (
          <div className="agreement-form__stage">
            <p className="field__label">{t("agreements.form.stage")}</p>
            <p className="muted small">
              {agreement ? t("agreements.form.stageEdit", { stage: t(`enums.agreementStage.${agreement.stage}`) }) : t("agreements.form.stageNew")}
            </p>
          </div>
        )}
        <div className="form-grid__full">
          <PartyPicker
            label={labels.parties}
            name="parties"
            required
            hint={t("agreements.form.partiesHint")}
            selected={values.parties}
            onChange={(next) => set("parties", next)}
            error={message("partyIds")}
            note={theirNote("parties")}
          />
        </div>
        <ChipChoices
          label={labels.sectorIds}
          className="form-grid__full agreement-form__sectors"
          loadFailed={vocabularies.isError}
          options={sectorChoices}
          selected={values.sectorIds}
          onChange={(next) => set("sectorIds", next)}
          error={message("sectorIds")}
          note={theirNote("sectorIds")}
        />
        <TextArea label={labels.summary} className="form-grid__full" rows={5} hint={t("agreements.form.summaryHint")} {...field.text("summary")} />
        <TextField
          label={labels.signingPlace}
          maxLength={300}
          className="form-grid__full"
          hint={t("agreements.form.signingPlaceHint")}
          {...field.text("signingPlace")}
        />
        <DocumentsEditor form={form} label={labels.documents} note={theirNote("documents")} />
        <SourcePicker
          className="form-grid__full"
          value={values.sources ?? []}
          onChange={(next) => set("sources", next)}
          error={message("sources") ?? message("sourceIds")}
          note={theirNote("sources")}
        />
        {existing && !agreement && <StagePathEditor form={form} />}
        {agreement && (
          <fieldset className="form-grid__full agreement-form__dates">
            <legend className="field__label">{t("agreements.form.datesTitle")}</legend>
            <p className="field__hint">{t("agreements.form.datesHint")}</p>
            <div className="agreement-form__dates-grid">
              {dateFields.map((field) => (
                <DayField
                  key={field}
                  label={labels[field]}
                  name={field}
                  value={values[field]}
                  onChange={(day) => set(field, day ?? "")}
                  error={message(field)}
                  note={theirNote(field)}
                />
              ))}
              <TextField label={labels.registrationNumber} maxLength={100} {...field.text("registrationNumber")} />
            </div>
          </fieldset>
        )}
      </div>

      <RecordFormActions
        form={form}
        submitLabel={agreement ? t("agreements.form.submitEdit") : existing ? t("agreements.form.existing.submit") : t("agreements.form.submitCreate")}
        onCancel={onCancel}
      />
      <LeaveGuard form={form as unknown as RecordForm<object>} />
    </form>
  );
}

/**
 * «Внести действующее соглашение»: the current stage, then a row per stage it passed,
 * oldest first, each with its date as precise as the source (Подписано 06.06.2024,
 * Вступило в силу 20.06.2024). Rows before signing are optional and added on request;
 * a row that did not happen (registration of an agreement with a Russian region) can be
 * removed. The server checks the path and puts its messages under the row they concern
 * (`earlierStages.1.date`, `stageDate`).
 */
function StagePathEditor({ form }: { form: RecordForm<Values> }) {
  const { t } = useTranslation();
  const { values } = form;
  const kindTerm = findTerm(useVocabularies().data, "agreementKind", values.kind);
  const kindRules = kindTerm ? { name: kindTerm.name, needsStateRegistration: kindTerm.needsStateRegistration ?? true } : null;
  const rows = values.stages;
  const current = rows.at(-1)?.stage ?? "";
  const last = rows.length - 1;
  const setRows = (next: StageStepValue[]) => form.set("stages", next);
  const setRow = (index: number, patch: Partial<StageStepValue>) => setRows(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const datePath = (i: number) => (i === last ? "stageDate" : `earlierStages.${i}.date`);
  const stagePath = (i: number) => (i === last ? "stage" : `earlierStages.${i}.stage`);
  const earlier = rows[0] ? earlierStageBefore(rows[0].stage) : null;
  const passesRegistration = rows.some((r) => r.stage === "REGISTERED");
  const inForce = rows.find((r) => r.stage === "IN_FORCE");
  const pathError = form.errors.earlierStages?.[0];

  return (
    <fieldset className="form-grid__full agreement-form__path">
      <legend className="field__label">{t("agreements.form.existing.title")}</legend>
      <p className="field__hint">{t("agreements.form.existing.hint")}</p>
      <Select
        label={t("agreements.form.existing.currentStage")}
        name="stage"
        required
        placeholder={t("agreements.form.existing.chooseStage")}
        options={currentStageChoices.map((s) => ({ value: s, label: t(`enums.agreementStage.${s}`) }))}
        value={current}
        onChange={(e) => setRows(e.target.value ? stagesFor(kindRules, e.target.value as TAgreementStage, rows) : [])}
        error={rows.length === 0 ? (form.error("stage") ?? form.error("stageDate")) : undefined}
      />
      {rows.length > 0 && (
        <ol className="stage-path" aria-label={t("agreements.form.existing.stages")}>
          {rows.map((row, i) => {
            const stageLabel = t(`enums.agreementStage.${row.stage}`);
            const stageError = form.error(stagePath(i));
            return (
              <li key={row.stage} className="stage-path__row" data-stage={row.stage}>
                <PreciseDateField
                  label={
                    i === last
                      ? t("agreements.form.existing.currentDate", { stage: stageLabel })
                      : t("agreements.form.existing.stageDate", { stage: stageLabel })
                  }
                  name={datePath(i)}
                  required
                  value={{ day: row.date, precision: row.datePrecision }}
                  onChange={(next) => setRow(i, { date: next.day ?? "", datePrecision: next.precision })}
                  error={form.error(datePath(i)) ?? form.error(i === last ? "stageDatePrecision" : `earlierStages.${i}.datePrecision`)}
                />
                {stageError && <p className="field__error">{stageError[0]}</p>}
                {i !== last && (
                  <Button
                    variant="ghost"
                    size="sm"
                    className="stage-path__remove"
                    icon={<Icon name="trash" size={16} />}
                    aria-label={t("agreements.form.existing.removeStage", { stage: stageLabel })}
                    onClick={() => setRows(rows.filter((_, j) => j !== i))}
                  >
                    <span className="document-rows__remove-text">{t("common.delete")}</span>
                  </Button>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {pathError && <p className="field__error">{pathError}</p>}
      {earlier && (
        <Button
          variant="secondary"
          size="sm"
          icon={<Icon name="plus" size={16} />}
          onClick={() => setRows([{ stage: earlier, date: "", datePrecision: "DAY" }, ...rows])}
        >
          {t("agreements.form.existing.addEarlier", { stage: t(`enums.agreementStage.${earlier}`) })}
        </Button>
      )}
      <div className="agreement-form__dates-grid">
        {passesRegistration && (
          <TextField
            label={t("agreements.detail.fields.registrationNumber")}
            name="registrationNumber"
            required
            maxLength={100}
            value={values.registrationNumber}
            onChange={(e) => form.set("registrationNumber", e.target.value)}
            error={form.error("registrationNumber")}
          />
        )}
        {/* The day of entry into force comes from its row when that is dated to the day; a month needs the day here. */}
        {inForce && inForce.datePrecision !== "DAY" && (
          <DayField
            label={t("agreements.detail.fields.effectiveAt")}
            name="effectiveAt"
            required
            value={values.effectiveAt}
            onChange={(day) => form.set("effectiveAt", day ?? "")}
            error={form.error("effectiveAt")}
          />
        )}
        {inForce && (
          <DayField
            label={t("agreements.detail.fields.expiresAt")}
            name="expiresAt"
            hint={t("agreements.form.existing.expiresHint")}
            value={values.expiresAt}
            onChange={(day) => form.set("expiresAt", day ?? "")}
            error={form.error("expiresAt")}
          />
        )}
      </div>
    </fieldset>
  );
}

function DocumentsEditor({ form, label, note }: { form: RecordForm<Values>; label: string; note: ReactNode }) {
  const { t } = useTranslation();
  const documents = form.values.documents;
  const setDocuments = (next: Values["documents"]) => form.set("documents", next);
  const general = form.errors.documents?.map(String);
  return (
    <fieldset className="form-grid__full agreement-form__documents">
      <legend className="field__label">{label}</legend>
      {documents.length === 0 && <p className="muted small">{t("agreements.form.noDocuments")}</p>}
      <ol className="document-rows">
        {documents.map((d, index) => (
          <li key={index} className="document-rows__row">
            <TextField
              label={t("agreements.form.documentTitle", { n: index + 1 })}
              name={`documents.${index}.title`}
              required
              maxLength={300}
              value={d.title}
              onChange={(e) => setDocuments(documents.map((x, i) => (i === index ? { ...x, title: e.target.value } : x)))}
              error={form.error(`documents.${index}.title`)}
            />
            <TextField
              label={t("agreements.form.documentUrl")}
              name={`documents.${index}.url`}
              type="url"
              inputMode="url"
              placeholder="https://"
              value={d.url}
              onChange={(e) => setDocuments(documents.map((x, i) => (i === index ? { ...x, url: e.target.value } : x)))}
              error={form.error(`documents.${index}.url`)}
            />
            <Button
              variant="ghost"
              size="sm"
              className="document-rows__remove"
              icon={<Icon name="trash" size={16} />}
              aria-label={t("agreements.form.removeDocument", { title: d.title || index + 1 })}
              onClick={() => setDocuments(documents.filter((_, i) => i !== index))}
            >
              <span className="document-rows__remove-text">{t("common.delete")}</span>
            </Button>
          </li>
        ))}
      </ol>
      {general && <p className="field__error">{general[0]}</p>}
      {note && <p className="field__note">{note}</p>}
      <Button variant="secondary" size="sm" icon={<Icon name="plus" size={16} />} onClick={() => setDocuments([...documents, { title: "", url: "" }])}>
        {t("agreements.form.addDocument")}
      </Button>
    </fieldset>
  );
}

/**
 * Shown while the save is refused because someone saved first: each field the other
 * person changed, their saved value next to what this user has in the form. The form
 * keeps every typed character; "reload and re-apply" (above) puts the edit on top.
 */
function ConflictComparison({
  form,
  base,
  agreementId,
  labels,
  show,
}: {
  form: RecordForm<Values>;
  base: Values;
  agreementId: string;
  labels: Record<keyof Values, string>;
  show: (field: keyof Values, value: Values[keyof Values]) => string;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [theirs, setTheirs] = useState<{ values: Values; version: number } | null>(null);
  const [failed, setFailed] = useState(false);
  // Shown from the moment of the conflict: the record as saved now.
  useEffect(() => {
    let live = true;
    queryClient
      .fetchQuery({ ...trpc.agreement.byId.queryOptions({ id: agreementId }), staleTime: 0 })
      .then((current) => live && setTheirs({ values: agreementToValues(current), version: current.version }))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [agreementId, queryClient]);
  if (failed) return null;
  if (!theirs) return <p className="muted small">{t("common.loading")}</p>;
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const fields = (Object.keys(labels) as Array<keyof Values>).filter((f) => !same(theirs.values[f], base[f]));
  const mine = new Set(form.changed);
  if (fields.length === 0) return null;
  return (
    <section className="conflict-compare" aria-labelledby="conflict-compare-title">
      <h2 className="conflict-compare__title" id="conflict-compare-title">
        {t("agreements.form.conflict.title")}
      </h2>
      <ul className="conflict-compare__list">
        {fields.map((f) => (
          <li key={f} className="conflict-compare__row" data-field={f}>
            <p className="conflict-compare__field">{labels[f]}</p>
            <dl className="conflict-compare__values">
              <div className="conflict-compare__theirs">
                <dt>{t("agreements.form.conflict.theirs")}</dt>
                <dd>{show(f, theirs.values[f]) || <span className="muted">{t("recordForm.emptyValue")}</span>}</dd>
              </div>
              <div className="conflict-compare__yours">
                <dt>{t("agreements.form.conflict.yours")}</dt>
                <dd>
                  {mine.has(f) ? (
                    show(f, form.values[f]) || <span className="muted">{t("recordForm.emptyValue")}</span>
                  ) : (
                    <span className="muted">{t("agreements.form.conflict.untouched")}</span>
                  )}
                </dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
      <p className="small">{t("agreements.form.conflict.hint")}</p>
    </section>
  );
}
