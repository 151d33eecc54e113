// One joint project: partner, sector, stage, the candidate sites with the chosen one
// marked, and the decision on the site as its own action (radio + confirmation).
import { useState, type ReactNode } from "react";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../lib/format.ts";
import { useHasRole } from "../../../lib/session.ts";
import { trpc } from "../../../lib/trpc.ts";
import { invalidateAfter } from "../../../lib/invalidation.ts";
import { errorCode, isNetworkError, errorText } from "../../../lib/errors.ts";
import { Button } from "../../../ui/button.tsx";
import { Icon } from "../../../ui/icons.tsx";
import { Alert } from "../../../ui/alert.tsx";
import { ConfirmDialog } from "../../../ui/dialog.tsx";
import { showToast } from "../../../ui/toast.tsx";
import { HistoryPanel } from "../../../ui/history-panel.tsx";
import { RecordActions, RecordPage } from "../../../entities/record-page/record-page.tsx";
import { useShownRecord } from "../../../ui/record-page/use-shown-record.ts";
import { RecordSection, RecordStamps, RecordText } from "../../../ui/record-page/record-section.tsx";
import { Fact, Facts } from "../../../ui/record-page/record-facts.tsx";
import type { ProjectDetail } from "../hooks/project-queries.ts";
import { ProjectStageBadge, SiteStatusBadge } from "./project-stage-badge.tsx";
import "../projects.css";

const route = getRouteApi("/app/projects/$projectId");

export function ProjectPage(): ReactNode {
  const { projectId } = route.useParams();
  const project = useShownRecord(trpc.project.byId.queryOptions({ id: projectId }), (p) => p.title);
  const { t } = useTranslation();
  const canEdit = useHasRole("EDITOR");
  const format = useFormat();
  const chosen = project.sites.find((s) => s.status === "CHOSEN");

  return (
    <RecordPage
      kind="project"
      layout="detail"
      title={project.title}
      meta={
        <>
          <ProjectStageBadge stage={project.stage} />
          <Link to="/partners/$partnerId" params={{ partnerId: project.partner.id }} className="quiet-link">
            {project.partner.name}
          </Link>
          {chosen && (
            <span className="with-icon">
              <Icon name="pin" size={16} />
              {chosen.name}
            </span>
          )}
        </>
      }
      actions={<RecordActions kind="project" id={project.id} deletion={{ record: { ...project, name: project.title }, procedure: trpc.project.delete }} />}
    >
      <div className="layout-two">
        <RecordSection id="project-details" title={t("projects.details")}>
          <Facts>
            <Fact label={t("projects.fields.partnerId")}>
              <Link to="/partners/$partnerId" params={{ partnerId: project.partner.id }}>
                {project.partner.name}
              </Link>
            </Fact>
            <Fact label={t("projects.fields.sectorId")}>{project.sector?.name ?? t("common.none")}</Fact>
            <Fact label={t("projects.fields.stage")}>{t(`enums.projectStage.${project.stage}`)}</Fact>
            <Fact label={t("projects.chosenSite")}>{chosen?.name ?? t("projects.noChosenSite")}</Fact>
            <Fact label={t("projects.fields.source")}>
              {project.source ? (
                project.source.url ? (
                  <a href={project.source.url} target="_blank" rel="noreferrer noopener">
                    {project.source.title}
                  </a>
                ) : (
                  project.source.title
                )
              ) : (
                t("common.none")
              )}
            </Fact>
          </Facts>
          <RecordText title={t("projects.fields.summary")} text={project.summary} empty={t("projects.noSummary")} />
          <RecordStamps
            updated={t("projects.updated", { date: format.dateTime(project.updatedAt) })}
            created={t("projects.created", { date: format.dateTime(project.createdAt) })}
          />
        </RecordSection>

        <Sites project={project} canEdit={canEdit} />
      </div>

      <HistoryPanel entity="project" id={project.id} />
    </RecordPage>
  );
}

function Sites({ project, canEdit }: { project: ProjectDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const current = project.sites.find((s) => s.status === "CHOSEN")?.id ?? null;
  const [selected, setSelected] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const picked = selected ?? current;
  const pickedSite = project.sites.find((s) => s.id === picked);
  const choosing = canEdit && project.sites.length > 0;

  const choose = useMutation(
    trpc.project.chooseSite.mutationOptions({
      onSuccess: async (saved) => {
        queryClient.setQueryData(trpc.project.byId.queryKey({ id: saved.id }), saved);
        await invalidateAfter(queryClient, { entity: "project" });
        setConfirming(false);
        setSelected(null);
        showToast(t("projects.siteChosen", { name: pickedSite?.name ?? "" }));
      },
    }),
  );
  const error = choose.error
    ? errorCode(choose.error) === "CONFLICT"
      ? t("projects.chooseConflict")
      : isNetworkError(choose.error)
        ? t("errors.network")
        : errorText(choose.error)
    : null;

  const coords = (s: { latitude: number | null; longitude: number | null }) =>
    s.latitude !== null && s.longitude !== null ? `${format.coordinate(s.latitude)}, ${format.coordinate(s.longitude)}` : null;

  return (
    <RecordSection id="project-sites" title={t("projects.sites")} count={project.sites.length}>
      {project.sites.length === 0 ? (
        <p className="muted">{t("projects.noSites")}</p>
      ) : (
        <form
          className="site-choice"
          onSubmit={(e) => {
            e.preventDefault();
            if (picked && picked !== current) setConfirming(true);
          }}
        >
          <fieldset className="site-choice__set">
            <legend className={choosing ? "field__label" : "visually-hidden"}>{choosing ? t("projects.chooseLegend") : t("projects.sites")}</legend>
            <ul className="sites">
              {project.sites.map((site) => {
                const c = coords(site);
                const body = (
                  <span className="site__body">
                    <span className="site__name">
                      {site.name}
                      <SiteStatusBadge status={site.status} />
                    </span>
                    {c && (
                      <span className="site__meta with-icon">
                        <Icon name="pin" size={14} />
                        {c}
                      </span>
                    )}
                    {site.notes && <span className="site__meta">{site.notes}</span>}
                  </span>
                );
                return (
                  <li key={site.id} className={`site${site.status === "CHOSEN" ? " site--chosen" : ""}${site.status === "REJECTED" ? " site--rejected" : ""}`}>
                    {choosing ? (
                      <label className="site__choice">
                        <input type="radio" name="site" value={site.id} checked={picked === site.id} onChange={() => setSelected(site.id)} />
                        {body}
                      </label>
                    ) : (
                      body
                    )}
                  </li>
                );
              })}
            </ul>
          </fieldset>
          {choosing && (
            <div className="site-choice__actions">
              <Button type="submit" variant="primary" disabled={!picked || picked === current}>
                {t("projects.chooseSite")}
              </Button>
              {!picked && <span className="field__hint">{t("projects.chooseHint")}</span>}
            </div>
          )}
        </form>
      )}
      <ConfirmDialog
        open={confirming}
        tone="primary"
        title={t("projects.chooseTitle")}
        text={t(current ? "projects.chooseTextReplace" : "projects.chooseText", { name: pickedSite?.name ?? "" })}
        confirmLabel={choose.isPending ? t("common.saving") : t("projects.chooseConfirm")}
        busy={choose.isPending}
        error={error}
        onConfirm={() => picked && choose.mutate({ id: project.id, version: project.version, siteId: picked })}
        onCancel={() => {
          choose.reset();
          setConfirming(false);
        }}
      />
      {error && !confirming && <Alert tone="error">{error}</Alert>}
    </RecordSection>
  );
}
