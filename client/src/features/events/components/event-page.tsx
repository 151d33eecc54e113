// One event: what, when, where, with whom; a tour shows its route stop by stop.
import type { ReactNode } from "react";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { dateTimeAttribute, useFormat } from "../../../lib/format.ts";
import { useTermLabel } from "../../../lib/vocabularies.ts";
import { trpc } from "../../../lib/trpc.ts";
import { Icon } from "../../../ui/icons.tsx";
import { HistoryPanel } from "../../../ui/history-panel.tsx";
import { RecordActions, RecordPage } from "../../../entities/record-page/record-page.tsx";
import { useShownRecord } from "../../../ui/record-page/use-shown-record.ts";
import { RecordSection, RecordStamps, RecordText } from "../../../ui/record-page/record-section.tsx";
import { Fact, Facts } from "../../../ui/record-page/record-facts.tsx";
import { PartnerLinks } from "../../../ui/record-page/partner-links.tsx";
import { EventStatusBadge } from "./event-status-badge.tsx";
import "../events.css";
import { SourceList } from "../../../ui/source-list.tsx";

const route = getRouteApi("/app/events/$eventId");

export function EventPage(): ReactNode {
  const { eventId } = route.useParams();
  const event = useShownRecord(trpc.event.byId.queryOptions({ id: eventId }), (e) => e.title);
  const { t } = useTranslation();
  const kindLabel = useTermLabel("eventKind");
  const format = useFormat();
  const isTour = event.kind === "TOUR";

  return (
    <RecordPage
      kind="event"
      layout="detail"
      title={event.title}
      meta={
        <>
          <span className={isTour ? "tag tag--tour event-kind" : "event-kind"}>{kindLabel(event.kind)}</span>
          <EventStatusBadge status={event.status} />
          <span className="with-icon">
            <Icon name="calendar" size={16} />
            {format.span(event.startsAt, event.endsAt, event.datePrecision)}
          </span>
        </>
      }
      actions={<RecordActions kind="event" id={event.id} deletion={{ record: { ...event, name: event.title }, procedure: trpc.event.delete }} />}
    >
      <div className="layout-two">
        <RecordSection id="event-details" title={t("events.details")}>
          <Facts>
            <Fact label={t("events.fields.kind")}>{kindLabel(event.kind)}</Fact>
            <Fact label={t("events.fields.dates")}>{format.span(event.startsAt, event.endsAt, event.datePrecision)}</Fact>
            <Fact label={t("events.fields.place")}>{event.place ?? t("common.none")}</Fact>
            <Fact label={t("events.fields.partnerIds")}>
              {event.partners.length ? <PartnerLinks partners={event.partners} className="event-links" /> : t("common.none")}
            </Fact>
            <Fact label={t("events.fields.sectorIds")}>{event.sectors.length ? event.sectors.map((s) => s.name).join(", ") : t("common.none")}</Fact>
            <Fact label={t("events.fields.sources")}>
              <SourceList sources={event.sources} empty={t("common.none")} />
            </Fact>
          </Facts>
          <RecordText title={t("events.fields.description")} text={event.description} empty={t("events.noDescription")} />
          <RecordStamps
            updated={t("events.updated", { date: format.instantDate(event.updatedAt) })}
            created={t("events.created", { date: format.instantDate(event.createdAt) })}
          />
        </RecordSection>

        {isTour && (
          <RecordSection id="event-route" title={t("events.route")} count={event.stops.length}>
            {event.stops.length ? (
              <ol className="route" aria-label={t("events.route")}>
                {event.stops.map((stop, i) => (
                  <li key={stop.id} className="route__stop">
                    <span className="route__marker" aria-hidden="true">
                      {i + 1}
                    </span>
                    <div className="route__body">
                      <p className="route__place">{stop.place}</p>
                      <p className="route__meta">
                        {stop.date ? (
                          <time dateTime={dateTimeAttribute(stop.date, stop.datePrecision)}>{format.preciseDate(stop.date, stop.datePrecision)}</time>
                        ) : (
                          <span className="muted">{t("events.fields.unknownDate")}</span>
                        )}
                        {stop.partner && (
                          <>
                            {" · "}
                            <Link to="/partners/$partnerId" params={{ partnerId: stop.partner.id }}>
                              {stop.partner.name}
                            </Link>
                          </>
                        )}
                      </p>
                      {stop.notes && <p className="route__notes">{stop.notes}</p>}
                    </div>
                  </li>
                ))}
              </ol>
            ) : (
              <p className="muted">{t("events.noStops")}</p>
            )}
          </RecordSection>
        )}
      </div>

      <RecordSection id="event-meetings" title={t("events.meetings")} count={event.meetings.length}>
        {event.meetings.length ? (
          <ul className="link-list">
            {event.meetings.map((m) => (
              <li key={m.id}>
                <Link to="/meetings/$meetingId" params={{ meetingId: m.id }} className="link-list__item">
                  <span>{m.title}</span>
                  <time className="muted small" dateTime={dateTimeAttribute(m.startsAt, m.datePrecision)}>
                    {format.preciseDate(m.startsAt, m.datePrecision)}
                  </time>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("events.noMeetings")}</p>
        )}
      </RecordSection>

      <HistoryPanel entity="event" id={event.id} />
    </RecordPage>
  );
}
