import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { TermFilterSelect } from "../../../ui/term-filter-select.tsx";
import { partnerLevels } from "@atlas/shared/enums";
import { useTermOptions } from "../../../lib/vocabularies.ts";
import { SearchField } from "../../../ui/search-field.tsx";
import { ChipToggles, FilterField, FilterForm, FilterResetButton, FilterSelect, useFilterBar } from "../../../ui/list-page/filter-fields.tsx";
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
  const { update, text, setText, commitNow } = useFilterBar(search, onChange, debounceMs);
  const levelOptions = partnerLevels.map((level) => ({ value: level, label: t(`enums.partnerLevel.${level}`) }));
  // Live kinds, and a retired one only while the filter holds it.
  const kindOptions = useTermOptions("partnerKind", search.kind ?? []);

  return (
    <FilterForm label={t("partners.filter.label")} onSubmit={commitNow}>
      <SearchField id={`${ids}-q`} label={t("partners.filter.q")} placeholder={t("partners.filter.qPlaceholder")} text={text} onTextChange={setText} />

      <ChipToggles legend={t("partners.filter.levels")} options={levelOptions} selected={search.level ?? []} onChange={(level) => update({ level })} />

      {kindOptions.length > 0 && (
        <FilterField id={`${ids}-kind`} label={t("partners.filter.kind")}>
          <TermFilterSelect
            id={`${ids}-kind`}
            vocabulary="partnerKind"
            value={search.kind?.[0]}
            onChange={(kind) => update({ kind: kind ? [kind] : undefined })}
            anyLabel={t("partners.filter.anyKind")}
          />
        </FilterField>
      )}

      {sectors && sectors.length > 0 && (
        <FilterSelect
          label={t("partners.filter.sector")}
          value={search.sector}
          onChange={(sector) => update({ sector })}
          anyLabel={t("partners.filter.anySector")}
          options={sectors.map((s) => ({ value: s.id, label: i18n.language === "en" ? s.nameEn : s.name }))}
        />
      )}

      <CountrySelect
        id={`${ids}-country`}
        value={search.country?.[0] ?? ""}
        onChange={(code) => update({ country: code ? [code] : undefined })}
        countries={countries}
      />

      {hasActiveFilter(search) && (
        <FilterResetButton
          onClick={() => {
            setText("");
            onChange({ sort: search.sort, dir: search.dir });
          }}
        >
          {t("partners.filter.reset")}
        </FilterResetButton>
      )}
    </FilterForm>
  );
}
