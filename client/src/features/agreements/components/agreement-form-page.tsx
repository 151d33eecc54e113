import type { ReactNode } from "react";
import { getRouteApi, useLocation } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { trpc } from "../../../lib/trpc.ts";
import { EditRecordFormPage, NewRecordFormPage } from "../../../entities/record-page/record-form-page.tsx";
import { agreementToValues, emptyAgreementValues } from "../hooks/agreement-form-values.ts";
import { isExistingAgreementSearch } from "../hooks/agreement-search.ts";
import { AgreementForm } from "./agreement-form.tsx";
import "../agreements.css";

const editRoute = getRouteApi("/app/agreements/$agreementId/edit");

/**
 * A new agreement (a proposal sent today), or with ?existing=1 one concluded earlier
 * («Внести действующее соглашение»): entered at its current stage with past dates.
 */
export function NewAgreementPage(): ReactNode {
  const { t } = useTranslation();
  // Read from the address itself, so the link works whatever the route declares about its search.
  const existing = useLocation({ select: (location) => isExistingAgreementSearch(location.search as Record<string, unknown>) });
  return (
    <NewRecordFormPage
      kind="agreement"
      title={existing ? t("agreements.form.existing.pageTitle") : t("agreements.form.createTitle")}
      intro={existing ? t("agreements.form.existing.intro") : t("agreements.form.createIntro")}
      createdToast={(saved: { id: string; title: string }) => t("agreements.detail.createdToast", { title: saved.title })}
    >
      {(exits) => (
        <AgreementForm
          // Each mode is its own form with its own draft.
          key={existing ? "existing" : "new"}
          existing={existing}
          initial={emptyAgreementValues}
          draftKey={existing ? "agreement:existing" : "agreement:new"}
          {...exits}
        />
      )}
    </NewRecordFormPage>
  );
}

export function EditAgreementPage(): ReactNode {
  const { t } = useTranslation();
  const { agreementId } = editRoute.useParams();
  return (
    <EditRecordFormPage
      kind="agreement"
      query={trpc.agreement.byId.queryOptions({ id: agreementId })}
      labelOf={(a) => a.title}
      title={t("agreements.form.editTitle")}
      savedToast={t("agreements.detail.saved")}
    >
      {(current, form) => <AgreementForm agreement={current} initial={agreementToValues(current)} {...form} />}
    </EditRecordFormPage>
  );
}
