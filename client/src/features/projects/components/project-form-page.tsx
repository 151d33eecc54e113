import type { ReactNode } from "react";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { trpc } from "../../../lib/trpc.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { showToast } from "../../../ui/toast.tsx";
import { RecordPage } from "../../../entities/record-page/record-page.tsx";
import { emptyProjectValues, projectToValues } from "../hooks/project-form-values.ts";
import { ProjectForm } from "./project-form.tsx";

const editRoute = getRouteApi("/app/projects/$projectId/edit");

export function NewProjectPage(): ReactNode {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useDocumentTitle(t("projects.form.createTitle"));
  return (
    <RecordPage kind="project" layout="form" title={t("projects.form.createTitle")}>
      <ProjectForm
        initial={emptyProjectValues()}
        draftKey="project:new"
        onSaved={(saved) => {
          showToast(t("projects.createdToast", { title: saved.title }));
          void navigate({ to: "/projects/$projectId", params: { projectId: saved.id } });
        }}
        onCancel={() => void navigate({ to: "/projects" })}
      />
    </RecordPage>
  );
}

export function EditProjectPage(): ReactNode {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { projectId } = editRoute.useParams();
  const { data: current } = useSuspenseQuery(trpc.project.byId.queryOptions({ id: projectId }));
  useDocumentTitle(`${t("projects.form.editTitle")}: ${current.title}`);
  const toProject = () => void navigate({ to: "/projects/$projectId", params: { projectId: current.id } });
  return (
    <RecordPage
      kind="project"
      layout="form"
      trail={[{ kind: "project", id: current.id, label: current.title }]}
      title={t("projects.form.editTitle")}
      intro={current.title}
    >
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
    </RecordPage>
  );
}
