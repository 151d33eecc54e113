import type { ReactNode } from "react";
import { getRouteApi } from "@tanstack/react-router";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { trpc } from "../../../lib/trpc.ts";
import { EditRecordFormPage, NewRecordFormPage } from "../../../entities/record-page/record-form-page.tsx";
import { emptyProjectValues, projectToValues } from "../hooks/project-form-values.ts";
import { ProjectForm } from "./project-form.tsx";

const editRoute = getRouteApi("/app/projects/$projectId/edit");

export function NewProjectPage(): ReactNode {
  const { t } = useTranslation();
  return (
    <NewRecordFormPage
      kind="project"
      title={t("projects.form.createTitle")}
      createdToast={(saved: { id: string; title: string }) => t("projects.createdToast", { title: saved.title })}
    >
      {(exits) => <ProjectForm initial={emptyProjectValues()} draftKey="project:new" {...exits} />}
    </NewRecordFormPage>
  );
}

export function EditProjectPage(): ReactNode {
  const { t, i18n } = useTranslation();
  const { projectId } = editRoute.useParams();
  const { data: current } = useSuspenseQuery(trpc.project.byId.queryOptions({ id: projectId }));
  return (
    <EditRecordFormPage kind="project" record={{ id: current.id, label: current.title }} title={t("projects.form.editTitle")} savedToast={t("projects.saved")}>
      {(exits) => (
        <ProjectForm
          key={current.id}
          project={current}
          initial={projectToValues(current, i18n.language === "en" ? "." : ",")}
          draftKey={`project:${current.id}`}
          {...exits}
        />
      )}
    </EditRecordFormPage>
  );
}
