// One person: the current post and the former ones, the side and the partner they
// represent, how to reach them, and the history of changes to the record.
import type { ReactNode } from "react";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { currentPositionIndex } from "@atlas/shared/person";
import { useFormat } from "../../../lib/format.ts";
import { usePositionDays } from "../../../lib/position-days.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { trpc } from "../../../lib/trpc.ts";
import { Badge } from "../../../ui/badge.tsx";
import { HistoryPanel } from "../../../ui/history-panel.tsx";
import { RecordActions, RecordPage } from "../../../entities/record-page/record-page.tsx";
import type { PersonDetail } from "../hooks/person-queries.ts";
import "../people.css";

const route = getRouteApi("/app/people/$personId");

export function PersonPage(): ReactNode {
  const { personId } = route.useParams();
  const { data: person } = useSuspenseQuery(trpc.person.byId.queryOptions({ id: personId }));
  useDocumentTitle(person.fullName);
  return <PersonView person={person} />;
}

function PersonView({ person }: { person: PersonDetail }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const positionDays = usePositionDays();
  const none = <span className="muted">{t("common.none")}</span>;
  // The current post is the one Person.post comes from; every other one is former.
  const currentIndex = currentPositionIndex(person.positions);
  const current = person.positions[currentIndex];
  const former = person.positions.filter((_, i) => i !== currentIndex);
  return (
    <RecordPage
      kind="person"
      layout="detail"
      trail={person.partner ? [{ kind: "partner", id: person.partner.id, label: person.partner.name }] : []}
      title={person.fullName}
      meta={<Badge tone={person.side === "HOME" ? "green" : "blue"}>{t(`enums.personSide.${person.side}`)}</Badge>}
      intro={person.fullNameEn ? <span lang="en">{person.fullNameEn}</span> : undefined}
      actions={<RecordActions kind="person" id={person.id} />}
    >
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
    </RecordPage>
  );
}
