// Log a meeting or fix one. Built for the keyboard: every list is a type-ahead
// (Enter picks, arrows move), Enter never submits by accident, Ctrl+Enter saves.
// Validation uses the shared schemas before anything is sent; the server's
// fieldErrors land next to the same fields. Drafts, conflicts and leaving with
// unsaved input are handled by useRecordForm / FormStatus / LeaveGuard.
import { useState, type KeyboardEvent, type ReactNode } from "react";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { directions, interactionFormats } from "@atlas/shared/enums";
import { formatTypedDay, isCalendarDay } from "@atlas/shared/calendar-day";
import { trpc } from "../../../lib/trpc.ts";
import { invalidateAfter } from "../../../lib/invalidation.ts";
import { useHasRole, useSessionUser } from "../../../lib/session.ts";
import type { OwnerOption } from "./owner-picker.tsx";
import { termOptions, useAddTerm, useTermLabel, useVocabularies } from "../../../lib/vocabularies.ts";
import { errorCode, serverFieldErrors, errorText } from "../../../lib/errors.ts";
import { VocabularySelect } from "../../../ui/vocabulary-select.tsx";
import { useRecordForm, type RecordForm } from "../../../lib/use-record-form.ts";
import { fetchSavedRecord } from "../../../ui/form/fetch-saved-record.ts";
import { FormStatus, LeaveGuard, useTheirValueNote } from "../../../ui/form-status.tsx";
import { TextArea, TextField } from "../../../ui/text-field.tsx";
import { Select } from "../../../ui/select.tsx";
import { Button } from "../../../ui/button.tsx";
import { DayField } from "../../../ui/day-field.tsx";
import { PreciseDateField } from "../../../ui/precise-date-field.tsx";
import { SourcePicker } from "../../../ui/source-picker.tsx";
import { useHomeToday } from "../../../lib/home-today.ts";
import { normalizeSearchText } from "@atlas/shared/search-text";
import { EntityPicker, type OptionsResult } from "../../../ui/entity-picker.tsx";
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
      ? (partners.data?.items ?? []).map((p) => ({
          id: p.id,
          label: p.name,
          description: [t(`enums.partnerLevel.${p.level}`), p.parent?.name].filter(Boolean).join(" · "),
        }))
      : [],
    loading: partners.isFetching,
    failed: partners.isError,
  };
}

/** Live sectors only: a retired one stays on the meetings that hold it (as a chip) but is not offered. */
function useSectorPickerOptions(query: string): OptionsResult {
  const vocabularies = useVocabularies();
  const { t, i18n } = useTranslation();
  const words = normalizeSearchText(query).split(/\s+/).filter(Boolean);
  const options = termOptions(vocabularies.data?.sector ?? [], { language: i18n.language, retiredMark: t("vocabulary.retiredMark") })
    .map((o) => ({ id: o.value, label: o.label, match: normalizeSearchText(`${o.term.name} ${o.term.nameEn ?? ""}`) }))
    .filter((s) => words.every((w) => s.match.includes(w)))
    .map(({ id, label }) => ({ id, label }));
  return { options, loading: vocabularies.isPending, failed: vocabularies.isError };
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
  const createFollowUp = useMutation(trpc.followUp.create.mutationOptions());

  const labels: Record<string, string> = Object.fromEntries(meetingFormFields.map((f) => [f, t(`meetings.one.fields.${f}`)]));
  const kindLabel = useTermLabel("meetingKind");
  const canAddSector = user ? user.role === "EDITOR" || user.role === "ADMIN" : false;
  const canAssign = useHasRole("EDITOR");
  const addTerm = useAddTerm();
  const [sectorNotice, setSectorNotice] = useState<{ tone: "hint" | "error"; text: string } | null>(null);

  const form: RecordForm<MeetingFormValues> = useRecordForm<MeetingFormValues, PreparedMeeting, MeetingDetail>({
    draftKey,
    initial,
    version: meeting?.version ?? null,
    fields: meetingFormFields,
    prepare: (values, version) =>
      prepareMeeting(values, {
        kindLabel: kindLabel(values.kind),
        editing: meeting && version !== null ? { id: meeting.id, version } : null,
        messages: { futureDate: t("meetings.form.futureDate"), summaryRequired: t("meetings.form.summaryRequired"), invalidDay: t("dayField.invalid") },
        today,
        saved: meeting ? { startsAt: initial.startsAt, summary: initial.summary } : null,
      }),
    save: async ({ meeting: input, newFollowUps, version }) => {
      if (!meeting) return createMeeting.mutateAsync(input);
      const { followUps: _none, eventId, ...data } = input;
      // An event left as it was is not sent: the link to an event deleted since (not shown in the form) stays.
      const eventChanged = (eventId ?? null) !== (meeting.event?.id ?? null);
      const saved = await updateMeeting.mutateAsync({
        id: meeting.id,
        version: version ?? meeting.version,
        data: { ...data, ...(eventChanged ? { eventId } : {}) },
      });
      if (newFollowUps.length === 0) return saved;
      for (const task of newFollowUps) await createFollowUp.mutateAsync({ ...task, interactionId: saved.id });
      return queryClient.fetchQuery({ ...trpc.meeting.byId.queryOptions({ id: saved.id }), staleTime: 0 });
    },
    reload: meeting
      ? () =>
          fetchSavedRecord(queryClient, trpc.meeting.byId.queryOptions({ id: meeting.id }), (current) => ({
            ...meetingToValues(current),
            followUps: form.values.followUps,
          }))
      : undefined,
    onSaved: async (saved) => {
      queryClient.setQueryData(trpc.meeting.byId.queryKey({ id: saved.id }), saved);
      // The form saves the meeting's tasks with it.
      await invalidateAfter(queryClient, { entity: "meeting" }, { entity: "followUp" });
      onSaved(saved);
    },
  });

  const { values, set } = form;
  const theirNote = useTheirValueNote(form, (field, value) => {
    if (field === "sources") return (value as MeetingFormValues["sources"]).map((s) => s.title).join(", ");
    if (Array.isArray(value)) return value.map((v) => (v as { label?: string }).label ?? "").join(", ");
    if (field === "kind") return kindLabel(value as string);
    if (field === "eventId") return (value as MeetingFormValues["eventId"])?.label ?? "";
    if ((field === "startsAt" || field === "endsAt") && isCalendarDay(value)) return formatTypedDay(value);
    if (field === "datePrecision") return t(`enums.datePrecision.${value as MeetingFormValues["datePrecision"]}`);
    return String(value ?? "");
  });
  // Editors give tasks to any active colleague; until the directory arrives (or if it
  // cannot be read) the signed-in user is the one choice.
  const directory = useQuery({ ...trpc.user.directory.queryOptions(), enabled: canAssign, staleTime: 5 * 60_000 });
  const owners: OwnerOption[] = user
    ? [
        { id: user.id, name: t("meetings.form.followUp.me", { name: user.name }), role: user.role },
        ...(directory.data ?? []).filter((colleague) => colleague.id !== user.id),
      ]
    : [];

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

  const suggestion = suggestedTitle(values, kindLabel(values.kind));

  /** An editor adds a sector from the typed text; one of the same name is picked instead of a second one. */
  async function createSector(text: string) {
    setSectorNotice(null);
    try {
      const { term, existed } = await addTerm.add({ vocabulary: "sector", name: text });
      if (!values.sectorIds.some((s) => s.id === term.value)) set("sectorIds", [...values.sectorIds, { id: term.value, label: term.name }]);
      setSectorNotice({ tone: "hint", text: existed ? t("vocabulary.existed") : t("vocabulary.added", { name: term.name }) });
    } catch (error) {
      const message = serverFieldErrors(error, "").name?.[0] ?? errorText(error);
      setSectorNotice({ tone: "error", text: `${t("vocabulary.addFailed", { field: labels.sectorIds })} ${errorCode(error) ? message : t("errors.network")}` });
    }
  }
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
          <VocabularySelect
            vocabulary="meetingKind"
            label={t("meetings.one.fields.kind")}
            name="kind"
            required
            value={values.kind}
            onChange={(next) => set("kind", next)}
            error={form.error("kind")}
            note={theirNote("kind")}
          />
          <Select
            label={t("meetings.one.fields.direction")}
            name="direction"
            placeholder={t("common.none")}
            options={directions.map((d) => ({ value: d, label: t(`enums.direction.${d}`) }))}
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
          error={form.errors.participants}
          rowError={(index) => form.error(`participants.${index}`)}
          note={theirNote("participants")}
          partners={values.partnerIds}
        />

        <EntityPicker
          className="form-grid__full"
          label={t("meetings.one.fields.sectorIds")}
          name="sectorIds"
          placeholder={t("meetings.form.sectorsPlaceholder")}
          selected={values.sectorIds}
          onChange={(next) => set("sectorIds", next)}
          useOptions={useSectorPickerOptions}
          openOnFocus
          onCreate={canAddSector ? (text) => void createSector(text) : undefined}
          createLabel={(text) => t("vocabulary.createOption", { text })}
          hint={sectorNotice?.tone === "hint" ? sectorNotice.text : t("meetings.form.sectorsHint")}
          error={form.error("sectorIds") ?? (sectorNotice?.tone === "error" ? sectorNotice.text : null)}
          note={theirNote("sectorIds")}
        />

        <AgreementsField
          value={values.agreements}
          onChange={(next) => set("agreements", next)}
          error={form.errors.agreements}
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
            options={interactionFormats.map((f) => ({ value: f, label: t(`enums.interactionFormat.${f}`) }))}
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

        <SourcePicker
          className="form-grid__full"
          name="sources"
          value={values.sources ?? []}
          onChange={(next) => set("sources", next)}
          error={form.error("sources") ?? form.error("sourceIds")}
          note={theirNote("sources")}
        />
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
