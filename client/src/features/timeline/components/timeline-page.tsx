// "Хронология": past contacts, agreement stage changes and planned events and tours on
// one axis around today, under the dashboard filter shared with Overview and Map. The
// zoom (or the filter's period) is in the URL, so Back steps through views and a
// copied link opens the same one. The axis is drawn for wide screens; the list by
// month below it is the same content for keyboards, screen readers and phones.
import { useMemo, useState, type ReactNode } from "react";
import { getRouteApi, Link, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { maxOfDays, minOfDays, utcDateToDay } from "@atlas/shared/calendar-day";
import { useFormat } from "../../../lib/format.ts";
import { useHomeToday } from "../../../lib/home-today.ts";
import { isNetworkError } from "../../../lib/errors.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { useSectorOptions } from "../../../lib/reference-queries.ts";
import type { TDashboardSearch } from "../../../lib/dashboard-search.ts";
import { PageHeader } from "../../../ui/page-header.tsx";
import { DashboardFilterBar } from "../../../ui/dashboard-filter-bar.tsx";
import { EmptyState, ErrorState } from "../../../ui/states.tsx";
import { LoadingBlock, Spinner } from "../../../ui/spinner.tsx";
import { Alert } from "../../../ui/alert.tsx";
import { Button, buttonClass } from "../../../ui/button.tsx";
import { Icon } from "../../../ui/icons.tsx";
import { CONTACT_LIMIT, RECORD_LIMIT, useCountryOptions, useTimeline, type TimelineItem } from "../hooks/timeline-queries.ts";
import { dashboardPart, DEFAULT_ZOOM, viewOf, zooms, type TZoom } from "../hooks/timeline-search.ts";
import { TimelineAxis } from "./timeline-axis.tsx";
import { TimelineList } from "./timeline-list.tsx";
import { compareItems, dayEnd, dayStart, hasDate, periodOfItem } from "./item-dates.ts";
import "./timeline.css";

const route = getRouteApi("/app/timeline");

/** Dated items in order; undated tour stops after them (the list puts them with their tour). */
function merge(a: TimelineItem[], b: TimelineItem[]): TimelineItem[] {
  const all = [...a, ...b];
  return [...all.filter(hasDate).sort(compareItems), ...all.filter((i) => !hasDate(i))];
}

export function TimelinePage(): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const search = route.useSearch();
  const navigate = useNavigate({ from: "/timeline" });
  useDocumentTitle(t("timeline.title"));
  // One "today" per visit to the page (the home region's day): the window and the marker
  // agree, and the query key is stable.
  const homeDay = useHomeToday();
  const [today] = useState(homeDay);

  const { records, contacts } = useTimeline(search, today);
  const sectors = useSectorOptions();
  const countries = useCountryOptions();
  const view = viewOf(search);
  const filterPart = dashboardPart(search);

  // A period typed in the filter bar replaces the zoom; other filter changes keep it.
  const setFilter = (next: TDashboardSearch) => void navigate({ search: next.from || next.to ? next : { ...next, zoom: search.zoom } });
  const setZoom = (zoom: TZoom) => {
    const { from: _from, to: _to, ...rest } = filterPart;
    void navigate({ search: { ...rest, zoom: zoom === DEFAULT_ZOOM ? undefined : zoom } });
  };

  const items = useMemo(() => merge(records.data?.items ?? [], contacts.data?.items ?? []), [records.data, contacts.data]);
  const failed = (records.isError && !records.data) || (contacts.isError && !contacts.data);
  const loading = !failed && (!records.data || !contacts.data);
  const stale = records.isPlaceholderData || contacts.isPlaceholderData;

  // The axis spans the window asked for (whole days: from the first day's start to the
  // last day's end); "all time" spans the items and today.
  const allTime = view.kind === "zoom" && view.zoom === "all";
  const span = useMemo(() => {
    if (!records.data || !contacts.data) return null;
    const ends = [records.data, contacts.data];
    if (allTime) {
      // Contacts cut at the limit still count by month: their first month belongs on the axis.
      const firstMonth = contacts.data.truncated ? contacts.data.months?.[0]?.month : undefined;
      const dated = items.filter(hasDate);
      const firsts = [today, ...dated.map((i) => periodOfItem(i).first), ...(firstMonth ? [`${firstMonth}-01`] : [])];
      const lasts = [today, ...dated.map((i) => periodOfItem(i).last)];
      const min = dayStart(firsts.reduce(minOfDays)).getTime();
      const max = dayEnd(lasts.reduce(maxOfDays)).getTime();
      const pad = Math.max((max - min) * 0.02, 7 * 86_400_000);
      return { from: new Date(min - pad), to: new Date(max + pad), firstDay: null, lastDay: null };
    }
    const firstDay = ends.map((e) => e.from).reduce(minOfDays);
    const lastDay = ends.map((e) => e.to).reduce(maxOfDays);
    return { from: dayStart(firstDay), to: dayEnd(lastDay), firstDay, lastDay };
  }, [records.data, contacts.data, items, allTime, today]);
  const todayVisible = span !== null && dayStart(today) >= span.from && dayStart(today) < span.to;
  // The window in words: the days asked for, or (all time) the days the axis reaches.
  const windowText = span
    ? t("timeline.window", {
        from: format.date(span.firstDay ?? utcDateToDay(span.from)),
        to: format.date(span.lastDay ?? utcDateToDay(new Date(span.to.getTime() - 1))),
      })
    : "";

  return (
    <div className="page">
      <PageHeader
        title={t("timeline.title")}
        intro={t("timeline.intro")}
        actions={
          <>
            <Link to="/" search={filterPart} className={buttonClass("secondary")}>
              <Icon name="overview" />
              <span>{t("timeline.openOverview")}</span>
            </Link>
            <Link to="/map" search={filterPart} className={buttonClass("secondary")}>
              <Icon name="map" />
              <span>{t("timeline.openMap")}</span>
            </Link>
          </>
        }
      />
      <DashboardFilterBar search={filterPart} onChange={setFilter} sectors={sectors.data?.items} countries={countries.data} periodHint={t("timeline.periodHint")} />

      <div className="tl-toolbar">
        <div className="tl-zoom" role="group" aria-label={t("timeline.zoom.label")}>
          {zooms.map((zoom) => {
            const active = view.kind === "zoom" && view.zoom === zoom;
            return (
              <button key={zoom} type="button" className={`tl-zoom__button${active ? " tl-zoom__button--active" : ""}`} aria-pressed={active} onClick={() => setZoom(zoom)}>
                {t(`timeline.zoom.${zoom}`)}
              </button>
            );
          })}
          {view.kind === "period" && (
            <button type="button" className="tl-zoom__button tl-zoom__button--active" aria-pressed="true">
              {t("timeline.zoom.period")}
            </button>
          )}
        </div>
        <p className="tl-toolbar__status" aria-live="polite">
          {span && (
            <span>
              {windowText}
              {" · "}
              {t("timeline.count", { count: items.length, formatted: format.number(items.length) })}
            </span>
          )}
          {stale && (
            <span className="tl-toolbar__updating">
              <Spinner size="sm" /> {t("timeline.updating")}
            </span>
          )}
        </p>
      </div>

      {failed ? (
        <ErrorState
          message={isNetworkError(records.error ?? contacts.error) ? t("errors.network") : t("errors.load")}
          onRetry={() => {
            void records.refetch();
            void contacts.refetch();
          }}
        />
      ) : loading || !span ? (
        <LoadingBlock label={t("timeline.loading")} />
      ) : items.length === 0 ? (
        <EmptyState
          title={t("timeline.empty")}
          text={t("timeline.emptyText")}
          action={
            !(view.kind === "zoom" && view.zoom === "all") && (
              <Button variant="secondary" onClick={() => setZoom("all")}>
                {t("timeline.showAll")}
              </Button>
            )
          }
        />
      ) : (
        <div className={`tl-results${stale ? " results--stale" : ""}`} aria-busy={stale || undefined}>
          {contacts.data?.truncated && (
            <Alert tone="info">
              {t("timeline.contactsTruncated", { total: format.number(contacts.data.total), shown: format.number(CONTACT_LIMIT) })}
            </Alert>
          )}
          {records.data?.truncated && (
            <Alert tone="info">{t("timeline.recordsTruncated", { total: format.number(records.data.total), shown: format.number(RECORD_LIMIT) })}</Alert>
          )}

          <section className="card tl-axis-card" aria-labelledby="tl-axis-title">
            <div className="tl-axis-card__header">
              <h2 className="section__title" id="tl-axis-title">
                {t("timeline.axisTitle")}
              </h2>
              <p className="muted small">{todayVisible ? t("timeline.axisNote") : t("timeline.todayOutside")}</p>
            </div>
            <TimelineAxis
              items={items}
              from={span.from}
              to={span.to}
              today={today}
              contactMonths={contacts.data?.truncated ? contacts.data.months : null}
              contactTotal={contacts.data?.total}
            />
            <ul className="tl-legend" aria-label={t("timeline.legend.title")}>
              {(["contact", "visit", "stage", "signed", "event", "tour", "planned", "cancelled"] as const).map((key) => (
                <li key={key}>
                  <span className={`tl-legend__swatch tl-legend__swatch--${key}`} aria-hidden="true" />
                  {t(`timeline.legend.${key}`)}
                </li>
              ))}
            </ul>
          </section>

          <section className="card tl-list-card" aria-labelledby="tl-list-title">
            <h2 className="section__title" id="tl-list-title">
              {t("timeline.listTitle")}
            </h2>
            <TimelineList items={items} today={today} showToday={todayVisible} />
          </section>
        </div>
      )}
    </div>
  );
}
