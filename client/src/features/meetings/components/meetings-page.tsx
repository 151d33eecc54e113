// The meetings register: the dashboard's shared filter (so a view opened from the
// overview keeps its sector, country, period and text) plus the kind of contact;
// sorting and paging happen on the server.
import type { ReactNode } from "react";
import { getRouteApi, Link, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { TInteractionKind } from "@atlas/shared/enums";
import { useTermOptions } from "../../../lib/vocabularies.ts";
import { dateTimeAttribute, useFormat } from "../../../lib/format.ts";
import { useHasRole } from "../../../lib/session.ts";
import { useCountryOptions, useSectorOptions } from "../../../entities/options/reference-options.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { PageHeader } from "../../../ui/page-header.tsx";
import type { Column } from "../../../ui/table.tsx";
import { useColumnVisibility } from "../../../ui/column-picker.tsx";
import { DashboardFilterBar } from "../../../ui/dashboard-filter-bar.tsx";
import { buttonClass } from "../../../ui/button.tsx";
import { Icon } from "../../../ui/icons.tsx";
import { ListEmptyState, ListResults, ListTotal, useListRows } from "../../../entities/list-page/list-results.tsx";
import { meetingListInput, dashboardPart, hasMeetingFilter, meetingSortParams, type TMeetingSearch, type TMeetingSortField } from "../hooks/meeting-search.ts";
import { useMeetingList, type MeetingListItem } from "../hooks/meeting-queries.ts";
import { KindBadge } from "./kind-badge.tsx";
import "../meetings.css";

const route = getRouteApi("/app/meetings");

export function MeetingsPage(): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const search = route.useSearch();
  const navigate = useNavigate({ from: "/meetings" });
  const canEdit = useHasRole("EDITOR");
  useDocumentTitle(t("meetings.title"));

  const list = useMeetingList(search);
  const sectors = useSectorOptions();
  const countries = useCountryOptions();

  const { total } = useListRows(list);
  const sort = meetingSortParams.current(search);

  const setSearch = (next: TMeetingSearch) => void navigate({ search: next });
  const kinds = search.kind ?? [];
  // Live kinds, and a retired one only while the filter holds it (a shared link).
  const kindOptions = useTermOptions("meetingKind", kinds);
  const toggleKind = (kind: TInteractionKind) => setSearch({ ...search, kind: kinds.includes(kind) ? kinds.filter((k) => k !== kind) : [...kinds, kind] });

  const columns: Array<Column<MeetingListItem, TMeetingSortField>> = [
    {
      key: "date",
      header: t("meetings.columns.date"),
      sortKey: "startsAt",
      hideable: false,
      width: "8.5rem",
      cell: (m) => (
        <time dateTime={dateTimeAttribute(m.startsAt, m.datePrecision)} title={format.span(m.startsAt, m.endsAt, m.datePrecision)}>
          {format.span(m.startsAt, null, m.datePrecision, "short")}
        </time>
      ),
    },
    {
      key: "title",
      header: t("meetings.columns.title"),
      sortKey: "title",
      primary: true,
      hideable: false,
      width: "28%",
      cell: (m) => (
        <span className="cell-title">
          <span className="cell-title__names">
            <Link to="/meetings/$meetingId" params={{ meetingId: m.id }} className="cell-title__link">
              {m.title}
            </Link>
            {m.place && <span className="cell-title__alt">{m.place}</span>}
          </span>
        </span>
      ),
    },
    { key: "kind", header: t("meetings.columns.kind"), cell: (m) => <KindBadge kind={m.kind} /> },
    {
      key: "partners",
      header: t("meetings.columns.partners"),
      cell: (m) =>
        m.partners.length ? (
          <span className="meeting-links">
            {m.partners.map((p) => (
              <Link key={p.id} to="/partners/$partnerId" params={{ partnerId: p.id }} className="quiet-link">
                {p.name}
              </Link>
            ))}
          </span>
        ) : (
          <span className="muted">{t("common.none")}</span>
        ),
    },
    {
      key: "sectors",
      header: t("meetings.columns.sectors"),
      cell: (m) =>
        m.sectors.length ? (
          <span className="meeting-tags">
            {m.sectors.map((s) => (
              <span key={s.id} className="meeting-tag">
                {s.name}
              </span>
            ))}
          </span>
        ) : (
          <span className="muted">{t("common.none")}</span>
        ),
    },
    {
      key: "direction",
      header: t("meetings.columns.direction"),
      defaultHidden: true,
      cell: (m) => (m.direction ? t(`enums.direction.${m.direction}`) : <span className="muted">{t("common.none")}</span>),
    },
    { key: "format", header: t("meetings.columns.format"), defaultHidden: true, cell: (m) => t(`enums.interactionFormat.${m.format}`) },
    { key: "participants", header: t("meetings.columns.participants"), align: "end", cell: (m) => format.number(m.participantCount) },
    {
      key: "followUps",
      header: t("meetings.columns.openFollowUps"),
      align: "end",
      cell: (m) => (m.openFollowUpCount > 0 ? <span className="count-pill">{format.number(m.openFollowUpCount)}</span> : <span className="muted">0</span>),
    },
  ];
  const { visible, picker } = useColumnVisibility("meetings", columns);

  return (
    <div className="page">
      <PageHeader
        title={t("meetings.title")}
        intro={t("meetings.intro")}
        meta={<ListTotal total={total} label={(count, formatted) => t("meetings.total", { count, formatted })} />}
        actions={
          canEdit ? (
            <Link to="/meetings/new" className={buttonClass("primary")}>
              <Icon name="plus" />
              <span>{t("meetings.add")}</span>
            </Link>
          ) : null
        }
      />

      <DashboardFilterBar
        search={dashboardPart(search)}
        onChange={(next) => setSearch({ ...next, kind: search.kind, sort: search.sort, dir: search.dir })}
        sectors={sectors.data?.items}
        countries={countries.data}
      />

      <div className="meetings-toolbar">
        <fieldset className="chips meetings-toolbar__kinds">
          <legend className="field__label">{t("meetings.filter.kinds")}</legend>
          <div className="chips__list">
            {kindOptions.map((kind) => (
              <button key={kind.value} type="button" className="chip" aria-pressed={kinds.includes(kind.value)} onClick={() => toggleKind(kind.value)}>
                {kind.label}
              </button>
            ))}
          </div>
        </fieldset>
        <div className="meetings-toolbar__end">{picker}</div>
      </div>

      <ListResults
        download={{ list: "meetings", input: meetingListInput(search) }}
        list={list}
        caption={t("meetings.caption")}
        columns={visible}
        rowKey={(m) => m.id}
        sort={{ key: sort.field, direction: sort.direction }}
        sortLabel={(header) => t("meetings.sortBy", { column: header })}
        onSort={(next) => setSearch(meetingSortParams.clicked(search, next))}
        empty={
          <ListEmptyState
            filtered={hasMeetingFilter(search)}
            filteredTitle={t("meetings.emptyFiltered.title")}
            filteredText={t("meetings.emptyFiltered.text")}
            resetLabel={t("meetings.filter.reset")}
            onReset={() => setSearch({ sort: search.sort, dir: search.dir })}
            title={t("meetings.empty.title")}
            text={t("meetings.empty.text")}
            action={
              canEdit ? (
                <Link to="/meetings/new" className={buttonClass("primary")}>
                  {t("meetings.add")}
                </Link>
              ) : null
            }
          />
        }
      />
    </div>
  );
}
