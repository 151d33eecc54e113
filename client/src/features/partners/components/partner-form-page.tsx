import type { ReactNode } from "react";
import { getRouteApi, Link, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { errorCode, isNetworkError } from "../../../lib/errors.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { PageHeader } from "../../../ui/page-header.tsx";
import { EmptyState, ErrorState } from "../../../ui/states.tsx";
import { buttonClass } from "../../../ui/button.tsx";
import { Skeleton } from "../../../ui/spinner.tsx";
import { showToast } from "../../../ui/toast.tsx";
import { usePartner } from "../hooks/partner-queries.ts";
import { emptyPartnerValues, partnerToValues } from "../hooks/partner-form-values.ts";
import { PartnerForm } from "./partner-form.tsx";

const newRoute = getRouteApi("/app/partners/new");
const editRoute = getRouteApi("/app/partners/$partnerId/edit");

function Crumbs({ partner }: { partner?: { id: string; name: string } }) {
  const { t } = useTranslation();
  return (
    <nav className="breadcrumb" aria-label={t("nav.breadcrumb")}>
      <ol>
        <li>
          <Link to="/partners">{t("partners.title")}</Link>
        </li>
        {partner && (
          <li>
            <Link to="/partners/$partnerId" params={{ partnerId: partner.id }}>
              {partner.name}
            </Link>
          </li>
        )}
      </ol>
    </nav>
  );
}

export function NewPartnerPage(): ReactNode {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { parent } = newRoute.useSearch();
  useDocumentTitle(t("partnerForm.createTitle"));
  const draftKey = `partner:new${parent ? `:${parent}` : ""}`;
  return (
    <div className="page page--narrow">
      <PageHeader breadcrumb={<Crumbs />} title={t("partnerForm.createTitle")} />
      <PartnerForm
        initial={{ ...emptyPartnerValues, parentId: parent ?? "" }}
        draftKey={draftKey}
        onSaved={(saved) => {
          showToast(t("partner.createdToast", { name: saved.name }));
          void navigate({ to: "/partners/$partnerId", params: { partnerId: saved.id } });
        }}
        onCancel={() => void navigate({ to: "/partners" })}
      />
    </div>
  );
}

export function EditPartnerPage(): ReactNode {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { partnerId } = editRoute.useParams();
  const partner = usePartner(partnerId);
  useDocumentTitle(partner.data ? `${t("partnerForm.editTitle")}: ${partner.data.name}` : t("partnerForm.editTitle"));

  if (partner.isPending) {
    return (
      <div className="page page--narrow" aria-busy="true">
        <Crumbs />
        <div className="card">
          <Skeleton lines={8} />
        </div>
      </div>
    );
  }
  if (partner.isError) {
    const code = errorCode(partner.error);
    return (
      <div className="page page--narrow">
        <Crumbs />
        {code === "NOT_FOUND" || code === "BAD_REQUEST" ? (
          <EmptyState
            title={t("partner.notFoundTitle")}
            text={t("partner.notFound")}
            action={
              <Link to="/partners" className={buttonClass("primary")}>
                {t("common.backTo", { place: t("partners.title") })}
              </Link>
            }
          />
        ) : (
          <ErrorState message={isNetworkError(partner.error) ? t("errors.network") : t("errors.load")} onRetry={() => void partner.refetch()} />
        )}
      </div>
    );
  }

  const current = partner.data;
  const toPartner = () => void navigate({ to: "/partners/$partnerId", params: { partnerId: current.id } });
  return (
    <div className="page page--narrow">
      <PageHeader breadcrumb={<Crumbs partner={current} />} title={t("partnerForm.editTitle")} intro={current.name} />
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
    </div>
  );
}
