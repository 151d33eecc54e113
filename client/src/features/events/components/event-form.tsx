// Create and edit an event: a single event (forum, exhibition…) or a tour with an
// ordered route of stops. The shared form machinery (lib/use-record-form.ts) keeps
// drafts, checks with the shared schema, shows server messages under the same fields
// (per stop: "stops.1.date") and handles conflicts.
import { useId, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { eventStatuses, type TEventStatus } from "@atlas/shared/enums";
import { TOUR_EVENT_KIND } from "@atlas/shared/vocabulary";
import { trpc } from "../../../lib/trpc.ts";
import { useRecordForm } from "../../../lib/use-record-form.ts";
import { useTermLabel, useTermOptions } from "../../../lib/vocabularies.ts";
import { VocabularySelect } from "../../../ui/vocabulary-select.tsx";
import { FormStatus, LeaveGuard, useTheirValueNote } from "../../../ui/form-status.tsx";
import { TextArea, TextField } from "../../../ui/text-field.tsx";
import { Select } from "../../../ui/select.tsx";
import { Button } from "../../../ui/button.tsx";
import { useCreateOrUpdate } from "../../../ui/form/use-create-or-update.ts";
import { bindFields, bindRowFields } from "../../../ui/form/field-binding.ts";
import { AddRowButton, RemoveRowButton } from "../../../ui/form/row-buttons.tsx";
import { RecordFormActions, type RecordFormProps } from "../../../ui/form/record-form-actions.tsx";
import { Icon } from "../../../ui/icons.tsx";
import { ChipChoices } from "../../../ui/form/chip-choices.tsx";
import type { EventDetail } from "../hooks/event-queries.ts";
import { emptyStop, eventFormFields, eventToValues, prepareEvent, type EventFormValues, type StopValues } from "../hooks/event-form-values.ts";
import { PartnerPicker } from "../../../ui/partner-picker.tsx";
import { DayField } from "../../../ui/day-field.tsx";
import { PreciseDateField } from "../../../ui/precise-date-field.tsx";
import { SourcePicker } from "../../../ui/source-picker.tsx";
import { formatTypedDay, isCalendarDay } from "@atlas/shared/calendar-day";
import "../events.css";

type EventFormProps = RecordFormProps<EventDetail, EventFormValues> & {
  /** Absent when creating. */
  event?: EventDetail;
};

export function EventForm({ event, initial, draftKey, onSaved, onCancel }: EventFormProps): ReactNode {
  const { t } = useTranslation();
  const ids = useId();
  const kindLabel = useTermLabel("eventKind");
  const sectorLabel = useTermLabel("sector");
  const [announcement, setAnnouncement] = useState("");
  const stopsRef = useRef<HTMLOListElement>(null);

  const saving = useCreateOrUpdate("event", trpc.event, { editedId: event?.id, toValues: eventToValues, cacheSaved: true, onSaved });
  const form = useRecordForm({
    draftKey,
    initial,
    version: event?.version ?? null,
    fields: eventFormFields,
    prepare: (values, version) =>
      prepareEvent(values, event?.id ?? null, version, { kindRequired: t("events.form.kindRequired"), invalidDay: t("dayField.invalid") }),
    ...saving,
  });

  const { values } = form;
  const isTour = values.kind === "TOUR";
  const labels: Record<string, string> = Object.fromEntries(eventFormFields.map((f) => [f, t(`events.fields.${f}`)]));
  const theirNote = useTheirValueNote(form, (field, value) => {
    if (field === "kind" && value) return kindLabel(value as string);
    if (field === "status" && value) return t(`enums.eventStatus.${value as TEventStatus}`);
    if (field === "partnerIds") return (value as EventFormValues["partnerIds"]).map((p) => p.name).join(", ");
    if (field === "sectorIds") return (value as string[]).map(sectorLabel).join(", ");
    if (field === "stops") return (value as StopValues[]).map((s) => s.place).join(" → ");
    if (field === "sources") return (value as EventFormValues["sources"]).map((s) => s.title).join("; ");
    if (field === "datePrecision") return t(`enums.datePrecision.${value as EventFormValues["datePrecision"]}`);
    if ((field === "startsAt" || field === "endsAt") && isCalendarDay(value)) return formatTypedDay(value);
    return String(value ?? "");
  });
  const field = bindFields(form, theirNote);

  function setStops(update: (stops: StopValues[]) => StopValues[]) {
    form.set("stops", update(values.stops));
  }

  /** After a move, focus stays on the button that moved the stop, in its new place. */
  function focusLater(selector: string) {
    requestAnimationFrame(() => stopsRef.current?.querySelector<HTMLElement>(selector)?.focus());
  }

  function move(index: number, delta: -1 | 1) {
    const target = index + delta;
    if (target < 0 || target >= values.stops.length) return;
    const stop = values.stops[index] as StopValues;
    setStops((stops) => {
      const next = [...stops];
      next.splice(index, 1);
      next.splice(target, 0, stop);
      return next;
    });
    setAnnouncement(t("events.form.moved", { place: stop.place || t("events.form.stopN", { n: index + 1 }), position: target + 1 }));
    const edge = delta < 0 ? target === 0 : target === values.stops.length - 1;
    focusLater(`[data-stop="${stop.key}"] [data-action="${edge ? (delta < 0 ? "down" : "up") : delta < 0 ? "up" : "down"}"]`);
  }

  function addStop() {
    const stop = emptyStop();
    setStops((stops) => [...stops, stop]);
    setAnnouncement(t("events.form.added", { position: values.stops.length + 1 }));
    focusLater(`[data-stop="${stop.key}"] input[name$=".place"]`);
  }

  function removeStop(index: number) {
    const stop = values.stops[index] as StopValues;
    const next = values.stops[index + 1] ?? values.stops[index - 1];
    setStops((stops) => stops.filter((s) => s.key !== stop.key));
    setAnnouncement(t("events.form.removed", { place: stop.place || t("events.form.stopN", { n: index + 1 }) }));
    if (next) focusLater(`[data-stop="${next.key}"] input[name$=".place"]`);
    else requestAnimationFrame(() => document.getElementById(`${ids}-add-stop`)?.focus());
  }

  function setStop(index: number, patch: Partial<StopValues>) {
    setStops((stops) => stops.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  }

  function setTour(tour: boolean) {
    if (tour === isTour) return;
    form.setValues((v) => ({ ...v, kind: tour ? "TOUR" : "", stops: tour && v.stops.length === 0 ? [emptyStop()] : v.stops }));
    form.set("kind", tour ? "TOUR" : "");
  }

  const stopsError = form.errors["stops"]?.[0];
  // Live sectors, and those the event holds even if retired since.
  const sectorItems = useTermOptions("sector", [...initial.sectorIds, ...form.values.sectorIds]);

  return (
    <form className="form card form--wide event-form" onSubmit={form.submit} noValidate>
      <FormStatus form={form} labels={labels} />

      <fieldset className="event-form__format">
        <legend className="field__label">{t("events.form.format")}</legend>
        <div className="segmented">
          <label className="segmented__option segmented__option--radio">
            <input type="radio" name="format" value="single" checked={!isTour} onChange={() => setTour(false)} />
            <span>{t("events.form.single")}</span>
          </label>
          <label className="segmented__option segmented__option--radio">
            <input type="radio" name="format" value="tour" checked={isTour} onChange={() => setTour(true)} />
            <span>{t("events.form.tour")}</span>
          </label>
        </div>
      </fieldset>

      <div className="form-grid">
        <TextField label={t("events.fields.title")} required maxLength={300} className="form-grid__full" {...field.text("title")} />
        {!isTour && (
          <VocabularySelect
            vocabulary="eventKind"
            label={t("events.fields.kind")}
            required
            placeholder="—"
            // A tour is made with the tour format above (it has stops), not picked here.
            exclude={[TOUR_EVENT_KIND]}
            {...field.value("kind")}
          />
        )}
        <Select
          label={t("events.fields.status")}
          options={eventStatuses.map((s) => ({ value: s, label: t(`enums.eventStatus.${s}`) }))}
          {...field.choice("status")}
        />
        <div className="form-grid__pair">
          <PreciseDateField
            label={isTour ? t("events.fields.tourStart") : t("events.fields.startsAt")}
            name="startsAt"
            required
            value={{ day: values.startsAt, precision: values.datePrecision }}
            onChange={(next) => {
              if (next.precision !== values.datePrecision) form.set("datePrecision", next.precision);
              if ((next.day ?? "") !== values.startsAt) form.set("startsAt", next.day ?? "");
            }}
            error={form.error("startsAt") ?? form.error("datePrecision")}
            note={theirNote("startsAt") ?? theirNote("datePrecision")}
          />
          {/* A month, quarter or year is its own span; an end day belongs to exact dates. */}
          {(values.datePrecision === "DAY" || values.datePrecision === "APPROXIMATE") && (
            <DayField
              label={isTour ? t("events.fields.tourEnd") : t("events.fields.endsAt")}
              name="endsAt"
              hint={t("events.form.endsAtHint")}
              value={values.endsAt}
              onChange={(day) => form.set("endsAt", day ?? "")}
              error={form.error("endsAt")}
              note={theirNote("endsAt")}
            />
          )}
        </div>
        <TextField
          label={t("events.fields.place")}
          maxLength={300}
          hint={isTour ? t("events.form.tourPlaceHint") : t("events.form.placeHint")}
          {...field.text("place")}
        />
      </div>

      {isTour && (
        <section className="stops" aria-labelledby={`${ids}-stops`}>
          <div className="stops__header">
            <h2 className="card__title" id={`${ids}-stops`}>
              {t("events.form.stops")}
            </h2>
            <p className="field__hint" id={`${ids}-stops-hint`}>
              {t("events.form.stopsHint")}
            </p>
          </div>
          {stopsError && (
            <p className="field__error stops__error" role="alert">
              {stopsError}
            </p>
          )}
          {theirNote("stops") && <p className="field__note">{theirNote("stops")}</p>}
          <ol className="stops__list" ref={stopsRef}>
            {values.stops.map((stop, i) => {
              const n = i + 1;
              const place = stop.place || t("events.form.stopN", { n });
              const row = bindRowFields(form, `stops.${i}`, stop, (patch) => setStop(i, patch));
              return (
                <li key={stop.key} className="stop" data-stop={stop.key} aria-label={t("events.form.stopLabel", { n, place })}>
                  <span className="stop__number" aria-hidden="true">
                    {n}
                  </span>
                  <div className="stop__fields">
                    <TextField label={t("events.fields.stopPlace")} required maxLength={300} {...row.text("place")} />
                    <PartnerPicker
                      label={t("events.fields.stopPartner")}
                      name={`stops.${i}.partnerId`}
                      value={stop.partner}
                      onChange={(partner) => setStop(i, { partner })}
                      error={form.error(`stops.${i}.partnerId`)}
                    />
                    <PreciseDateField
                      label={t("events.fields.stopDate")}
                      name={`stops.${i}.date`}
                      hint={stop.date ? undefined : t("events.form.stopDateHint")}
                      value={{ day: stop.date, precision: stop.datePrecision }}
                      onChange={(next) => setStop(i, { date: next.day ?? "", datePrecision: next.precision })}
                      error={form.error(`stops.${i}.date`) ?? form.error(`stops.${i}.datePrecision`)}
                    />
                  </div>
                  <div className="stop__actions" role="group" aria-label={t("events.form.stopActions", { n })}>
                    <Button
                      size="sm"
                      variant="ghost"
                      data-action="up"
                      disabled={i === 0}
                      aria-label={t("events.form.moveUp", { place })}
                      title={t("events.form.moveUpShort")}
                      onClick={() => move(i, -1)}
                    >
                      <span aria-hidden="true">↑</span>
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      data-action="down"
                      disabled={i === values.stops.length - 1}
                      aria-label={t("events.form.moveDown", { place })}
                      title={t("events.form.moveDownShort")}
                      onClick={() => move(i, 1)}
                    >
                      <span aria-hidden="true">↓</span>
                    </Button>
                    <RemoveRowButton
                      data-action="remove"
                      label={t("events.form.remove", { place })}
                      title={t("events.form.removeShort")}
                      onClick={() => removeStop(i)}
                    />
                  </div>
                </li>
              );
            })}
          </ol>
          <AddRowButton id={`${ids}-add-stop`} onClick={addStop} disabled={values.stops.length >= 100} announcement={announcement}>
            {t("events.form.addStop")}
          </AddRowButton>
        </section>
      )}

      <div className="form-grid">
        <div className="form-grid__full event-form__partners">
          <PartnerPicker
            label={t("events.fields.partnerIds")}
            name="partnerIds"
            value={null}
            clearOnPick
            exclude={values.partnerIds.map((p) => p.id)}
            hint={t("events.form.partnersHint")}
            onChange={(partner) => partner && form.set("partnerIds", [...values.partnerIds, partner])}
            error={form.error("partnerIds")}
            note={theirNote("partnerIds")}
          />
          {values.partnerIds.length > 0 && (
            <ul className="picked" aria-label={t("events.form.pickedPartners")}>
              {values.partnerIds.map((p) => (
                <li key={p.id} className="picked__item">
                  <span>{p.name}</span>
                  <button
                    type="button"
                    className="picked__remove"
                    aria-label={t("events.form.removePartner", { name: p.name })}
                    onClick={() =>
                      form.set(
                        "partnerIds",
                        values.partnerIds.filter((x) => x.id !== p.id),
                      )
                    }
                  >
                    <Icon name="close" size={14} />
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>

        <ChipChoices
          label={t("events.fields.sectorIds")}
          className="chips form-grid__full"
          options={sectorItems}
          selected={values.sectorIds}
          onChange={(next) => form.set("sectorIds", next)}
          error={form.error("sectorIds")}
          note={theirNote("sectorIds")}
        />

        <TextArea label={t("events.fields.description")} className="form-grid__full" rows={4} {...field.text("description")} />
        <SourcePicker
          className="form-grid__full"
          value={values.sources ?? []}
          onChange={(next) => form.set("sources", next)}
          error={form.error("sources") ?? form.error("sourceIds")}
          note={theirNote("sources")}
        />
      </div>

      <RecordFormActions
        form={form}
        submitLabel={event ? t("events.form.submitEdit") : isTour ? t("events.form.submitTour") : t("events.form.submitCreate")}
        onCancel={onCancel}
      />

      <LeaveGuard form={form} />
    </form>
  );
}
