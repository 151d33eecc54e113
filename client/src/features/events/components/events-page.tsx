// "Мероприятия": forums, exhibitions, tours… under the shared dashboard filter, with
// coming/past/all, the kind, a server-side sort and "Показать ещё" pages.
import { useMemo, useId, type ReactNode } from "react";
import { TermFilterSelect } from "../../../ui/term-filter-select.tsx";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useUrlSearch } from "../../../ui/list-page/use-url-search.ts";
import { dateTimeAttribute, useFormat } from "../../../lib/format.ts";
import { useTermLabel } from "../../../lib/vocabularies.ts";
import { useTotalText, type CountedTotal } from "../../../lib/list-total.ts";
import type { Column } from "../../../ui/table.tsx";
import { useColumnVisibility } from "../../../ui/column-picker.tsx";
import { EmptyState } from "../../../ui/states.tsx";
import { Button } from "../../../ui/button.tsx";
import { FilterField } from "../../../ui/list-page/filter-fields.tsx";
import { ListToolbar } from "../../../ui/list-page/list-toolbar.tsx";
import { useListRows } from "../../../entities/list-page/list-results.tsx";
import { RegisterEmptyState, RegisterHeader, RegisterResults, urlView, useRegisterAddLink } from "../../../entities/list-page/register-page.tsx";
import { DashboardFilterBarWithOptions } from "../../../entities/list-page/dashboard-filter.tsx";
import { RecordLinksCell, RecordTitleCell } from "../../../entities/list-page/record-cells.tsx";
import {
  eventListInput,
  eventSortParams,
  eventWhen,
  eventWhens,
  hasActiveFilter,
  withDashboard,
  withWhen,
  type TEventSortField,
} from "../hooks/event-search.ts";
import { useEventList, useEventTabCounts, type EventListItem } from "../hooks/event-queries.ts";
import { EventStatusBadge } from "./event-status-badge.tsx";
import "../events.css";
import { useHomeToday } from "../../../lib/home-today.ts";
import { eventsRegister } from "../register.ts";

const route = getRouteApi("/app/events");

export function EventsPage(): ReactNode {
  const { t } = useTranslation();
  const kindLabel = useTermLabel("eventKind");
  const format = useFormat();
  const [search, setSearch] = useUrlSearch(route);
  const ids = useId();

  const list = useEventList(search);
  const today = useHomeToday();
  const tabCounts = useEventTabCounts(search);
  const totalText = useTotalText();
  const foundInTabText = useFoundInTabText();

  const { total } = useListRows(list);
  const when = eventWhen(search);
  // Under a text search, the first other tab that has matches when this one has none.
  const elsewhere = tabCounts && tabCounts[when]?.count === 0 ? eventWhens.find((w) => w !== when && (tabCounts[w]?.count ?? 0) > 0) : undefined;

  const columns = useMemo<Array<Column<EventListItem, TEventSortField>>>(
    () => [
      {
        key: "title",
        header: t("events.columns.title"),
        sortKey: "title",
        primary: true,
        hideable: false,
        width: "28%",
        cell: (e) => <RecordTitleCell kind="event" id={e.id} title={e.title} alt={e.kind === "TOUR" && t("events.stopCount", { count: e.stopCount })} />,
      },
      {
        key: "kind",
        header: t("events.columns.kind"),
        cell: (e) => <span className={e.kind === "TOUR" ? "tag tag--tour event-kind" : "event-kind"}>{kindLabel(e.kind)}</span>,
      },
      {
        key: "dates",
        header: t("events.columns.dates"),
        sortKey: "startsAt",
        cell: (e) => (
          <time dateTime={dateTimeAttribute(e.startsAt, e.datePrecision)} title={format.span(e.startsAt, e.endsAt, e.datePrecision)} className="nowrap">
            {format.span(e.startsAt, e.endsAt, e.datePrecision, "short")}
          </time>
        ),
      },
      {
        key: "place",
        header: t("events.columns.place"),
        cell: (e) =>
          e.stops.length > 0 ? (
            <span className="event-route-inline">{e.stops.map((s) => s.place).join(" → ")}</span>
          ) : e.place ? (
            e.place
          ) : (
            <span className="muted">{t("common.none")}</span>
          ),
      },
      {
        key: "partners",
        header: t("events.columns.partners"),
        cell: (e) => {
          // A tour without partners of its own lists those of its stops.
          const partners = e.partners.length ? e.partners : uniqueStopPartners(e.stops);
          return <RecordLinksCell kind="partner" records={partners} className="event-links" limit={3} more={(count) => t("events.more", { count })} />;
        },
      },
      {
        key: "sectors",
        header: t("events.columns.sectors"),
        defaultHidden: true,
        cell: (e) => (e.sectors.length ? e.sectors.map((s) => s.name).join(", ") : <span className="muted">{t("common.none")}</span>),
      },
      { key: "status", header: t("events.columns.status"), cell: (e) => <EventStatusBadge status={e.status} /> },
      {
        key: "createdAt",
        header: t("events.columns.createdAt"),
        sortKey: "createdAt",
        defaultHidden: true,
        cell: (e) => <time dateTime={e.createdAt}>{format.instantDate(e.createdAt, "short")}</time>,
      },
    ],
    [t, format, kindLabel],
  );
  const { visible, picker } = useColumnVisibility("events", columns);

  const addLink = useRegisterAddLink(eventsRegister);
  const view = urlView(search, setSearch, eventSortParams, hasActiveFilter);

  return (
    <div className="page">
      <RegisterHeader register={eventsRegister} total={total} />

      <DashboardFilterBarWithOptions search={search} onChange={(next) => setSearch(withDashboard(search, next))} periodHint={t("events.periodHint")} />

      <ListToolbar className="events-toolbar" end={picker}>
        <div className="segmented" role="group" aria-label={t("events.when.label")}>
          {eventWhens.map((w) => (
            <button key={w} type="button" className="segmented__option" aria-pressed={when === w} onClick={() => setSearch(withWhen(search, w))}>
              {t(`events.when.${w}`)}
              {tabCounts?.[w] !== undefined && <span className="segmented__count">{totalText(tabCounts[w])}</span>}
            </button>
          ))}
        </div>
        <FilterField id={`${ids}-kind`} label={t("events.columns.kind")} className="events-toolbar__kind">
          <TermFilterSelect
            id={`${ids}-kind`}
            vocabulary="eventKind"
            value={search.kind?.[0]}
            onChange={(kind) => setSearch({ ...search, kind: kind ? [kind] : undefined })}
            anyLabel={t("events.anyKind")}
          />
        </FilterField>
      </ListToolbar>

      <RegisterResults
        register={eventsRegister}
        list={list}
        columns={visible}
        input={eventListInput(search, today)}
        {...view}
        rowClassName={(e) => (e.status === "CANCELLED" ? "row--muted" : undefined)}
        empty={
          elsewhere ? (
            <EmptyState
              title={t("events.emptyInTab.title", { tab: t(`events.when.${when}`) })}
              text={foundInTabText(t(`events.when.${elsewhere}`), tabCounts?.[elsewhere] ?? { count: 0, isLowerBound: false })}
              action={
                <Button onClick={() => setSearch(withWhen(search, elsewhere))}>{t("events.emptyInTab.show", { tab: t(`events.when.${elsewhere}`) })}</Button>
              }
            />
          ) : (
            <RegisterEmptyState
              register={eventsRegister}
              filtered={view.filtered}
              onReset={() => setSearch(withWhen({}, when))}
              title={when === "past" ? t("events.empty.pastTitle") : when === "upcoming" ? t("events.empty.upcomingTitle") : t("events.empty.title")}
              text={when === "upcoming" ? t("events.empty.upcomingText") : t("events.empty.text")}
              action={
                <>
                  {when === "upcoming" && <Button onClick={() => setSearch(withWhen(search, "all"))}>{t("events.showAll")}</Button>}
                  {addLink}
                </>
              }
            />
          )
        }
      />
    </div>
  );
}

function uniqueStopPartners(stops: EventListItem["stops"]): Array<{ id: string; name: string }> {
  const seen = new Map<string, { id: string; name: string }>();
  for (const s of stops) if (s.partner && !seen.has(s.partner.id)) seen.set(s.partner.id, s.partner);
  return [...seen.values()];
}

/** «Поиск нашёл 3 мероприятия во вкладке «Прошедшие».», or «… более 10 000 …» when the server stopped counting. */
export function useFoundInTabText(): (tab: string, total: CountedTotal) => string {
  const { t } = useTranslation();
  const format = useFormat();
  return (tab, total) =>
    t(total.isLowerBound ? "events.emptyInTab.textMore" : "events.emptyInTab.text", { tab, count: total.count, formatted: format.number(total.count) });
}
