// Agreements named at the meeting: a type-ahead over the register's agreements (the same
// picker as partners and people), each pick a row with how it figured at the meeting,
// «подписано на встрече» or «обсуждалось». And the event the meeting was part of: the
// same picker, holding one choice at most.
import type { ReactNode } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { agreementMentions, type TAgreementMention } from "@atlas/shared/meeting";
import { trpc } from "../../../lib/trpc.ts";
import { useFormat } from "../../../lib/format.ts";
import type { FieldError } from "../../../ui/field.tsx";
import { LinkedRecordsField } from "../../../ui/form/linked-records-field.tsx";
import { EntityPicker, type EntityOption, type OptionsResult } from "../../../ui/entity-picker.tsx";
import type { AgreementLinkValue } from "../hooks/meeting-form-values.ts";

function useAgreementOptions(query: string): OptionsResult {
  const { t } = useTranslation();
  const agreements = useQuery(
    trpc.agreement.list.queryOptions(
      { filter: { q: query }, sort: { field: "title", direction: "asc" }, limit: 12 },
      { enabled: query.length > 0, placeholderData: keepPreviousData, staleTime: 30_000 },
    ),
  );
  return {
    options: query
      ? (agreements.data?.items ?? []).map((a) => ({
          id: a.id,
          label: a.title,
          description: [t(`enums.agreementStage.${a.stage}`), a.parties.map((p) => p.name).join(", ")].filter(Boolean).join(" · "),
        }))
      : [],
    loading: agreements.isFetching,
    failed: agreements.isError,
  };
}

function useEventOptions(query: string): OptionsResult {
  const format = useFormat();
  const events = useQuery(
    trpc.event.list.queryOptions(
      { filter: { q: query }, sort: { field: "startsAt", direction: "desc" }, limit: 12 },
      { enabled: query.length > 0, placeholderData: keepPreviousData, staleTime: 30_000 },
    ),
  );
  return {
    options: query
      ? (events.data?.items ?? []).map((e) => ({
          id: e.id,
          label: e.title,
          description: [format.span(e.startsAt, e.endsAt, e.datePrecision), e.place].filter(Boolean).join(" · "),
        }))
      : [],
    loading: events.isFetching,
    failed: events.isError,
  };
}

type AgreementsProps = {
  value: AgreementLinkValue[];
  onChange: (next: AgreementLinkValue[]) => void;
  error?: FieldError;
  rowError: (index: number) => string[] | undefined;
  note?: ReactNode;
};

export function AgreementsField({ value, onChange, error, rowError, note }: AgreementsProps): ReactNode {
  const { t } = useTranslation();
  const setMention = (agreementId: string, mention: TAgreementMention) =>
    onChange(value.map((row) => (row.agreementId === agreementId ? { ...row, mention } : row)));

  return (
    <LinkedRecordsField<AgreementLinkValue>
      label={t("meetings.one.fields.agreements")}
      hint={t("meetings.form.agreementsHint")}
      name="agreements"
      error={error}
      note={note}
      placeholder={t("meetings.form.agreementsPlaceholder")}
      useOptions={useAgreementOptions}
      value={value}
      onChange={onChange}
      // Signing is what a meeting is usually linked for; «обсуждалось» is one choice away.
      rowFor={(picked) => ({ agreementId: picked.id, label: picked.label, description: picked.description ?? "", mention: "SIGNED" })}
      rowId={(a) => a.agreementId}
      rowError={rowError}
      listLabel={t("meetings.form.agreementsChosen")}
      rowControl={(a, index) => (
        <>
          <label className="visually-hidden" htmlFor={`mention-${a.agreementId}`}>
            {t("meetings.form.mentionLabel", { title: a.label })}
          </label>
          <select
            id={`mention-${a.agreementId}`}
            name={`agreements.${index}.mention`}
            className="input select participant-rows__role"
            value={a.mention}
            onChange={(e) => setMention(a.agreementId, e.target.value as TAgreementMention)}
          >
            {agreementMentions.map((m) => (
              <option key={m} value={m}>
                {t(`enums.agreementMention.${m}`)}
              </option>
            ))}
          </select>
        </>
      )}
    />
  );
}

type EventProps = {
  value: EntityOption | null;
  onChange: (next: EntityOption | null) => void;
  error?: FieldError;
  note?: ReactNode;
};

/** One event at most: a new pick replaces the old one. */
export function EventField({ value, onChange, error, note }: EventProps): ReactNode {
  const { t } = useTranslation();
  return (
    <EntityPicker
      className="form-grid__full"
      label={t("meetings.one.fields.eventId")}
      name="eventId"
      hint={t("meetings.form.eventHint")}
      placeholder={t("meetings.form.eventPlaceholder")}
      selected={value ? [value] : []}
      onChange={(next) => onChange(next.at(-1) ?? null)}
      useOptions={useEventOptions}
      error={error}
      note={note}
    />
  );
}
