import type { ReactNode } from "react";
import { getRouteApi } from "@tanstack/react-router";
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
  return (
    <EditRecordFormPage
      kind="project"
      query={trpc.project.byId.queryOptions({ id: projectId })}
      labelOf={(p) => p.title}
      title={t("projects.form.editTitle")}
      savedToast={t("projects.saved")}
    >
      {(current, form) => <ProjectForm project={current} initial={projectToValues(current, i18n.language === "en" ? "." : ",")} {...form} />}
    </EditRecordFormPage>
  );
}
