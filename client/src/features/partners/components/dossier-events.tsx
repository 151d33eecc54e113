// The dossier's events: forums, visits and tours that concern the partner.
import type { ReactNode } from "react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useTermLabel } from "../../../lib/vocabularies.ts";
import type { TEventStatus } from "@atlas/shared/enums";
import type { TDossierEvent } from "@atlas/shared/partner";
import { Badge, type BadgeTone } from "../../../ui/badge.tsx";
import { DossierBlock, ShownOf } from "./dossier-block.tsx";
import { printLimits, concerns, DayText, StopLine, Meta, type DossierQuery } from "./dossier-items.tsx";
import "../texts.ts";

const eventTone: Record<TEventStatus, BadgeTone> = { PLANNED: "blue", CONFIRMED: "green", HELD: "neutral", POSTPONED: "amber", CANCELLED: "red" };

function EventItem({ e, partnerId }: { e: TDossierEvent; partnerId: string }): ReactNode {
  const { t } = useTranslation();
  const kindLabel = useTermLabel("eventKind");
  return (
    <li className="dossier-item dossier-item--split">
      <div>
        <Link to="/events/$eventId" params={{ eventId: e.id }} className="dossier-item__title">
          {e.title}
        </Link>
        <Meta>
          {[<DayText key="d" day={e.at} precision={e.atPrecision} />, kindLabel(e.kind), e.stops.length === 0 && e.place, concerns(e.partners, partnerId)]}
        </Meta>
        {e.stops.map((s, i) => (
          <p key={i} className="dossier-item__people">
            <StopLine stop={s} />
          </p>
        ))}
      </div>
      <div className="dossier-item__side">
        <Badge tone={eventTone[e.status]}>{t(`enums.eventStatus.${e.status}`)}</Badge>
      </div>
    </li>
  );
}

export function EventsBlock({ query, partnerId }: { query: DossierQuery; partnerId: string }): ReactNode {
  const { t } = useTranslation();
  return (
    <DossierBlock
      id="dossier-events"
      title={t("dossier.events.title")}
      query={query}
      isEmpty={(d) => d.events.upcoming.total + d.events.past.total === 0}
      empty={t("dossier.events.empty")}
    >
      {(d) => (
        <>
          {(["upcoming", "past"] as const).map((when) => {
            const group = d.events[when];
            return (
              <div key={when} className="dossier-sub">
                <h3 className="dossier-sub__title">{t(`dossier.events.${when}`)}</h3>
                {group.total === 0 ? (
                  <p className="muted">{t(`dossier.events.${when}Empty`)}</p>
                ) : (
                  <ul className="dossier-list" data-print-limit={printLimits.events}>
                    {group.items.map((e) => (
                      <EventItem key={e.id} e={e} partnerId={partnerId} />
                    ))}
                  </ul>
                )}
                <ShownOf
                  shown={group.items.length}
                  total={group.total}
                  printLimit={printLimits.events}
                  more={
                    group.total > group.items.length && (
                      <Link to="/events" search={{ partner: [partnerId] }}>
                        {t("dossier.all")}
                      </Link>
                    )
                  }
                />
              </div>
            );
          })}
        </>
      )}
    </DossierBlock>
  );
}
