import type { ReactNode } from "react";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { trpc } from "../../../lib/trpc.ts";
import { EditRecordFormPage, NewRecordFormPage } from "../../../entities/record-page/record-form-page.tsx";
import { emptyPartnerValues, partnerToValues } from "../hooks/partner-form-values.ts";
import { PartnerForm } from "./partner-form.tsx";
import "../texts.ts";

const newRoute = getRouteApi("/app/partners/new");
const editRoute = getRouteApi("/app/partners/$partnerId/edit");

export function NewPartnerPage(): ReactNode {
  const { t } = useTranslation();
  const { parent } = newRoute.useSearch();
  return (
    <NewRecordFormPage
      kind="partner"
      title={t("partnerForm.createTitle")}
      createdToast={(saved: { id: string; name: string }) => t("partner.createdToast", { name: saved.name })}
    >
      {(exits) => <PartnerForm initial={{ ...emptyPartnerValues, parentId: parent ?? "" }} draftKey={`partner:new${parent ? `:${parent}` : ""}`} {...exits} />}
    </NewRecordFormPage>
  );
}

export function EditPartnerPage(): ReactNode {
  const { t, i18n } = useTranslation();
  const { partnerId } = editRoute.useParams();
  return (
    <EditRecordFormPage
      kind="partner"
      query={trpc.partner.byId.queryOptions({ id: partnerId })}
      labelOf={(p) => p.name}
      title={t("partnerForm.editTitle")}
      savedToast={t("partner.saved")}
    >
      {(current, form) => <PartnerForm partner={current} initial={partnerToValues(current, i18n.language === "en" ? "." : ",")} {...form} />}
    </EditRecordFormPage>
  );
}
