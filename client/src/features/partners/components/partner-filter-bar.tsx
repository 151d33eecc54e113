import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { partnerLevels, type TPartnerLevel } from "@atlas/shared/enums";
import { Button } from "../../../ui/button.tsx";
import { Icon } from "../../../ui/icons.tsx";
import { hasActiveFilter, parsePartnerSearch, type TPartnerSearch } from "../hooks/partner-search.ts";

type Sector = { id: string; name: string; nameEn: string };

type PartnerFilterBarProps = {
  search: TPartnerSearch;
  /** Called with the whole next search (already normalised); the page puts it in the URL. */
  onChange: (next: TPartnerSearch) => void;
  sectors?: Sector[];
  /** Delay before typed text becomes a search, in ms. */
  debounceMs?: number;
};

/** Text, level and sector filter of the partners list. It holds no state of its own beyond the text being typed. */
export function PartnerFilterBar({ search, onChange, sectors, debounceMs = 300 }: PartnerFilterBarProps): ReactNode {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const [text, setText] = useState(search.q ?? "");
  // The last text this bar put into the URL; any other change of `q` came from outside (Back, a link).
  const committed = useRef(search.q ?? "");

  useEffect(() => {
    const q = search.q ?? "";
    if (q !== committed.current) {
      committed.current = q;
      setText(q);
    }
  }, [search.q]);

  // The debounced text search may fire after another filter changed: it builds on the latest search.
  const latest = useRef(search);
  latest.current = search;
  const update = (patch: Partial<TPartnerSearch>) => onChange(parsePartnerSearch({ ...latest.current, ...patch } as Record<string, unknown>));

  useEffect(() => {
    const q = text.trim();
    if (q === (latest.current.q ?? "")) return;
    const timer = setTimeout(() => {
      committed.current = q;
      update({ q: q || undefined });
    }, debounceMs);
    return () => clearTimeout(timer);
    // Only the typed text starts a search; the rest is read through `latest`.
  }, [text]);

  const levels = search.level ?? [];
  const toggleLevel = (level: TPartnerLevel) =>
    update({ level: levels.includes(level) ? levels.filter((l) => l !== level) : [...levels, level] });

  const active = hasActiveFilter(search);

  return (
    <form
      className="filter-bar"
      role="search"
      aria-label={t("partners.filter.label")}
      onSubmit={(event) => {
        event.preventDefault();
        const q = text.trim();
        committed.current = q;
        update({ q: q || undefined });
      }}
    >
      <div className="filter-bar__field filter-bar__field--grow">
        <label className="field__label" htmlFor={`${ids}-q`}>
          {t("partners.filter.q")}
        </label>
        <div className="input-icon">
          <Icon name="search" />
          <input
            id={`${ids}-q`}
            className="input"
            type="search"
            name="q"
            autoComplete="off"
            placeholder={t("partners.filter.qPlaceholder")}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
      </div>

      <fieldset className="filter-bar__field chips">
        <legend className="field__label">{t("partners.filter.levels")}</legend>
        <div className="chips__list">
          {partnerLevels.map((level) => (
            <button
              key={level}
              type="button"
              className="chip"
              aria-pressed={levels.includes(level)}
              onClick={() => toggleLevel(level)}
            >
              {t(`levels.${level}`)}
            </button>
          ))}
        </div>
      </fieldset>

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

      {active && (
        <div className="filter-bar__field filter-bar__field--end">
          <Button
            variant="ghost"
            onClick={() => {
              committed.current = "";
              setText("");
              onChange(parsePartnerSearch({ sort: search.sort, dir: search.dir }));
            }}
          >
            {t("partners.filter.reset")}
          </Button>
        </div>
      )}
    </form>
  );
}
