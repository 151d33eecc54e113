// The frame every chart sits in: title, controls, a "Chart / Table" switch (the table
// is the accessible form of the same numbers), and the loading, error and empty states.
import { useId, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { EmptyState, ErrorState } from "../../../ui/states.tsx";
import { useHomeToday } from "../../../lib/home-today.ts";
import { chartDownloadPath, type TDownloadChart } from "@atlas/shared/downloads";
import { useHasRole } from "../../../lib/session.ts";
import { DownloadDisclosure } from "../../downloads/download-menu.tsx";
import { chartSvgText, pngBlob, saveBlob, svgBlob } from "./chart-picture.ts";
import "./charts.css";

export type ChartStatus = "loading" | "error" | "empty" | "ready";

type ChartCardProps = {
  title: string;
  intro?: ReactNode;
  /** Switches that change what the chart shows (period step, grouping). */
  controls?: ReactNode;
  status: ChartStatus;
  onRetry?: () => void;
  emptyTitle: string;
  emptyText?: string;
  /** The previous data is shown while new data loads. */
  stale?: boolean;
  chart: () => ReactNode;
  table: () => ReactNode;
  /** Marks the card in tests and screenshots. */
  name: string;
  /** Taller charts (many series) ask for more room. */
  height?: number;
  /** The chart's table as a file from the server: which chart and the input its procedure gets now. */
  tableDownload?: { chart: TDownloadChart; input: object };
};

export function ChartCard({
  title,
  intro,
  controls,
  status,
  onRetry,
  emptyTitle,
  emptyText,
  stale,
  chart,
  table,
  name,
  height = 300,
  tableDownload,
}: ChartCardProps): ReactNode {
  const { t } = useTranslation();
  const [view, setView] = useState<"chart" | "table">("chart");
  const titleId = useId();
  const figureRef = useRef<HTMLElement>(null);
  const today = useHomeToday();
  // The server refuses table files below analyst anyway; the pictures are drawn here, for everyone.
  const canDownloadTable = useHasRole("ANALYST") && tableDownload !== undefined;
  const picture = () => {
    const svg = figureRef.current?.querySelector<SVGSVGElement>("svg.recharts-surface");
    return svg ? chartSvgText(svg, title) : null;
  };
  const saveSvg = () => {
    const drawn = picture();
    if (drawn) saveBlob(svgBlob(drawn.text), `${title} ${today}.svg`);
  };
  const savePng = async () => {
    const drawn = picture();
    if (drawn) saveBlob(await pngBlob(drawn), `${title} ${today}.png`);
  };
  return (
    <section
      className={`card chart-card${stale ? " chart-card--stale" : ""}`}
      aria-labelledby={titleId}
      data-chart={name}
      aria-busy={status === "loading" || undefined}
    >
      <div className="chart-card__head">
        <div className="chart-card__heading">
          <h2 className="chart-card__title" id={titleId}>
            {title}
          </h2>
          {intro && <p className="chart-card__intro">{intro}</p>}
        </div>
        {status === "ready" && (
          <div className="chart-card__view" role="group" aria-label={t("charts.view")}>
            <button type="button" className="chart-toggle" aria-pressed={view === "chart"} onClick={() => setView("chart")}>
              {t("charts.showChart")}
            </button>
            <button type="button" className="chart-toggle" aria-pressed={view === "table"} onClick={() => setView("table")}>
              {t("charts.showTable")}
            </button>
          </div>
        )}
        {status === "ready" && (view === "chart" || canDownloadTable) && (
          <DownloadDisclosure>
            {view === "chart" && (
              <>
                <button type="button" className="download-menu__item" onClick={() => void savePng()}>
                  {t("downloads.chartPng")}
                </button>
                <button type="button" className="download-menu__item" onClick={saveSvg}>
                  {t("downloads.chartSvg")}
                </button>
              </>
            )}
            {canDownloadTable && (
              <>
                <a className="download-menu__item" href={chartDownloadPath(tableDownload.chart, "csv", tableDownload.input)} download>
                  {t("downloads.chartCsv")}
                </a>
                <a className="download-menu__item" href={chartDownloadPath(tableDownload.chart, "xlsx", tableDownload.input)} download>
                  {t("downloads.chartXlsx")}
                </a>
              </>
            )}
          </DownloadDisclosure>
        )}
      </div>
      {controls && <div className="chart-card__controls">{controls}</div>}
      {status === "loading" ? (
        <div className="chart-card__skeleton" style={{ height }}>
          <span className="visually-hidden">{t("common.loading")}</span>
        </div>
      ) : status === "error" ? (
        <ErrorState message={t("errors.load")} onRetry={onRetry} />
      ) : status === "empty" ? (
        <EmptyState icon="folder" title={emptyTitle} text={emptyText} />
      ) : view === "table" ? (
        <div className="chart-card__table">{table()}</div>
      ) : (
        <figure className="chart-card__figure" style={{ minHeight: height }} ref={figureRef}>
          {chart()}
          <figcaption className="visually-hidden">{t("charts.tableHint")}</figcaption>
        </figure>
      )}
    </section>
  );
}

/** A plain data table with a caption; numbers align right. */
export function ChartTable({
  caption,
  head,
  rows,
  foot,
}: {
  caption: string;
  head: string[];
  rows: Array<{ key: string; cells: ReactNode[] }>;
  foot?: ReactNode[];
}): ReactNode {
  return (
    <div className="chart-table-wrap">
      <table className="chart-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {head.map((h, i) => (
              <th key={i} scope="col" className={i > 0 ? "num" : undefined}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              {r.cells.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={i} className="num">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
        {foot && (
          <tfoot>
            <tr>
              {foot.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={i} className="num">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

/** A small segmented switch (two or three options) for chart controls. */
export function Segmented<V extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: V;
  options: Array<{ value: V; label: string }>;
  onChange: (v: V) => void;
}): ReactNode {
  return (
    <div className="segmented" role="group" aria-label={label}>
      <span className="segmented__label" aria-hidden="true">
        {label}
      </span>
      {options.map((o) => (
        <button key={o.value} type="button" className="chart-toggle" aria-pressed={value === o.value} onClick={() => onChange(o.value)}>
          {o.label}
        </button>
      ))}
    </div>
  );
}
