// "Мероприятия": forums, exhibitions, tours… under the shared dashboard filter, with
// coming/past/all, the kind, a server-side sort and "Показать ещё" pages.
import { useMemo, useId, type ReactNode } from "react";
import { TermFilterSelect } from "../../../ui/term-filter-select.tsx";
import { getRouteApi, Link, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { dateTimeAttribute, useFormat } from "../../../lib/format.ts";
import { useHasRole } from "../../../lib/session.ts";
import { useTermLabel } from "../../../lib/vocabularies.ts";
import { useCountryOptions, useSectorOptions } from "../../../entities/options/reference-options.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { PageHeader } from "../../../ui/page-header.tsx";
import { DashboardFilterBar } from "../../../ui/dashboard-filter-bar.tsx";
import type { Column } from "../../../ui/table.tsx";
import { useColumnVisibility } from "../../../ui/column-picker.tsx";
import { EmptyState } from "../../../ui/states.tsx";
import { Button, buttonClass } from "../../../ui/button.tsx";
import { Icon } from "../../../ui/icons.tsx";
import { ListEmptyState, ListResults, ListTotal, useListRows } from "../../../entities/list-page/list-results.tsx";
import {
  eventListInput,
  eventSortParams,
  eventWhen,
  eventWhens,
  hasActiveFilter,
  withDashboard,
  withWhen,
  type TEventSearch,
  type TEventSortField,
} from "../hooks/event-search.ts";
import { useEventList, useEventTabCounts, type EventListItem } from "../hooks/event-queries.ts";
import { EventStatusBadge } from "./event-status-badge.tsx";
import "../events.css";
import { useHomeToday } from "../../../lib/home-today.ts";

const route = getRouteApi("/app/events");

export function EventsPage(): ReactNode {
  const { t } = useTranslation();
  const kindLabel = useTermLabel("eventKind");
  const format = useFormat();
  const search = route.useSearch();
  const navigate = useNavigate({ from: "/events" });
  const canEdit = useHasRole("EDITOR");
  const ids = useId();
  useDocumentTitle(t("events.title"));

  const list = useEventList(search);
  const today = useHomeToday();
  const tabCounts = useEventTabCounts(search);
  const sectors = useSectorOptions();
  const countries = useCountryOptions();

  const { total } = useListRows(list);
  const sort = eventSortParams.current(search);
  const when = eventWhen(search);
  const setSearch = (next: TEventSearch) => void navigate({ search: next });
  // Under a text search, the first other tab that has matches when this one has none.
  const elsewhere = tabCounts && tabCounts[when] === 0 ? eventWhens.find((w) => w !== when && (tabCounts[w] ?? 0) > 0) : undefined;

  const columns = useMemo<Array<Column<EventListItem, TEventSortField>>>(
    () => [
      {
        key: "title",
        header: t("events.columns.title"),
        sortKey: "title",
        primary: true,
        hideable: false,
        width: "28%",
        cell: (e) => (
          <span className="cell-title">
            <span className="cell-title__names">
              <Link to="/events/$eventId" params={{ eventId: e.id }} className="cell-title__link">
                {e.title}
              </Link>
              {e.kind === "TOUR" && <span className="cell-title__alt">{t("events.stopCount", { count: e.stopCount })}</span>}
            </span>
          </span>
        ),
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
          return partners.length ? (
            <span className="event-links">
              {partners.slice(0, 3).map((p) => (
                <Link key={p.id} to="/partners/$partnerId" params={{ partnerId: p.id }} className="quiet-link">
                  {p.name}
                </Link>
              ))}
              {partners.length > 3 && <span className="muted">{t("events.more", { count: partners.length - 3 })}</span>}
            </span>
          ) : (
            <span className="muted">{t("common.none")}</span>
          );
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
        cell: (e) => <time dateTime={new Date(e.createdAt).toISOString()}>{format.instantDate(e.createdAt, "short")}</time>,
      },
    ],
    [t, format, kindLabel],
  );
  const { visible, picker } = useColumnVisibility("events", columns);

  const addLink = canEdit ? (
    <Link to="/events/new" className={buttonClass("primary")}>
      <Icon name="plus" />
      <span>{t("events.add")}</span>
    </Link>
  ) : null;

  return (
    <div className="page">
      <PageHeader
        title={t("events.title")}
        intro={t("events.intro")}
        meta={<ListTotal total={total} label={(count, formatted) => t("events.total", { count, formatted })} />}
        actions={addLink}
      />

      <DashboardFilterBar
        search={search}
        onChange={(next) => setSearch(withDashboard(search, next))}
        sectors={sectors.data?.items}
        countries={countries.data}
        periodHint={t("events.periodHint")}
      />

      <div className="events-toolbar">
        <div className="segmented" role="group" aria-label={t("events.when.label")}>
          {eventWhens.map((w) => (
            <button key={w} type="button" className="segmented__option" aria-pressed={when === w} onClick={() => setSearch(withWhen(search, w))}>
              {t(`events.when.${w}`)}
              {tabCounts?.[w] !== undefined && <span className="segmented__count">{format.number(tabCounts[w])}</span>}
            </button>
          ))}
        </div>
        <div className="events-toolbar__kind">
          <label className="field__label" htmlFor={`${ids}-kind`}>
            {t("events.columns.kind")}
          </label>
          <TermFilterSelect
            id={`${ids}-kind`}
            vocabulary="eventKind"
            value={search.kind?.[0]}
            onChange={(kind) => setSearch({ ...search, kind: kind ? [kind] : undefined })}
            anyLabel={t("events.anyKind")}
          />
        </div>
        <div className="events-toolbar__end">{picker}</div>
      </div>

      <ListResults
        download={{ list: "events", input: eventListInput(search, today) }}
        list={list}
        caption={t("events.caption")}
        columns={visible}
        rowKey={(e) => e.id}
        sort={{ key: sort.field, direction: sort.direction }}
        sortLabel={(header) => t("events.sortBy", { column: header })}
        onSort={(next) => setSearch(eventSortParams.clicked(search, next))}
        rowClassName={(e) => (e.status === "CANCELLED" ? "row--muted" : undefined)}
        empty={
          elsewhere ? (
            <EmptyState
              title={t("events.emptyInTab.title", { tab: t(`events.when.${when}`) })}
              text={t("events.emptyInTab.text", { tab: t(`events.when.${elsewhere}`), count: tabCounts?.[elsewhere] ?? 0 })}
              action={
                <Button onClick={() => setSearch(withWhen(search, elsewhere))}>{t("events.emptyInTab.show", { tab: t(`events.when.${elsewhere}`) })}</Button>
              }
            />
          ) : (
            <ListEmptyState
              filtered={hasActiveFilter(search)}
              filteredTitle={t("events.emptyFiltered.title")}
              filteredText={t("events.emptyFiltered.text")}
              resetLabel={t("events.resetFilter")}
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
