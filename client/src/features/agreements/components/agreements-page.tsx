// "Соглашения": every agreement and proposal with its stage, under the dashboard's
// shared filter (in the URL) plus stage and kind; sorted and paged on the server.
import { useMemo, type ReactNode } from "react";
import { TermFilterSelect } from "../../../ui/term-filter-select.tsx";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useUrlSearch } from "../../../ui/list-page/use-url-search.ts";
import { agreementStages } from "@atlas/shared/enums";
import { useTermLabel } from "../../../lib/vocabularies.ts";
import { dateTimeAttribute, useFormat } from "../../../lib/format.ts";
import type { CalendarDay, TDatePrecision } from "@atlas/shared/calendar-day";
import type { TDashboardSearch } from "../../../lib/dashboard-search.ts";
import type { Column } from "../../../ui/table.tsx";
import { useColumnVisibility } from "../../../ui/column-picker.tsx";
import { ButtonLink } from "../../../ui/list-page/button-link.tsx";
import { ChipToggles, FilterField, FilterResetButton } from "../../../ui/list-page/filter-fields.tsx";
import { useListRows } from "../../../entities/list-page/list-results.tsx";
import { RegisterHeader, RegisterResults, urlView } from "../../../entities/list-page/register-page.tsx";
import { DashboardFilterBarWithOptions } from "../../../entities/list-page/dashboard-filter.tsx";
import { RecordLinksCell } from "../../../entities/list-page/record-cells.tsx";
import { agreementListInput, agreementSortParams, hasActiveFilter, ownPart, type TAgreementSortField } from "../hooks/agreement-search.ts";
import { useAgreementList, type AgreementListItem } from "../hooks/agreement-queries.ts";
import { StageBadge } from "../../../ui/stage-badge.tsx";
import "../agreements.css";
import { agreementsRegister } from "../register.ts";

const route = getRouteApi("/app/agreements");

export function AgreementsPage(): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const [search, setSearch] = useUrlSearch(route);
  const kindLabel = useTermLabel("agreementKind");

  const list = useAgreementList(search);

  const { total } = useListRows(list);

  // The shared bar knows only its own params; stage, kind and sort stay as they are.
  const setShared = (next: TDashboardSearch) => setSearch({ ...next, ...ownPart(search) });

  const columns = useMemo<Array<Column<AgreementListItem, TAgreementSortField>>>(
    () => [
      {
        key: "title",
        header: t("agreements.columns.title"),
        sortKey: "title",
        primary: true,
        hideable: false,
        cell: (a) => (
          <Link to="/agreements/$agreementId" params={{ agreementId: a.id }} className="cell-title__link">
            {a.title}
          </Link>
        ),
      },
      { key: "kind", header: t("agreements.columns.kind"), cell: (a) => kindLabel(a.kind) },
      {
        key: "parties",
        header: t("agreements.columns.parties"),
        cell: (a) => <RecordLinksCell kind="partner" records={a.parties} className="agreement-parties" />,
      },
      { key: "stage", header: t("agreements.columns.stage"), cell: (a) => <StageBadge stage={a.stage} /> },
      {
        key: "stageChangedAt",
        header: t("agreements.columns.stageChangedAt"),
        sortKey: "stageChangedAt",
        cell: (a) => <DateCell value={a.stageChangedAt} precision={a.stageDatePrecision} />,
      },
      {
        key: "sectors",
        header: t("agreements.columns.sectors"),
        defaultHidden: true,
        cell: (a) => (a.sectors.length ? a.sectors.map((s) => s.name).join(", ") : <span className="muted">{t("common.none")}</span>),
      },
      {
        key: "expiresAt",
        header: t("agreements.columns.expiresAt"),
        sortKey: "expiresAt",
        cell: (a) => (a.expiresAt ? <DateCell value={a.expiresAt} /> : <span className="muted">{t("common.none")}</span>),
      },
      {
        key: "openPlanItems",
        header: t("agreements.columns.openPlanItems"),
        align: "end",
        defaultHidden: true,
        cell: (a) => (a.openPlanItemCount ? format.number(a.openPlanItemCount) : <span className="muted">{t("common.none")}</span>),
      },
    ],
    [t, format, kindLabel],
  );
  const { visible, picker } = useColumnVisibility("agreements", columns);

  return (
    <div className="page">
      <RegisterHeader
        register={agreementsRegister}
        total={total}
        editorActions={
          <ButtonLink to="/agreements/new" search={existingAgreementSearch} variant="secondary" icon="plus">
            {t("agreements.addExisting")}
          </ButtonLink>
        }
      />

      <DashboardFilterBarWithOptions search={search} onChange={setShared} periodHint={t("agreements.filter.periodHint")} />

      <div className="filter-bar agreement-filters" role="group" aria-label={t("agreements.filter.label")}>
        <ChipToggles
          legend={t("agreements.filter.stages")}
          options={agreementStages.map((stage) => ({ value: stage, label: t(`enums.agreementStage.${stage}`) }))}
          selected={search.stage ?? []}
          onChange={(stage) => setSearch({ ...search, stage })}
        />
        <FilterField id="agreement-kind-filter" label={t("agreements.filter.kind")}>
          <TermFilterSelect
            id="agreement-kind-filter"
            name="kind"
            vocabulary="agreementKind"
            value={search.kind?.[0]}
            onChange={(kind) => setSearch({ ...search, kind: kind ? [kind] : undefined })}
            anyLabel={t("agreements.filter.anyKind")}
          />
        </FilterField>
        {search.stage?.length || search.kind?.length ? (
          <FilterResetButton onClick={() => setSearch({ ...search, stage: undefined, kind: undefined })}>
            {t("agreements.filter.resetStages")}
          </FilterResetButton>
        ) : null}
      </div>

      <RegisterResults
        register={agreementsRegister}
        list={list}
        className="agreements-results"
        toolbar={<div className="agreements-toolbar">{picker}</div>}
        columns={visible}
        input={agreementListInput(search)}
        {...urlView(search, setSearch, agreementSortParams, hasActiveFilter)}
        rowClassName={(a) => (a.stage === "TERMINATED" || a.stage === "EXPIRED" ? "row--muted" : undefined)}
      />
    </div>
  );
}

/** ?existing=1: the agreement form for an agreement concluded earlier (see NewAgreementPage). */
const existingAgreementSearch = { existing: 1 } as never;

/** A day as 13.11.2024, or a vague date as its period (декабрь 2024 г.), never as the period's first day. */
function DateCell({ value, precision = "DAY" }: { value: CalendarDay; precision?: TDatePrecision }) {
  const format = useFormat();
  return (
    <time dateTime={dateTimeAttribute(value, precision)} title={format.preciseDate(value, precision)}>
      {format.preciseDate(value, precision, "short")}
    </time>
  );
}
