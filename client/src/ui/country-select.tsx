// The country select of every filter bar (the dashboard pages', the partners list's).
// It holds no state: the page keeps the chosen country in the URL.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

export type FilterCountry = { code: string; name: string };

/**
 * A country as the interface's language names it: the register's own name in Russian
 * (it is the official one, «Республика Казахстан»), the ISO code's name from the browser's
 * Intl data in any other language («Kazakhstan»), so English never shows a Russian list.
 */
export function countryName(isoCode: string, registerName: string, language: string): string {
  if (language.startsWith("ru")) return registerName;
  try {
    return new Intl.DisplayNames([language], { type: "region" }).of(isoCode.toUpperCase()) ?? registerName;
  } catch {
    return registerName; // not an ISO 3166 code Intl knows
  }
}

type CountrySelectProps = {
  id: string;
  /** The chosen ISO code, or "" for every country. */
  value: string;
  onChange: (isoCode: string | undefined) => void;
  countries: FilterCountry[] | undefined;
};

export function CountrySelect({ id, value, onChange, countries }: CountrySelectProps): ReactNode {
  const { t, i18n } = useTranslation();
  const options = (countries ?? []).map((c) => ({ code: c.code, name: countryName(c.code, c.name, i18n.language) }));
  // The chosen country stays in the list even when the data has no row for it.
  if (value && !options.some((c) => c.code === value)) options.push({ code: value, name: countryName(value, value, i18n.language) });
  options.sort((a, b) => a.name.localeCompare(b.name, i18n.language));
  return (
    <div className="filter-bar__field filter-bar__field--select">
      <label className="field__label" htmlFor={id}>
        {t("dashboardFilter.country")}
      </label>
      <select id={id} name="country" className="input select" value={value} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{t("dashboardFilter.anyCountry")}</option>
        {options.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  );
}
