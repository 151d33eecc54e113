import type { ReactNode } from "react";
import { getRouteApi, Link, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../lib/format.ts";
import { useHasRole } from "../../../lib/session.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { PageHeader } from "../../../ui/page-header.tsx";
import type { Column } from "../../../ui/table.tsx";
import { buttonClass } from "../../../ui/button.tsx";
import { Icon } from "../../../ui/icons.tsx";
import { ListEmptyState, ListResults, ListTotal, useListRows } from "../../../entities/list-page/list-results.tsx";
import { partnerListInput, hasActiveFilter, partnerSortParams, withSort, type TPartnerSearch, type TPartnerSortField } from "../hooks/partner-search.ts";
import { usePartnerList, type PartnerListItem } from "../hooks/partner-queries.ts";
import { PartnerFilterBar } from "./partner-filter-bar.tsx";
import { useCountryOptions, useSectorOptions } from "../../../entities/options/reference-options.ts";
import { LevelBadge } from "./level-badge.tsx";

const route = getRouteApi("/app/partners");

export function PartnersPage(): ReactNode {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const search = route.useSearch();
  const navigate = useNavigate({ from: "/partners" });
  const canEdit = useHasRole("EDITOR");
  useDocumentTitle(t("partners.title"));

  const list = usePartnerList(search);
  const sectors = useSectorOptions();
  const countries = useCountryOptions();

  const { total } = useListRows(list);
  const sort = partnerSortParams.current(search);

  const setSearch = (next: TPartnerSearch) => void navigate({ search: next });

  const columns: Array<Column<PartnerListItem, TPartnerSortField>> = [
    {
      key: "name",
      header: t("partners.columns.name"),
      sortKey: "name",
      primary: true,
      cell: (p) => (
        <span className="cell-title">
          <span className="cell-title__names">
            <Link to="/partners/$partnerId" params={{ partnerId: p.id }} className="cell-title__link">
              {p.name}
            </Link>
            {/* The data is kept in Russian (the working language); English readers get the English name too. */}
            {i18n.language === "en" && p.nameEn && (
              <span className="cell-title__alt" lang="en">
                {p.nameEn}
              </span>
            )}
          </span>
          {p.isHome && (
            <span className="cell-title__tag" title={t("partners.home")}>
              <Icon name="home" size={14} />
              <span className="visually-hidden">{t("partners.home")}</span>
            </span>
          )}
        </span>
      ),
    },
    { key: "level", header: t("partners.columns.level"), sortKey: "level", cell: (p) => <LevelBadge level={p.level} /> },
    {
      key: "parent",
      header: t("partners.columns.parent"),
      cell: (p) =>
        p.parent ? (
          <Link to="/partners/$partnerId" params={{ partnerId: p.parent.id }} className="quiet-link">
            {p.parent.name}
          </Link>
        ) : (
          <span className="muted">{t("common.none")}</span>
        ),
    },
    {
      key: "iso",
      header: t("partners.columns.isoCode"),
      cell: (p) => (p.isoCode ? <code className="code">{p.isoCode}</code> : <span className="muted">{t("common.none")}</span>),
    },
    {
      key: "updatedAt",
      header: t("partners.columns.updatedAt"),
      sortKey: "updatedAt",
      cell: (p) => <time dateTime={new Date(p.updatedAt).toISOString()}>{format.dateTime(p.updatedAt)}</time>,
    },
  ];

  return (
    <div className="page">
      <PageHeader
        title={t("partners.title")}
        intro={t("partners.intro")}
        meta={<ListTotal total={total} label={(count, formatted) => t("partners.total", { count, formatted })} />}
        actions={
          canEdit ? (
            <Link to="/partners/new" className={buttonClass("primary")}>
              <Icon name="plus" />
              <span>{t("partners.add")}</span>
            </Link>
          ) : null
        }
      />

      <PartnerFilterBar search={search} onChange={setSearch} sectors={sectors.data?.items} countries={countries.data} />

      <ListResults
        download={{ list: "partners", input: partnerListInput(search) }}
        list={list}
        caption={t("partners.caption")}
        columns={columns}
        rowKey={(p) => p.id}
        sort={{ key: sort.field, direction: sort.direction }}
        sortLabel={(header) => t("partners.sortBy", { column: header })}
        onSort={(next) => setSearch(partnerSortParams.clicked(search, next))}
        empty={
          <ListEmptyState
            filtered={hasActiveFilter(search)}
            filteredTitle={t("partners.emptyFiltered.title")}
            filteredText={t("partners.emptyFiltered.text")}
            resetLabel={t("partners.filter.reset")}
            onReset={() => setSearch(withSort({}, sort.field, sort.direction))}
            title={t("partners.empty.title")}
            text={t("partners.empty.text")}
            action={
              canEdit ? (
                <Link to="/partners/new" className={buttonClass("primary")}>
                  {t("partners.add")}
                </Link>
              ) : null
            }
          />
        }
      />
    </div>
  );
}
