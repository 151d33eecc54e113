// One meeting: when, what kind, with whom, who took part, what was said and agreed,
// the follow-up tasks, where it came from, and its change history.
import type { ReactNode } from "react";
import { useSuspenseQuery } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { dateTimeAttribute, useFormat } from "../../../lib/format.ts";
import { useHasRole } from "../../../lib/session.ts";
import { useTermLabel } from "../../../lib/vocabularies.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { trpc } from "../../../lib/trpc.ts";
import { Icon } from "../../../ui/icons.tsx";
import { HistoryPanel } from "../../../ui/history-panel.tsx";
import { RecordActions, RecordPage } from "../../../entities/record-page/record-page.tsx";
import type { MeetingDetail } from "../hooks/meeting-queries.ts";
import { KindBadge } from "./kind-badge.tsx";
import { FollowUpList } from "./follow-up-list.tsx";
import "../meetings.css";
import { SourceList } from "../../../ui/source-list.tsx";

const route = getRouteApi("/app/meetings/$meetingId");

export function MeetingPage(): ReactNode {
  const { meetingId } = route.useParams();
  const { data: meeting } = useSuspenseQuery(trpc.meeting.byId.queryOptions({ id: meetingId }));
  useDocumentTitle(meeting.title);
  return <MeetingView meeting={meeting} />;
}

function MeetingView({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const kindLabel = useTermLabel("meetingKind");
  const format = useFormat();
  const canEdit = useHasRole("EDITOR");

  // As precise as the source: «декабрь 2024 г.» is never shown as 1 December.
  const day = format.span(meeting.startsAt, meeting.endsAt, meeting.datePrecision);
  const when = meeting.startTime ? `${day}, ${meeting.startTime}` : day;
  const none = <span className="muted">{t("common.none")}</span>;

  return (
    <RecordPage
      kind="meeting"
      layout="detail"
      title={meeting.title}
      meta={
        <>
          <KindBadge kind={meeting.kind} />
          <span className="with-icon">
            <Icon name="calendar" size={16} />
            <time dateTime={dateTimeAttribute(meeting.startsAt, meeting.datePrecision)}>{when}</time>
          </span>
          {meeting.place && (
            <span className="with-icon">
              <Icon name="pin" size={16} />
              {meeting.place}
            </span>
          )}
        </>
      }
      actions={<RecordActions kind="meeting" id={meeting.id} deletion={{ record: { ...meeting, name: meeting.title }, procedure: trpc.meeting.delete }} />}
    >
      <div className="layout-two">
        <section className="card" aria-labelledby="meeting-details">
          <h2 className="card__title" id="meeting-details">
            {t("meetings.one.details")}
          </h2>
          <dl className="facts">
            <div className="facts__row">
              <dt>{t("meetings.one.fields.startsAt")}</dt>
              <dd>{when}</dd>
            </div>
            <div className="facts__row">
              <dt>{t("meetings.one.fields.kind")}</dt>
              <dd>{kindLabel(meeting.kind)}</dd>
            </div>
            <div className="facts__row">
              <dt>{t("meetings.one.fields.direction")}</dt>
              <dd>{meeting.direction ? t(`enums.direction.${meeting.direction}`) : none}</dd>
            </div>
            <div className="facts__row">
              <dt>{t("meetings.one.fields.format")}</dt>
              <dd>{t(`enums.interactionFormat.${meeting.format}`)}</dd>
            </div>
            <div className="facts__row">
              <dt>{t("meetings.one.fields.partnerIds")}</dt>
              <dd>
                {meeting.partners.length ? (
                  <span className="meeting-links">
                    {meeting.partners.map((p) => (
                      <Link key={p.id} to="/partners/$partnerId" params={{ partnerId: p.id }}>
                        {p.name}
                      </Link>
                    ))}
                  </span>
                ) : (
                  none
                )}
              </dd>
            </div>
            <div className="facts__row">
              <dt>{t("meetings.one.fields.sectorIds")}</dt>
              <dd>
                {meeting.sectors.length ? (
                  <span className="meeting-tags">
                    {meeting.sectors.map((s) => (
                      <span key={s.id} className="meeting-tag">
                        {s.name}
                      </span>
                    ))}
                  </span>
                ) : (
                  none
                )}
              </dd>
            </div>
            <div className="facts__row">
              <dt>{t("meetings.one.fields.agreements")}</dt>
              <dd>
                {meeting.agreements.length ? (
                  <ul className="meeting-agreements">
                    {meeting.agreements.map((a) => (
                      <li key={a.id}>
                        <Link to="/agreements/$agreementId" params={{ agreementId: a.id }}>
                          {a.title}
                        </Link>
                        <span className="muted small"> — {t(`enums.agreementMention.${a.mention}`)}</span>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className="muted">{t("meetings.one.noAgreements")}</span>
                )}
              </dd>
            </div>
            <div className="facts__row">
              <dt>{t("meetings.one.fields.eventId")}</dt>
              <dd>
                {meeting.event ? (
                  <>
                    <Link to="/events/$eventId" params={{ eventId: meeting.event.id }}>
                      {meeting.event.title}
                    </Link>
                    <span className="muted small"> · {format.preciseDate(meeting.event.startsAt, meeting.event.datePrecision)}</span>
                  </>
                ) : (
                  <span className="muted">{t("meetings.one.noEvent")}</span>
                )}
              </dd>
            </div>
            <div className="facts__row">
              <dt>{t("meetings.one.fields.sources")}</dt>
              <dd>
                <SourceList sources={meeting.sources} empty={none} />
              </dd>
            </div>
          </dl>
          <p className="card__footnote">
            {t("meetings.one.updated", { date: format.instantDate(meeting.updatedAt) })} ·{" "}
            {t("meetings.one.created", { date: format.instantDate(meeting.createdAt) })}
          </p>
        </section>

        <section className="card" aria-labelledby="meeting-participants">
          <h2 className="card__title" id="meeting-participants">
            {t("meetings.one.fields.participants")}
            {meeting.participants.length > 0 && <span className="count-pill">{format.number(meeting.participants.length)}</span>}
          </h2>
          {meeting.participants.length ? (
            <ul className="people-list">
              {meeting.participants.map((p) => (
                <li key={p.personId} className="people-list__item">
                  <Link to="/people/$personId" params={{ personId: p.personId }} className="people-list__name">
                    {p.fullName}
                  </Link>
                  <span className="people-list__meta">
                    {/* The post held on the meeting's day; the current one too when it has changed since. */}
                    {[
                      p.post,
                      p.currentPost && p.currentPost !== p.post ? t("meetings.one.postNow", { post: p.currentPost }) : null,
                      p.role,
                      t(`enums.personSide.${p.side}`),
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t("meetings.one.noParticipants")}</p>
          )}
        </section>
      </div>

      <div className="layout-two">
        <section className="card" aria-labelledby="meeting-summary">
          <h2 className="card__title" id="meeting-summary">
            {t("meetings.one.fields.summary")}
          </h2>
          {meeting.summary ? <p className="notes">{meeting.summary}</p> : <p className="muted">{t("meetings.one.noSummary")}</p>}
          <h3 className="card__subtitle">{t("meetings.one.fields.outcomes")}</h3>
          {meeting.outcomes ? <p className="notes">{meeting.outcomes}</p> : <p className="muted">{t("meetings.one.noOutcomes")}</p>}
        </section>

        <section className="card" aria-labelledby="meeting-follow-ups">
          <h2 className="card__title" id="meeting-follow-ups">
            {t("meetings.one.fields.followUps")}
            {meeting.followUps.length > 0 && <span className="count-pill">{format.number(meeting.followUps.length)}</span>}
          </h2>
          <FollowUpList tasks={meeting.followUps} canEdit={canEdit} />
        </section>
      </div>

      <HistoryPanel entity="meeting" id={meeting.id} />
    </RecordPage>
  );
}
