// The meetings register: the dashboard's shared filter (so a view opened from the
// overview keeps its sector, country, period and text) plus the kind of contact;
// sorting and paging happen on the server.
import type { ReactNode } from "react";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useUrlSearch } from "../../../ui/list-page/use-url-search.ts";
import { useTermOptions } from "../../../lib/vocabularies.ts";
import { dateTimeAttribute, useFormat } from "../../../lib/format.ts";
import type { Column } from "../../../ui/table.tsx";
import { useColumnVisibility } from "../../../ui/column-picker.tsx";
import { ChipToggles } from "../../../ui/list-page/filter-fields.tsx";
import { ListToolbar } from "../../../ui/list-page/list-toolbar.tsx";
import { useListRows } from "../../../entities/list-page/list-results.tsx";
import { RegisterHeader, RegisterResults, urlView } from "../../../entities/list-page/register-page.tsx";
import { DashboardFilterBarWithOptions } from "../../../entities/list-page/dashboard-filter.tsx";
import { RecordLinksCell, RecordTitleCell } from "../../../entities/list-page/record-cells.tsx";
import { meetingListInput, dashboardPart, hasMeetingFilter, meetingSortParams, type TMeetingSortField } from "../hooks/meeting-search.ts";
import { useMeetingList, type MeetingListItem } from "../hooks/meeting-queries.ts";
import { KindBadge } from "./kind-badge.tsx";
import "../meetings.css";
import { meetingsRegister } from "../register.ts";

const route = getRouteApi("/app/meetings");

export function MeetingsPage(): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const [search, setSearch] = useUrlSearch(route);

  const list = useMeetingList(search);

  const { total } = useListRows(list);

  const kinds = search.kind ?? [];
  // Live kinds, and a retired one only while the filter holds it (a shared link).
  const kindOptions = useTermOptions("meetingKind", kinds);

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
      cell: (m) => <RecordTitleCell kind="meeting" id={m.id} title={m.title} alt={m.place} />,
    },
    { key: "kind", header: t("meetings.columns.kind"), cell: (m) => <KindBadge kind={m.kind} /> },
    {
      key: "partners",
      header: t("meetings.columns.partners"),
      cell: (m) => <RecordLinksCell kind="partner" records={m.partners} className="meeting-links" />,
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
      <RegisterHeader register={meetingsRegister} total={total} />

      <DashboardFilterBarWithOptions
        search={dashboardPart(search)}
        onChange={(next) => setSearch({ ...next, kind: search.kind, sort: search.sort, dir: search.dir })}
      />

      <ListToolbar className="meetings-toolbar" end={picker}>
        <ChipToggles
          className="chips meetings-toolbar__kinds"
          legend={t("meetings.filter.kinds")}
          options={kindOptions}
          selected={kinds}
          onChange={(kind) => setSearch({ ...search, kind })}
        />
      </ListToolbar>

      <RegisterResults
        register={meetingsRegister}
        list={list}
        columns={visible}
        input={meetingListInput(search)}
        {...urlView(search, setSearch, meetingSortParams, hasMeetingFilter)}
      />
    </div>
  );
}
