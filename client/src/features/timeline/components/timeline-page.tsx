// "Хронология": past contacts, agreement stage changes and planned events and tours on
// one axis around today, under the dashboard filter shared with Overview and Map. The
// axis draws the server's summary of the window (counts per week or month, and the items
// that matter), so it reads the same at any volume; on a phone it stands upright. Below
// it, the list shows one month at a time. Zoom, pan and the list's month are in the URL,
// so Back steps through views and a copied link opens the same one.
import { useState, useSyncExternalStore, type ReactNode } from "react";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { addDays, daysBetween, type CalendarDay } from "@atlas/shared/calendar-day";
import { useFormat } from "../../../lib/format.ts";
import { useHomeToday } from "../../../lib/home-today.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { DashboardFilterBarWithOptions } from "../../../entities/list-page/dashboard-filter.tsx";
import { hasDashboardFilter, type TDashboardSearch } from "../../../lib/dashboard-search.ts";
import { PageHeader } from "../../../ui/page-header.tsx";
import { EmptyState } from "../../../ui/states.tsx";
import { LoadingBlock, Spinner } from "../../../ui/spinner.tsx";
import { Alert } from "../../../ui/alert.tsx";
import { Button } from "../../../ui/button.tsx";
import { ButtonLink } from "../../../ui/list-page/button-link.tsx";
import { QueryErrorState } from "../../../ui/list-page/query-table.tsx";
import { useTimelineSummary } from "../hooks/timeline-queries.ts";
import { dashboardPart, DEFAULT_ZOOM, monthOf, nextZoom, panStep, viewOf, zooms, type TTimelineSearch, type TZoom } from "../hooks/timeline-search.ts";
import { TimelineAxis, type AxisControls } from "./timeline-axis.tsx";
import { TimelineColumn } from "./timeline-column.tsx";
import { TimelineMonth } from "./timeline-month.tsx";
import "./timeline.css";
import "../texts.ts";

const route = getRouteApi("/app/timeline");

/** Phones get the upright axis (below 640 px the horizontal one would be unreadable). */
const PHONE = "(max-width: 639.98px)";
function useIsPhone(): boolean {
  // Without matchMedia (a test's DOM) the page is a wide one.
  const media = typeof window.matchMedia === "function";
  return useSyncExternalStore(
    (notify) => {
      if (!media) return () => {};
      const query = window.matchMedia(PHONE);
      query.addEventListener("change", notify);
      return () => query.removeEventListener("change", notify);
    },
    () => media && window.matchMedia(PHONE).matches,
    () => false,
  );
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
  const phone = useIsPhone();

  const summary = useTimelineSummary(search, today);
  const view = viewOf(search);
  const filterPart = dashboardPart(search);
  const data = summary.data;

  // The list's month: the URL's; else a period's first month (it is read from its start);
  // else today's, or the panned window's middle when today is out of it.
  const month =
    search.month ??
    (view.kind === "period"
      ? monthOf(search.from ?? data?.from ?? today)
      : view.at && data && (today < data.from || today > data.to)
        ? monthOf(view.at)
        : monthOf(today));

  const go = (next: TTimelineSearch, replace = false) => void navigate({ search: next, replace });
  // A period typed in the filter bar replaces the zoom; other filter changes keep the view.
  const setFilter = (next: TDashboardSearch) => go(next.from || next.to ? next : { ...next, zoom: search.zoom, at: search.at, month: search.month });
  const setZoom = (zoom: TZoom, at?: CalendarDay, listMonth?: string) => {
    const { from: _from, to: _to, ...rest } = filterPart;
    go({
      ...rest,
      zoom: zoom === DEFAULT_ZOOM ? undefined : zoom,
      at: zoom === "all" || !at || at === today ? undefined : at,
      month: listMonth ?? search.month,
    });
  };
  const zoomNow: TZoom = view.kind === "zoom" ? view.zoom : "1y";
  // In a period from the filter bar, panning and zooming start from its middle.
  const anchor: CalendarDay = view.kind === "zoom" ? (view.at ?? today) : data ? addDays(data.from, Math.floor(daysBetween(data.from, data.to) / 2)) : today;
  const controls: AxisControls = {
    pan: (days) => {
      if (zoomNow === "all") return;
      const at = addDays(anchor, days);
      setZoom(zoomNow, at, monthOf(at));
    },
    zoom: (direction) => {
      const next = nextZoom(zoomNow, direction);
      if (next) setZoom(next, anchor);
    },
    home: () => setZoom(zoomNow === "all" ? DEFAULT_ZOOM : zoomNow, today, monthOf(today)),
    // A cell: a closer look around it, and its month in the list.
    open: (start, end) => {
      const middle = addDays(start, Math.floor(daysBetween(start, end) / 2));
      setZoom(zoomNow === "3m" ? "3m" : (nextZoom(zoomNow, -1) ?? "3m"), middle, monthOf(middle));
    },
  };
  const setMonth = (next: string) => go({ ...search, month: next === monthOf(today) ? undefined : next });

  const failed = summary.isError && !data;
  const stale = summary.isPlaceholderData;
  const total = data ? data.lanes.reduce((sum, lane) => sum + lane.total, 0) : 0;
  const todayVisible = data !== undefined && today >= data.from && today <= data.to;
  const windowText = data ? t("timeline.window", { from: format.date(data.from), to: format.date(data.to) }) : "";

  const filterBar = <DashboardFilterBarWithOptions search={filterPart} onChange={setFilter} periodHint={t("timeline.periodHint")} />;

  return (
    <div className="page">
      <PageHeader
        title={t("timeline.title")}
        intro={t("timeline.intro")}
        actions={
          <>
            <ButtonLink to="/" search={filterPart} variant="secondary" icon="overview">
              {t("timeline.openOverview")}
            </ButtonLink>
            <ButtonLink to="/map" search={filterPart} variant="secondary" icon="map">
              {t("timeline.openMap")}
            </ButtonLink>
          </>
        }
      />
      {phone ? (
        // On a phone the filter folds away (open when one is set): unfolded it would fill the first screen.
        <details className="tl-filter" open={hasDashboardFilter(filterPart) || undefined}>
          <summary className="tl-filter__summary">{t("timeline.filterSummary")}</summary>
          {filterBar}
        </details>
      ) : (
        filterBar
      )}

      <div className="tl-toolbar">
        <div className="tl-zoom" role="group" aria-label={t("timeline.zoom.label")}>
          {zooms.map((zoom) => {
            const active = view.kind === "zoom" && view.zoom === zoom;
            return (
              <button
                key={zoom}
                type="button"
                className={`tl-zoom__button${active ? " tl-zoom__button--active" : ""}`}
                aria-pressed={active}
                onClick={() => setZoom(zoom, view.kind === "zoom" ? (view.at ?? undefined) : undefined)}
              >
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
        <div className="tl-pan" role="group" aria-label={t("timeline.pan.label")}>
          <button
            type="button"
            className="tl-zoom__button"
            onClick={() => controls.pan(-panStep(zoomNow, anchor))}
            disabled={zoomNow === "all"}
            aria-label={t("timeline.pan.back")}
          >
            ←
          </button>
          <button type="button" className="tl-zoom__button" onClick={controls.home} disabled={view.kind === "zoom" && view.at === null && view.zoom !== "all"}>
            {t("timeline.today")}
          </button>
          <button
            type="button"
            className="tl-zoom__button"
            onClick={() => controls.pan(panStep(zoomNow, anchor))}
            disabled={zoomNow === "all"}
            aria-label={t("timeline.pan.ahead")}
          >
            →
          </button>
        </div>
        <p className="tl-toolbar__status" aria-live="polite">
          {data && (
            <span>
              {windowText}
              {" · "}
              {t("timeline.count", { count: total, formatted: format.number(total) })}
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
        <QueryErrorState query={summary} />
      ) : !data ? (
        <LoadingBlock label={t("timeline.loading")} />
      ) : total === 0 ? (
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
          <section className="card tl-axis-card" aria-labelledby="tl-axis-title">
            <div className="tl-axis-card__header">
              <h2 className="section__title" id="tl-axis-title">
                {t("timeline.axisTitle")}
              </h2>
              <p className="muted small">{todayVisible ? t(phone ? "timeline.columnNote" : "timeline.axisNote") : t("timeline.todayOutside")}</p>
            </div>
            {data.truncated && <Alert tone="info">{t("timeline.marksTruncated")}</Alert>}
            {phone ? (
              <TimelineColumn summary={data} today={today} onOpen={(start) => setMonth(monthOf(start))} />
            ) : (
              <TimelineAxis summary={data} today={today} controls={controls} />
            )}
            {!phone && (
              <ul className="tl-legend" aria-label={t("timeline.legend.title")}>
                {(["count", "contact", "visit", "stage", "signed", "event", "tour", "planned", "cancelled"] as const).map((key) => (
                  <li key={key}>
                    <span className={`tl-legend__swatch tl-legend__swatch--${key}`} aria-hidden="true" />
                    {t(`timeline.legend.${key}`)}
                  </li>
                ))}
              </ul>
            )}
          </section>

          <TimelineMonth search={search} month={month} today={today} todayMonth={monthOf(today)} onMonth={setMonth} phone={phone} />
        </div>
      )}
    </div>
  );
}
