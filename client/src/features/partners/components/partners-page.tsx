import type { ReactNode } from "react";
import { getRouteApi, Link, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../lib/format.ts";
import { useHasRole } from "../../../lib/session.ts";
import { isNetworkError } from "../../../lib/errors.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { PageHeader } from "../../../ui/page-header.tsx";
import { Table, type Column } from "../../../ui/table.tsx";
import { EmptyState, ErrorState } from "../../../ui/states.tsx";
import { Button, buttonClass } from "../../../ui/button.tsx";
import { Icon } from "../../../ui/icons.tsx";
import { Spinner } from "../../../ui/spinner.tsx";
import { defaultDirection, hasActiveFilter, partnerSort, withSort, type TPartnerSearch, type TPartnerSortField } from "../hooks/partner-search.ts";
import { usePartnerList, useSectors, type PartnerListItem } from "../hooks/partner-queries.ts";
import { PartnerFilterBar } from "./partner-filter-bar.tsx";
import { useCountryOptions } from "../../../lib/country-options.ts";
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
  const sectors = useSectors();
  const countries = useCountryOptions();

  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const total = list.data?.pages[0]?.total ?? null;
  const sort = partnerSort(search);
  const filtered = hasActiveFilter(search);

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
    { key: "iso", header: t("partners.columns.isoCode"), cell: (p) => (p.isoCode ? <code className="code">{p.isoCode}</code> : <span className="muted">{t("common.none")}</span>) },
    { key: "updatedAt", header: t("partners.columns.updatedAt"), sortKey: "updatedAt", cell: (p) => <time dateTime={new Date(p.updatedAt).toISOString()}>{format.dateTime(p.updatedAt)}</time> },
  ];

  return (
    <div className="page">
      <PageHeader
        title={t("partners.title")}
        intro={t("partners.intro")}
        meta={total !== null ? <span className="count">{t("partners.total", { count: total, formatted: format.number(total) })}</span> : null}
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

      {list.isError && !list.data ? (
        <ErrorState message={isNetworkError(list.error) ? t("errors.network") : t("errors.load")} onRetry={() => void list.refetch()} />
      ) : (
        <section className={`results${list.isPlaceholderData ? " results--stale" : ""}`} aria-busy={list.isFetching || undefined}>
          <Table
            caption={t("partners.caption")}
            columns={columns}
            rows={rows}
            rowKey={(p) => p.id}
            loading={list.isPending}
            sort={{ key: sort.field, direction: sort.direction }}
            sortLabel={(header) => t("partners.sortBy", { column: header })}
            // A new column starts in its natural order; the same column flips.
            onSort={(next) => setSearch(withSort(search, next.key, next.key === sort.field ? next.direction : defaultDirection(next.key)))}
            empty={
              filtered ? (
                <EmptyState
                  title={t("partners.emptyFiltered.title")}
                  text={t("partners.emptyFiltered.text")}
                  action={
                    <Button onClick={() => setSearch(withSort({}, sort.field, sort.direction))}>{t("partners.filter.reset")}</Button>
                  }
                />
              ) : (
                <EmptyState
                  icon="folder"
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
              )
            }
          />
          {rows.length > 0 && total !== null && (
            <div className="results__footer">
              <p className="results__count" aria-live="polite">
                {t("common.shown", { shown: format.number(rows.length), total: format.number(total) })}
              </p>
              {list.hasNextPage && (
                <Button onClick={() => void list.fetchNextPage()} busy={list.isFetchingNextPage}>
                  {list.isFetchingNextPage ? t("common.loadingMore") : t("common.loadMore")}
                </Button>
              )}
              {list.isFetching && !list.isFetchingNextPage && <Spinner size="sm" label={t("common.loading")} />}
            </div>
          )}
          {list.isError && list.data && (
            <ErrorState message={t("errors.load")} onRetry={() => void list.refetch()} />
          )}
        </section>
      )}
    </div>
  );
}
