// "Соглашения": every agreement and proposal with its stage, under the dashboard's
// shared filter (in the URL) plus stage and kind; sorted and paged on the server.
import { useMemo, type ReactNode } from "react";
import { TermFilterSelect } from "../../../ui/term-filter-select.tsx";
import { getRouteApi, Link, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { agreementStages, type TAgreementStage } from "@atlas/shared/enums";
import { useTermLabel } from "../../../lib/vocabularies.ts";
import { dateTimeAttribute, useFormat } from "../../../lib/format.ts";
import type { CalendarDay, TDatePrecision } from "@atlas/shared/calendar-day";
import { useHasRole } from "../../../lib/session.ts";
import { useCountryOptions, useSectorOptions } from "../../../entities/options/reference-options.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import type { TDashboardSearch } from "../../../lib/dashboard-search.ts";
import { PageHeader } from "../../../ui/page-header.tsx";
import { DashboardFilterBar } from "../../../ui/dashboard-filter-bar.tsx";
import type { Column } from "../../../ui/table.tsx";
import { useColumnVisibility } from "../../../ui/column-picker.tsx";
import { Button, buttonClass } from "../../../ui/button.tsx";
import { Icon } from "../../../ui/icons.tsx";
import { ListEmptyState, ListResults, ListTotal, useListRows } from "../../../entities/list-page/list-results.tsx";
import {
  agreementListInput,
  agreementSortParams,
  hasActiveFilter,
  ownPart,
  type TAgreementSearch,
  type TAgreementSortField,
} from "../hooks/agreement-search.ts";
import { useAgreementList, type AgreementListItem } from "../hooks/agreement-queries.ts";
import { StageBadge } from "../../../ui/stage-badge.tsx";
import "../agreements.css";

const route = getRouteApi("/app/agreements");

export function AgreementsPage(): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const search = route.useSearch();
  const kindLabel = useTermLabel("agreementKind");
  const navigate = useNavigate({ from: "/agreements" });
  const canEdit = useHasRole("EDITOR");
  useDocumentTitle(t("agreements.title"));

  const list = useAgreementList(search);
  const sectors = useSectorOptions();
  const countries = useCountryOptions();

  const { total } = useListRows(list);
  const sort = agreementSortParams.current(search);

  const setSearch = (next: TAgreementSearch) => void navigate({ search: next });
  // The shared bar knows only its own params; stage, kind and sort stay as they are.
  const setShared = (next: TDashboardSearch) => setSearch({ ...next, ...ownPart(search) });
  const toggle = <T extends string>(list: T[] | undefined, value: T): T[] =>
    list?.includes(value) ? list.filter((v) => v !== value) : [...(list ?? []), value];

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
        cell: (a) =>
          a.parties.length ? (
            <span className="agreement-parties">
              {a.parties.map((p) => (
                <Link key={p.id} to="/partners/$partnerId" params={{ partnerId: p.id }} className="quiet-link">
                  {p.name}
                </Link>
              ))}
            </span>
          ) : (
            <span className="muted">{t("common.none")}</span>
          ),
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
      <PageHeader
        title={t("agreements.title")}
        intro={t("agreements.intro")}
        meta={<ListTotal total={total} label={(count, formatted) => t("agreements.total", { count, formatted })} />}
        actions={
          canEdit ? (
            <>
              <Link to="/agreements/new" className={buttonClass("primary")}>
                <Icon name="plus" />
                <span>{t("agreements.add")}</span>
              </Link>
              <Link to="/agreements/new" search={existingAgreementSearch} className={buttonClass("secondary")}>
                <Icon name="plus" />
                <span>{t("agreements.addExisting")}</span>
              </Link>
            </>
          ) : null
        }
      />

      <DashboardFilterBar
        search={search}
        onChange={setShared}
        sectors={sectors.data?.items}
        countries={countries.data}
        periodHint={t("agreements.filter.periodHint")}
      />

      <div className="filter-bar agreement-filters" role="group" aria-label={t("agreements.filter.label")}>
        <fieldset className="filter-bar__field chips">
          <legend className="field__label">{t("agreements.filter.stages")}</legend>
          <div className="chips__list">
            {agreementStages.map((stage: TAgreementStage) => (
              <button
                key={stage}
                type="button"
                className="chip"
                aria-pressed={Boolean(search.stage?.includes(stage))}
                onClick={() => setSearch({ ...search, stage: toggle(search.stage, stage) })}
              >
                {t(`enums.agreementStage.${stage}`)}
              </button>
            ))}
          </div>
        </fieldset>
        <div className="filter-bar__field filter-bar__field--select">
          <label className="field__label" htmlFor="agreement-kind-filter">
            {t("agreements.filter.kind")}
          </label>
          <TermFilterSelect
            id="agreement-kind-filter"
            name="kind"
            vocabulary="agreementKind"
            value={search.kind?.[0]}
            onChange={(kind) => setSearch({ ...search, kind: kind ? [kind] : undefined })}
            anyLabel={t("agreements.filter.anyKind")}
          />
        </div>
        {search.stage?.length || search.kind?.length ? (
          <div className="filter-bar__field filter-bar__field--end">
            <Button variant="ghost" onClick={() => setSearch({ ...search, stage: undefined, kind: undefined })}>
              {t("agreements.filter.resetStages")}
            </Button>
          </div>
        ) : null}
      </div>

      <ListResults
        download={{ list: "agreements", input: agreementListInput(search) }}
        list={list}
        className="agreements-results"
        toolbar={<div className="agreements-toolbar">{picker}</div>}
        caption={t("agreements.caption")}
        columns={visible}
        rowKey={(a) => a.id}
        sort={{ key: sort.field, direction: sort.direction }}
        sortLabel={(header) => t("agreements.sortBy", { column: header })}
        onSort={(next) => setSearch(agreementSortParams.clicked(search, next))}
        rowClassName={(a) => (a.stage === "TERMINATED" || a.stage === "EXPIRED" ? "row--muted" : undefined)}
        empty={
          <ListEmptyState
            filtered={hasActiveFilter(search)}
            filteredTitle={t("agreements.emptyFiltered.title")}
            filteredText={t("agreements.emptyFiltered.text")}
            resetLabel={t("agreements.filter.reset")}
            onReset={() => setSearch({ sort: search.sort, dir: search.dir })}
            title={t("agreements.empty.title")}
            text={t("agreements.empty.text")}
            action={
              canEdit ? (
                <Link to="/agreements/new" className={buttonClass("primary")}>
                  {t("agreements.add")}
                </Link>
              ) : null
            }
          />
        }
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
