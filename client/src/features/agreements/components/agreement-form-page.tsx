import type { ReactNode } from "react";
import { useLocation } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { trpc } from "../../../lib/trpc.ts";
import { EditRecordFormPage, NewRecordFormPage } from "../../../entities/record-page/record-form-page.tsx";
import { agreementToValues, emptyAgreementValues } from "../hooks/agreement-form-values.ts";
import { isExistingAgreementSearch } from "../hooks/agreement-search.ts";
import { AgreementForm } from "./agreement-form.tsx";
import "../agreements.css";

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
      labelOf={(saved: { id: string; title: string }) => saved.title}
      title={existing ? t("agreements.form.existing.pageTitle") : undefined}
      intro={existing ? t("agreements.form.existing.intro") : t("agreements.form.createIntro")}
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
  return (
    <EditRecordFormPage kind="agreement" query={(id) => trpc.agreement.byId.queryOptions({ id })} labelOf={(a) => a.title}>
      {(current, form) => <AgreementForm agreement={current} initial={agreementToValues(current)} {...form} />}
    </EditRecordFormPage>
  );
}
