import type { ReactNode } from "react";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { trpc } from "../../../lib/trpc.ts";
import { EditRecordFormPage, NewRecordFormPage } from "../../../entities/record-page/record-form-page.tsx";
import { emptyPartnerValues, partnerToValues } from "../hooks/partner-form-values.ts";
import { PartnerForm } from "./partner-form.tsx";

const newRoute = getRouteApi("/app/partners/new");

export function NewPartnerPage(): ReactNode {
  const { parent } = newRoute.useSearch();
  return (
    <NewRecordFormPage kind="partner" labelOf={(saved: { id: string; name: string }) => saved.name}>
      {(exits) => <PartnerForm initial={{ ...emptyPartnerValues, parentId: parent ?? "" }} draftKey={`partner:new${parent ? `:${parent}` : ""}`} {...exits} />}
    </NewRecordFormPage>
  );
}

export function EditPartnerPage(): ReactNode {
  const { i18n } = useTranslation();
  return (
    <EditRecordFormPage kind="partner" query={(id) => trpc.partner.byId.queryOptions({ id })} labelOf={(p) => p.name}>
      {(current, form) => <PartnerForm partner={current} initial={partnerToValues(current, i18n.language === "en" ? "." : ",")} {...form} />}
    </EditRecordFormPage>
  );
}
