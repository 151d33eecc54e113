// One person: the current post and the former ones, the side and the partner they
// represent, how to reach them, and the history of changes to the record.
import type { ReactNode } from "react";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { currentPositionIndex } from "@atlas/shared/person";
import { useFormat } from "../../../lib/format.ts";
import { usePositionDays } from "../../../lib/position-days.ts";
import { trpc } from "../../../lib/trpc.ts";
import { Badge } from "../../../ui/badge.tsx";
import { HistoryPanel } from "../../../ui/history-panel.tsx";
import { RecordActions, RecordPage } from "../../../entities/record-page/record-page.tsx";
import { useShownRecord } from "../../../ui/record-page/use-shown-record.ts";
import { RecordSection, RecordStamps, RecordText } from "../../../ui/record-page/record-section.tsx";
import { Fact, Facts } from "../../../ui/record-page/record-facts.tsx";
import "../people.css";

const route = getRouteApi("/app/people/$personId");

export function PersonPage(): ReactNode {
  const { personId } = route.useParams();
  const person = useShownRecord(trpc.person.byId.queryOptions({ id: personId }), (p) => p.fullName);
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
        <RecordSection id="person-details" title={t("people.details")}>
          <Facts>
            <Fact label={t("people.positions.current")} testId="current-post">
              {person.post || person.organisation ? [person.post, person.organisation].filter(Boolean).join(", ") : none}
              {current && <span className="position-list__days">{positionDays(current)}</span>}
            </Fact>
            <Fact label={t("people.fields.partnerId")}>
              {person.partner ? (
                <Link to="/partners/$partnerId" params={{ partnerId: person.partner.id }}>
                  {person.partner.name}
                </Link>
              ) : (
                none
              )}
            </Fact>
            <Fact label={t("people.fields.side")}>{t(`enums.personSide.${person.side}`)}</Fact>
          </Facts>
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
          <RecordText title={t("people.fields.notes")} text={person.notes} empty={t("people.noNotes")} />
          <RecordStamps
            updated={t("partner.updated", { date: format.instantDate(person.updatedAt) })}
            created={t("partner.created", { date: format.instantDate(person.createdAt) })}
          />
        </RecordSection>
        <RecordSection id="person-contact" title={t("people.contactDetails")}>
          <Facts>
            <Fact label={t("people.fields.email")}>{person.email ? <a href={`mailto:${person.email}`}>{person.email}</a> : none}</Fact>
            <Fact label={t("people.fields.phone")}>{person.phone ? <a href={`tel:${person.phone.replace(/[^\d+]/g, "")}`}>{person.phone}</a> : none}</Fact>
          </Facts>
        </RecordSection>
      </div>
      <HistoryPanel entity="person" id={person.id} />
    </RecordPage>
  );
}
