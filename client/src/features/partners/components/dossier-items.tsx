// What the dossier's sections (dossier-*.tsx) share: dates as precise as their source,
// the meta line of an item, the partners an item concerns, and how much of a list is printed.
// Lists, not wide tables: they read on a phone and print compactly on A4.
import type { ReactNode } from "react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { TDossierEvent } from "@atlas/shared/partner";
import type { CalendarDay, TDatePrecision } from "@atlas/shared/calendar-day";
import { useFormat } from "../../../lib/format.ts";
import type { PartnerDossierQuery } from "../hooks/partner-queries.ts";
import "../texts.ts";

/** The dossier query every section reads its part of. */
export type DossierQuery = PartnerDossierQuery;

type Ref = { id: string; name: string };

/**
 * How many rows of a list the printed briefing keeps, so that it fits on two A4 pages
 * (partner-page.css hides the rest by data-print-limit; "Показано N из M" follows).
 */
export const printLimits = { agreements: 8, contacts: 5, directContacts: 3, people: 6, events: 4, projects: 4, followUps: 4 } as const;

/** Names of the partners an item concerns, unless it is just the partner of the page. */
export function concerns(partners: Ref[], selfId: string): ReactNode {
  const others = partners.filter((p) => p.id !== selfId);
  if (others.length === 0) return null;
  return (
    <span key="concerns" className="dossier-concerns">
      {others.map((p, i) => (
        <span key={p.id}>
          {i > 0 && ", "}
          <Link to="/partners/$partnerId" params={{ partnerId: p.id }}>
            {p.name}
          </Link>
        </span>
      ))}
    </span>
  );
}

/**
 * A business date as precise as its source: 13.11.2024 (short) or 13 ноября 2024 г.,
 * «декабрь 2024 г.» for a month, «IV кв. 2024 г.», «2024 г.», «≈ 10.10.2025». A range of
 * days when an end is given. Nothing when there is no day.
 */
export function DayText({
  day: value,
  end,
  precision,
  style = "short",
}: {
  day: CalendarDay;
  end?: CalendarDay | null;
  precision: TDatePrecision;
  style?: "short" | "long";
}): ReactNode {
  const format = useFormat();
  const machine = precision === "MONTH" ? value.slice(0, 7) : precision === "YEAR" ? value.slice(0, 4) : precision === "QUARTER" ? undefined : value;
  return (
    <time dateTime={machine} data-precision={precision}>
      {format.span(value, end, precision, style)}
    </time>
  );
}

/** A tour stop's line: place and date, «дата неизвестна» for a stop without one. */
export function StopLine({ stop }: { stop: TDossierEvent["stops"][number] }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const date = stop.date ? format.preciseDate(stop.date, stop.datePrecision ?? "DAY", "short") : t("dossier.events.dateUnknown");
  return <>{t("dossier.events.stop", { place: stop.place, date })}</>;
}

export function Meta({ children }: { children: ReactNode[] }): ReactNode {
  const parts = children.filter((c) => c !== null && c !== undefined && c !== false && c !== "");
  return (
    <p className="dossier-item__meta">
      {parts.map((c, i) => (
        <span key={i}>
          {i > 0 && <span aria-hidden="true"> · </span>}
          {c}
        </span>
      ))}
    </p>
  );
}

/** «Все» after a cut list: the whole list of its kind, filtered to the partner. */
export function AllOfPartner({ list, partnerId }: { list: "/agreements" | "/meetings" | "/events"; partnerId: string }): ReactNode {
  const { t } = useTranslation();
  return (
    <Link to={list} search={{ partner: [partnerId] }}>
      {t("dossier.all")}
    </Link>
  );
}
