// «Отчёт»: the periodic report for leadership (issue 15). The page is the printable
// version (print CSS leaves only the report; the browser's «Печать → PDF» makes the PDF),
// and the DOCX is the same report as a Word file from /api/report.docx.
import "./reports-page.css";
import type { ReactNode } from "react";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { dayParts, makeDay, type CalendarDay } from "@atlas/shared/calendar-day";
import { reportPeriodKinds, type TReport, type TReportPeriod } from "@atlas/shared/report";
import { trpc } from "../../../lib/trpc.ts";
import { useFormat } from "../../../lib/format.ts";
import { useHomeToday } from "../../../lib/home-today.ts";
import { errorText } from "../../../lib/errors.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { useCountryOptions, useSectorOptions } from "../../../entities/options/reference-options.ts";
import { PageHeader } from "../../../ui/page-header.tsx";
import { Select } from "../../../ui/select.tsx";
import { Button, buttonClass } from "../../../ui/button.tsx";
import { ErrorState } from "../../../ui/states.tsx";
import { LoadingBlock } from "../../../ui/spinner.tsx";
import { periodsBegun, reportDocxUrl, reportInputOf, type TReportSearch } from "../hooks/report-search.ts";
import "../texts.ts";

const route = getRouteApi("/app/reports");
const quarterNumerals = ["I", "II", "III", "IV"];

export function ReportsPage(): ReactNode {
  const { t } = useTranslation();
  useDocumentTitle(t("reports.title"));
  const search = route.useSearch();
  const navigate = useNavigate({ from: "/reports" });
  const today = useHomeToday();
  const input = reportInputOf(search, today);
  const report = useQuery(trpc.report.get.queryOptions(input));
  const countries = useCountryOptions();
  const sectors = useSectorOptions();
  const set = (next: Partial<TReportSearch>) => void navigate({ search: { ...search, ...next } });

  return (
    <div className="page report-page">
      <PageHeader
        title={t("reports.title")}
        intro={t("reports.intro")}
        actions={
          <>
            <a className={buttonClass("primary")} href={reportDocxUrl(input)} download>
              {t("reports.download")}
            </a>
            <Button onClick={() => window.print()}>{t("reports.print")}</Button>
          </>
        }
      />
      <p className="report-page__hint">{t("reports.printHint")}</p>
      <PeriodControls
        period={input.period}
        today={today}
        onChange={(period) =>
          set({
            kind: period.kind,
            year: String(period.year),
            n: String(period.number),
          })
        }
        extra={
          <>
            <Select
              label={t("reports.country")}
              name="country"
              value={search.country ?? ""}
              placeholder={t("reports.any")}
              options={(countries.data ?? []).map((c) => ({
                value: c.code,
                label: c.name,
              }))}
              onChange={(e) => set({ country: e.target.value || undefined })}
            />
            <Select
              label={t("reports.sector")}
              name="sector"
              value={search.sector ?? ""}
              placeholder={t("reports.any")}
              options={(sectors.data?.items ?? []).map((s) => ({
                value: s.id,
                label: s.name,
              }))}
              onChange={(e) => set({ sector: e.target.value || undefined })}
            />
          </>
        }
      />
      {report.isError ? (
        <ErrorState message={errorText(report.error)} onRetry={() => void report.refetch()} />
      ) : report.data ? (
        <ReportBody report={report.data} today={today} />
      ) : (
        <LoadingBlock />
      )}
    </div>
  );
}

/** Kind, year and month or quarter as selects: a period is named, never typed as days, so no time zone can shift it. */
function PeriodControls({
  period,
  today,
  onChange,
  extra,
}: {
  period: TReportPeriod;
  today: CalendarDay;
  onChange: (period: TReportPeriod) => void;
  extra: ReactNode;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const thisYear = dayParts(today)!.year;
  const years = Array.from({ length: 10 }, (_, i) => thisYear - i);
  const count = periodsBegun(period.kind, period.year, today);
  const numbers = Array.from({ length: count }, (_, i) => i + 1);
  const monthName = (month: number) =>
    new Intl.DateTimeFormat(format.locale, {
      timeZone: "UTC",
      month: "long",
    }).format(new Date(makeDay(2000, month, 1)));
  const change = (next: Partial<TReportPeriod>) => {
    const merged = { ...period, ...next };
    onChange({
      ...merged,
      number: Math.min(merged.number, periodsBegun(merged.kind, merged.year, today)),
    });
  };
  return (
    <fieldset className="report-controls">
      <legend className="visually-hidden">{t("reports.controls")}</legend>
      <Select
        label={t("reports.kind")}
        name="kind"
        value={period.kind}
        options={reportPeriodKinds.map((kind) => ({
          value: kind,
          label: t(`reports.kinds.${kind}`),
        }))}
        onChange={(e) => change({ kind: e.target.value as TReportPeriod["kind"], number: 1 })}
      />
      <Select
        label={t("reports.year")}
        name="year"
        value={String(period.year)}
        options={years.map((year) => ({
          value: String(year),
          label: String(year),
        }))}
        onChange={(e) => change({ year: Number(e.target.value) })}
      />
      {period.kind !== "YEAR" && (
        <Select
          label={period.kind === "MONTH" ? t("reports.month") : t("reports.quarter")}
          name="number"
          value={String(period.number)}
          options={numbers.map((n) => ({
            value: String(n),
            label:
              period.kind === "MONTH"
                ? monthName(n)
                : t("reports.quarterName", {
                    numeral: quarterNumerals[n - 1],
                    number: n,
                  }),
          }))}
          onChange={(e) => change({ number: Number(e.target.value) })}
        />
      )}
      {extra}
    </fieldset>
  );
}

type Cell = string | number;

/** Non-breaking spaces after a number («1 июля», «2026 г.»), as the DOCX has them. */
const keepTogether = (text: string) => text.replace(/(\d) (?=\S)/g, "$1\u00a0").replace(/ г\./g, "\u00a0г.");

function ReportBody({ report, today }: { report: TReport; today: CalendarDay }) {
  const { t } = useTranslation();
  const format = useFormat();
  // Tables are numbered in the order they appear, as in the DOCX.
  let tableNumber = 0;
  const next = () => ++tableNumber;
  // A number never parts from its month or «г.» at a line break (Russian typography).
  const day = (d: CalendarDay) => keepTogether(format.date(d));
  const span = ({ from, to }: { from: CalendarDay; to: CalendarDay }) =>
    keepTogether(from.slice(0, 4) === to.slice(0, 4) ? `${format.dayAndMonth(from)} – ${format.date(to)}` : `${format.date(from)} – ${format.date(to)}`);
  const change = (current: number, previous: number) => {
    if (previous === 0) return "—";
    const percent = Math.round(((current - previous) / previous) * 100);
    return `${percent > 0 ? "+" : percent < 0 ? "−" : ""}${format.number(Math.abs(percent))}\u00a0%`;
  };
  const money = (value: string | null, currency: string | null) =>
    value === null ? "—" : `${format.number(Number(value))}${currency ? `\u00a0${currency}` : ""}`;
  const { period, compared, keyFigures } = report;
  const monthName = new Intl.DateTimeFormat(format.locale, {
    timeZone: "UTC",
    month: "long",
  }).format(new Date(makeDay(2000, period.number, 1)));
  const narrowed = [...report.filterNames.countries, ...report.filterNames.partners, ...report.filterNames.sectors];
  const elapsed = span(report.elapsed);
  const previous = span(report.previous);

  return (
    <article className="report" aria-labelledby="report-heading">
      <h2 className="report__heading" id="report-heading">
        {t("reports.heading", {
          region: report.regionName ?? t("reports.regionUnknown"),
        })}{" "}
        {t(`reports.headingPeriod.${period.kind}`, {
          year: period.year,
          number: period.number,
          numeral: quarterNumerals[period.number - 1],
          month: monthName,
        })}
      </h2>
      <p className="report__span">{span(report.span)}</p>
      {narrowed.length > 0 && <p>{t("reports.narrowedTo", { what: narrowed.join(", ") })}</p>}
      <p>{report.complete ? t("reports.comparedWhole", { previous }) : t("reports.comparedElapsed", { elapsed, previous })}</p>

      <h3 className="report__section">{t("reports.sections.main")}</h3>
      <ReportTable
        number={next()}
        title={t("reports.tables.compared")}
        header={[t("reports.columns.figure"), elapsed, previous, t("reports.columns.change")]}
        rows={(["meetings", "agreementsSigned", "events"] as const).map((key) => [
          t(`reports.figures.${key}`),
          compared[key].current,
          compared[key].previous,
          change(compared[key].current, compared[key].previous),
        ])}
      />
      <ReportTable
        number={next()}
        title={t("reports.tables.today", { day: day(today) })}
        header={[t("reports.columns.figure"), t("reports.columns.value")]}
        rows={[
          [t("reports.figures.activePartners"), keyFigures.activePartners],
          [t("reports.figures.meetingsYearToDate"), keyFigures.meetingsYearToDate],
          [t("reports.figures.eventsNext90Days"), keyFigures.eventsNext90Days],
          [t("reports.figures.overdueFollowUps"), keyFigures.overdueFollowUps],
          ...Object.entries(keyFigures.agreementsByStage)
            .filter(([, count]) => count > 0)
            .map(([stage, count]): Cell[] => [
              t("reports.figures.stage", {
                stage: t(`enums.agreementStage.${stage as keyof typeof keyFigures.agreementsByStage}`),
              }),
              count,
            ]),
        ]}
      />

      <h3 className="report__section">{t("reports.sections.activity")}</h3>
      <ActivityBreakdown number={next()} title={t("reports.tables.byCountry")} firstColumn={t("reports.columns.country")} rows={report.byCountry} />
      <ActivityBreakdown number={next()} title={t("reports.tables.bySector")} firstColumn={t("reports.columns.sector")} rows={report.bySector} />

      <h3 className="report__section">{t("reports.sections.agreements")}</h3>
      <ReportTable
        number={next()}
        title={t("reports.tables.stageMoves")}
        header={[t("reports.columns.agreement"), t("reports.columns.date"), t("reports.columns.was"), t("reports.columns.became")]}
        rows={report.stageMoves.map((move) => [
          `«${move.title}»`,
          format.preciseDate(move.changedAt, move.datePrecision),
          move.fromStage ? t(`enums.agreementStage.${move.fromStage}`) : "—",
          t(`enums.agreementStage.${move.toStage}`),
        ])}
      />

      <h3 className="report__section">{t("reports.sections.exports")}</h3>
      <ReportTable
        number={next()}
        title={t("reports.tables.exportsByCategory")}
        header={[t("reports.columns.category"), t("reports.columns.amount"), t("reports.columns.volume")]}
        rows={report.exports.byCategory.map((row) => [
          row.name,
          money(row.value, row.currency),
          row.volume === null ? "—" : `${format.number(Number(row.volume))}${row.unit ? `\u00a0${row.unit}` : ""}`,
        ])}
      />
      <ReportTable
        number={next()}
        title={t("reports.tables.exportsByDestination")}
        header={[t("reports.columns.destination"), t("reports.columns.amount")]}
        rows={report.exports.byDestination.map((row) => [row.name, money(row.value, row.currency)])}
      />

      <h3 className="report__section">{t("reports.sections.upcoming")}</h3>
      <ReportTable
        number={next()}
        title={t("reports.tables.upcoming", { day: day(today) })}
        header={[t("reports.columns.event"), t("reports.columns.dates"), t("reports.columns.place")]}
        rows={report.upcomingEvents.map((event) => [`«${event.title}»`, format.span(event.startsAt, event.endsAt, event.datePrecision), event.place ?? "—"])}
      />
      <ReportTable
        number={next()}
        title={t("reports.tables.overdue")}
        header={[t("reports.columns.task"), t("reports.columns.due"), t("reports.columns.owner")]}
        rows={report.overdueFollowUps.map((task) => [task.title, day(task.dueDate), task.ownerName ?? "—"])}
      />
    </article>
  );
}

function ReportTable({ number, title, header, rows }: { number: number; title: string; header: string[]; rows: Cell[][] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="report-table">
      <table className="table">
        <caption>{t("reports.tableCaption", { number, title })}</caption>
        <thead>
          <tr>
            {header.map((text) => (
              <th key={text} scope="col">
                {text}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={header.length} className="cell--primary">
                {t("reports.none")}
              </td>
            </tr>
          ) : (
            rows.map((row, i) => (
              <tr key={i}>
                {row.map((value, j) => (
                  // On phones each row is a card and each cell says its column (data-label, app.css).
                  <td key={j} data-label={header[j]} className={j === 0 ? "cell--primary" : typeof value === "number" ? "num" : undefined}>
                    {typeof value === "number" ? format.number(value) : value}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

type ActivityRow = { name: string; interactions: number; agreements: number; events: number };

/** Activity by country or by sector: the table of meetings, agreements and events (rows with none left out), then the meetings as bars. */
function ActivityBreakdown({ number, title, firstColumn, rows }: { number: number; title: string; firstColumn: string; rows: ActivityRow[] }) {
  const { t } = useTranslation();
  const active = rows.filter((row) => row.interactions + row.agreements + row.events > 0);
  return (
    <>
      <ReportTable
        number={number}
        title={title}
        header={[firstColumn, t("reports.columns.meetings"), t("reports.columns.agreements"), t("reports.columns.events")]}
        rows={active.map((row) => [row.name, row.interactions, row.agreements, row.events])}
      />
      <Bars what={title.toLowerCase()} rows={active.map((row) => ({ name: row.name, value: row.interactions }))} />
    </>
  );
}

/** A bar chart in plain boxes: it prints (print-color-adjust) and needs no chart library on this page. */
function Bars({ what, rows }: { what: string; rows: { name: string; value: number }[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const top = rows.slice(0, 12);
  const max = Math.max(1, ...top.map((row) => row.value));
  if (top.length === 0) return null;
  return (
    <figure className="report-bars">
      <figcaption>{t("reports.chart", { what })}</figcaption>
      {top.map((row) => (
        <div key={row.name} className="report-bars__row">
          <span className="report-bars__name">{row.name}</span>
          <span className="report-bars__track" aria-hidden="true">
            <span className="report-bars__bar" style={{ width: `${(row.value / max) * 100}%` }} />
          </span>
          <span className="report-bars__value">{format.number(row.value)}</span>
        </div>
      ))}
    </figure>
  );
}
