// «Импорт из пресс-релиза» (issue 14): paste a release, review the draft the server reads
// from it (each item next to the sentence it came from), correct or drop items, and save
// everything in one step. Nothing is written before «Сохранить всё».
import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { isCalendarDay } from "@atlas/shared/calendar-day";
import { agreementStages, partnerLevels, type TAgreementStage, type TDirection, type TPartnerLevel, type TPersonSide } from "@atlas/shared/enums";
import type { TAlreadyImported, TPressImportConfirmResult, TTextSpan } from "@atlas/shared/press-import";
import { trpc } from "../../../lib/trpc.ts";
import { conflictCurrent, errorCode, isNetworkError, serverFieldErrors, errorText } from "../../../lib/errors.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { useHomeToday } from "../../../lib/home-today.ts";
import { PageHeader } from "../../../ui/page-header.tsx";
import { TextArea, TextField } from "../../../ui/text-field.tsx";
import { DayField } from "../../../ui/day-field.tsx";
import { Button, buttonClass } from "../../../ui/button.tsx";
import { Alert } from "../../../ui/alert.tsx";
import { Checkbox } from "../../../ui/checkbox.tsx";
import { Select } from "../../../ui/select.tsx";
import { PartnerPicker } from "../../../ui/partner-picker.tsx";
import { VocabularySelect } from "../../../ui/vocabulary-select.tsx";
import { PreciseDateField } from "../../../ui/precise-date-field.tsx";
import { Icon } from "../../../ui/icons.tsx";
import {
  draftToReview,
  errorsByItem,
  fieldError,
  firstSentence,
  reviewToConfirm,
  type ItemErrors,
  type Review,
  type ReviewSection,
  type SentIndex,
} from "../hooks/review-state.ts";
import "../press-import.css";
import "../texts.ts";

type Step1Values = { text: string; url: string; outlet: string; publishedOn: string | null };

export function PressImportPage(): ReactNode {
  const { t } = useTranslation();
  useDocumentTitle(t("pressImport.title"));
  const today = useHomeToday();
  const [values, setValues] = useState<Step1Values>({ text: "", url: "", outlet: "", publishedOn: today });
  const [review, setReview] = useState<Review | null>(null);
  const [already, setAlready] = useState<TAlreadyImported>(null);
  const [result, setResult] = useState<{ result: TPressImportConfirmResult; review: Review } | null>(null);

  const restart = () => {
    setReview(null);
    setResult(null);
    setAlready(null);
    setValues({ text: "", url: "", outlet: "", publishedOn: today });
  };

  return (
    <div className={`page press-import${review && !result ? " press-import--review" : " page--narrow"}`}>
      <PageHeader title={t("pressImport.title")} intro={result ? undefined : review ? t("pressImport.review.intro") : t("pressImport.intro")} />
      {result ? (
        <Summary result={result.result} review={result.review} onAgain={restart} />
      ) : review ? (
        <ReviewStep
          review={review}
          onChange={setReview}
          already={already}
          onBack={() => setReview(null)}
          onSaved={(saved) => setResult({ result: saved, review })}
        />
      ) : (
        <PasteStep
          values={values}
          onChange={setValues}
          onRead={(draft, source, alreadyImported) => {
            setAlready(alreadyImported);
            setReview(draftToReview(draft, source));
          }}
        />
      )}
    </div>
  );
}

// ——— Step 1: the text ———

function PasteStep({
  values,
  onChange,
  onRead,
}: {
  values: Step1Values;
  onChange: (v: Step1Values) => void;
  onRead: (draft: Parameters<typeof draftToReview>[0], source: Review["source"], already: TAlreadyImported) => void;
}) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const draft = useMutation(trpc.pressImport.draft.mutationOptions());
  const set = (patch: Partial<Step1Values>) => onChange({ ...values, ...patch });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string[]> = {};
    if (values.text.trim() === "") local.text = [t("pressImport.paste.textEmpty")];
    if (!values.publishedOn || !isCalendarDay(values.publishedOn)) local.publishedOn = [t("pressImport.paste.dayInvalid")];
    setErrors(local);
    if (Object.keys(local).length) {
      document.querySelector<HTMLElement>(`.press-import__paste [name="${local.text ? "text" : "publishedOn"}"]`)?.focus();
      return;
    }
    try {
      const publishedOn = values.publishedOn!;
      const answer = await draft.mutateAsync({ text: values.text, url: values.url.trim() || null, outlet: values.outlet.trim() || null, publishedOn });
      onRead(
        answer.draft,
        { title: firstSentence(values.text), url: values.url.trim(), outlet: values.outlet.trim(), publishedOn, text: values.text },
        answer.alreadyImported,
      );
    } catch (error) {
      setErrors(serverFieldErrors(error, "@@"));
    }
  }

  const otherError = draft.isError && Object.keys(serverFieldErrors(draft.error, "@@")).length === 0;
  return (
    <form className="card press-import__paste" onSubmit={submit} noValidate>
      <TextArea
        label={t("pressImport.paste.text")}
        hint={t("pressImport.paste.textHint")}
        required
        rows={14}
        name="text"
        value={values.text}
        error={errors.text}
        onChange={(e) => set({ text: e.target.value })}
      />
      <div className="press-import__row">
        <TextField
          label={t("pressImport.paste.url")}
          type="url"
          name="url"
          inputMode="url"
          value={values.url}
          error={errors.url}
          onChange={(e) => set({ url: e.target.value })}
        />
        <TextField
          label={t("pressImport.paste.outlet")}
          name="outlet"
          value={values.outlet}
          error={errors.outlet}
          onChange={(e) => set({ outlet: e.target.value })}
        />
        <DayField
          label={t("pressImport.paste.publishedOn")}
          name="publishedOn"
          required
          value={values.publishedOn}
          error={errors.publishedOn}
          onChange={(day) => set({ publishedOn: day })}
        />
      </div>
      {otherError && <Alert tone="error">{isNetworkError(draft.error) ? t("errors.network") : errorText(draft.error)}</Alert>}
      <div className="press-import__actions">
        <Button type="submit" variant="primary" busy={draft.isPending}>
          {t("pressImport.paste.read")}
        </Button>
      </div>
    </form>
  );
}

// ——— Step 2: the review ———

type Focus = { key: string; span: TTextSpan } | null;

function ReviewStep({
  review,
  onChange,
  already,
  onBack,
  onSaved,
}: {
  review: Review;
  onChange: (r: Review) => void;
  already: TAlreadyImported;
  onBack: () => void;
  onSaved: (result: TPressImportConfirmResult) => void;
}) {
  const { t } = useTranslation();
  const [focus, setFocus] = useState<Focus>(null);
  const [errors, setErrors] = useState<ItemErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState<TAlreadyImported>(already);
  const confirm = useMutation(trpc.pressImport.confirm.mutationOptions());
  const sentRef = useRef<SentIndex | null>(null);

  function update<S extends Exclude<ReviewSection, "happening" | "sectors">>(section: S, index: number, patch: Partial<Review[S][number]>) {
    const list = review[section].map((item, i) => (i === index ? { ...item, ...patch } : item));
    onChange({ ...review, [section]: list });
  }

  async function save() {
    // A post to record needs its words: said next to the field, before anything is sent.
    const local: ItemErrors = {};
    review.people.forEach((p, i) => {
      if (p.accepted && p.choice === "match" && p.recordPost && p.post.trim() === "") local[`people.${i}`] = { post: [t("pressImport.review.newPostEmpty")] };
    });
    if (Object.keys(local).length > 0) {
      setErrors(local);
      setTimeout(() => document.querySelector<HTMLElement>(".press-import__item--invalid")?.focus(), 0);
      return;
    }
    const { input, sent } = reviewToConfirm(review);
    sentRef.current = sent;
    setErrors({});
    setMessage(null);
    try {
      onSaved(await confirm.mutateAsync(input));
    } catch (error) {
      if (errorCode(error) === "CONFLICT") {
        const current = conflictCurrent(error) as { id?: string; title?: string } | null;
        setConflict(current?.id ? { sourceId: current.id, title: current.title ?? "" } : conflict);
      }
      const byItem = errorsByItem(serverFieldErrors(error, "@@"), sent);
      setErrors(byItem);
      setMessage(isNetworkError(error) ? t("errors.network") : errorText(error));
      // The first item with an error gets the focus.
      setTimeout(() => document.querySelector<HTMLElement>(".press-import__item--invalid")?.focus(), 0);
    }
  }

  const item = (key: string, span: TTextSpan) => ({
    onFocus: () => setFocus({ key, span }),
    invalid: Boolean(errors[key]),
    focused: focus?.key === key,
  });
  const partnerOptions = review.partners.map((p, i) => ({
    value: String(i),
    label: p.choice === "match" ? (p.picked?.name ?? p.text) : p.newName,
    disabled: !p.accepted,
  }));
  const sourceError =
    fieldError(errors, "source", "_") ?? fieldError(errors, "source", "title") ?? fieldError(errors, "source", "text") ?? fieldError(errors, "source", "url");
  const h = review.happening;

  return (
    <div className="press-import__review">
      <section className="press-import__text card" aria-label={t("pressImport.review.textLabel")}>
        <h2 className="press-import__h2">{t("pressImport.review.textTitle")}</h2>
        <HighlightedText text={review.source.text} span={focus?.span ?? null} />
      </section>

      <div className="press-import__draft">
        {conflict && (
          <Alert tone="warning" title={t("pressImport.review.already")}>
            <AlreadyLink already={conflict} />
          </Alert>
        )}
        {review.notes.length > 0 && (
          <Alert tone="info">
            {review.notes.map((n) => (
              <p key={n}>{n}</p>
            ))}
          </Alert>
        )}

        <Section title={t("pressImport.review.source")}>
          <TextField
            label={t("pressImport.review.sourceTitle")}
            required
            value={review.source.title}
            error={sourceError}
            onChange={(e) => onChange({ ...review, source: { ...review.source, title: e.target.value } })}
          />
        </Section>

        <Section title={t("pressImport.review.happening")}>
          {h ? (
            <Item
              label={h.title}
              accepted={h.accepted}
              onAccepted={(accepted) => onChange({ ...review, happening: { ...h, accepted } })}
              confidence={h.confidence}
              {...item("happening.0", h.span)}
            >
              <TextField
                label={t("pressImport.review.title")}
                required
                value={h.title}
                error={fieldError(errors, "happening.0", "title")}
                onChange={(e) => onChange({ ...review, happening: { ...h, title: e.target.value } })}
              />
              <div className="press-import__row">
                <VocabularySelect
                  vocabulary="meetingKind"
                  label={t("pressImport.review.kind")}
                  name="happeningKind"
                  required
                  value={h.kind}
                  error={fieldError(errors, "happening.0", "kind")}
                  onChange={(kind) => onChange({ ...review, happening: { ...h, kind } })}
                />
                <Select
                  label={t("pressImport.review.direction")}
                  placeholder="—"
                  value={h.direction}
                  options={(["INCOMING", "OUTGOING"] as const).map((d) => ({ value: d, label: t(`enums.direction.${d}`) }))}
                  onChange={(e) => onChange({ ...review, happening: { ...h, direction: e.target.value as TDirection | "" } })}
                />
              </div>
              <PreciseDateField
                label={t("pressImport.review.date")}
                name="happeningDate"
                required
                value={h.date}
                error={fieldError(errors, "happening.0", "startsAt") ?? fieldError(errors, "happening.0", "datePrecision")}
                onChange={(date) => onChange({ ...review, happening: { ...h, date } })}
              />
              <TextField
                label={t("pressImport.review.place")}
                value={h.place}
                error={fieldError(errors, "happening.0", "place")}
                onChange={(e) => onChange({ ...review, happening: { ...h, place: e.target.value } })}
              />
              <ItemErrorsText errors={errors["happening.0"]} shown={["title", "kind", "startsAt", "datePrecision", "place"]} />
            </Item>
          ) : (
            <p className="press-import__empty">{t("pressImport.review.noHappening")}</p>
          )}
        </Section>

        <Section title={t("pressImport.review.partners")} count={review.partners.length} error={fieldError(errors, "partners", "_")}>
          {review.partners.map((p, i) => (
            <Item
              key={i}
              label={p.text}
              accepted={p.accepted}
              onAccepted={(accepted) => update("partners", i, { accepted })}
              confidence={p.confidence}
              {...item(`partners.${i}`, p.span)}
            >
              <fieldset className="press-import__choice">
                <legend className="visually-hidden">{t("pressImport.review.partnerChoice", { name: p.text })}</legend>
                <label>
                  <input type="radio" name={`partner-${i}`} checked={p.choice === "match"} onChange={() => update("partners", i, { choice: "match" })} />{" "}
                  {t("pressImport.review.existing")}
                </label>
                <label>
                  <input type="radio" name={`partner-${i}`} checked={p.choice === "new"} onChange={() => update("partners", i, { choice: "new" })} />{" "}
                  {t("pressImport.review.new")}
                </label>
              </fieldset>
              {p.choice === "match" ? (
                <PartnerPicker
                  label={t("pressImport.review.pickOther")}
                  hint={p.picked ? t("pressImport.review.matched", { name: p.picked.name }) : undefined}
                  value={p.picked}
                  required
                  error={fieldError(errors, `partners.${i}`, "id") ?? (p.accepted && !p.picked ? t("pressImport.review.pickPartner") : undefined)}
                  onChange={(picked) => update("partners", i, { picked })}
                />
              ) : (
                <>
                  <TextField
                    label={t("pressImport.review.name")}
                    required
                    value={p.newName}
                    error={fieldError(errors, `partners.${i}`, "name")}
                    onChange={(e) => update("partners", i, { newName: e.target.value })}
                  />
                  <div className="press-import__row">
                    <Select
                      label={t("pressImport.review.level")}
                      value={p.level}
                      error={fieldError(errors, `partners.${i}`, "level")}
                      options={partnerLevels.map((l) => ({ value: l, label: t(`enums.partnerLevel.${l}`) }))}
                      onChange={(e) => update("partners", i, { level: e.target.value as TPartnerLevel })}
                    />
                    <PartnerPicker
                      label={t("pressImport.review.parent")}
                      value={p.parent}
                      error={fieldError(errors, `partners.${i}`, "parentId")}
                      onChange={(parent) => update("partners", i, { parent })}
                    />
                  </div>
                </>
              )}
              <ItemErrorsText errors={errors[`partners.${i}`]} shown={["id", "name", "level", "parentId"]} />
            </Item>
          ))}
        </Section>

        <Section title={t("pressImport.review.people")} count={review.people.length}>
          {review.people.map((p, i) => (
            <Item
              key={i}
              label={p.fullName}
              accepted={p.accepted}
              onAccepted={(accepted) => update("people", i, { accepted })}
              confidence={p.confidence}
              {...item(`people.${i}`, p.span)}
            >
              {p.matchedId && (
                <fieldset className="press-import__choice">
                  <legend className="visually-hidden">{t("pressImport.review.personChoice", { name: p.fullName })}</legend>
                  <label>
                    <input type="radio" name={`person-${i}`} checked={p.choice === "match"} onChange={() => update("people", i, { choice: "match" })} />{" "}
                    {t("pressImport.review.existingPerson")}
                  </label>
                  <label>
                    <input type="radio" name={`person-${i}`} checked={p.choice === "new"} onChange={() => update("people", i, { choice: "new" })} />{" "}
                    {t("pressImport.review.new")}
                  </label>
                </fieldset>
              )}
              {p.choice === "match" && p.matchedId ? (
                <>
                  <p className="press-import__meta">
                    <Link to="/people/$personId" params={{ personId: p.matchedId }} target="_blank">
                      {p.fullName}
                    </Link>
                    {p.recordedPost && ` — ${p.recordedPost}`}
                  </p>
                  {p.postDiffers && (
                    <div className="press-import__post-change">
                      <p className="press-import__meta">{t("pressImport.review.textPost", { post: p.textPost })}</p>
                      <Checkbox
                        label={t("pressImport.review.recordPost")}
                        checked={p.recordPost}
                        onChange={(e) => update("people", i, { recordPost: e.target.checked })}
                      />
                      {p.recordPost && (
                        <>
                          <TextField
                            label={t("pressImport.review.newPost")}
                            hint={t("pressImport.review.newPostHint")}
                            required
                            value={p.post}
                            error={fieldError(errors, `people.${i}`, "post")}
                            onChange={(e) => update("people", i, { post: e.target.value })}
                          />
                          <TextField
                            label={t("pressImport.review.postOrganisation")}
                            value={p.organisation}
                            error={fieldError(errors, `people.${i}`, "organisation")}
                            onChange={(e) => update("people", i, { organisation: e.target.value })}
                          />
                        </>
                      )}
                    </div>
                  )}
                </>
              ) : (
                <>
                  <TextField
                    label={t("pressImport.review.fullName")}
                    required
                    value={p.fullName}
                    error={fieldError(errors, `people.${i}`, "fullName")}
                    onChange={(e) => update("people", i, { fullName: e.target.value })}
                  />
                  <TextField
                    label={t("pressImport.review.post")}
                    value={p.post}
                    error={fieldError(errors, `people.${i}`, "post")}
                    onChange={(e) => update("people", i, { post: e.target.value })}
                  />
                  <div className="press-import__row">
                    <Select
                      label={t("pressImport.review.side")}
                      value={p.side}
                      options={(["HOME", "PARTNER"] as const).map((s) => ({ value: s, label: t(`enums.personSide.${s}`) }))}
                      onChange={(e) => update("people", i, { side: e.target.value as TPersonSide })}
                    />
                    <Select
                      label={t("pressImport.review.personPartner")}
                      placeholder="—"
                      value={p.partner === null ? "" : String(p.partner)}
                      error={fieldError(errors, `people.${i}`, "partner") ?? fieldError(errors, `people.${i}`, "partnerId")}
                      options={partnerOptions}
                      onChange={(e) => update("people", i, { partner: e.target.value === "" ? null : Number(e.target.value) })}
                    />
                  </div>
                </>
              )}
              <TextField
                label={t("pressImport.review.role")}
                value={p.role}
                error={fieldError(errors, `people.${i}`, "role")}
                onChange={(e) => update("people", i, { role: e.target.value })}
              />
              <ItemErrorsText errors={errors[`people.${i}`]} shown={["fullName", "post", "organisation", "partner", "partnerId", "role"]} />
            </Item>
          ))}
        </Section>

        <Section title={t("pressImport.review.sectors")} count={review.sectors.length} error={fieldError(errors, "sectors", "_")}>
          <div className="press-import__checks">
            {review.sectors.map((s, i) => (
              <div key={s.value} onFocus={() => setFocus({ key: `sectors.${i}`, span: s.span })}>
                <Checkbox
                  label={s.name}
                  checked={s.accepted}
                  onChange={(e) => onChange({ ...review, sectors: review.sectors.map((x, j) => (j === i ? { ...x, accepted: e.target.checked } : x)) })}
                />
              </div>
            ))}
          </div>
        </Section>

        <Section title={t("pressImport.review.agreements")} count={review.agreements.length}>
          {review.agreements.map((a, i) => (
            <Item
              key={i}
              label={a.title}
              accepted={a.accepted}
              onAccepted={(accepted) => update("agreements", i, { accepted })}
              confidence={a.confidence}
              {...item(`agreements.${i}`, a.span)}
            >
              <TextField
                label={t("pressImport.review.title")}
                required
                value={a.title}
                error={fieldError(errors, `agreements.${i}`, "title")}
                onChange={(e) => update("agreements", i, { title: e.target.value })}
              />
              <div className="press-import__row">
                <VocabularySelect
                  vocabulary="agreementKind"
                  label={t("pressImport.review.kind")}
                  name={`agreementKind-${i}`}
                  required
                  value={a.kind}
                  error={fieldError(errors, `agreements.${i}`, "kind")}
                  onChange={(kind) => update("agreements", i, { kind })}
                />
                <Select
                  label={t("pressImport.review.stage")}
                  hint={a.stageText ? `«${a.stageText}»` : undefined}
                  value={a.stage}
                  error={fieldError(errors, `agreements.${i}`, "stage")}
                  options={agreementStages.map((s) => ({ value: s, label: t(`enums.agreementStage.${s}`) }))}
                  onChange={(e) => update("agreements", i, { stage: e.target.value as TAgreementStage })}
                />
              </div>
              <PreciseDateField
                label={t("pressImport.review.stageDate")}
                name={`agreementDate-${i}`}
                required
                value={a.date}
                error={fieldError(errors, `agreements.${i}`, "stageDate") ?? fieldError(errors, `agreements.${i}`, "stageDatePrecision")}
                onChange={(date) => update("agreements", i, { date })}
              />
              <PartyChecks
                legend={t("pressImport.review.parties")}
                options={partnerOptions}
                value={a.parties}
                error={fieldError(errors, `agreements.${i}`, "parties") ?? fieldError(errors, `agreements.${i}`, "partyIds")}
                onChange={(parties) => update("agreements", i, { parties })}
              />
              <ItemErrorsText errors={errors[`agreements.${i}`]} shown={["title", "kind", "stage", "stageDate", "stageDatePrecision", "parties", "partyIds"]} />
            </Item>
          ))}
        </Section>

        <Section title={t("pressImport.review.events")} count={review.events.length}>
          {review.events.map((e, i) => (
            <Item
              key={i}
              label={e.title}
              accepted={e.accepted}
              onAccepted={(accepted) => update("events", i, { accepted })}
              confidence={e.confidence}
              {...item(`events.${i}`, e.span)}
            >
              <TextField
                label={t("pressImport.review.title")}
                required
                value={e.title}
                error={fieldError(errors, `events.${i}`, "title")}
                onChange={(ev) => update("events", i, { title: ev.target.value })}
              />
              <div className="press-import__row">
                <VocabularySelect
                  vocabulary="eventKind"
                  label={t("pressImport.review.kind")}
                  name={`eventKind-${i}`}
                  required
                  value={e.kind}
                  error={fieldError(errors, `events.${i}`, "kind")}
                  onChange={(kind) => update("events", i, { kind })}
                />
                <TextField
                  label={t("pressImport.review.place")}
                  value={e.place}
                  error={fieldError(errors, `events.${i}`, "place")}
                  onChange={(ev) => update("events", i, { place: ev.target.value })}
                />
              </div>
              <PreciseDateField
                label={t("pressImport.review.date")}
                name={`eventDate-${i}`}
                required
                value={e.date}
                error={fieldError(errors, `events.${i}`, "startsAt") ?? fieldError(errors, `events.${i}`, "datePrecision")}
                onChange={(date) => update("events", i, { date })}
              />
              {e.stops.length > 0 && <p className="press-import__meta">{t("pressImport.review.stops", { stops: e.stops.map((s) => s.place).join(" → ") })}</p>}
              <PartyChecks
                legend={t("pressImport.review.eventPartners")}
                options={partnerOptions}
                value={e.partners}
                error={fieldError(errors, `events.${i}`, "partners") ?? fieldError(errors, `events.${i}`, "partnerIds")}
                onChange={(partners) => update("events", i, { partners })}
              />
              <ItemErrorsText errors={errors[`events.${i}`]} shown={["title", "kind", "place", "startsAt", "datePrecision", "partners", "partnerIds"]} />
            </Item>
          ))}
        </Section>

        <Section title={t("pressImport.review.followUps")} count={review.followUps.length} error={fieldError(errors, "followUps", "_")}>
          {review.followUps.map((f, i) => (
            <Item
              key={i}
              label={f.title}
              accepted={f.accepted}
              onAccepted={(accepted) => update("followUps", i, { accepted })}
              confidence={f.confidence}
              {...item(`followUps.${i}`, f.span)}
            >
              <TextField
                label={t("pressImport.review.title")}
                required
                value={f.title}
                error={fieldError(errors, `followUps.${i}`, "title")}
                onChange={(e) => update("followUps", i, { title: e.target.value })}
              />
            </Item>
          ))}
          {review.followUps.length > 0 && !review.happening?.accepted && <p className="press-import__meta">{t("pressImport.review.followUpsNeedMeeting")}</p>}
        </Section>

        <Section title={t("pressImport.review.projects")} count={review.projects.length}>
          {review.projects.map((p, i) => (
            <Item
              key={i}
              label={p.title}
              accepted={p.accepted}
              onAccepted={(accepted) => update("projects", i, { accepted })}
              confidence={p.confidence}
              {...item(`projects.${i}`, p.span)}
            >
              <TextField
                label={t("pressImport.review.title")}
                required
                value={p.title}
                error={fieldError(errors, `projects.${i}`, "title")}
                onChange={(e) => update("projects", i, { title: e.target.value })}
              />
              <Select
                label={t("pressImport.review.projectPartner")}
                required
                placeholder="—"
                value={p.partner === null ? "" : String(p.partner)}
                error={fieldError(errors, `projects.${i}`, "partner") ?? fieldError(errors, `projects.${i}`, "partnerId")}
                options={partnerOptions}
                onChange={(e) => update("projects", i, { partner: e.target.value === "" ? null : Number(e.target.value) })}
              />
              <fieldset className="press-import__sites">
                <legend className="field__label">{t("pressImport.review.sites")}</legend>
                {p.sites.length === 0 && <p className="press-import__meta">{t("pressImport.review.noSites")}</p>}
                {p.sites.map((site, j) => (
                  <div key={j} className="press-import__site">
                    <TextField
                      label={t("pressImport.review.site", { n: j + 1 })}
                      required
                      value={site}
                      error={fieldError(errors, `projects.${i}`, `sites.${j}`)}
                      onChange={(e) => update("projects", i, { sites: p.sites.map((x, k) => (k === j ? e.target.value : x)) })}
                    />
                    <Button
                      size="sm"
                      variant="ghost"
                      className="btn--danger-text"
                      aria-label={t("pressImport.review.removeSite", { n: j + 1 })}
                      title={t("pressImport.review.removeSite", { n: j + 1 })}
                      onClick={() => update("projects", i, { sites: p.sites.filter((_, k) => k !== j) })}
                    >
                      <Icon name="trash" size={16} />
                    </Button>
                  </div>
                ))}
              </fieldset>
              <ItemErrorsText errors={errors[`projects.${i}`]} shown={["title", "partner", "partnerId", "sites"]} />
            </Item>
          ))}
        </Section>

        <Section title={t("pressImport.review.exportFacts")} count={review.exportFacts.length}>
          <p className="press-import__meta">{t("pressImport.review.exportFactsHint")}</p>
          {review.exportFacts.map((f, i) => (
            <Item
              key={f.categoryId}
              label={f.name}
              accepted={f.accepted}
              onAccepted={(accepted) => update("exportFacts", i, { accepted })}
              confidence={f.confidence}
              {...item(`exportFacts.${i}`, f.span)}
            >
              <Select
                label={t("pressImport.review.exportPartner")}
                required
                placeholder="—"
                value={f.partner === null ? "" : String(f.partner)}
                error={fieldError(errors, `exportFacts.${i}`, "partner") ?? fieldError(errors, `exportFacts.${i}`, "partnerId")}
                options={partnerOptions}
                onChange={(e) => update("exportFacts", i, { partner: e.target.value === "" ? null : Number(e.target.value) })}
              />
              <TextArea
                label={t("pressImport.review.statement")}
                hint={t("pressImport.review.statementHint")}
                required
                rows={3}
                value={f.statement}
                error={fieldError(errors, `exportFacts.${i}`, "statement")}
                onChange={(e) => update("exportFacts", i, { statement: e.target.value })}
              />
              <ItemErrorsText errors={errors[`exportFacts.${i}`]} shown={["partner", "partnerId", "statement"]} />
            </Item>
          ))}
        </Section>

        {message && (
          <Alert tone="error" title={t("pressImport.review.saveFailed")}>
            {message}
          </Alert>
        )}
        <div className="press-import__actions press-import__actions--sticky">
          <Button onClick={onBack}>{t("pressImport.review.back")}</Button>
          <Button variant="primary" busy={confirm.isPending} disabled={Boolean(conflict)} onClick={() => void save()}>
            {t("pressImport.review.save")}
          </Button>
        </div>
      </div>
    </div>
  );
}

function Section({ title, count, error, children }: { title: string; count?: number; error?: string[]; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="press-import__section card">
      <h2 className="press-import__h2">
        {title}
        {count !== undefined && <span className="press-import__count"> · {count}</span>}
      </h2>
      {error && (
        <p className="field__error" role="alert">
          {error[0]}
        </p>
      )}
      {count === 0 ? <p className="press-import__empty">{t("pressImport.review.none")}</p> : children}
    </section>
  );
}

function Item({
  label,
  accepted,
  onAccepted,
  confidence,
  invalid,
  focused,
  onFocus,
  children,
}: {
  label: string;
  accepted: boolean;
  onAccepted: (accepted: boolean) => void;
  confidence: number;
  invalid: boolean;
  focused: boolean;
  onFocus: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const cls = [
    "press-import__item",
    accepted ? "" : "press-import__item--dropped",
    invalid ? "press-import__item--invalid" : "",
    focused ? "press-import__item--focused" : "",
  ]
    .filter(Boolean)
    .join(" ");
  // tabIndex -1: a click anywhere in the item focuses it, so onFocus serves the mouse and the keyboard alike.
  return (
    <article className={cls} aria-label={label} tabIndex={-1} onFocus={onFocus}>
      <header className="press-import__item-head">
        <Checkbox label={<span className="press-import__item-label">{label}</span>} checked={accepted} onChange={(e) => onAccepted(e.target.checked)} />
        <span className={`press-import__confidence${confidence < 0.6 ? " press-import__confidence--low" : ""}`} title={t("pressImport.review.confidenceHint")}>
          {t("pressImport.review.confidence", { percent: Math.round(confidence * 100) })}
        </span>
      </header>
      {accepted ? <div className="press-import__item-body">{children}</div> : <p className="press-import__meta">{t("pressImport.review.dropped")}</p>}
    </article>
  );
}

function ItemErrorsText({ errors, shown }: { errors: Record<string, string[]> | undefined; shown: string[] }) {
  if (!errors) return null;
  const rest = Object.entries(errors).filter(([key]) => !shown.some((s) => key === s || key.startsWith(`${s}.`)));
  if (rest.length === 0) return null;
  return (
    <p className="field__error" role="alert">
      {rest.map(([, m]) => m[0]).join("; ")}
    </p>
  );
}

function PartyChecks({
  legend,
  options,
  value,
  error,
  onChange,
}: {
  legend: string;
  options: Array<{ value: string; label: string; disabled?: boolean }>;
  value: number[];
  error?: string[];
  onChange: (v: number[]) => void;
}) {
  return (
    <fieldset className={`press-import__parties${error ? " field--invalid" : ""}`}>
      <legend className="field__label">{legend}</legend>
      <div className="press-import__checks">
        {options.map((o) => {
          const i = Number(o.value);
          return (
            <Checkbox
              key={o.value}
              label={o.label}
              disabled={o.disabled}
              checked={value.includes(i) && !o.disabled}
              onChange={(e) => onChange(e.target.checked ? [...value, i] : value.filter((x) => x !== i))}
            />
          );
        })}
      </div>
      {error && <p className="field__error">{error[0]}</p>}
    </fieldset>
  );
}

/** The release with the sentence of the item in focus marked, and the words themselves in bold. */
function HighlightedText({ text, span }: { text: string; span: TTextSpan | null }) {
  const mark = useRef<HTMLElement>(null);
  useEffect(() => {
    mark.current?.scrollIntoView?.({ block: "nearest", behavior: "smooth" });
  }, [span?.sentence.start, span?.sentence.end]);
  const parts = useMemo(() => {
    if (!span) return null;
    const { sentence, match } = span;
    const inner = match.start >= sentence.start && match.end <= sentence.end;
    return {
      before: text.slice(0, sentence.start),
      sentenceBefore: inner ? text.slice(sentence.start, match.start) : text.slice(sentence.start, sentence.end),
      match: inner ? text.slice(match.start, match.end) : "",
      sentenceAfter: inner ? text.slice(match.end, sentence.end) : "",
      after: text.slice(sentence.end),
    };
  }, [text, span]);
  if (!parts) return <div className="press-import__release">{text}</div>;
  return (
    <div className="press-import__release">
      {parts.before}
      <mark ref={mark} className="press-import__sentence" data-testid="highlight">
        {parts.sentenceBefore}
        {parts.match && <strong>{parts.match}</strong>}
        {parts.sentenceAfter}
      </mark>
      {parts.after}
    </div>
  );
}

function AlreadyLink({ already }: { already: NonNullable<TAlreadyImported> }) {
  const { t } = useTranslation();
  const { data } = useQueryOfSource(already.sourceId);
  const url = data?.url && /^https?:\/\//i.test(data.url) ? data.url : null;
  return (
    <p>
      {t("pressImport.review.alreadyText")}{" "}
      {url ? (
        <a href={url} target="_blank" rel="noreferrer">
          «{already.title}»
        </a>
      ) : (
        <strong>«{already.title}»</strong>
      )}
    </p>
  );
}

function useQueryOfSource(id: string) {
  return useQuery(trpc.source.byId.queryOptions({ id }, { retry: false }));
}

// ——— Done ———

function Summary({ result, review, onAgain }: { result: TPressImportConfirmResult; review: Review; onAgain: () => void }) {
  const { t } = useTranslation();
  const { sent } = reviewToConfirm(review);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const partnerName = (n: number) => {
    const p = review.partners[sent.partners[n]!];
    return p ? (p.choice === "match" ? (p.picked?.name ?? p.text) : p.newName) : "";
  };
  return (
    <section className="card press-import__summary" aria-labelledby="press-import-done">
      <h2 id="press-import-done" ref={heading} tabIndex={-1} className="press-import__h2">
        {t("pressImport.summary.title")}
      </h2>
      <ul className="press-import__links">
        {result.meetingId && (
          <li>
            {t("pressImport.summary.meeting")}{" "}
            <Link to="/meetings/$meetingId" params={{ meetingId: result.meetingId }}>
              {review.happening?.title}
            </Link>
          </li>
        )}
        {result.partnerIds.length > 0 && (
          <li>
            {t("pressImport.summary.partners")}{" "}
            {result.partnerIds.map((id, n) => (
              <span key={`${id}-${n}`}>
                {n > 0 && ", "}
                <Link to="/partners/$partnerId" params={{ partnerId: id }}>
                  {partnerName(n)}
                </Link>
              </span>
            ))}
          </li>
        )}
        {result.personIds.length > 0 && (
          <li>
            {t("pressImport.summary.people")}{" "}
            {result.personIds.map((id, n) => (
              <span key={`${id}-${n}`}>
                {n > 0 && ", "}
                <Link to="/people/$personId" params={{ personId: id }}>
                  {review.people[sent.people[n]!]?.fullName}
                </Link>
              </span>
            ))}
          </li>
        )}
        {result.agreementIds.map((id, n) => (
          <li key={id}>
            {t("pressImport.summary.agreement")}{" "}
            <Link to="/agreements/$agreementId" params={{ agreementId: id }}>
              {review.agreements[sent.agreements[n]!]?.title}
            </Link>
          </li>
        ))}
        {result.eventIds.map((id, n) => (
          <li key={id}>
            {t("pressImport.summary.event")}{" "}
            <Link to="/events/$eventId" params={{ eventId: id }}>
              {review.events[sent.events[n]!]?.title}
            </Link>
          </li>
        ))}
        {result.projectIds.map((id, n) => (
          <li key={id}>
            {t("pressImport.summary.project")}{" "}
            <Link to="/projects/$projectId" params={{ projectId: id }}>
              {review.projects[sent.projects[n]!]?.title}
            </Link>
          </li>
        ))}
        {result.followUpIds.length > 0 && <li>{t("pressImport.summary.followUps", { count: result.followUpIds.length })}</li>}
        {result.exportFactIds.length > 0 && <li>{t("pressImport.summary.exportFacts", { count: result.exportFactIds.length })}</li>}
      </ul>
      <div className="press-import__actions">
        <Button variant="primary" onClick={onAgain}>
          {t("pressImport.summary.again")}
        </Button>
        <Link to="/timeline" className={buttonClass("secondary")}>
          {t("pressImport.summary.timeline")}
        </Link>
      </div>
    </section>
  );
}
