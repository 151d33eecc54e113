// Create and edit a joint project: partner (type-ahead), sector, stage and the candidate
// sites as rows. Choosing the site is a separate action on the project's page.
import { useId, useRef, useState, type ReactNode } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { projectStages, type TProjectStage } from "@atlas/shared/enums";
import { trpc } from "../../../lib/trpc.ts";
import { invalidateAfter } from "../../../lib/invalidation.ts";
import { useRecordForm } from "../../../lib/use-record-form.ts";
import { useSectorOptions } from "../../../entities/options/reference-options.ts";
import { FormStatus, LeaveGuard, useTheirValueNote } from "../../../ui/form-status.tsx";
import { TextArea, TextField } from "../../../ui/text-field.tsx";
import { Select } from "../../../ui/select.tsx";
import { Button } from "../../../ui/button.tsx";
import { Icon } from "../../../ui/icons.tsx";
import { PartnerPicker } from "../../../ui/partner-picker.tsx";
import type { ProjectDetail } from "../hooks/project-queries.ts";
import { emptySite, prepareProject, projectFormFields, projectToValues, type ProjectFormValues, type SiteValues } from "../hooks/project-form-values.ts";
import { SiteStatusBadge } from "./project-stage-badge.tsx";
import "../projects.css";

type ProjectFormProps = {
  project?: ProjectDetail;
  initial: ProjectFormValues;
  draftKey: string;
  onSaved: (saved: ProjectDetail) => void;
  onCancel: () => void;
};

export function ProjectForm({ project, initial, draftKey, onSaved, onCancel }: ProjectFormProps): ReactNode {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const ids = useId();
  const sectors = useSectorOptions();
  const decimal = i18n.language === "en" ? "." : ",";
  const sitesRef = useRef<HTMLOListElement>(null);
  const [announcement, setAnnouncement] = useState("");

  const create = useMutation(trpc.project.create.mutationOptions());
  const update = useMutation(trpc.project.update.mutationOptions());

  const form = useRecordForm({
    draftKey,
    initial,
    version: project?.version ?? null,
    fields: projectFormFields,
    prepare: (values, version) =>
      prepareProject(values, project?.id ?? null, version, { partnerRequired: t("projects.form.partnerRequired"), notANumber: t("errors.notANumber") }),
    save: (input) => ("update" in input ? update.mutateAsync(input.update) : create.mutateAsync(input.create)),
    reload: project
      ? async () => {
          const current = await queryClient.fetchQuery({ ...trpc.project.byId.queryOptions({ id: project.id }), staleTime: 0 });
          return { values: projectToValues(current, decimal), version: current.version };
        }
      : undefined,
    onSaved: async (saved) => {
      queryClient.setQueryData(trpc.project.byId.queryKey({ id: saved.id }), saved);
      await invalidateAfter(queryClient, { entity: "project" });
      onSaved(saved);
    },
  });
  const { values } = form;
  const labels: Record<string, string> = Object.fromEntries(projectFormFields.map((f) => [f, t(`projects.fields.${f}`)]));
  const theirNote = useTheirValueNote(form, (field, value) => {
    if (field === "partnerId") return (value as ProjectFormValues["partnerId"])?.name ?? "";
    if (field === "stage") return t(`enums.projectStage.${value as TProjectStage}`);
    if (field === "sectorId") return sectors.data?.items.find((s) => s.id === value)?.name ?? "";
    if (field === "sites") return (value as SiteValues[]).map((s) => s.name).join(", ");
    return String(value ?? "");
  });

  function setSites(update: (sites: SiteValues[]) => SiteValues[]) {
    form.set("sites", update(values.sites));
  }
  function setSite(index: number, patch: Partial<SiteValues>) {
    setSites((sites) => sites.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  }
  function addSite() {
    const site = emptySite();
    setSites((sites) => [...sites, site]);
    setAnnouncement(t("projects.form.siteAdded", { position: values.sites.length + 1 }));
    requestAnimationFrame(() => sitesRef.current?.querySelector<HTMLElement>(`[data-site="${site.key}"] input[name$=".name"]`)?.focus());
  }
  function removeSite(index: number) {
    const site = values.sites[index] as SiteValues;
    const next = values.sites[index + 1] ?? values.sites[index - 1];
    setSites((sites) => sites.filter((s) => s.key !== site.key));
    setAnnouncement(t("projects.form.siteRemoved", { name: site.name || t("projects.form.siteN", { n: index + 1 }) }));
    requestAnimationFrame(() => {
      const target = next
        ? sitesRef.current?.querySelector<HTMLElement>(`[data-site="${next.key}"] input[name$=".name"]`)
        : document.getElementById(`${ids}-add-site`);
      target?.focus();
    });
  }

  const sitesError = form.errors["sites"]?.[0];

  return (
    <form className="form card form--wide project-form" onSubmit={form.submit} noValidate>
      <FormStatus form={form} labels={labels} />
      <div className="form-grid">
        <TextField
          label={t("projects.fields.title")}
          name="title"
          required
          maxLength={300}
          className="form-grid__full"
          value={values.title}
          onChange={(e) => form.set("title", e.target.value)}
          error={form.error("title")}
          note={theirNote("title")}
        />
        <PartnerPicker
          label={t("projects.fields.partnerId")}
          name="partnerId"
          required
          value={values.partnerId}
          onChange={(partner) => form.set("partnerId", partner)}
          error={form.error("partnerId")}
          note={theirNote("partnerId")}
        />
        <Select
          label={t("projects.fields.sectorId")}
          name="sectorId"
          placeholder={t("projects.form.noSector")}
          options={(sectors.data?.items ?? []).map((s) => ({ value: s.id, label: i18n.language === "en" ? s.nameEn : s.name }))}
          value={values.sectorId}
          onChange={(e) => form.set("sectorId", e.target.value)}
          error={form.error("sectorId")}
          note={theirNote("sectorId")}
        />
        <Select
          label={t("projects.fields.stage")}
          name="stage"
          options={projectStages.map((s) => ({ value: s, label: t(`enums.projectStage.${s}`) }))}
          value={values.stage}
          onChange={(e) => form.set("stage", e.target.value as TProjectStage)}
          error={form.error("stage")}
          note={theirNote("stage")}
        />
        <TextArea
          label={t("projects.fields.summary")}
          name="summary"
          className="form-grid__full"
          rows={4}
          value={values.summary}
          onChange={(e) => form.set("summary", e.target.value)}
          error={form.error("summary")}
          note={theirNote("summary")}
        />
      </div>

      <section className="site-rows" aria-labelledby={`${ids}-sites`}>
        <div className="site-rows__header">
          <h2 className="card__title" id={`${ids}-sites`}>
            {t("projects.form.sites")}
          </h2>
          <p className="field__hint">{t("projects.form.sitesHint")}</p>
        </div>
        {sitesError && (
          <p className="field__error" role="alert">
            {sitesError}
          </p>
        )}
        {theirNote("sites") && <p className="field__note">{theirNote("sites")}</p>}
        {values.sites.length > 0 && (
          <ol className="site-rows__list" ref={sitesRef}>
            {values.sites.map((site, i) => {
              const name = site.name || t("projects.form.siteN", { n: i + 1 });
              return (
                <li key={site.key} className="site-row" data-site={site.key} aria-label={name}>
                  <div className="site-row__fields">
                    <TextField
                      label={t("projects.fields.siteName")}
                      name={`sites.${i}.name`}
                      required
                      maxLength={300}
                      value={site.name}
                      onChange={(e) => setSite(i, { name: e.target.value })}
                      error={form.error(`sites.${i}.name`) ?? form.error(`sites.${i}.status`)}
                    />
                    <TextField
                      label={t("projects.fields.latitude")}
                      name={`sites.${i}.latitude`}
                      inputMode="decimal"
                      placeholder={decimal === "," ? "59,22" : "59.22"}
                      value={site.latitude}
                      onChange={(e) => setSite(i, { latitude: e.target.value })}
                      error={form.error(`sites.${i}.latitude`)}
                    />
                    <TextField
                      label={t("projects.fields.longitude")}
                      name={`sites.${i}.longitude`}
                      inputMode="decimal"
                      placeholder={decimal === "," ? "39,89" : "39.89"}
                      value={site.longitude}
                      onChange={(e) => setSite(i, { longitude: e.target.value })}
                      error={form.error(`sites.${i}.longitude`)}
                    />
                    <TextField
                      label={t("projects.fields.siteNotes")}
                      name={`sites.${i}.notes`}
                      className="site-row__notes"
                      value={site.notes}
                      onChange={(e) => setSite(i, { notes: e.target.value })}
                      error={form.error(`sites.${i}.notes`)}
                    />
                  </div>
                  <div className="site-row__side">
                    {site.status !== "CANDIDATE" && <SiteStatusBadge status={site.status} />}
                    <Button
                      size="sm"
                      variant="ghost"
                      className="btn--danger-text"
                      aria-label={t("projects.form.removeSite", { name })}
                      title={t("projects.form.removeSiteShort")}
                      onClick={() => removeSite(i)}
                    >
                      <Icon name="trash" size={16} />
                    </Button>
                  </div>
                </li>
              );
            })}
          </ol>
        )}
        <Button id={`${ids}-add-site`} icon={<Icon name="plus" size={16} />} onClick={addSite} disabled={values.sites.length >= 50}>
          {t("projects.form.addSite")}
        </Button>
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
      </section>

      <div className="form__actions">
        <Button type="submit" variant="primary" busy={form.saving} disabled={form.conflict}>
          {form.saving ? t("common.saving") : project ? t("projects.form.submitEdit") : t("projects.form.submitCreate")}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {t("common.cancel")}
        </Button>
      </div>
      <LeaveGuard form={form} />
    </form>
  );
}
