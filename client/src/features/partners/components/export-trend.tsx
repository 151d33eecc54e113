// Exports to the partner by year: a small table with the change from the year before
// and an inline SVG sparkline (no chart library: the partner page stays light).
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { TDossierExportYear } from "@atlas/shared/partner";
import { useFormat } from "../../../lib/format.ts";
import type { PartnerDossierQuery } from "../hooks/partner-queries.ts";
import { ExportFactText } from "../../../ui/export-fact-text.tsx";
import { DossierBlock, ShownOf } from "./dossier-block.tsx";
import "../texts.ts";

/**
 * Export facts printed in the two-page briefing (the latest first); as every other list of
 * the dossier, the printed list stops at its first rows and says how many there are.
 */
const factsPrintLimit = 2;

/** A year is complete when its figures run from 1 January to 31 December. */
export function isCompleteYear(y: TDossierExportYear): boolean {
  // Calendar days ("2024-01-01"): compared as text, no date arithmetic and no time zone.
  return y.coveredFrom === `${y.year}-01-01` && y.coveredTo === `${y.year}-12-31`;
}

/**
 * Percent change from the previous year, only between two complete years in the same
 * currency (a part of a year against a whole one says nothing).
 */
export function yearChange(prev: TDossierExportYear | undefined, y: TDossierExportYear): number | null {
  if (!prev || prev.year !== y.year - 1 || !isCompleteYear(prev) || !isCompleteYear(y)) return null;
  if (prev.value === null || y.value === null || prev.currency !== y.currency) return null;
  const a = Number(prev.value);
  const b = Number(y.value);
  return a > 0 ? ((b - a) / a) * 100 : null;
}

function Sparkline({ values, label }: { values: number[]; label: string }): ReactNode {
  if (values.length < 2) return null;
  const w = 160;
  const h = 40;
  const pad = 4;
  const max = Math.max(...values);
  const min = Math.min(...values, 0);
  const x = (i: number) => pad + (i * (w - 2 * pad)) / (values.length - 1);
  const y = (v: number) => h - pad - ((v - min) / (max - min || 1)) * (h - 2 * pad);
  const points = values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(" ");
  return (
    <svg className="sparkline" viewBox={`0 0 ${w} ${h}`} width={w} height={h} role="img" aria-label={label}>
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" strokeLinecap="round" />
      {values.map((v, i) => (
        <circle key={i} cx={x(i)} cy={y(v)} r="2.5" fill="currentColor" />
      ))}
    </svg>
  );
}

export function ExportsBlock({ query }: { query: PartnerDossierQuery }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (value: string | null, currency: string | null) => {
    if (value === null) return t("dossier.exports.mixed");
    try {
      return new Intl.NumberFormat(format.locale, { style: "currency", currency: currency ?? "USD", maximumFractionDigits: 0 }).format(Number(value));
    } catch {
      return `${format.number(Math.round(Number(value)))} ${currency ?? ""}`;
    }
  };
  const percent = new Intl.NumberFormat(format.locale, { maximumFractionDigits: 1, signDisplay: "exceptZero" });
  return (
    <DossierBlock
      id="dossier-exports"
      title={t("dossier.exports.title")}
      query={query}
      isEmpty={(d) => d.exports.byYear.length === 0 && d.exports.facts.total === 0}
      empty={t("dossier.exports.empty")}
      lines={3}
    >
      {(d) => {
        const years = d.exports.byYear;
        const complete = years.filter((y) => isCompleteYear(y) && y.value !== null);
        const facts = d.exports.facts;
        return (
          <div className="dossier-exports">
            {years.length > 0 && (
              <>
                <div className="dossier-exports__aside">
                  <Sparkline
                    values={complete.map((y) => Number(y.value))}
                    label={t("dossier.exports.trend", { from: complete[0]?.year, to: complete.at(-1)?.year })}
                  />
                  {d.exports.categories.length > 0 && (
                    <p className="dossier-item__meta">{t("dossier.exports.categories", { names: d.exports.categories.map((c) => c.name).join(", ") })}</p>
                  )}
                </div>
                <div className="table-wrap dossier-exports__table">
                  <table className="table">
                    <caption className="visually-hidden">{t("dossier.exports.caption")}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t("dossier.exports.year")}</th>
                        <th scope="col" className="num">
                          {t("dossier.exports.value")}
                        </th>
                        <th scope="col" className="num">
                          {t("dossier.exports.change")}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {years.map((y, i) => {
                        const change = yearChange(years[i - 1], y);
                        return (
                          <tr key={y.year}>
                            <th scope="row">
                              {y.year}
                              {!isCompleteYear(y) && (
                                <span className="dossier-exports__partial">
                                  {" "}
                                  {t("dossier.exports.partial", { from: format.shortDate(y.coveredFrom), to: format.shortDate(y.coveredTo) })}
                                </span>
                              )}
                            </th>
                            <td className="num">{money(y.value, y.currency)}</td>
                            <td className={`num ${change === null ? "" : change >= 0 ? "dossier-up" : "dossier-down"}`}>
                              {change === null ? t("common.none") : `${percent.format(change)} %`}
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </div>
              </>
            )}
            {facts.total > 0 && (
              <section className="dossier-exports__facts" aria-labelledby="dossier-export-facts">
                <h3 className="dossier-sub__title" id="dossier-export-facts">
                  {t("dossier.exports.factsTitle")}
                </h3>
                <ul className="export-fact-list" data-print-limit={factsPrintLimit}>
                  {facts.items.map((f) => (
                    <li key={f.id}>
                      {/* The partner is named when the fact is about one below this one (a region of the country). */}
                      <ExportFactText fact={f} showPartner={f.partner.id !== d.partnerId} />
                    </li>
                  ))}
                </ul>
                <ShownOf shown={facts.items.length} total={facts.total} printLimit={factsPrintLimit} />
              </section>
            )}
          </div>
        );
      }}
    </DossierBlock>
  );
}
