// Create and edit a joint project: partner (type-ahead), sector, stage and the candidate
// sites as rows. Choosing the site is a separate action on the project's page.
import { useId, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { projectStages, type TProjectStage } from "@atlas/shared/enums";
import { trpc } from "../../../lib/trpc.ts";
import { useRecordForm } from "../../../lib/use-record-form.ts";
import { useSectorOptions } from "../../../entities/options/reference-options.ts";
import { FormStatus, LeaveGuard, useTheirValueNote } from "../../../ui/form-status.tsx";
import { TextArea, TextField } from "../../../ui/text-field.tsx";
import { Select } from "../../../ui/select.tsx";
import { useCreateOrUpdate } from "../../../ui/form/use-create-or-update.ts";
import { bindFields, bindRowFields } from "../../../ui/form/field-binding.ts";
import { AddRowButton, RemoveRowButton } from "../../../ui/form/row-buttons.tsx";
import { RecordFormActions, type RecordFormProps } from "../../../ui/form/record-form-actions.tsx";
import { PartnerPicker } from "../../../ui/partner-picker.tsx";
import type { ProjectDetail } from "../hooks/project-queries.ts";
import { emptySite, prepareProject, projectFormFields, projectToValues, type ProjectFormValues, type SiteValues } from "../hooks/project-form-values.ts";
import { SiteStatusBadge } from "./project-stage-badge.tsx";
import "../projects.css";

type ProjectFormProps = RecordFormProps<ProjectDetail, ProjectFormValues> & { project?: ProjectDetail };

export function ProjectForm({ project, initial, draftKey, onSaved, onCancel }: ProjectFormProps): ReactNode {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const sectors = useSectorOptions();
  const decimal = i18n.language === "en" ? "." : ",";
  const sitesRef = useRef<HTMLOListElement>(null);
  const [announcement, setAnnouncement] = useState("");

  const saving = useCreateOrUpdate("project", trpc.project, {
    editedId: project?.id,
    toValues: (current) => projectToValues(current, decimal),
    cacheSaved: true,
    onSaved,
  });
  const form = useRecordForm({
    draftKey,
    initial,
    version: project?.version ?? null,
    fields: projectFormFields,
    prepare: (values, version) =>
      prepareProject(values, project?.id ?? null, version, { partnerRequired: t("projects.form.partnerRequired"), notANumber: t("errors.notANumber") }),
    ...saving,
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
  const field = bindFields(form, theirNote);

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
        <TextField label={t("projects.fields.title")} required maxLength={300} className="form-grid__full" {...field.text("title")} />
        <PartnerPicker label={t("projects.fields.partnerId")} required {...field.value("partnerId")} />
        <Select
          label={t("projects.fields.sectorId")}
          placeholder={t("projects.form.noSector")}
          options={(sectors.data?.items ?? []).map((s) => ({ value: s.id, label: i18n.language === "en" ? s.nameEn : s.name }))}
          {...field.choice("sectorId")}
        />
        <Select
          label={t("projects.fields.stage")}
          options={projectStages.map((s) => ({ value: s, label: t(`enums.projectStage.${s}`) }))}
          {...field.choice("stage")}
        />
        <TextArea label={t("projects.fields.summary")} className="form-grid__full" rows={4} {...field.text("summary")} />
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
              const row = bindRowFields(form, `sites.${i}`, site, (patch) => setSite(i, patch));
              return (
                <li key={site.key} className="site-row" data-site={site.key} aria-label={name}>
                  <div className="site-row__fields">
                    <TextField
                      label={t("projects.fields.siteName")}
                      required
                      maxLength={300}
                      {...row.text("name")}
                      error={form.error(`sites.${i}.name`) ?? form.error(`sites.${i}.status`)}
                    />
                    <TextField
                      label={t("projects.fields.latitude")}
                      inputMode="decimal"
                      placeholder={decimal === "," ? "59,22" : "59.22"}
                      {...row.text("latitude")}
                    />
                    <TextField
                      label={t("projects.fields.longitude")}
                      inputMode="decimal"
                      placeholder={decimal === "," ? "39,89" : "39.89"}
                      {...row.text("longitude")}
                    />
                    <TextField label={t("projects.fields.siteNotes")} className="site-row__notes" {...row.text("notes")} />
                  </div>
                  <div className="site-row__side">
                    {site.status !== "CANDIDATE" && <SiteStatusBadge status={site.status} />}
                    <RemoveRowButton label={t("projects.form.removeSite", { name })} title={t("projects.form.removeSiteShort")} onClick={() => removeSite(i)} />
                  </div>
                </li>
              );
            })}
          </ol>
        )}
        <AddRowButton id={`${ids}-add-site`} onClick={addSite} disabled={values.sites.length >= 50} announcement={announcement}>
          {t("projects.form.addSite")}
        </AddRowButton>
      </section>

      <RecordFormActions form={form} submitLabel={project ? t("projects.form.submitEdit") : t("projects.form.submitCreate")} onCancel={onCancel} />
      <LeaveGuard form={form} />
    </form>
  );
}
