import type { ReactNode } from "react";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { trpc } from "../../../lib/trpc.ts";
import { EditRecordFormPage, NewRecordFormPage } from "../../../entities/record-page/record-form-page.tsx";
import { emptyPersonValues, personToValues } from "../hooks/person-form-values.ts";
import { PersonForm } from "./person-form.tsx";

const newRoute = getRouteApi("/app/people/new");
const editRoute = getRouteApi("/app/people/$personId/edit");

export function NewPersonPage(): ReactNode {
  const { t } = useTranslation();
  const { partner, side } = newRoute.useSearch();
  return (
    <NewRecordFormPage
      kind="person"
      title={t("people.createTitle")}
      createdToast={(saved: { id: string; fullName: string }) => t("people.createdToast", { name: saved.fullName })}
      cancelTo={partner ? { kind: "partner", id: partner } : undefined}
    >
      {(exits) => (
        <PersonForm
          initial={{ ...emptyPersonValues(), partnerId: partner ?? "", ...(side ? { side } : {}) }}
          draftKey={`person:new${partner ? `:${partner}` : ""}`}
          {...exits}
        />
      )}
    </NewRecordFormPage>
  );
}

export function EditPersonPage(): ReactNode {
  const { t } = useTranslation();
  const { personId } = editRoute.useParams();
  return (
    <EditRecordFormPage
      kind="person"
      query={trpc.person.byId.queryOptions({ id: personId })}
      labelOf={(p) => p.fullName}
      trailBefore={(p) => (p.partner ? [{ kind: "partner", id: p.partner.id, label: p.partner.name }] : [])}
      title={t("people.editTitle")}
      savedToast={t("people.saved")}
    >
      {(current, form) => <PersonForm person={current} initial={personToValues(current)} {...form} />}
    </EditRecordFormPage>
  );
}
