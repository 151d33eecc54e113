import type { ReactNode } from "react";
import { getRouteApi, useLocation, useNavigate } from "@tanstack/react-router";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { trpc } from "../../../lib/trpc.ts";
import { showToast } from "../../../ui/toast.tsx";
import { RecordPage } from "../../../entities/record-page/record-page.tsx";
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
  const navigate = useNavigate();
  // Read from the address itself, so the link works whatever the route declares about its search.
  const existing = useLocation({ select: (location) => isExistingAgreementSearch(location.search as Record<string, unknown>) });
  const title = existing ? t("agreements.form.existing.pageTitle") : t("agreements.form.createTitle");
  useDocumentTitle(title);
  return (
    <RecordPage kind="agreement" layout="form" title={title} intro={existing ? t("agreements.form.existing.intro") : t("agreements.form.createIntro")}>
      <AgreementForm
        // Each mode is its own form with its own draft.
        key={existing ? "existing" : "new"}
        existing={existing}
        initial={emptyAgreementValues}
        draftKey={existing ? "agreement:existing" : "agreement:new"}
        onSaved={(saved) => {
          showToast(t("agreements.detail.createdToast", { title: saved.title }));
          void navigate({ to: "/agreements/$agreementId", params: { agreementId: saved.id } });
        }}
        onCancel={() => void navigate({ to: "/agreements" })}
      />
    </RecordPage>
  );
}

export function EditAgreementPage(): ReactNode {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { agreementId } = editRoute.useParams();
  const { data: current } = useSuspenseQuery(trpc.agreement.byId.queryOptions({ id: agreementId }));
  useDocumentTitle(`${t("agreements.form.editTitle")}: ${current.title}`);
  const toAgreement = () => void navigate({ to: "/agreements/$agreementId", params: { agreementId: current.id } });
  return (
    <RecordPage
      kind="agreement"
      layout="form"
      trail={[{ kind: "agreement", id: current.id, label: current.title }]}
      title={t("agreements.form.editTitle")}
      intro={current.title}
    >
      <AgreementForm
        // A newer version loaded in the background must not reset what is being typed: the key is the record, not its version.
        key={current.id}
        agreement={current}
        initial={agreementToValues(current)}
        draftKey={`agreement:${current.id}`}
        onSaved={() => {
          showToast(t("agreements.detail.saved"));
          toAgreement();
        }}
        onCancel={toAgreement}
      />
    </RecordPage>
  );
}
