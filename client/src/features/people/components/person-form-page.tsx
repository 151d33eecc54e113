import type { ReactNode } from "react";
import { getRouteApi } from "@tanstack/react-router";
import { useSuspenseQuery } from "@tanstack/react-query";
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
  const { data: current } = useSuspenseQuery(trpc.person.byId.queryOptions({ id: personId }));
  return (
    <EditRecordFormPage
      kind="person"
      record={{ id: current.id, label: current.fullName }}
      trailBefore={current.partner ? [{ kind: "partner", id: current.partner.id, label: current.partner.name }] : []}
      title={t("people.editTitle")}
      savedToast={t("people.saved")}
    >
      {(exits) => (
        // A newer version saved elsewhere must not reset what is being typed: the key is the record, not its version.
        <PersonForm key={current.id} person={current} initial={personToValues(current)} draftKey={`person:${current.id}`} {...exits} />
      )}
    </EditRecordFormPage>
  );
}
