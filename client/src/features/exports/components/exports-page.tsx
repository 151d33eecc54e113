// "Экспорт": what the region sells to whom, period by period. The list sorts and
// filters on the server; the chart above it follows the same filter.
import { lazy, Suspense, useId, type ReactNode } from "react";
import { getRouteApi, Link, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { dayParts, isCalendarDay, periodOf, type CalendarDay } from "@atlas/shared/calendar-day";
import { useFormat } from "../../../lib/format.ts";
import { DayField } from "../../../ui/day-field.tsx";
import { useHasRole } from "../../../lib/session.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { PageHeader } from "../../../ui/page-header.tsx";
import type { Column } from "../../../ui/table.tsx";
import { useColumnVisibility } from "../../../ui/column-picker.tsx";
import { Button, buttonClass } from "../../../ui/button.tsx";
import { Icon } from "../../../ui/icons.tsx";
import { ListEmptyState, ListResults, ListTotal, useListRows } from "../../../entities/list-page/list-results.tsx";
import { exportListInput, exportChartFilter, exportSortParams, hasExportFilter, type TExportSearch, type TExportSortField } from "../hooks/export-search.ts";
import { useDestinationOptions, useExportCategories, useExportFigureList, type ExportFigureItem } from "../hooks/export-queries.ts";
import { ExportFactsSection } from "./export-facts-section.tsx";
import "./exports.css";

const route = getRouteApi("/app/exports");

// recharts comes in its own chunk, after the list.
const ExportChart = lazy(() => import("../../../entities/charts/components/export-chart.tsx").then((m) => ({ default: m.ExportChart })));

export function ExportsPage(): ReactNode {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const search = route.useSearch();
  const navigate = useNavigate({ from: "/exports" });
  const canEdit = useHasRole("EDITOR");
  useDocumentTitle(t("exports.title"));

  const list = useExportFigureList(search);
  const { total } = useListRows(list);
  const sort = exportSortParams.current(search);
  const setSearch = (next: TExportSearch) => void navigate({ search: next });

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
      cell: (f) => <time dateTime={new Date(f.updatedAt).toISOString()}>{format.dateTime(f.updatedAt)}</time>,
    },
  ];
  const { visible, picker } = useColumnVisibility("exports", columns);

  return (
    <div className="page">
      <PageHeader
        title={t("exports.title")}
        intro={t("exports.intro")}
        meta={<ListTotal total={total} label={(count, formatted) => t("exports.total", { count, formatted })} />}
        actions={
          canEdit ? (
            <Link to="/exports/entry" className={buttonClass("primary")}>
              <Icon name="plus" />
              <span>{t("exports.enter")}</span>
            </Link>
          ) : null
        }
      />

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
        <ListResults
          download={{ list: "export-figures", input: exportListInput(search) }}
          as="div"
          list={list}
          caption={t("exports.caption")}
          columns={visible}
          rowKey={(f) => f.id}
          sort={{ key: sort.field, direction: sort.direction }}
          sortLabel={(header) => t("exports.sortBy", { column: header })}
          onSort={(next) => setSearch(exportSortParams.clicked(search, next))}
          empty={
            <ListEmptyState
              filtered={hasExportFilter(search)}
              filteredTitle={t("exports.emptyFiltered.title")}
              filteredText={t("exports.emptyFiltered.text")}
              resetLabel={t("exports.filter.reset")}
              onReset={() => setSearch({ sort: search.sort, dir: search.dir })}
              title={t("exports.empty.title")}
              text={t("exports.empty.text")}
              action={
                canEdit ? (
                  <Link to="/exports/entry" className={buttonClass("primary")}>
                    {t("exports.enter")}
                  </Link>
                ) : null
              }
            />
          }
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
  const ids = useId();
  const categories = useExportCategories();
  const destinations = useDestinationOptions();
  const update = (patch: Partial<TExportSearch>) => onChange({ ...search, ...patch });
  const destinationOptions = (destinations.data?.items ?? []).filter((p) => !p.isHome);
  // A day typed as дд.мм.гггг changes the period; an empty field clears that end; text
  // that is not a day leaves the filter alone (the field says what is wrong).
  const setDay = (end: "from" | "to", value: CalendarDay | string | null) => {
    if (value === null) update({ [end]: undefined });
    else if (isCalendarDay(value)) update({ [end]: value });
  };
  return (
    <form className="filter-bar" role="search" aria-label={t("exports.filter.label")} onSubmit={(e) => e.preventDefault()}>
      <div className="filter-bar__field filter-bar__field--select">
        <label className="field__label" htmlFor={`${ids}-category`}>
          {t("exports.filter.category")}
        </label>
        <select
          id={`${ids}-category`}
          name="category"
          className="input select"
          value={search.category?.[0] ?? ""}
          onChange={(e) => update({ category: e.target.value ? [e.target.value] : undefined })}
        >
          <option value="">{t("exports.filter.anyCategory")}</option>
          {(categories.data?.items ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {language === "en" && c.nameEn ? c.nameEn : c.name}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-bar__field filter-bar__field--select">
        <label className="field__label" htmlFor={`${ids}-dest`}>
          {t("exports.filter.destination")}
        </label>
        <select
          id={`${ids}-dest`}
          name="dest"
          className="input select"
          value={search.dest?.[0] ?? ""}
          onChange={(e) => update({ dest: e.target.value ? [e.target.value] : undefined })}
        >
          <option value="">{t("exports.filter.anyDestination")}</option>
          {destinationOptions.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="filter-bar__field filter-bar__period">
        <legend className="field__label">{t("exports.filter.period")}</legend>
        <div className="filter-bar__dates">
          <DayField
            label={<span className="visually-hidden">{t("exports.filter.from")}</span>}
            hint=""
            name="from"
            value={search.from ?? null}
            onChange={(value) => setDay("from", value)}
          />
          <span aria-hidden="true">–</span>
          <DayField
            label={<span className="visually-hidden">{t("exports.filter.to")}</span>}
            hint=""
            name="to"
            value={search.to ?? null}
            onChange={(value) => setDay("to", value)}
          />
        </div>
        <p className="field__hint">{t("exports.filter.periodHint")}</p>
      </fieldset>
      {/* The README promises every page obeys the filter bar: here it says which filter does not apply, and why. */}
      <p className="field__hint filter-bar__note">{t("exports.filter.noSector")}</p>
      {hasExportFilter(search) && (
        <div className="filter-bar__field filter-bar__field--end">
          <Button variant="ghost" onClick={() => onChange({ sort: search.sort, dir: search.dir })}>
            {t("exports.filter.reset")}
          </Button>
        </div>
      )}
    </form>
  );
}
