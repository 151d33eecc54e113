// The dossier's events: forums, visits and tours that concern the partner.
import type { ReactNode } from "react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useTermLabel } from "../../../lib/vocabularies.ts";
import type { TEventStatus } from "@atlas/shared/enums";
import type { TDossierEvent } from "@atlas/shared/partner";
import { Badge, type BadgeTone } from "../../../ui/badge.tsx";
import { DossierGroupsBlock } from "./dossier-block.tsx";
import { AllOfPartner, concerns, DayText, StopLine, Meta, type DossierQuery } from "./dossier-items.tsx";
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
  return (
    <DossierGroupsBlock block="events" query={query} groups={(d) => d.events} all={<AllOfPartner list="/events" partnerId={partnerId} />}>
      {(e) => <EventItem e={e} partnerId={partnerId} />}
    </DossierGroupsBlock>
  );
}
