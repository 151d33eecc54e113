import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { trpc } from "../../../lib/trpc.ts";
import { EditRecordFormPage, NewRecordFormPage } from "../../../entities/record-page/record-form-page.tsx";
import { emptyProjectValues, projectToValues } from "../hooks/project-form-values.ts";
import { ProjectForm } from "./project-form.tsx";

export function NewProjectPage(): ReactNode {
  return (
    <NewRecordFormPage kind="project" labelOf={(saved: { id: string; title: string }) => saved.title}>
      {(exits) => <ProjectForm initial={emptyProjectValues()} draftKey="project:new" {...exits} />}
    </NewRecordFormPage>
  );
}

export function EditProjectPage(): ReactNode {
  const { i18n } = useTranslation();
  return (
    <EditRecordFormPage kind="project" query={(id) => trpc.project.byId.queryOptions({ id })} labelOf={(p) => p.title}>
      {(current, form) => <ProjectForm project={current} initial={projectToValues(current, i18n.language === "en" ? "." : ",")} {...form} />}
    </EditRecordFormPage>
  );
}
