// The table's settings: the period (a year typed whole switches the table at once), and
// whether the cells hold values in a currency or volumes in a unit.
import { useId, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../lib/format.ts";
import { TextField } from "../../../ui/text-field.tsx";
import { PARTS, type ExportGrid, type Measure, type Part } from "../hooks/use-export-grid.ts";

export function ExportSettings({ grid, partLabel }: { grid: ExportGrid; partLabel: (part: Part) => string }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const ids = useId();
  const { year, part, form } = grid;
  const { measure, currency, unit } = form.values;
  const [yearText, setYearText] = useState(String(year));
  const periodError = form.error("periodEnd");

  return (
    <section className="card entry__settings" aria-labelledby={`${ids}-settings`}>
      <h2 className="card__title" id={`${ids}-settings`}>
        {t("exports.entry.settings")}
      </h2>
      <div className="entry__fields">
        <div className="field entry__field--year">
          <label className="field__label" htmlFor={`${ids}-year`}>
            {t("exports.entry.year")}
          </label>
          <input
            id={`${ids}-year`}
            className="input"
            inputMode="numeric"
            value={yearText}
            onChange={(e) => {
              const text = e.target.value.trim();
              setYearText(text);
              // A whole year typed switches the table at once; a half-typed one waits.
              const y = Number(text);
              if (/^\d{4}$/.test(text) && y >= 1990 && y <= 2100 && y !== year && !grid.changePeriod({ year: y })) setYearText(String(year));
            }}
            onBlur={() => setYearText(String(year))}
            onKeyDown={(e) => {
              if (e.key === "Enter") e.preventDefault();
            }}
            aria-describedby={`${ids}-year-hint`}
          />
          <p className="field__hint" id={`${ids}-year-hint`}>
            {t("exports.entry.yearHint")}
          </p>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${ids}-part`}>
            {t("exports.entry.period")}
          </label>
          <select id={`${ids}-part`} className="input select" value={part} onChange={(e) => grid.changePeriod({ part: e.target.value as Part })}>
            {PARTS.map((p) => (
              <option key={p} value={p}>
                {partLabel(p)}
              </option>
            ))}
          </select>
          <p className="field__hint">
            {format.date(grid.start)} – {format.date(grid.end)}
          </p>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${ids}-measure`}>
            {t("exports.entry.measure")}
          </label>
          <select id={`${ids}-measure`} className="input select" value={measure} onChange={(e) => form.set("measure", e.target.value as Measure)}>
            <option value="value">{t("exports.entry.measureValue")}</option>
            <option value="volume">{t("exports.entry.measureVolume")}</option>
          </select>
        </div>
        {measure === "value" ? (
          <TextField
            label={t("exports.entry.currency")}
            className="entry__field--short"
            value={currency}
            maxLength={3}
            autoCapitalize="characters"
            onChange={(e) => form.set("currency", e.target.value.toUpperCase())}
            error={form.error("currency")}
          />
        ) : (
          <TextField
            label={t("exports.entry.unit")}
            className="entry__field--short"
            value={unit}
            maxLength={50}
            onChange={(e) => form.set("unit", e.target.value)}
            error={form.error("unit")}
          />
        )}
      </div>
      {periodError && <p className="field__error">{periodError[0]}</p>}
    </section>
  );
}
