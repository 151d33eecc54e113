// One meeting: when, what kind, with whom, who took part, what was said and agreed,
// the follow-up tasks, where it came from, and its change history.
import type { ReactNode } from "react";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { dateTimeAttribute, useFormat } from "../../../lib/format.ts";
import { useHasRole } from "../../../lib/session.ts";
import { useTermLabel } from "../../../lib/vocabularies.ts";
import { trpc } from "../../../lib/trpc.ts";
import { Icon } from "../../../ui/icons.tsx";
import { HistoryPanel } from "../../../ui/history-panel.tsx";
import { RecordActions, RecordPage } from "../../../entities/record-page/record-page.tsx";
import { useShownRecord } from "../../../ui/record-page/use-shown-record.ts";
import { RecordSection, RecordStamps, RecordText } from "../../../ui/record-page/record-section.tsx";
import { Fact, Facts } from "../../../ui/record-page/record-facts.tsx";
import { PartnerLinks } from "../../../ui/record-page/partner-links.tsx";
import { KindBadge } from "./kind-badge.tsx";
import { FollowUpList } from "./follow-up-list.tsx";
import "../meetings.css";
import { SourceList } from "../../../ui/source-list.tsx";

const route = getRouteApi("/app/meetings/$meetingId");

export function MeetingPage(): ReactNode {
  const { meetingId } = route.useParams();
  const meeting = useShownRecord(trpc.meeting.byId.queryOptions({ id: meetingId }), (m) => m.title);
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
        <RecordSection id="meeting-details" title={t("meetings.one.details")}>
          <Facts>
            <Fact label={t("meetings.one.fields.startsAt")}>{when}</Fact>
            <Fact label={t("meetings.one.fields.kind")}>{kindLabel(meeting.kind)}</Fact>
            <Fact label={t("meetings.one.fields.direction")}>{meeting.direction ? t(`enums.direction.${meeting.direction}`) : none}</Fact>
            <Fact label={t("meetings.one.fields.format")}>{t(`enums.interactionFormat.${meeting.format}`)}</Fact>
            <Fact label={t("meetings.one.fields.partnerIds")}>
              {meeting.partners.length ? <PartnerLinks partners={meeting.partners} className="meeting-links" /> : none}
            </Fact>
            <Fact label={t("meetings.one.fields.sectorIds")}>
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
            </Fact>
            <Fact label={t("meetings.one.fields.agreements")}>
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
            </Fact>
            <Fact label={t("meetings.one.fields.eventId")}>
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
            </Fact>
            <Fact label={t("meetings.one.fields.sources")}>
              <SourceList sources={meeting.sources} empty={none} />
            </Fact>
          </Facts>
          <RecordStamps
            updated={t("meetings.one.updated", { date: format.instantDate(meeting.updatedAt) })}
            created={t("meetings.one.created", { date: format.instantDate(meeting.createdAt) })}
          />
        </RecordSection>

        <RecordSection id="meeting-participants" title={t("meetings.one.fields.participants")} count={meeting.participants.length}>
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
        </RecordSection>
      </div>

      <div className="layout-two">
        <RecordSection id="meeting-summary" title={t("meetings.one.fields.summary")}>
          {meeting.summary ? <p className="notes">{meeting.summary}</p> : <p className="muted">{t("meetings.one.noSummary")}</p>}
          <RecordText title={t("meetings.one.fields.outcomes")} text={meeting.outcomes} empty={t("meetings.one.noOutcomes")} />
        </RecordSection>

        <RecordSection id="meeting-follow-ups" title={t("meetings.one.fields.followUps")} count={meeting.followUps.length}>
          <FollowUpList tasks={meeting.followUps} canEdit={canEdit} />
        </RecordSection>
      </div>

      <HistoryPanel entity="meeting" id={meeting.id} />
    </RecordPage>
  );
}
