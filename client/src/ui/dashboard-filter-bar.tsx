// The filter bar the dashboard pages share. It holds no state beyond the text being
// typed: the page keeps the filter in the URL and passes it in.
import { useId, useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { hasDashboardFilter, parseDashboardSearch, type TDashboardSearch } from "../lib/dashboard-search.ts";
import { Button } from "./button.tsx";
import { SearchField, useSearchText } from "./search-field.tsx";

export type FilterSector = { id: string; name: string; nameEn: string };
export type FilterCountry = { code: string; name: string };

type DashboardFilterBarProps = {
  search: TDashboardSearch;
  /** The whole next search (already normalised); the page puts it in the URL. */
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
  // The other filters may change while text is being typed: build on the latest search.
  const latest = useRef(search);
  latest.current = search;
  const update = (patch: Partial<TDashboardSearch>) => onChange(parseDashboardSearch({ ...latest.current, ...patch } as Record<string, unknown>));
  const { text, setText, commitNow } = useSearchText(search.q, (q) => update({ q }), debounceMs);

  // The chosen country stays in the list even when the data has no row for it.
  const selectedCountry = search.country?.[0] ?? "";
  const countryOptions = [...(countries ?? [])];
  if (selectedCountry && !countryOptions.some((c) => c.code === selectedCountry)) countryOptions.push({ code: selectedCountry, name: selectedCountry });
  countryOptions.sort((a, b) => a.name.localeCompare(b.name, i18n.language));

  return (
    <form
      className="filter-bar filter-bar--dashboard"
      role="search"
      aria-label={t("dashboardFilter.label")}
      onSubmit={(event) => {
        event.preventDefault();
        commitNow();
      }}
    >
      <SearchField
        id={`${ids}-q`}
        label={t("dashboardFilter.q")}
        placeholder={t("dashboardFilter.qPlaceholder")}
        text={text}
        onTextChange={setText}
      />

      <div className="filter-bar__field filter-bar__field--select">
        <label className="field__label" htmlFor={`${ids}-sector`}>
          {t("dashboardFilter.sector")}
        </label>
        <select
          id={`${ids}-sector`}
          name="sector"
          className="input select"
          value={search.sector?.[0] ?? ""}
          onChange={(e) => update({ sector: e.target.value ? [e.target.value] : undefined })}
        >
          <option value="">{t("dashboardFilter.anySector")}</option>
          {(sectors ?? []).map((s) => (
            <option key={s.id} value={s.id}>
              {i18n.language === "en" ? s.nameEn : s.name}
            </option>
          ))}
        </select>
      </div>

      <div className="filter-bar__field filter-bar__field--select">
        <label className="field__label" htmlFor={`${ids}-country`}>
          {t("dashboardFilter.country")}
        </label>
        <select
          id={`${ids}-country`}
          name="country"
          className="input select"
          value={selectedCountry}
          onChange={(e) => update({ country: e.target.value ? [e.target.value] : undefined })}
        >
          <option value="">{t("dashboardFilter.anyCountry")}</option>
          {countryOptions.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </div>

      <fieldset className="filter-bar__field filter-bar__period">
        <legend className="field__label">{t("dashboardFilter.period")}</legend>
        <div className="filter-bar__dates">
          <label className="visually-hidden" htmlFor={`${ids}-from`}>
            {t("dashboardFilter.from")}
          </label>
          <input
            id={`${ids}-from`}
            name="from"
            className="input"
            type="date"
            value={search.from ?? ""}
            max={search.to}
            onChange={(e) => update({ from: e.target.value || undefined })}
          />
          <span aria-hidden="true">–</span>
          <label className="visually-hidden" htmlFor={`${ids}-to`}>
            {t("dashboardFilter.to")}
          </label>
          <input
            id={`${ids}-to`}
            name="to"
            className="input"
            type="date"
            value={search.to ?? ""}
            min={search.from}
            onChange={(e) => update({ to: e.target.value || undefined })}
          />
        </div>
        {periodHint && <p className="field__hint">{periodHint}</p>}
      </fieldset>

      {search.partner?.length ? (
        <p className="filter-bar__note">{t("dashboardFilter.partnerFilter", { count: search.partner.length })}</p>
      ) : null}

      {hasDashboardFilter(search) && (
        <div className="filter-bar__field filter-bar__field--end">
          <Button
            variant="ghost"
            onClick={() => {
              setText("");
              onChange({});
            }}
          >
            {t("dashboardFilter.reset")}
          </Button>
        </div>
      )}
    </form>
  );
}
