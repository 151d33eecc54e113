// The filter bar the dashboard pages share. It holds no state beyond the text being
// typed: the page keeps the filter in the URL and passes it in.
import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { hasDashboardFilter, type TDashboardSearch } from "../lib/dashboard-search.ts";
import { SearchField } from "./search-field.tsx";
import { CountrySelect, type FilterCountry } from "./country-select.tsx";
import { FilterForm, FilterResetButton, FilterSelect, PeriodFilter, useFilterBar } from "./list-page/filter-fields.tsx";

export type { FilterCountry };

export type FilterSector = { id: string; name: string; nameEn: string };

type DashboardFilterBarProps = {
  search: TDashboardSearch;
  /** The whole next search; the page puts it in the URL, where the route's schema normalises it. */
  onChange: (next: TDashboardSearch) => void;
  sectors?: FilterSector[];
  countries?: FilterCountry[];
  /** Some views ignore the period (the map's events are always the coming ones); they say so. */
  periodHint?: string;
  debounceMs?: number;
};

export function DashboardFilterBar({ search, onChange, sectors, countries, periodHint, debounceMs = 300 }: DashboardFilterBarProps): ReactNode {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const { update, text, setText, commitNow } = useFilterBar(search, onChange, debounceMs);
  const sectorOptions = (sectors ?? []).map((s) => ({ value: s.id, label: i18n.language === "en" ? s.nameEn : s.name }));

  return (
    <FilterForm className="filter-bar filter-bar--dashboard" label={t("dashboardFilter.label")} onSubmit={commitNow}>
      <SearchField id={`${ids}-q`} label={t("dashboardFilter.q")} placeholder={t("dashboardFilter.qPlaceholder")} text={text} onTextChange={setText} />

      <FilterSelect
        name="sector"
        label={t("dashboardFilter.sector")}
        value={search.sector}
        onChange={(sector) => update({ sector })}
        anyLabel={t("dashboardFilter.anySector")}
        options={sectorOptions}
      />

      <CountrySelect
        id={`${ids}-country`}
        value={search.country?.[0] ?? ""}
        onChange={(code) => update({ country: code ? [code] : undefined })}
        countries={countries}
      />

      <PeriodFilter
        legend={t("dashboardFilter.period")}
        fromLabel={t("dashboardFilter.from")}
        toLabel={t("dashboardFilter.to")}
        from={search.from}
        to={search.to}
        onChange={(end, day) => update({ [end]: day })}
        hint={periodHint}
      />

      {search.partner?.length ? <p className="filter-bar__note">{t("dashboardFilter.partnerFilter", { count: search.partner.length })}</p> : null}

      {hasDashboardFilter(search) && (
        <FilterResetButton
          onClick={() => {
            setText("");
            onChange({});
          }}
        >
          {t("dashboardFilter.reset")}
        </FilterResetButton>
      )}
    </FilterForm>
  );
}
