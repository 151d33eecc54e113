// "Экспорт": what the region sells to whom, period by period. The list sorts and
// filters on the server; the chart above it follows the same filter.
import { lazy, Suspense, type ReactNode } from "react";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useUrlSearch } from "../../../ui/list-page/use-url-search.ts";
import { dayParts, isCalendarDay, periodOf, type CalendarDay } from "@atlas/shared/calendar-day";
import { useFormat } from "../../../lib/format.ts";
import { useHasRole } from "../../../lib/session.ts";
import type { Column } from "../../../ui/table.tsx";
import { useColumnVisibility } from "../../../ui/column-picker.tsx";
import { FilterForm, FilterResetButton, FilterSelect, PeriodFilter } from "../../../ui/list-page/filter-fields.tsx";
import { useListRows } from "../../../entities/list-page/list-results.tsx";
import { RegisterHeader, RegisterResults, urlView } from "../../../entities/list-page/register-page.tsx";
import { exportListInput, exportChartFilter, exportSortParams, hasExportFilter, type TExportSearch, type TExportSortField } from "../hooks/export-search.ts";
import { useDestinationOptions, useExportCategories, useExportFigureList, type ExportFigureItem } from "../hooks/export-queries.ts";
import { ExportFactsSection } from "./export-facts-section.tsx";
import "./exports.css";
import { exportsRegister } from "../register.ts";

const route = getRouteApi("/app/exports");

// recharts comes in its own chunk, after the list.
const ExportChart = lazy(() => import("../../../entities/charts/components/export-chart.tsx").then((m) => ({ default: m.ExportChart })));

export function ExportsPage(): ReactNode {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [search, setSearch] = useUrlSearch(route);
  const canEdit = useHasRole("EDITOR");

  const list = useExportFigureList(search);
  const { total } = useListRows(list);

  const money = (value: string, currency: string | null) => {
    try {
      return currency
        ? new Intl.NumberFormat(format.locale, { style: "currency", currency, maximumFractionDigits: 2 }).format(value as unknown as number)
        : new Intl.NumberFormat(format.locale, { maximumFractionDigits: 2 }).format(value as unknown as number);
    } catch {
      return `${value} ${currency ?? ""}`;
    }
  };
  const amount = (value: string) => new Intl.NumberFormat(format.locale, { maximumFractionDigits: 3 }).format(value as unknown as number);

  const columns: Array<Column<ExportFigureItem, TExportSortField>> = [
    {
      key: "period",
      header: t("exports.columns.period"),
      sortKey: "periodStart",
      hideable: false,
      cell: (f) => <Period start={f.periodStart} end={f.periodEnd} />,
    },
    {
      key: "category",
      header: t("exports.columns.category"),
      primary: true,
      hideable: false,
      cell: (f) => <span className="cell-strong">{f.category.name}</span>,
    },
    {
      key: "destination",
      header: t("exports.columns.destination"),
      cell: (f) => (
        <Link to="/partners/$partnerId" params={{ partnerId: f.destination.id }} className="quiet-link">
          {f.destination.name}
        </Link>
      ),
    },
    {
      key: "value",
      header: t("exports.columns.value"),
      sortKey: "value",
      align: "end",
      cell: (f) => (f.value ? <span className="num-cell">{money(f.value, f.currency)}</span> : <span className="muted">{t("common.none")}</span>),
    },
    {
      key: "volume",
      header: t("exports.columns.volume"),
      align: "end",
      cell: (f) =>
        f.volume ? (
          <span className="num-cell">
            {amount(f.volume)} {f.unit}
          </span>
        ) : (
          <span className="muted">{t("common.none")}</span>
        ),
    },
    {
      key: "updatedAt",
      header: t("exports.columns.updatedAt"),
      defaultHidden: true,
      cell: (f) => <time dateTime={f.updatedAt}>{format.dateTime(f.updatedAt)}</time>,
    },
  ];
  const { visible, picker } = useColumnVisibility("exports", columns);

  return (
    <div className="page">
      <RegisterHeader register={exportsRegister} total={total} />

      <ExportFilterBar search={search} onChange={setSearch} language={i18n.language} />

      <Suspense fallback={<div className="card chart-placeholder" aria-busy="true" />}>
        <ExportChart filter={exportChartFilter(search)} categoryIds={search.category} />
      </Suspense>

      {/* Few and in words, so above the long table of figures, where they are seen. */}
      <ExportFactsSection search={search} canEdit={canEdit} />

      <section className="section" aria-labelledby="export-figures">
        <div className="section__header">
          <h2 className="section__title" id="export-figures">
            {t("exports.listTitle")}
          </h2>
          {picker}
        </div>
        <RegisterResults
          register={exportsRegister}
          as="div"
          list={list}
          columns={visible}
          input={exportListInput(search)}
          {...urlView(search, setSearch, exportSortParams, hasExportFilter)}
        />
      </section>
    </div>
  );
}

/** "I кв. 2025" for a calendar quarter, "2025" for a year, the month for a month, days otherwise. */
function Period({ start: s, end: e }: { start: CalendarDay; end: CalendarDay }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  if (!isCalendarDay(s) || !isCalendarDay(e)) return null;
  // Calendar days: the period is recognised from the day strings, with no time zone involved.
  const { year: y, month: m, day: d } = dayParts(s)!;
  const whole = (precision: "MONTH" | "QUARTER" | "YEAR") => {
    const p = periodOf(s, precision);
    return d === 1 && p.first === s && p.last === e;
  };
  let label: string;
  if (whole("YEAR")) label = String(y);
  else if (whole("QUARTER") && (m - 1) % 3 === 0) label = t("charts.quarter", { year: y, quarter: ["I", "II", "III", "IV"][(m - 1) / 3], n: (m - 1) / 3 + 1 });
  else if (whole("MONTH")) label = format.preciseDate(s, "MONTH");
  else label = `${format.shortDate(s)} – ${format.shortDate(e)}`;
  return (
    <time dateTime={s} title={`${format.date(s)} – ${format.date(e)}`}>
      {label}
    </time>
  );
}

function ExportFilterBar({ search, onChange, language }: { search: TExportSearch; onChange: (next: TExportSearch) => void; language: string }): ReactNode {
  const { t } = useTranslation();
  const categories = useExportCategories();
  const destinations = useDestinationOptions();
  const update = (patch: Partial<TExportSearch>) => onChange({ ...search, ...patch });
  const categoryOptions = (categories.data?.items ?? []).map((c) => ({ value: c.id, label: language === "en" && c.nameEn ? c.nameEn : c.name }));
  const destinationOptions = (destinations.data?.items ?? []).filter((p) => !p.isHome).map((p) => ({ value: p.id, label: p.name }));
  return (
    <FilterForm label={t("exports.filter.label")}>
      <FilterSelect
        name="category"
        label={t("exports.filter.category")}
        value={search.category}
        onChange={(category) => update({ category })}
        anyLabel={t("exports.filter.anyCategory")}
        options={categoryOptions}
      />
      <FilterSelect
        name="dest"
        label={t("exports.filter.destination")}
        value={search.dest}
        onChange={(dest) => update({ dest })}
        anyLabel={t("exports.filter.anyDestination")}
        options={destinationOptions}
      />
      <PeriodFilter
        legend={t("exports.filter.period")}
        fromLabel={t("exports.filter.from")}
        toLabel={t("exports.filter.to")}
        from={search.from}
        to={search.to}
        onChange={(end, day) => update({ [end]: day })}
        hint={t("exports.filter.periodHint")}
      />
      {/* The README promises every page obeys the filter bar: here it says which filter does not apply, and why. */}
      <p className="field__hint filter-bar__note">{t("exports.filter.noSector")}</p>
      {hasExportFilter(search) && (
        <FilterResetButton onClick={() => onChange({ sort: search.sort, dir: search.dir })}>{t("exports.filter.reset")}</FilterResetButton>
      )}
    </FilterForm>
  );
}
