// "Перевести на стадию…": only the stages the server allows from here (allowedNextStages
// of agreement.byId), the date of the move (today in the home region by default, any
// earlier day not before the previous move, as precise as the source), a note, and what the
// chosen stage needs (registration number, date of entry into force, new term). The
// shared rules check it before sending; the server's messages land on the same fields.
import { useId, type ReactNode } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { TAgreementStage } from "@atlas/shared/enums";
import { ZAdvanceAgreementStageInput } from "@atlas/shared/agreement";
import { stageRequirements, stageTransitionProblems } from "@atlas/shared/agreement-stages";
import { formatTypedDay, isCalendarDay, periodOf, type TDatePrecision } from "@atlas/shared/calendar-day";
import { trpc } from "../../../lib/trpc.ts";
import { errorCode, problemText } from "../../../lib/errors.ts";
import { useForm, type Prepared } from "../../../lib/use-form.ts";
import { issuesToFieldErrors, type FieldErrors } from "../../../lib/validation.ts";
import { dayValue, markUnreadableDays } from "../../../lib/day-input.ts";
import { useHomeToday } from "../../../lib/home-today.ts";
import { useAgreementKindRules } from "../../../lib/vocabularies.ts";
import { Dialog } from "../../../ui/dialog.tsx";
import { Select } from "../../../ui/select.tsx";
import { TextArea, TextField } from "../../../ui/text-field.tsx";
import { DayField } from "../../../ui/day-field.tsx";
import { PreciseDateField } from "../../../ui/precise-date-field.tsx";
import { Button } from "../../../ui/button.tsx";
import { Alert } from "../../../ui/alert.tsx";
import { showToast } from "../../../ui/toast.tsx";
import type { AgreementDetail } from "../hooks/agreement-queries.ts";
import { invalidateAfter } from "../../../lib/invalidation.ts";

const fields = ["toStage", "date", "datePrecision", "note", "registrationNumber", "effectiveAt", "expiresAt"] as const;
type Field = Exclude<(typeof fields)[number], "datePrecision">;
type Values = Record<Field, string> & { datePrecision: TDatePrecision };

export function AdvanceStageDialog({ agreement, open, onClose }: { agreement: AgreementDetail; open: boolean; onClose: () => void }): ReactNode {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t("agreements.detail.advance.title")} onClose={onClose} size="md">
      {open && <AdvanceStageForm agreement={agreement} onClose={onClose} />}
    </Dialog>
  );
}

function AdvanceStageForm({ agreement, onClose }: { agreement: AgreementDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const formId = useId();
  const queryClient = useQueryClient();
  const today = useHomeToday();
  const kind = useAgreementKindRules(agreement.kind);
  const options = agreement.allowedNextStages;
  const advance = useMutation(trpc.agreement.advanceStage.mutationOptions());
  const form = useForm<Values, z.output<typeof ZAdvanceAgreementStageInput>, AgreementDetail>({
    initial: {
      toStage: options.length === 1 ? (options[0] as string) : "",
      date: today,
      datePrecision: "DAY",
      note: "",
      registrationNumber: agreement.registrationNumber ?? "",
      effectiveAt: agreement.effectiveAt ?? "",
      expiresAt: "",
    },
    fields,
    prepare,
    save: (input) => advance.mutateAsync(input),
    onSaved: async (saved) => {
      queryClient.setQueryData(trpc.agreement.byId.queryKey({ id: saved.id }), saved);
      await invalidateAfter(queryClient, { entity: "agreement" });
      showToast(t("agreements.detail.advance.done", { stage: t(`enums.agreementStage.${saved.stage}`) }));
      onClose();
    },
    onRefused: (error) => {
      if (errorCode(error) !== "CONFLICT") return false;
      form.setGeneral(t("agreements.detail.advance.conflict"));
      void invalidateAfter(queryClient, { entity: "agreement" });
      return true;
    },
  });
  const { values } = form;

  const to = (values.toStage || null) as TAgreementStage | null;
  const needs = new Set(to ? stageRequirements[to].requires.map((r) => r.field) : []);
  // At entry into force the term may be set too; at extension it must be.
  const shows = (field: "registrationNumber" | "effectiveAt" | "expiresAt") => needs.has(field) || (to === "IN_FORCE" && field === "expiresAt");

  /** The shared schema, then the stage's own rules (stageTransitionProblems) on the same fields. */
  function prepare(current: Values): Prepared<z.output<typeof ZAdvanceAgreementStageInput>> {
    const found: FieldErrors = {};
    if (!to) found.toStage = [t("agreements.detail.advance.chooseStage")];
    if (!current.date.trim()) found.date = [t("agreements.detail.advance.chooseDate")];
    // The day shown is the day sent, today included: the server never has to guess it.
    const date = current.date.trim();
    const input = {
      id: agreement.id,
      version: agreement.version,
      toStage: to ?? undefined,
      date: date || undefined,
      datePrecision: current.datePrecision,
      note: current.note,
      registrationNumber: shows("registrationNumber") ? current.registrationNumber : null,
      effectiveAt: shows("effectiveAt") ? dayValue(current.effectiveAt) : null,
      expiresAt: shows("expiresAt") ? dayValue(current.expiresAt) : null,
    };
    const parsed = ZAdvanceAgreementStageInput.safeParse(input);
    if (!parsed.success) Object.assign(found, issuesToFieldErrors(parsed.error, ""), found);
    markUnreadableDays(
      found,
      { date: current.date, effectiveAt: shows("effectiveAt") ? current.effectiveAt : "", expiresAt: shows("expiresAt") ? current.expiresAt : "" },
      t("dayField.invalid"),
    );
    const period = isCalendarDay(date) ? periodOf(date, current.datePrecision) : null;
    // A month that has begun may be the month of the move; only a date wholly ahead is refused.
    if (period && period.first > today && !found.date) found.date = [t("agreements.detail.advance.futureDate", { today: formatTypedDay(today) })];
    if (parsed.success && to && period && !found.date) {
      const last = agreement.stageHistory.at(-1);
      const problems = stageTransitionProblems({
        kind,
        from: agreement.stage,
        to,
        // A vague date is before the previous move only when all of its period is.
        date: period.last,
        lastChangedAt: last ? last.changedAt : null,
        record: {
          registrationNumber: agreement.registrationNumber,
          effectiveAt: agreement.effectiveAt,
          expiresAt: agreement.expiresAt,
        },
        input: { registrationNumber: parsed.data.registrationNumber, effectiveAt: parsed.data.effectiveAt, expiresAt: parsed.data.expiresAt },
        context: { international: agreement.international },
      });
      for (const [field, problem] of Object.entries(problems)) found[field] = [problemText(problem)];
    }
    if (!parsed.success || Object.keys(found).length) return { errors: found };
    return { input: parsed.data };
  }

  if (options.length === 0) {
    return (
      <>
        <p>{t("agreements.detail.advance.none")}</p>
        <div className="dialog__footer">
          <Button onClick={onClose}>{t("common.close")}</Button>
        </div>
      </>
    );
  }

  return (
    <form id={formId} className="advance-form" onSubmit={form.submit} noValidate>
      <p className="muted">{t("agreements.detail.advance.from", { stage: t(`enums.agreementStage.${agreement.stage}`) })}</p>
      {form.general && <Alert tone="error">{form.general}</Alert>}
      <Select
        label={t("agreements.detail.advance.toStage")}
        name="toStage"
        required
        placeholder={options.length === 1 ? undefined : t("agreements.detail.advance.choose")}
        options={options.map((s) => ({ value: s, label: t(`enums.agreementStage.${s}`) }))}
        value={values.toStage}
        onChange={(e) => form.set("toStage", e.target.value)}
        error={form.error("toStage")}
      />
      <PreciseDateField
        label={t("agreements.detail.advance.date")}
        name="date"
        required
        hint={t("agreements.detail.advance.dateHint")}
        value={{ day: values.date, precision: values.datePrecision }}
        onChange={(next) => {
          form.set("date", next.day ?? "");
          form.set("datePrecision", next.precision);
        }}
        error={form.error("date") ?? form.error("datePrecision")}
      />
      {shows("registrationNumber") && (
        <TextField
          label={t("agreements.detail.fields.registrationNumber")}
          name="registrationNumber"
          required
          maxLength={100}
          hint={t("agreements.detail.advance.registrationHint")}
          value={values.registrationNumber}
          onChange={(e) => form.set("registrationNumber", e.target.value)}
          error={form.error("registrationNumber")}
        />
      )}
      {shows("effectiveAt") && (
        <DayField
          label={t("agreements.detail.fields.effectiveAt")}
          name="effectiveAt"
          required
          value={values.effectiveAt}
          onChange={(day) => form.set("effectiveAt", day ?? "")}
          error={form.error("effectiveAt")}
        />
      )}
      {shows("expiresAt") && (
        <DayField
          label={to === "EXTENDED" ? t("agreements.detail.advance.newExpiresAt") : t("agreements.detail.fields.expiresAt")}
          name="expiresAt"
          required={needs.has("expiresAt")}
          hint={agreement.expiresAt ? t("agreements.detail.advance.currentTerm", { date: formatTypedDay(agreement.expiresAt) }) : undefined}
          value={values.expiresAt}
          onChange={(day) => form.set("expiresAt", day ?? "")}
          error={form.error("expiresAt")}
        />
      )}
      <TextArea
        label={t("agreements.detail.advance.note")}
        name="note"
        rows={3}
        maxLength={2000}
        hint={t("agreements.detail.advance.noteHint")}
        value={values.note}
        onChange={(e) => form.set("note", e.target.value)}
        error={form.error("note")}
      />
      <div className="advance-form__actions">
        <Button onClick={onClose} disabled={form.saving}>
          {t("common.cancel")}
        </Button>
        <Button type="submit" variant="primary" busy={form.saving}>
          {t("agreements.detail.advance.submit")}
        </Button>
      </div>
    </form>
  );
}
