// Log a meeting or fix one. Built for the keyboard: every list is a type-ahead
// (Enter picks, arrows move), Enter never submits by accident, Ctrl+Enter saves.
// Validation uses the shared schemas before anything is sent; the server's
// fieldErrors land next to the same fields. Drafts, conflicts and leaving with
// unsaved input are handled by useRecordForm / FormStatus / LeaveGuard.
import { useRef, type KeyboardEvent, type ReactNode } from "react";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { directions, interactionFormats, interactionKinds, type TInteractionKind } from "@atlas/shared/enums";
import type { TCreateSourceInput } from "@atlas/shared/source";
import { formatTypedDay, isCalendarDay } from "@atlas/shared/calendar-day";
import { trpc } from "../../../lib/trpc.ts";
import { useSessionUser } from "../../../lib/session.ts";
import { useSectorOptions } from "../../../lib/reference-queries.ts";
import { useRecordForm, type RecordForm } from "../../../lib/use-record-form.ts";
import { localizeMessage } from "../../../lib/i18n.ts";
import { FormStatus, LeaveGuard, useTheirValueNote } from "../../../ui/form-status.tsx";
import { TextArea, TextField } from "../../../ui/text-field.tsx";
import { Select } from "../../../ui/select.tsx";
import { Button } from "../../../ui/button.tsx";
import { DayField } from "../../../ui/day-field.tsx";
import { PreciseDateField } from "../../../ui/precise-date-field.tsx";
import { useHomeToday } from "../../../lib/home-today.ts";
import { normalizeSearchText } from "@atlas/shared/search-text";
import { EntityPicker, type OptionsResult } from "./entity-picker.tsx";
import { ParticipantsField } from "./participants-field.tsx";
import { AgreementsField, EventField } from "./agreements-field.tsx";
import { FollowUpsField } from "./follow-ups-field.tsx";
import { FollowUpList } from "./follow-up-list.tsx";
import {
  meetingFormFields,
  meetingToValues,
  prepareMeeting,
  suggestedTitle,
  type MeetingFormValues,
  type PreparedMeeting,
} from "../hooks/meeting-form-values.ts";
import type { MeetingDetail } from "../hooks/meeting-queries.ts";

function usePartnerOptions(query: string): OptionsResult {
  const partners = useQuery(
    trpc.partner.list.queryOptions(
      { filter: { q: query }, sort: { field: "name", direction: "asc" }, limit: 12 },
      { enabled: query.length > 0, placeholderData: keepPreviousData, staleTime: 30_000 },
    ),
  );
  const { t } = useTranslation();
  return {
    options: query
      ? (partners.data?.items ?? []).map((p) => ({ id: p.id, label: p.name, description: [t(`levels.${p.level}`), p.parent?.name].filter(Boolean).join(" · ") }))
      : [],
    loading: partners.isFetching,
    failed: partners.isError,
  };
}

function useSectorPickerOptions(query: string): OptionsResult {
  const sectors = useSectorOptions();
  const { i18n } = useTranslation();
  const words = normalizeSearchText(query).split(/\s+/).filter(Boolean);
  const options = (sectors.data?.items ?? [])
    .map((s) => ({ id: s.id, label: i18n.language === "en" ? s.nameEn : s.name, match: normalizeSearchText(`${s.name} ${s.nameEn} ${s.code}`) }))
    .filter((s) => words.every((w) => s.match.includes(w)))
    .map(({ id, label }) => ({ id, label }));
  return { options, loading: sectors.isPending, failed: sectors.isError };
}

export type MeetingFormProps = {
  /** Absent when creating. */
  meeting?: MeetingDetail;
  initial: MeetingFormValues;
  draftKey: string;
  onSaved: (saved: MeetingDetail) => void;
  onCancel: () => void;
};

export function MeetingForm({ meeting, initial, draftKey, onSaved, onCancel }: MeetingFormProps): ReactNode {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const user = useSessionUser();
  const today = useHomeToday();
  const createMeeting = useMutation(trpc.meeting.create.mutationOptions());
  const updateMeeting = useMutation(trpc.meeting.update.mutationOptions());
  const createSource = useMutation(trpc.source.create.mutationOptions());
  const createFollowUp = useMutation(trpc.followUp.create.mutationOptions());
  // A source created for a save that then failed is reused by the next attempt, not created twice.
  const createdSource = useRef<{ key: string; id: string } | null>(null);

  const labels: Record<string, string> = Object.fromEntries(meetingFormFields.map((f) => [f, t(`meetings.one.fields.${f}`)]));

  const form: RecordForm<MeetingFormValues> = useRecordForm<MeetingFormValues, PreparedMeeting, MeetingDetail>({
    draftKey,
    initial,
    version: meeting?.version ?? null,
    fields: meetingFormFields,
    prepare: (values, version) =>
      prepareMeeting(values, {
        kindLabel: t(`meetings.kinds.${values.kind}`),
        editing: meeting && version !== null ? { id: meeting.id, version } : null,
        messages: { futureDate: t("meetings.form.futureDate"), summaryRequired: t("meetings.form.summaryRequired"), invalidDay: t("dayField.invalid") },
        today,
        saved: meeting ? { startsAt: initial.startsAt, summary: initial.summary } : null,
      }),
    save: async ({ meeting: input, newFollowUps, newSource, version }) => {
      let sourceId = input.sourceId ?? null;
      if (newSource) sourceId = await sourceIdFor(newSource);
      if (!meeting) return createMeeting.mutateAsync({ ...input, sourceId });
      const { followUps: _none, eventId, ...data } = input;
      // An event left as it was is not sent: the link to an event deleted since (not shown in the form) stays.
      const eventChanged = (eventId ?? null) !== (meeting.event?.id ?? null);
      const saved = await updateMeeting.mutateAsync({
        id: meeting.id,
        version: version ?? meeting.version,
        data: { ...data, sourceId, ...(eventChanged ? { eventId } : {}) },
      });
      if (newFollowUps.length === 0) return saved;
      for (const task of newFollowUps) await createFollowUp.mutateAsync({ ...task, interactionId: saved.id });
      return queryClient.fetchQuery({ ...trpc.meeting.byId.queryOptions({ id: saved.id }), staleTime: 0 });
    },
    reload: meeting
      ? async () => {
          const current = await queryClient.fetchQuery({ ...trpc.meeting.byId.queryOptions({ id: meeting.id }), staleTime: 0 });
          return { values: { ...meetingToValues(current), followUps: form.values.followUps }, version: current.version };
        }
      : undefined,
    onSaved: async (saved) => {
      queryClient.setQueryData(trpc.meeting.byId.queryKey({ id: saved.id }), saved);
      await Promise.all([
        queryClient.invalidateQueries(trpc.meeting.list.pathFilter()),
        queryClient.invalidateQueries(trpc.followUp.pathFilter()),
        queryClient.invalidateQueries(trpc.timeline.pathFilter()),
        queryClient.invalidateQueries(trpc.dashboard.pathFilter()),
        queryClient.invalidateQueries(trpc.partner.pathFilter()),
      ]);
      onSaved(saved);
    },
  });

  async function sourceIdFor(source: TCreateSourceInput): Promise<string> {
    const key = JSON.stringify(source);
    if (createdSource.current?.key === key) return createdSource.current.id;
    const created = await createSource.mutateAsync(source);
    createdSource.current = { key, id: created.id };
    return created.id;
  }

  const { values, set } = form;
  const theirNote = useTheirValueNote(form, (field, value) => {
    if (Array.isArray(value)) return value.map((v) => (v as { label?: string }).label ?? "").join(", ");
    if (field === "kind") return t(`meetings.kinds.${value as TInteractionKind}`);
    if (field === "source") return (value as MeetingFormValues["source"]).existing?.title ?? "";
    if (field === "eventId") return (value as MeetingFormValues["eventId"])?.label ?? "";
    if ((field === "startsAt" || field === "endsAt") && isCalendarDay(value)) return formatTypedDay(value);
    if (field === "datePrecision") return t(`datePrecision.${value as MeetingFormValues["datePrecision"]}`);
    return String(value ?? "");
  });
  const owners = user ? [{ id: user.id, name: t("meetings.form.followUp.me", { name: user.name }) }] : [];

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== "Enter") return;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      form.submit();
      return;
    }
    // A plain Enter in a one-line box must not save a half-filled meeting.
    const target = event.target as HTMLElement;
    if (target.tagName === "INPUT" && (target as HTMLInputElement).type !== "checkbox" && (target as HTMLInputElement).type !== "radio") event.preventDefault();
  };

  const suggestion = suggestedTitle(values, t(`meetings.kinds.${values.kind}`));
  // A month, quarter or year is its own span: no end day and no hour to give.
  const exactDay = values.datePrecision === "DAY" || values.datePrecision === "APPROXIMATE";

  return (
    <form className="form card form--wide meeting-form" onSubmit={form.submit} onKeyDown={onKeyDown} noValidate aria-describedby="meeting-form-keys">
      <FormStatus form={form} labels={labels} />

      <div className="form-grid">
        <div className="form-grid__pair">
          <PreciseDateField
            label={t("meetings.one.fields.startsAt")}
            name="startsAt"
            required
            value={{ day: values.startsAt, precision: values.datePrecision }}
            onChange={(next) => {
              if (next.precision !== values.datePrecision) set("datePrecision", next.precision);
              if ((next.day ?? "") !== values.startsAt) set("startsAt", next.day ?? "");
            }}
            error={form.error("startsAt") ?? form.error("datePrecision")}
            note={theirNote("startsAt") ?? theirNote("datePrecision")}
          />
          {exactDay && (
            <div className="meeting-form__end">
              <DayField
                label={t("meetings.one.fields.endsAt")}
                name="endsAt"
                hint={t("meetings.form.endsAtHint")}
                value={values.endsAt}
                onChange={(day) => set("endsAt", day ?? "")}
                error={form.error("endsAt")}
                note={theirNote("endsAt")}
              />
              <TextField
                label={t("meetings.one.fields.startTime")}
                name="startTime"
                inputMode="numeric"
                autoComplete="off"
                maxLength={5}
                className="field--narrow"
                placeholder={t("meetings.form.timePlaceholder")}
                hint={t("meetings.form.startTimeHint")}
                value={values.startTime}
                onChange={(e) => set("startTime", e.target.value)}
                error={form.error("startTime")}
                note={theirNote("startTime")}
              />
            </div>
          )}
        </div>
        <div className="form-grid__pair">
          <Select
            label={t("meetings.one.fields.kind")}
            name="kind"
            required
            options={interactionKinds.map((k) => ({ value: k, label: t(`meetings.kinds.${k}`) }))}
            value={values.kind}
            onChange={(e) => set("kind", e.target.value as TInteractionKind)}
            error={form.error("kind")}
            note={theirNote("kind")}
          />
          <Select
            label={t("meetings.one.fields.direction")}
            name="direction"
            placeholder={t("common.none")}
            options={directions.map((d) => ({ value: d, label: t(`meetings.directions.${d}`) }))}
            value={values.direction}
            onChange={(e) => set("direction", e.target.value as MeetingFormValues["direction"])}
            error={form.error("direction")}
            note={theirNote("direction")}
          />
        </div>

        <EntityPicker
          className="form-grid__full"
          label={t("meetings.one.fields.partnerIds")}
          name="partnerIds"
          required
          hint={t("meetings.form.partnersHint")}
          placeholder={t("meetings.form.partnersPlaceholder")}
          selected={values.partnerIds}
          onChange={(next) => set("partnerIds", next)}
          useOptions={usePartnerOptions}
          error={form.error("partnerIds")}
          note={theirNote("partnerIds")}
        />

        <ParticipantsField
          value={values.participants}
          onChange={(next) => set("participants", next)}
          error={form.errors.participants?.map((m) => localizeMessage(m))}
          rowError={(index) => form.error(`participants.${index}`)}
          note={theirNote("participants")}
          partners={values.partnerIds}
        />

        <EntityPicker
          className="form-grid__full"
          label={t("meetings.one.fields.sectorIds")}
          name="sectorIds"
          hint={t("meetings.form.sectorsHint")}
          placeholder={t("meetings.form.sectorsPlaceholder")}
          selected={values.sectorIds}
          onChange={(next) => set("sectorIds", next)}
          useOptions={useSectorPickerOptions}
          openOnFocus
          error={form.error("sectorIds")}
          note={theirNote("sectorIds")}
        />

        <AgreementsField
          value={values.agreements}
          onChange={(next) => set("agreements", next)}
          error={form.errors.agreements?.map((m) => localizeMessage(m))}
          rowError={(index) => form.error(`agreements.${index}`)}
          note={theirNote("agreements")}
        />
        <EventField value={values.eventId} onChange={(next) => set("eventId", next)} error={form.error("eventId")} note={theirNote("eventId")} />

        <TextField
          label={t("meetings.one.fields.title")}
          name="title"
          maxLength={500}
          hint={suggestion && !values.title ? t("meetings.form.titleHint", { title: suggestion }) : t("meetings.form.titleHintEmpty")}
          placeholder={suggestion}
          value={values.title}
          onChange={(e) => set("title", e.target.value)}
          error={form.error("title")}
          note={theirNote("title")}
        />
        <div className="form-grid__pair">
          <TextField
            label={t("meetings.one.fields.place")}
            name="place"
            maxLength={500}
            value={values.place}
            onChange={(e) => set("place", e.target.value)}
            error={form.error("place")}
            note={theirNote("place")}
          />
          <Select
            label={t("meetings.one.fields.format")}
            name="format"
            options={interactionFormats.map((f) => ({ value: f, label: t(`meetings.formats.${f}`) }))}
            value={values.format}
            onChange={(e) => set("format", e.target.value as MeetingFormValues["format"])}
            error={form.error("format")}
            note={theirNote("format")}
          />
        </div>

        <TextArea
          label={t("meetings.one.fields.summary")}
          name="summary"
          required
          className="form-grid__full"
          rows={4}
          hint={t("meetings.form.summaryHint")}
          value={values.summary}
          onChange={(e) => set("summary", e.target.value)}
          error={form.error("summary")}
          note={theirNote("summary")}
        />
        <TextArea
          label={t("meetings.one.fields.outcomes")}
          name="outcomes"
          className="form-grid__full"
          rows={3}
          value={values.outcomes}
          onChange={(e) => set("outcomes", e.target.value)}
          error={form.error("outcomes")}
          note={theirNote("outcomes")}
        />

        {meeting && meeting.followUps.length > 0 && (
          <section className="form-grid__full meeting-form__saved-tasks" aria-labelledby="saved-tasks">
            <h3 className="card__subtitle" id="saved-tasks">
              {t("meetings.form.savedFollowUps")}
            </h3>
            <FollowUpList tasks={meeting.followUps} canEdit />
          </section>
        )}
        <FollowUpsField
          legend={meeting ? t("meetings.form.addFollowUps") : t("meetings.one.fields.followUps")}
          value={values.followUps}
          onChange={(next) => set("followUps", next)}
          errors={form.errors}
          owners={owners}
          defaultOwnerId={user?.id ?? ""}
        />

        <SourceField form={form} />
      </div>

      <div className="form__actions">
        <Button type="submit" variant="primary" busy={form.saving} disabled={form.conflict}>
          {form.saving ? t("common.saving") : meeting ? t("meetings.form.submitEdit") : t("meetings.form.submitCreate")}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {t("common.cancel")}
        </Button>
        <span className="field__hint" id="meeting-form-keys">
          {t("meetings.form.keys")}
        </span>
      </div>
      <LeaveGuard form={form} />
    </form>
  );
}

function SourceField({ form }: { form: RecordForm<MeetingFormValues> }) {
  const { t } = useTranslation();
  const source = form.values.source;
  const setSource = (patch: Partial<MeetingFormValues["source"]>) => form.set("source", { ...source, ...patch });
  const error = form.error("source") ?? form.error("sourceId");
  return (
    <fieldset className="source-field form-grid__full">
      <legend className="field__label">{t("meetings.one.fields.source")}</legend>
      {source.existing && (
        <p className="source-field__current">
          {t("meetings.form.source.current")}{" "}
          {source.existing.url ? (
            <a href={source.existing.url} target="_blank" rel="noopener noreferrer">
              {source.existing.title}
            </a>
          ) : (
            <strong>{source.existing.title}</strong>
          )}{" "}
          <Button size="sm" variant="ghost" onClick={() => setSource({ existing: null })}>
            {t("meetings.form.source.unlink")}
          </Button>
        </p>
      )}
      <div className="chips__list source-field__modes" role="radiogroup" aria-label={t("meetings.form.source.mode")}>
        {(["link", "text"] as const).map((mode) => (
          <label key={mode} className="source-field__mode">
            <input type="radio" name="sourceMode" value={mode} checked={source.mode === mode} onChange={() => setSource({ mode })} />
            <span>{t(`meetings.form.source.${mode}`)}</span>
          </label>
        ))}
      </div>
      {source.mode === "link" ? (
        <TextField
          label={t("meetings.form.source.urlLabel")}
          name="sourceUrl"
          type="url"
          inputMode="url"
          placeholder="https://…"
          hint={source.existing ? t("meetings.form.source.replaceHint") : undefined}
          value={source.url}
          onChange={(e) => setSource({ url: e.target.value })}
          error={error}
        />
      ) : (
        <TextArea
          label={t("meetings.form.source.textLabel")}
          name="sourceText"
          rows={4}
          hint={t("meetings.form.source.textHint")}
          value={source.text}
          onChange={(e) => setSource({ text: e.target.value })}
          error={error}
        />
      )}
    </fieldset>
  );
}
