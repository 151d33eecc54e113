import type { ReactNode } from "react";
import { getRouteApi, Link, useLocation, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { errorCode, isNetworkError } from "../../../lib/errors.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { PageHeader } from "../../../ui/page-header.tsx";
import { EmptyState, ErrorState } from "../../../ui/states.tsx";
import { buttonClass } from "../../../ui/button.tsx";
import { Skeleton } from "../../../ui/spinner.tsx";
import { showToast } from "../../../ui/toast.tsx";
import { useAgreement } from "../hooks/agreement-queries.ts";
import { agreementToValues, emptyAgreementValues } from "../hooks/agreement-form-values.ts";
import { isExistingAgreementSearch } from "../hooks/agreement-search.ts";
import { AgreementForm } from "./agreement-form.tsx";
import { Crumbs } from "./crumbs.tsx";
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
    <div className="page page--narrow">
      <PageHeader breadcrumb={<Crumbs />} title={title} intro={existing ? t("agreements.form.existing.intro") : t("agreements.form.createIntro")} />
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
    </div>
  );
}

export function EditAgreementPage(): ReactNode {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { agreementId } = editRoute.useParams();
  const agreement = useAgreement(agreementId);
  useDocumentTitle(agreement.data ? `${t("agreements.form.editTitle")}: ${agreement.data.title}` : t("agreements.form.editTitle"));

  if (agreement.isPending) {
    return (
      <div className="page page--narrow" aria-busy="true">
        <Crumbs />
        <div className="card">
          <Skeleton lines={8} />
        </div>
      </div>
    );
  }
  if (agreement.isError) {
    const code = errorCode(agreement.error);
    return (
      <div className="page page--narrow">
        <Crumbs />
        {code === "NOT_FOUND" || code === "BAD_REQUEST" ? (
          <EmptyState
            title={t("agreements.detail.notFoundTitle")}
            text={t("agreements.detail.notFound")}
            action={
              <Link to="/agreements" className={buttonClass("primary")}>
                {t("common.backTo", { place: t("agreements.title") })}
              </Link>
            }
          />
        ) : (
          <ErrorState message={isNetworkError(agreement.error) ? t("errors.network") : t("errors.load")} onRetry={() => void agreement.refetch()} />
        )}
      </div>
    );
  }

  const current = agreement.data;
  const toAgreement = () => void navigate({ to: "/agreements/$agreementId", params: { agreementId: current.id } });
  return (
    <div className="page page--narrow">
      <PageHeader breadcrumb={<Crumbs agreement={current} />} title={t("agreements.form.editTitle")} intro={current.title} />
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
    </div>
  );
}
