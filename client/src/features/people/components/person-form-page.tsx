import type { ReactNode } from "react";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { trpc } from "../../../lib/trpc.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { showToast } from "../../../ui/toast.tsx";
import { RecordPage } from "../../../entities/record-page/record-page.tsx";
import { emptyPersonValues, personToValues } from "../hooks/person-form-values.ts";
import { PersonForm } from "./person-form.tsx";

const newRoute = getRouteApi("/app/people/new");
const editRoute = getRouteApi("/app/people/$personId/edit");

export function NewPersonPage(): ReactNode {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { partner, side } = newRoute.useSearch();
  useDocumentTitle(t("people.createTitle"));
  const draftKey = `person:new${partner ? `:${partner}` : ""}`;
  return (
    <RecordPage kind="person" layout="form" title={t("people.createTitle")}>
      <PersonForm
        initial={{ ...emptyPersonValues(), partnerId: partner ?? "", ...(side ? { side } : {}) }}
        draftKey={draftKey}
        onSaved={(saved) => {
          showToast(t("people.createdToast", { name: saved.fullName }));
          void navigate({ to: "/people/$personId", params: { personId: saved.id } });
        }}
        onCancel={() => void (partner ? navigate({ to: "/partners/$partnerId", params: { partnerId: partner } }) : navigate({ to: "/partners" }))}
      />
    </RecordPage>
  );
}

export function EditPersonPage(): ReactNode {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { personId } = editRoute.useParams();
  const { data: current } = useSuspenseQuery(trpc.person.byId.queryOptions({ id: personId }));
  useDocumentTitle(`${t("people.editTitle")}: ${current.fullName}`);
  const toPerson = () => void navigate({ to: "/people/$personId", params: { personId: current.id } });
  return (
    <RecordPage
      kind="person"
      layout="form"
      trail={[
        ...(current.partner ? [{ kind: "partner" as const, id: current.partner.id, label: current.partner.name }] : []),
        { kind: "person", id: current.id, label: current.fullName },
      ]}
      title={t("people.editTitle")}
      intro={current.fullName}
    >
      <PersonForm
        // A newer version saved elsewhere must not reset what is being typed: the key is the record, not its version.
        key={current.id}
        person={current}
        initial={personToValues(current)}
        draftKey={`person:${current.id}`}
        onSaved={() => {
          showToast(t("people.saved"));
          toPerson();
        }}
        onCancel={toPerson}
      />
    </RecordPage>
  );
}
