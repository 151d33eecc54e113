// «Факты об экспорте» on the Exports page: what sources state in words (a rank among
// buyers, a growth rate, an intent to supply), under the page's filter, each with its
// source; editors add one with the form below the heading.
import { useRef, useState, type ReactNode } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { exportFactKinds, ZCreateExportFactInput, type TCreateExportFactInput, type TExportFactKind } from "@atlas/shared/export-fact";
import { ZCreateSourceInput, type TCreateSourceInput } from "@atlas/shared/source";
import type { CalendarDay } from "@atlas/shared/calendar-day";
import { trpc } from "../../../lib/trpc.ts";
import { invalidateAfter } from "../../../lib/invalidation.ts";
import { parseLocaleNumber } from "../../../lib/format.ts";
import { isNetworkError } from "../../../lib/errors.ts";
import { countedTotal, useShownText, useTotalText } from "../../../lib/list-total.ts";
import { issuesToFieldErrors, type FieldErrors } from "../../../lib/validation.ts";
import { useRecordForm } from "../../../lib/use-record-form.ts";
import { FormStatus, LeaveGuard } from "../../../ui/form-status.tsx";
import { bindFields } from "../../../ui/form/field-binding.ts";
import { Button } from "../../../ui/button.tsx";
import { DayField } from "../../../ui/day-field.tsx";
import { Select } from "../../../ui/select.tsx";
import { VocabularySelect } from "../../../ui/vocabulary-select.tsx";
import { TextArea, TextField } from "../../../ui/text-field.tsx";
import { PartnerPicker, type PickedPartner } from "../../../ui/partner-picker.tsx";
import { ErrorState } from "../../../ui/states.tsx";
import { Spinner } from "../../../ui/spinner.tsx";
import { showToast } from "../../../ui/toast.tsx";
import { ExportFactText } from "../../../ui/export-fact-text.tsx";
import { useExportFactList } from "../hooks/export-fact-queries.ts";
import { hasExportFilter, type TExportSearch } from "../hooks/export-search.ts";

export function ExportFactsSection({ search, canEdit }: { search: TExportSearch; canEdit: boolean }): ReactNode {
  const { t } = useTranslation();
  const list = useExportFactList(search);
  const [adding, setAdding] = useState(false);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const firstPage = list.data?.pages[0];
  const total = firstPage ? countedTotal(firstPage) : null;
  const totalText = useTotalText();
  const shownText = useShownText();

  return (
    <section className="section export-facts" aria-labelledby="export-facts">
      <div className="section__header">
        <h2 className="section__title" id="export-facts">
          {t("exports.facts.title")}
          {total !== null && total.count > 0 && <span className="count-pill">{totalText(total)}</span>}
        </h2>
        {canEdit && !adding && (
          <Button size="sm" onClick={() => setAdding(true)}>
            {t("exports.facts.add")}
          </Button>
        )}
      </div>
      <p className="muted export-facts__intro">{t("exports.facts.intro")}</p>
      {adding && <ExportFactForm onDone={() => setAdding(false)} />}
      {list.isError && !list.data ? (
        <ErrorState message={isNetworkError(list.error) ? t("errors.network") : t("errors.load")} onRetry={() => void list.refetch()} />
      ) : list.isPending ? (
        <Spinner label={t("common.loading")} />
      ) : rows.length === 0 ? (
        <p className="muted">{hasExportFilter(search) ? t("exports.facts.emptyFiltered") : t("exports.facts.empty")}</p>
      ) : (
        <div className={`results${list.isPlaceholderData ? " results--stale" : ""}`} aria-busy={list.isFetching || undefined}>
          <ul className="export-fact-list card" aria-label={t("exports.facts.listLabel")}>
            {rows.map((f) => (
              <li key={f.id}>
                <ExportFactText fact={f} actions={canEdit ? <DeleteFact id={f.id} version={f.version} /> : null} />
              </li>
            ))}
          </ul>
          {total !== null && (
            <div className="results__footer">
              <p className="results__count">{shownText(rows.length, total)}</p>
              {list.hasNextPage && (
                <Button onClick={() => void list.fetchNextPage()} busy={list.isFetchingNextPage}>
                  {list.isFetchingNextPage ? t("common.loadingMore") : t("common.loadMore")}
                </Button>
              )}
            </div>
          )}
        </div>
      )}
    </section>
  );
}

/** Facts change the dossier's export block too; both are refetched. */
function useRefreshFacts() {
  const queryClient = useQueryClient();
  return () => invalidateAfter(queryClient, { entity: "exportFact" });
}

function DeleteFact({ id, version }: { id: string; version: number }): ReactNode {
  const { t } = useTranslation();
  const refresh = useRefreshFacts();
  const remove = useMutation(trpc.exportFact.delete.mutationOptions());
  return (
    <Button
      size="sm"
      variant="ghost"
      busy={remove.isPending}
      onClick={() =>
        void remove.mutateAsync({ id, version }).then(
          async () => {
            await refresh();
            showToast(t("exports.facts.deleted"));
          },
          // Deleted or changed by someone else meanwhile: the list shows what is there now.
          async () => {
            await refresh();
            showToast(t("errors.generic"), "info");
          },
        )
      }
    >
      {t("exports.facts.delete")}
    </Button>
  );
}

type FactFormValues = {
  kind: TExportFactKind;
  partner: PickedPartner | null;
  categoryId: string;
  periodStart: CalendarDay | string | null;
  periodEnd: CalendarDay | string | null;
  rank: string;
  growthPercent: string;
  statement: string;
  sourceUrl: string;
  sourceTitle: string;
};

const factFormFields = [
  "kind",
  "partnerId",
  "categoryId",
  "periodStart",
  "periodEnd",
  "rank",
  "growthPercent",
  "statement",
  "sourceUrl",
  "sourceTitle",
  "sourceId",
] as const;

const emptyFact: FactFormValues = {
  kind: "RANK",
  partner: null,
  categoryId: "",
  periodStart: null,
  periodEnd: null,
  rank: "",
  growthPercent: "",
  statement: "",
  sourceUrl: "",
  sourceTitle: "",
};

type PreparedFact = { fact: TCreateExportFactInput; source: TCreateSourceInput | null };

/** Form values → the API input, checked with the shared schemas; only the figure of the chosen kind is sent. */
function prepareFact(values: FactFormValues, messages: { partnerRequired: string }): { input: PreparedFact } | { errors: FieldErrors } {
  const rank = values.kind === "RANK" ? parseLocaleNumber(values.rank) : null;
  const fact = {
    kind: values.kind,
    partnerId: values.partner?.id ?? "",
    categoryId: values.categoryId || null,
    periodStart: values.periodStart || null,
    periodEnd: values.periodEnd || null,
    // A number that is not one goes as typed, so the schema names the problem.
    rank: rank === null ? null : Number.isNaN(rank) ? (values.rank as unknown as number) : rank,
    growthPercent: values.kind === "GROWTH" ? values.growthPercent.trim() || null : null,
    statement: values.statement,
    sourceId: null,
  };
  const errors: FieldErrors = {};
  const parsed = ZCreateExportFactInput.safeParse(fact);
  if (!parsed.success) Object.assign(errors, issuesToFieldErrors(parsed.error, ""));
  if (!values.partner) errors.partnerId = [messages.partnerRequired];
  let source: TCreateSourceInput | null = null;
  if (values.sourceUrl.trim()) {
    source = { title: values.sourceTitle.trim() || values.sourceUrl.trim(), kind: "NEWS", url: values.sourceUrl.trim() };
    const checked = ZCreateSourceInput.safeParse(source);
    if (!checked.success) {
      for (const [path, list] of Object.entries(issuesToFieldErrors(checked.error, "")))
        (errors[path === "url" ? "sourceUrl" : "sourceTitle"] ??= []).push(...list);
    }
  }
  return Object.keys(errors).length > 0 ? { errors } : { input: { fact, source } };
}

function ExportFactForm({ onDone }: { onDone: () => void }): ReactNode {
  const { t } = useTranslation();
  const refresh = useRefreshFacts();
  const create = useMutation(trpc.exportFact.create.mutationOptions());
  const createSource = useMutation(trpc.source.create.mutationOptions());
  // A source created for a save that then failed is reused by the next attempt, not created twice.
  const createdSource = useRef<{ key: string; id: string } | null>(null);

  const form = useRecordForm<FactFormValues, PreparedFact, unknown>({
    draftKey: "exportFact:new",
    initial: emptyFact,
    version: null,
    fields: factFormFields,
    prepare: (values) => prepareFact(values, { partnerRequired: t("exports.facts.fields.partnerRequired") }),
    save: async ({ fact, source }) => {
      let sourceId: string | null = null;
      if (source) {
        const key = JSON.stringify(source);
        if (createdSource.current?.key !== key) createdSource.current = { key, id: (await createSource.mutateAsync(source)).id };
        sourceId = createdSource.current.id;
      }
      return create.mutateAsync({ ...fact, sourceId });
    },
    onSaved: async () => {
      await refresh();
      showToast(t("exports.facts.saved"));
      onDone();
    },
  });
  const { values } = form;
  const field = bindFields(form);
  const labels: Record<string, string> = Object.fromEntries(
    factFormFields.map((f) => [f, f === "sourceId" ? t("exports.facts.fields.sourceUrl") : t(`exports.facts.fields.${f}`)]),
  );

  return (
    <form className="form card form--wide export-fact-form" onSubmit={form.submit} noValidate aria-labelledby="export-fact-form-title">
      <h3 className="card__title" id="export-fact-form-title">
        {t("exports.facts.formTitle")}
      </h3>
      <FormStatus form={form} labels={labels} />
      <div className="form-grid">
        <Select
          label={t("exports.facts.fields.kind")}
          required
          {...field.choice("kind")}
          options={exportFactKinds.map((k) => ({ value: k, label: t(`enums.exportFactKind.${k}`) }))}
        />
        <PartnerPicker label={t("exports.facts.fields.partnerId")} required {...field.value("partner")} error={form.error("partnerId")} />
        <VocabularySelect
          vocabulary="exportCategory"
          label={t("exports.facts.fields.categoryId")}
          required={values.kind === "INTENT"}
          {...field.value("categoryId")}
          placeholder={t("exports.facts.fields.anyCategory")}
        />
        {values.kind === "RANK" && (
          <TextField label={t("exports.facts.fields.rank")} required inputMode="numeric" hint={t("exports.facts.fields.rankHint")} {...field.text("rank")} />
        )}
        {values.kind === "GROWTH" && (
          <TextField
            label={t("exports.facts.fields.growthPercent")}
            required
            inputMode="decimal"
            hint={t("exports.facts.fields.growthHint")}
            {...field.text("growthPercent")}
          />
        )}
        <DayField label={t("exports.facts.fields.periodStart")} {...field.value("periodStart")} />
        <DayField label={t("exports.facts.fields.periodEnd")} {...field.value("periodEnd")} note={t("exports.facts.fields.periodHint")} />
        <TextArea
          label={t("exports.facts.fields.statement")}
          required
          maxLength={1000}
          className="form-grid__full"
          hint={t("exports.facts.fields.statementHint")}
          {...field.text("statement")}
        />
        <TextField
          label={t("exports.facts.fields.sourceUrl")}
          type="url"
          inputMode="url"
          placeholder="https://"
          {...field.text("sourceUrl")}
          error={form.error("sourceUrl") ?? form.error("sourceId")}
        />
        <TextField
          label={t("exports.facts.fields.sourceTitle")}
          maxLength={500}
          hint={t("exports.facts.fields.sourceTitleHint")}
          {...field.text("sourceTitle")}
        />
      </div>
      <div className="form__actions">
        <Button type="submit" variant="primary" busy={form.saving}>
          {form.saving ? t("common.saving") : t("exports.facts.save")}
        </Button>
        <Button
          variant="ghost"
          onClick={() => {
            form.discardDraft();
            onDone();
          }}
        >
          {t("exports.facts.cancel")}
        </Button>
      </div>
      <LeaveGuard form={form} />
    </form>
  );
}
