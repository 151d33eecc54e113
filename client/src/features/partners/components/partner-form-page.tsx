import type { ReactNode } from "react";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { trpc } from "../../../lib/trpc.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { showToast } from "../../../ui/toast.tsx";
import { RecordPage } from "../../../entities/record-page/record-page.tsx";
import { emptyPartnerValues, partnerToValues } from "../hooks/partner-form-values.ts";
import { PartnerForm } from "./partner-form.tsx";
import "../texts.ts";

const newRoute = getRouteApi("/app/partners/new");
const editRoute = getRouteApi("/app/partners/$partnerId/edit");

export function NewPartnerPage(): ReactNode {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { parent } = newRoute.useSearch();
  useDocumentTitle(t("partnerForm.createTitle"));
  const draftKey = `partner:new${parent ? `:${parent}` : ""}`;
  return (
    <RecordPage kind="partner" layout="form" title={t("partnerForm.createTitle")}>
      <PartnerForm
        initial={{ ...emptyPartnerValues, parentId: parent ?? "" }}
        draftKey={draftKey}
        onSaved={(saved) => {
          showToast(t("partner.createdToast", { name: saved.name }));
          void navigate({ to: "/partners/$partnerId", params: { partnerId: saved.id } });
        }}
        onCancel={() => void navigate({ to: "/partners" })}
      />
    </RecordPage>
  );
}

export function EditPartnerPage(): ReactNode {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { partnerId } = editRoute.useParams();
  const { data: current } = useSuspenseQuery(trpc.partner.byId.queryOptions({ id: partnerId }));
  useDocumentTitle(`${t("partnerForm.editTitle")}: ${current.name}`);
  const toPartner = () => void navigate({ to: "/partners/$partnerId", params: { partnerId: current.id } });
  return (
    <RecordPage
      kind="partner"
      layout="form"
      trail={[{ kind: "partner", id: current.id, label: current.name }]}
      title={t("partnerForm.editTitle")}
      intro={current.name}
    >
      <PartnerForm
        // A new record version from elsewhere must not reset what is being typed: the key is the record, not its version.
        key={current.id}
        partner={current}
        initial={partnerToValues(current, i18n.language === "en" ? "." : ",")}
        draftKey={`partner:${current.id}`}
        onSaved={() => {
          showToast(t("partner.saved"));
          toPartner();
        }}
        onCancel={toPartner}
      />
    </RecordPage>
  );
}
