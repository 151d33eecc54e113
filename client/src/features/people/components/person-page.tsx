// One person: the current post and the former ones, the side and the partner they
// represent, how to reach them, and the history of changes to the record.
import type { ReactNode } from "react";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { currentPositionIndex } from "@atlas/shared/person";
import { useFormat } from "../../../lib/format.ts";
import { usePositionDays } from "../../../lib/position-days.ts";
import { useHasRole } from "../../../lib/session.ts";
import { errorCode, isNetworkError } from "../../../lib/errors.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { PageHeader } from "../../../ui/page-header.tsx";
import { EmptyState, ErrorState } from "../../../ui/states.tsx";
import { buttonClass } from "../../../ui/button.tsx";
import { Badge } from "../../../ui/badge.tsx";
import { Icon } from "../../../ui/icons.tsx";
import { Skeleton } from "../../../ui/spinner.tsx";
import { HistoryPanel } from "../../../ui/history-panel.tsx";
import { usePerson, type PersonDetail } from "../hooks/person-queries.ts";
import { PersonCrumbs } from "./person-form-page.tsx";
import "../people.css";

const route = getRouteApi("/app/people/$personId");

export function PersonPage(): ReactNode {
  const { t } = useTranslation();
  const { personId } = route.useParams();
  const person = usePerson(personId);
  useDocumentTitle(person.data ? person.data.fullName : t("people.title"));

  if (person.isPending) {
    return (
      <div className="page" aria-busy="true">
        <PersonCrumbs />
        <div className="page-header">
          <Skeleton lines={2} width="40%" />
        </div>
        <div className="card">
          <Skeleton lines={5} />
        </div>
      </div>
    );
  }
  if (person.isError) {
    const code = errorCode(person.error);
    return (
      <div className="page">
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
  return <PersonView person={person.data} />;
}

function PersonView({ person }: { person: PersonDetail }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const canEdit = useHasRole("EDITOR");
  const positionDays = usePositionDays();
  const none = <span className="muted">{t("common.none")}</span>;
  // The current post is the one Person.post comes from; every other one is former.
  const currentIndex = currentPositionIndex(person.positions);
  const current = person.positions[currentIndex];
  const former = person.positions.filter((_, i) => i !== currentIndex);
  return (
    <div className="page">
      <PageHeader
        breadcrumb={<PersonCrumbs partner={person.partner} />}
        title={person.fullName}
        meta={<Badge tone={person.side === "HOME" ? "green" : "blue"}>{t(`enums.personSide.${person.side}`)}</Badge>}
        intro={person.fullNameEn ? <span lang="en">{person.fullNameEn}</span> : undefined}
        actions={
          canEdit && (
            <Link to="/people/$personId/edit" params={{ personId: person.id }} className={buttonClass("secondary")}>
              <Icon name="edit" />
              <span>{t("common.edit")}</span>
            </Link>
          )
        }
      />
      <div className="layout-two">
        <section className="card" aria-labelledby="person-details">
          <h2 className="card__title" id="person-details">
            {t("people.details")}
          </h2>
          <dl className="facts">
            <div className="facts__row" data-testid="current-post">
              <dt>{t("people.positions.current")}</dt>
              <dd>
                {person.post || person.organisation ? [person.post, person.organisation].filter(Boolean).join(", ") : none}
                {current && <span className="position-list__days">{positionDays(current)}</span>}
              </dd>
            </div>
            <div className="facts__row">
              <dt>{t("people.fields.partnerId")}</dt>
              <dd>
                {person.partner ? (
                  <Link to="/partners/$partnerId" params={{ partnerId: person.partner.id }}>
                    {person.partner.name}
                  </Link>
                ) : (
                  none
                )}
              </dd>
            </div>
            <div className="facts__row">
              <dt>{t("people.fields.side")}</dt>
              <dd>{t(`enums.personSide.${person.side}`)}</dd>
            </div>
          </dl>
          {former.length > 0 && (
            <>
              <h3 className="card__subtitle">{t("people.positions.former")}</h3>
              <ul className="position-list" data-testid="former-posts">
                {former.map((p) => (
                  <li key={p.id}>
                    {[p.post, p.organisation].filter(Boolean).join(", ")}
                    <span className="position-list__days">{positionDays(p)}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3 className="card__subtitle">{t("people.fields.notes")}</h3>
          {person.notes ? <p className="notes">{person.notes}</p> : <p className="muted">{t("people.noNotes")}</p>}
          <p className="card__footnote">
            {t("partner.updated", { date: format.instantDate(person.updatedAt) })} · {t("partner.created", { date: format.instantDate(person.createdAt) })}
          </p>
        </section>
        <section className="card" aria-labelledby="person-contact">
          <h2 className="card__title" id="person-contact">
            {t("people.contactDetails")}
          </h2>
          <dl className="facts">
            <div className="facts__row">
              <dt>{t("people.fields.email")}</dt>
              <dd>{person.email ? <a href={`mailto:${person.email}`}>{person.email}</a> : none}</dd>
            </div>
            <div className="facts__row">
              <dt>{t("people.fields.phone")}</dt>
              <dd>{person.phone ? <a href={`tel:${person.phone.replace(/[^\d+]/g, "")}`}>{person.phone}</a> : none}</dd>
            </div>
          </dl>
        </section>
      </div>
      <HistoryPanel entity="person" id={person.id} />
    </div>
  );
}
