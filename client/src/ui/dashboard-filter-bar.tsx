// The filter bar the dashboard pages share. It holds no state beyond the text being
// typed: the page keeps the filter in the URL and passes it in.
import { useId, useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { hasDashboardFilter, type TDashboardSearch } from "../lib/dashboard-search.ts";
import { isCalendarDay, type CalendarDay } from "@atlas/shared/calendar-day";
import { Button } from "./button.tsx";
import { DayField } from "./day-field.tsx";
import { SearchField, useSearchText } from "./search-field.tsx";
import { CountrySelect, type FilterCountry } from "./country-select.tsx";

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
  // The other filters may change while text is being typed: build on the latest search.
  const latest = useRef(search);
  latest.current = search;
  const update = (patch: Partial<TDashboardSearch>) => onChange({ ...latest.current, ...patch });
  const { text, setText, commitNow } = useSearchText(search.q, (q) => update({ q }), debounceMs);
  // A period end is a day typed as дд.мм.гггг: a day changes the filter, an empty field
  // clears that end, and text that is not (yet) a day leaves the filter as it is (the
  // field says what is wrong once the user leaves it).
  const setDay = (end: "from" | "to", value: CalendarDay | string | null) => {
    if (value === null) update({ [end]: undefined });
    else if (isCalendarDay(value)) update({ [end]: value });
  };

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
      <SearchField id={`${ids}-q`} label={t("dashboardFilter.q")} placeholder={t("dashboardFilter.qPlaceholder")} text={text} onTextChange={setText} />

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

      <CountrySelect
        id={`${ids}-country`}
        value={search.country?.[0] ?? ""}
        onChange={(code) => update({ country: code ? [code] : undefined })}
        countries={countries}
      />

      <fieldset className="filter-bar__field filter-bar__period">
        <legend className="field__label">{t("dashboardFilter.period")}</legend>
        <div className="filter-bar__dates">
          <DayField
            label={<span className="visually-hidden">{t("dashboardFilter.from")}</span>}
            hint=""
            name="from"
            value={search.from ?? null}
            onChange={(value) => setDay("from", value)}
          />
          <span aria-hidden="true">–</span>
          <DayField
            label={<span className="visually-hidden">{t("dashboardFilter.to")}</span>}
            hint=""
            name="to"
            value={search.to ?? null}
            onChange={(value) => setDay("to", value)}
          />
        </div>
        {periodHint && <p className="field__hint">{periodHint}</p>}
      </fieldset>

      {search.partner?.length ? <p className="filter-bar__note">{t("dashboardFilter.partnerFilter", { count: search.partner.length })}</p> : null}

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
