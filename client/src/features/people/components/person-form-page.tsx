import type { ReactNode } from "react";
import { getRouteApi } from "@tanstack/react-router";
import { trpc } from "../../../lib/trpc.ts";
import { EditRecordFormPage, NewRecordFormPage } from "../../../entities/record-page/record-form-page.tsx";
import { emptyPersonValues, personToValues } from "../hooks/person-form-values.ts";
import { PersonForm } from "./person-form.tsx";

const newRoute = getRouteApi("/app/people/new");

export function NewPersonPage(): ReactNode {
  const { partner, side } = newRoute.useSearch();
  return (
    <NewRecordFormPage
      kind="person"
      labelOf={(saved: { id: string; fullName: string }) => saved.fullName}
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
  return (
    <EditRecordFormPage
      kind="person"
      query={(id) => trpc.person.byId.queryOptions({ id })}
      labelOf={(p) => p.fullName}
      trailBefore={(p) => (p.partner ? [{ kind: "partner", id: p.partner.id, label: p.partner.name }] : [])}
    >
      {(current, form) => <PersonForm person={current} initial={personToValues(current)} {...form} />}
    </EditRecordFormPage>
  );
}
