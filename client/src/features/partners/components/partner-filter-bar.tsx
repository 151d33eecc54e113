import { useId, useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { TermFilterSelect } from "../../../ui/term-filter-select.tsx";
import { partnerLevels, type TPartnerLevel } from "@atlas/shared/enums";
import { useTermOptions } from "../../../lib/vocabularies.ts";
import { Button } from "../../../ui/button.tsx";
import { SearchField, useSearchText } from "../../../ui/search-field.tsx";
import { CountrySelect, type FilterCountry } from "../../../ui/country-select.tsx";
import { hasActiveFilter, type TPartnerSearch } from "../hooks/partner-search.ts";

type Sector = { id: string; name: string; nameEn: string };

type PartnerFilterBarProps = {
  search: TPartnerSearch;
  /** Called with the whole next search (already normalised); the page puts it in the URL. */
  onChange: (next: TPartnerSearch) => void;
  sectors?: Sector[];
  countries?: FilterCountry[];
  /** Delay before typed text becomes a search, in ms. */
  debounceMs?: number;
};

/** Text, level and sector filter of the partners list. It holds no state of its own beyond the text being typed. */
export function PartnerFilterBar({ search, onChange, sectors, countries, debounceMs = 300 }: PartnerFilterBarProps): ReactNode {
  const { t, i18n } = useTranslation();
  const ids = useId();
  // The other filters may change while text is being typed: build on the latest search.
  const latest = useRef(search);
  latest.current = search;
  const update = (patch: Partial<TPartnerSearch>) => onChange({ ...latest.current, ...patch });
  const { text, setText, commitNow } = useSearchText(search.q, (q) => update({ q }), debounceMs);

  const levels = search.level ?? [];
  const toggleLevel = (level: TPartnerLevel) => update({ level: levels.includes(level) ? levels.filter((l) => l !== level) : [...levels, level] });

  const active = hasActiveFilter(search);
  // Live kinds, and a retired one only while the filter holds it.
  const kindOptions = useTermOptions("partnerKind", search.kind ?? []);

  return (
    <form
      className="filter-bar"
      role="search"
      aria-label={t("partners.filter.label")}
      onSubmit={(event) => {
        event.preventDefault();
        commitNow();
      }}
    >
      <SearchField id={`${ids}-q`} label={t("partners.filter.q")} placeholder={t("partners.filter.qPlaceholder")} text={text} onTextChange={setText} />

      <fieldset className="filter-bar__field chips">
        <legend className="field__label">{t("partners.filter.levels")}</legend>
        <div className="chips__list">
          {partnerLevels.map((level) => (
            <button key={level} type="button" className="chip" aria-pressed={levels.includes(level)} onClick={() => toggleLevel(level)}>
              {t(`enums.partnerLevel.${level}`)}
            </button>
          ))}
        </div>
      </fieldset>

      {kindOptions.length > 0 && (
        <div className="filter-bar__field filter-bar__field--select">
          <label className="field__label" htmlFor={`${ids}-kind`}>
            {t("partners.filter.kind")}
          </label>
          <TermFilterSelect
            id={`${ids}-kind`}
            vocabulary="partnerKind"
            value={search.kind?.[0]}
            onChange={(kind) => update({ kind: kind ? [kind] : undefined })}
            anyLabel={t("partners.filter.anyKind")}
          />
        </div>
      )}

      {sectors && sectors.length > 0 && (
        <div className="filter-bar__field filter-bar__field--select">
          <label className="field__label" htmlFor={`${ids}-sector`}>
            {t("partners.filter.sector")}
          </label>
          <select
            id={`${ids}-sector`}
            className="input select"
            value={search.sector?.[0] ?? ""}
            onChange={(e) => update({ sector: e.target.value ? [e.target.value] : undefined })}
          >
            <option value="">{t("partners.filter.anySector")}</option>
            {sectors.map((s) => (
              <option key={s.id} value={s.id}>
                {i18n.language === "en" ? s.nameEn : s.name}
              </option>
            ))}
          </select>
        </div>
      )}

      <CountrySelect
        id={`${ids}-country`}
        value={search.country?.[0] ?? ""}
        onChange={(code) => update({ country: code ? [code] : undefined })}
        countries={countries}
      />

      {active && (
        <div className="filter-bar__field filter-bar__field--end">
          <Button
            variant="ghost"
            onClick={() => {
              setText("");
              onChange({ sort: search.sort, dir: search.dir });
            }}
          >
            {t("partners.filter.reset")}
          </Button>
        </div>
      )}
    </form>
  );
}
