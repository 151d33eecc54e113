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
import { usePerson } from "../hooks/person-queries.ts";
import { emptyPersonValues, personToValues } from "../hooks/person-form-values.ts";
import { PersonForm } from "./person-form.tsx";

const newRoute = getRouteApi("/app/people/new");
const editRoute = getRouteApi("/app/people/$personId/edit");

/** People have no list page of their own: the trail leads back to the partner. */
export function PersonCrumbs({ partner, person }: { partner?: { id: string; name: string } | null; person?: { id: string; fullName: string } }) {
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
        {person && (
          <li>
            <Link to="/people/$personId" params={{ personId: person.id }}>
              {person.fullName}
            </Link>
          </li>
        )}
      </ol>
    </nav>
  );
}

export function NewPersonPage(): ReactNode {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { partner, side } = newRoute.useSearch();
  useDocumentTitle(t("people.createTitle"));
  const draftKey = `person:new${partner ? `:${partner}` : ""}`;
  return (
    <div className="page page--narrow">
      <PageHeader breadcrumb={<PersonCrumbs />} title={t("people.createTitle")} />
      <PersonForm
        initial={{ ...emptyPersonValues(), partnerId: partner ?? "", ...(side ? { side } : {}) }}
        draftKey={draftKey}
        onSaved={(saved) => {
          showToast(t("people.createdToast", { name: saved.fullName }));
          void navigate({ to: "/people/$personId", params: { personId: saved.id } });
        }}
        onCancel={() => void (partner ? navigate({ to: "/partners/$partnerId", params: { partnerId: partner } }) : navigate({ to: "/partners" }))}
      />
    </div>
  );
}

export function EditPersonPage(): ReactNode {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { personId } = editRoute.useParams();
  const person = usePerson(personId);
  useDocumentTitle(person.data ? `${t("people.editTitle")}: ${person.data.fullName}` : t("people.editTitle"));

  if (person.isPending) {
    return (
      <div className="page page--narrow" aria-busy="true">
        <PersonCrumbs />
        <div className="card">
          <Skeleton lines={8} />
        </div>
      </div>
    );
  }
  if (person.isError) {
    const code = errorCode(person.error);
    return (
      <div className="page page--narrow">
        <PersonCrumbs />
        {code === "NOT_FOUND" || code === "BAD_REQUEST" ? (
          <EmptyState
            title={t("people.notFoundTitle")}
            text={t("people.notFound")}
            action={
              <Link to="/partners" className={buttonClass("primary")}>
                {t("common.backTo", { place: t("partners.title") })}
              </Link>
            }
          />
        ) : (
          <ErrorState message={isNetworkError(person.error) ? t("errors.network") : t("errors.load")} onRetry={() => void person.refetch()} />
        )}
      </div>
    );
  }

  const current = person.data;
  const toPerson = () => void navigate({ to: "/people/$personId", params: { personId: current.id } });
  return (
    <div className="page page--narrow">
      <PageHeader breadcrumb={<PersonCrumbs partner={current.partner} person={current} />} title={t("people.editTitle")} intro={current.fullName} />
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
    </div>
  );
}
