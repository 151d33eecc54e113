import type { ReactNode } from "react";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useUrlSearch } from "../../../ui/list-page/use-url-search.ts";
import { useFormat } from "../../../lib/format.ts";
import type { Column } from "../../../ui/table.tsx";
import { Icon } from "../../../ui/icons.tsx";
import { useListRows } from "../../../entities/list-page/list-results.tsx";
import { RegisterHeader, RegisterResults, urlView } from "../../../entities/list-page/register-page.tsx";
import { RecordTitleCell } from "../../../entities/list-page/record-cells.tsx";
import { partnerListInput, hasActiveFilter, partnerSortParams, withSort, type TPartnerSortField } from "../hooks/partner-search.ts";
import { usePartnerList, type PartnerListItem } from "../hooks/partner-queries.ts";
import { PartnerFilterBar } from "./partner-filter-bar.tsx";
import { useCountryOptions, useSectorOptions } from "../../../entities/options/reference-options.ts";
import { LevelBadge } from "./level-badge.tsx";
import { partnersRegister } from "../register.ts";

const route = getRouteApi("/app/partners");

export function PartnersPage(): ReactNode {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [search, setSearch] = useUrlSearch(route);

  const list = usePartnerList(search);
  const sectors = useSectorOptions();
  const countries = useCountryOptions();

  const { total } = useListRows(list);
  const sort = partnerSortParams.current(search);

  const columns: Array<Column<PartnerListItem, TPartnerSortField>> = [
    {
      key: "name",
      header: t("partners.columns.name"),
      sortKey: "name",
      primary: true,
      // The data is kept in Russian (the working language); English readers get the English name too.
      cell: (p) => (
        <RecordTitleCell kind="partner" id={p.id} title={p.name} alt={i18n.language === "en" && p.nameEn} altLang="en">
          {p.isHome && (
            <span className="cell-title__tag" title={t("partners.home")}>
              <Icon name="home" size={14} />
              <span className="visually-hidden">{t("partners.home")}</span>
            </span>
          )}
        </RecordTitleCell>
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
      cell: (p) => <time dateTime={p.updatedAt}>{format.dateTime(p.updatedAt)}</time>,
    },
  ];

  return (
    <div className="page">
      <RegisterHeader register={partnersRegister} total={total} />

      <PartnerFilterBar search={search} onChange={setSearch} sectors={sectors.data?.items} countries={countries.data} />

      <RegisterResults
        register={partnersRegister}
        list={list}
        columns={columns}
        input={partnerListInput(search)}
        {...urlView(search, setSearch, partnerSortParams, hasActiveFilter)}
        // The partners' reset writes the sort it keeps without its defaults (a plain view has a plain URL).
        onReset={() => setSearch(withSort({}, sort.field, sort.direction))}
      />
    </div>
  );
}
