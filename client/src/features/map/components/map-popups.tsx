// What a marker's popup says about a partner or an upcoming event.
import { type ReactNode } from "react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { addMonths, type CalendarDay } from "@atlas/shared/calendar-day";
import { useFormat } from "../../../lib/format.ts";
import { useHomeToday } from "../../../lib/home-today.ts";
import type { PartnerActivity, TimelineItem } from "../hooks/map-queries.ts";
import "../texts.ts";

/** A partner with no contact for this long is shown as "no recent contact". */
export const QUIET_MONTHS = 6;

type PartnerStatus = "active" | "quiet" | "never";

/** Active when the last contact (a day of the home region's calendar) is within QUIET_MONTHS of today there. */
function partnerStatus(partner: PartnerActivity, today: CalendarDay): PartnerStatus {
  const last = partner.lastContactAt;
  if (!last) return "never";
  return last >= addMonths(today, -QUIET_MONTHS) ? "active" : "quiet";
}

export function PartnerPopup({ partner }: { partner: PartnerActivity }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const status = partnerStatus(partner, useHomeToday());
  return (
    <div className="map-popup">
      <p className="map-popup__title">{partner.name}</p>
      <p className="map-popup__level">{t(`enums.partnerLevel.${partner.level}`)}</p>
      <p className={`map-popup__status map-popup__status--${status}`}>{t(`map.status.${status}`, { months: QUIET_MONTHS })}</p>
      <dl className="map-popup__facts">
        <dt>{t("map.popup.interactions")}</dt>
        <dd>{format.number(partner.interactions)}</dd>
        <dt>{t("map.popup.agreements")}</dt>
        <dd>{format.number(partner.agreements)}</dd>
        <dt>{t("map.popup.events")}</dt>
        <dd>{format.number(partner.events)}</dd>
        <dt>{t("map.popup.lastContact")}</dt>
        <dd>{partner.lastContactAt ? format.preciseDate(partner.lastContactAt, partner.lastContactPrecision ?? "DAY") : t("map.popup.never")}</dd>
      </dl>
      <Link to="/partners/$partnerId" params={{ partnerId: partner.partnerId }} className="map-popup__link">
        {t("map.popup.open")}
      </Link>
    </div>
  );
}

export function EventPopup({ item }: { item: TimelineItem }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="map-popup">
      <p className="map-popup__level">{t("map.popup.upcoming")}</p>
      <p className="map-popup__title">{item.title}</p>
      <p className="map-popup__level">
        {item.date ? format.span(item.date, item.endsAt, item.datePrecision ?? "DAY") : t("map.popup.dateUnknown")}
        {"place" in item && item.place ? ` · ${item.place}` : ""}
      </p>
      {"status" in item && <p className="map-popup__status">{t(`enums.eventStatus.${item.status}`)}</p>}
      {item.partners.map((p) => (
        <Link key={p.id} to="/partners/$partnerId" params={{ partnerId: p.id }} className="map-popup__link">
          {p.name}
        </Link>
      ))}
    </div>
  );
}
