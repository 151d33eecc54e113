import type { ReactNode } from "react";
import { getRouteApi, Link, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { errorCode, isNetworkError } from "../../../lib/errors.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { PageHeader } from "../../../ui/page-header.tsx";
import { EmptyState, ErrorState } from "../../../ui/states.tsx";
import { buttonClass } from "../../../ui/button.tsx";
import { Skeleton } from "../../../ui/spinner.tsx";
import { showToast } from "../../../ui/toast.tsx";
import { useProject } from "../hooks/project-queries.ts";
import { emptyProjectValues, projectToValues } from "../hooks/project-form-values.ts";
import { ProjectForm } from "./project-form.tsx";
import { ProjectCrumbs } from "./project-page.tsx";

const editRoute = getRouteApi("/app/projects/$projectId/edit");

export function NewProjectPage(): ReactNode {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useDocumentTitle(t("projects.form.createTitle"));
  return (
    <div className="page page--narrow">
      <PageHeader breadcrumb={<ProjectCrumbs />} title={t("projects.form.createTitle")} />
      <ProjectForm
        initial={emptyProjectValues()}
        draftKey="project:new"
        onSaved={(saved) => {
          showToast(t("projects.createdToast", { title: saved.title }));
          void navigate({ to: "/projects/$projectId", params: { projectId: saved.id } });
        }}
        onCancel={() => void navigate({ to: "/projects" })}
      />
    </div>
  );
}

export function EditProjectPage(): ReactNode {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { projectId } = editRoute.useParams();
  const project = useProject(projectId);
  useDocumentTitle(project.data ? `${t("projects.form.editTitle")}: ${project.data.title}` : t("projects.form.editTitle"));

  if (project.isPending) {
    return (
      <div className="page page--narrow" aria-busy="true">
        <ProjectCrumbs />
        <div className="card">
          <Skeleton lines={8} />
        </div>
      </div>
    );
  }
  if (project.isError) {
    const code = errorCode(project.error);
    return (
      <div className="page page--narrow">
        <ProjectCrumbs />
        {code === "NOT_FOUND" || code === "BAD_REQUEST" ? (
          <EmptyState
            title={t("projects.notFoundTitle")}
            text={t("projects.notFound")}
            action={
              <Link to="/projects" className={buttonClass("primary")}>
                {t("common.backTo", { place: t("projects.title") })}
              </Link>
            }
          />
        ) : (
          <ErrorState message={isNetworkError(project.error) ? t("errors.network") : t("errors.load")} onRetry={() => void project.refetch()} />
        )}
      </div>
    );
  }
  const current = project.data;
  const toProject = () => void navigate({ to: "/projects/$projectId", params: { projectId: current.id } });
  return (
    <div className="page page--narrow">
      <PageHeader breadcrumb={<ProjectCrumbs project={current} />} title={t("projects.form.editTitle")} intro={current.title} />
      <ProjectForm
        key={current.id}
        project={current}
        initial={projectToValues(current, i18n.language === "en" ? "." : ",")}
        draftKey={`project:${current.id}`}
        onSaved={() => {
          showToast(t("projects.saved"));
          toProject();
        }}
        onCancel={toProject}
      />
    </div>
  );
}
