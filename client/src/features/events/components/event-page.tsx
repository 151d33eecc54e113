// One event: what, when, where, with whom; a tour shows its route stop by stop.
import type { ReactNode } from "react";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { dateTimeAttribute, useFormat } from "../../../lib/format.ts";
import { useTermLabel } from "../../../lib/vocabularies.ts";
import { trpc } from "../../../lib/trpc.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { Icon } from "../../../ui/icons.tsx";
import { HistoryPanel } from "../../../ui/history-panel.tsx";
import { RecordActions, RecordPage } from "../../../entities/record-page/record-page.tsx";
import type { EventDetail } from "../hooks/event-queries.ts";
import { EventStatusBadge } from "./event-status-badge.tsx";
import "../events.css";
import { SourceList } from "../../../ui/source-list.tsx";

const route = getRouteApi("/app/events/$eventId");

export function EventPage(): ReactNode {
  const { eventId } = route.useParams();
  const { data: event } = useSuspenseQuery(trpc.event.byId.queryOptions({ id: eventId }));
  useDocumentTitle(event.title);
  return <EventView event={event} />;
}

function EventView({ event }: { event: EventDetail }) {
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
        <section className="card" aria-labelledby="event-details">
          <h2 className="card__title" id="event-details">
            {t("events.details")}
          </h2>
          <dl className="facts">
            <div className="facts__row">
              <dt>{t("events.fields.kind")}</dt>
              <dd>{kindLabel(event.kind)}</dd>
            </div>
            <div className="facts__row">
              <dt>{t("events.fields.dates")}</dt>
              <dd>{format.span(event.startsAt, event.endsAt, event.datePrecision)}</dd>
            </div>
            <div className="facts__row">
              <dt>{t("events.fields.place")}</dt>
              <dd>{event.place ?? t("common.none")}</dd>
            </div>
            <div className="facts__row">
              <dt>{t("events.fields.partnerIds")}</dt>
              <dd>
                {event.partners.length ? (
                  <span className="event-links">
                    {event.partners.map((p) => (
                      <Link key={p.id} to="/partners/$partnerId" params={{ partnerId: p.id }}>
                        {p.name}
                      </Link>
                    ))}
                  </span>
                ) : (
                  t("common.none")
                )}
              </dd>
            </div>
            <div className="facts__row">
              <dt>{t("events.fields.sectorIds")}</dt>
              <dd>{event.sectors.length ? event.sectors.map((s) => s.name).join(", ") : t("common.none")}</dd>
            </div>
            <div className="facts__row">
              <dt>{t("events.fields.sources")}</dt>
              <dd>
                <SourceList sources={event.sources} empty={t("common.none")} />
              </dd>
            </div>
          </dl>
          <h3 className="card__subtitle">{t("events.fields.description")}</h3>
          {event.description ? <p className="notes">{event.description}</p> : <p className="muted">{t("events.noDescription")}</p>}
          <p className="card__footnote">
            {t("events.updated", { date: format.instantDate(event.updatedAt) })} · {t("events.created", { date: format.instantDate(event.createdAt) })}
          </p>
        </section>

        {isTour && (
          <section className="card" aria-labelledby="event-route">
            <h2 className="card__title" id="event-route">
              {t("events.route")}
              {event.stops.length > 0 && <span className="count-pill">{format.number(event.stops.length)}</span>}
            </h2>
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
          </section>
        )}
      </div>

      <section className="card" aria-labelledby="event-meetings">
        <h2 className="card__title" id="event-meetings">
          {t("events.meetings")}
          {event.meetings.length > 0 && <span className="count-pill">{format.number(event.meetings.length)}</span>}
        </h2>
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
      </section>

      <HistoryPanel entity="event" id={event.id} />
    </RecordPage>
  );
}
