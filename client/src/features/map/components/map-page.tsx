// "Карта": partner countries shaded by cooperation under the shared filter, regions,
// cities and organisations as points with lines from the home region, coming events.
// This module and Leaflet load only when the page is opened.
import { useMemo, useState, type FormEvent, type ReactNode } from "react";
import { getRouteApi, Link, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../lib/format.ts";
import { isNetworkError } from "../../../lib/errors.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { useSectorOptions } from "../../../entities/options/reference-options.ts";
import { dashboardFilter, type TDashboardSearch } from "../../../lib/dashboard-search.ts";
import { PageHeader } from "../../../ui/page-header.tsx";
import { DashboardFilterBar } from "../../../ui/dashboard-filter-bar.tsx";
import { ErrorState } from "../../../ui/states.tsx";
import { Spinner } from "../../../ui/spinner.tsx";
import { Icon } from "../../../ui/icons.tsx";
import { buttonClass } from "../../../ui/button.tsx";
import { TextField } from "../../../ui/text-field.tsx";
import { useHomeRegion, useMapConfig, useMapSummary, useUpcomingEvents, type PartnerActivity } from "../hooks/map-queries.ts";
import { PartnerMap } from "./partner-map.tsx";
import type { MapFocus, MapHome } from "./map-types.ts";
import { intensityColors } from "./map-shapes.ts";
import "./map.css";
import "../texts.ts";

const route = getRouteApi("/app/map");

export function MapPage(): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const search = route.useSearch();
  const navigate = useNavigate({ from: "/map" });
  useDocumentTitle(t("map.title"));

  const summary = useMapSummary(search);
  const events = useUpcomingEvents(search);
  const homeQuery = useHomeRegion();
  const config = useMapConfig();
  const sectors = useSectorOptions();

  const setSearch = (next: TDashboardSearch) => void navigate({ search: next });
  const countries = (summary.data?.byCountry ?? []).filter((c) => c.countryIsoCode).map((c) => ({ code: c.countryIsoCode as string, name: c.name }));

  const h = homeQuery.data;
  const home: MapHome =
    h && h.latitude !== null && h.longitude !== null ? { id: h.id, name: h.name, latitude: h.latitude, longitude: h.longitude, isoCode: h.isoCode } : null;
  const unplaced = (summary.data?.byPartner ?? []).filter((p) => p.level !== "COUNTRY" && (p.latitude === null || p.longitude === null)).length;
  const topCountries = (summary.data?.byCountry ?? [])
    .map((c) => ({ ...c, total: c.interactions + c.agreements + c.events }))
    .filter((c) => c.total > 0)
    .sort((a, b) => b.total - a.total)
    .slice(0, 10);
  // The map waits for its configuration and home region (both cached after the first visit), not for events.
  const ready = summary.data && !config.isPending && !homeQuery.isPending;
  const [focus, setFocus] = useState<MapFocus>(null);

  return (
    <div className="page">
      <PageHeader
        title={t("map.title")}
        actions={
          <Link to="/" search={search} className={buttonClass("secondary")}>
            <Icon name="overview" />
            <span>{t("map.openOverview")}</span>
          </Link>
        }
      />
      {/* The map is the first thing on the page: beside it on a wide screen the filter and the
          legend, below it on a narrow one. The filter stays first in the document, so the
          keyboard reaches it before the map's hundreds of points. */}
      <div className="map-layout">
        <div className="map-layout__filters">
          <DashboardFilterBar search={search} onChange={setSearch} sectors={sectors.data?.items} countries={countries} periodHint={t("map.periodHint")} />
        </div>
        {summary.isError && !summary.data ? (
          <div className="map-layout__map">
            <ErrorState message={isNetworkError(summary.error) ? t("errors.network") : t("errors.load")} onRetry={() => void summary.refetch()} />
          </div>
        ) : (
          <>
            <section className={`map-frame map-layout__map${summary.isPlaceholderData ? " results--stale" : ""}`} aria-busy={summary.isFetching || undefined}>
              {ready ? (
                <PartnerMap
                  focus={focus}
                  frameKey={summary.isPlaceholderData ? null : JSON.stringify(dashboardFilter(search))}
                  summary={summary.data}
                  home={home}
                  events={events.data ?? []}
                  tileUrl={config.data?.tileUrl ?? null}
                  attribution={config.data?.attribution ?? null}
                />
              ) : (
                <div className="map-frame__loading">
                  <Spinner label={t("map.loading")} />
                </div>
              )}
              {ready && summary.data.byPartner.length === 0 && <p className="map-frame__empty">{t("map.empty")}</p>}
            </section>
            <aside className={`map-legend map-layout__legend${summary.isPlaceholderData ? " results--stale" : ""}`} aria-labelledby="map-legend-title">
              <h2 className="map-legend__title" id="map-legend-title">
                {t("map.legend.title")}
              </h2>
              <p className="map-legend__intro">{t("map.intro")}</p>
              <p className="map-legend__label">{t("map.legend.intensity")}</p>
              <div className="map-legend__scale" aria-hidden="true">
                {intensityColors.map((c) => (
                  <span key={c} style={{ background: c }} />
                ))}
              </div>
              <div className="map-legend__ends">
                <span>{t("map.legend.none")}</span>
                <span>{t("map.legend.high")}</span>
              </div>
              <ul className="map-legend__list">
                <li>
                  <span className="map-legend__swatch map-legend__swatch--region" aria-hidden="true" />
                  {t("map.legend.region")}
                </li>
                <li>
                  <span className="map-legend__swatch map-legend__swatch--partner" aria-hidden="true" />
                  {t("map.legend.partner")}
                </li>
                <li>
                  <span className="map-legend__swatch map-legend__swatch--cluster" aria-hidden="true">
                    12
                  </span>
                  {t("map.clusterLegend")}
                </li>
                <li>
                  {/* The home region is a shape with its point on the map: both symbols. */}
                  <span className="map-legend__swatch map-legend__swatch--home-region" aria-hidden="true">
                    <span className="map-legend__swatch map-legend__swatch--home" />
                  </span>
                  {t("map.legend.home")}
                </li>
                <li>
                  <span className="map-legend__swatch map-legend__swatch--line" aria-hidden="true" />
                  {t("map.legend.line")}
                </li>
                <li>
                  <span className="map-legend__swatch map-legend__swatch--event" aria-hidden="true" />
                  {t("map.legend.event")}
                </li>
              </ul>
              {ready && <FindOnMap partners={summary.data.byPartner} onFind={(partnerId) => setFocus((f) => ({ partnerId, seq: (f?.seq ?? 0) + 1 }))} />}
              {unplaced > 0 && <p className="muted small">{t("map.noCoordinates", { count: unplaced, formatted: format.number(unplaced) })}</p>}
              {topCountries.length > 0 && (
                <table className="map-legend__table">
                  {/* The shading as text: for keyboards and screen readers, and for reading exact numbers. */}
                  <caption>{t("map.topCountries")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("dashboardFilter.country")}</th>
                      <th scope="col">{t("map.activity")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {topCountries.map((c) => (
                      <tr key={c.partnerId}>
                        <th scope="row">
                          <Link to="/partners/$partnerId" params={{ partnerId: c.partnerId }} className="quiet-link">
                            {c.name}
                          </Link>
                        </th>
                        <td>{format.number(c.total)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </aside>
          </>
        )}
      </div>
    </div>
  );
}

/**
 * "Найти на карте": a partner hidden in a cluster is one search away. The list offers
 * every name on the map; the map then opens the clusters around it and its popup.
 */
function FindOnMap({ partners, onFind }: { partners: PartnerActivity[]; onFind: (partnerId: string) => void }): ReactNode {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const onMap = useMemo(
    () => partners.filter((p) => p.level !== "COUNTRY" && p.latitude !== null && p.longitude !== null).sort((a, b) => a.name.localeCompare(b.name, "ru")),
    [partners],
  );
  const names = useMemo(() => [...new Set(onMap.map((p) => p.name))], [onMap]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const wanted = text.trim().toLocaleLowerCase("ru").replaceAll("ё", "е");
    if (!wanted) return setError(t("map.find.empty"));
    const norm = (name: string) => name.toLocaleLowerCase("ru").replaceAll("ё", "е");
    // The exact name first, else the first (busiest) partner whose name contains the text.
    const byActivity = [...onMap].sort((a, b) => b.interactions + b.agreements + b.events - (a.interactions + a.agreements + a.events));
    const match = byActivity.find((p) => norm(p.name) === wanted) ?? byActivity.find((p) => norm(p.name).includes(wanted));
    if (!match) return setError(t("map.find.notFound"));
    setError(null);
    onFind(match.partnerId);
  };

  return (
    <form className="map-find" onSubmit={submit} role="search" aria-label={t("map.find.label")}>
      <TextField
        label={t("map.find.label")}
        hint={t("map.find.hint")}
        error={error}
        value={text}
        list="map-find-names"
        autoComplete="off"
        onChange={(e) => {
          setText(e.target.value);
          if (error) setError(null);
        }}
        trailing={
          <button type="submit" className="input-group__button input-group__button--text">
            {t("map.find.submit")}
          </button>
        }
      />
      <datalist id="map-find-names">
        {names.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </form>
  );
}
