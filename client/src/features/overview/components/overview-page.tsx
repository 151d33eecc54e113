// "Обзор": where an official or analyst starts the day. Key figures, what is coming,
// and what needs attention, all under the shared dashboard filter in the URL.
import "./overview-page.css";
import { lazy, Suspense, type ReactNode } from "react";
import { getRouteApi, Link, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useTermLabel } from "../../../lib/vocabularies.ts";
import { agreementStages } from "@atlas/shared/enums";
import { dayParts, dayToUtcDate, isCalendarDay, type CalendarDay, type TDatePrecision } from "@atlas/shared/calendar-day";
import { useFormat } from "../../../lib/format.ts";
import { useHomeToday } from "../../../lib/home-today.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { useSectorOptions } from "../../../entities/options/reference-options.ts";
import type { TDashboardSearch } from "../../../lib/dashboard-search.ts";
import { PageHeader } from "../../../ui/page-header.tsx";
import { DashboardFilterBar } from "../../../ui/dashboard-filter-bar.tsx";
import { EmptyState, ErrorState } from "../../../ui/states.tsx";
import { Icon } from "../../../ui/icons.tsx";
import { ButtonLink } from "../../../ui/list-page/button-link.tsx";
import { QueryErrorState } from "../../../ui/list-page/query-table.tsx";
import {
  COMING_DAYS,
  EXPIRING_DAYS,
  NO_CONTACT_MONTHS,
  useComingUp,
  useOverviewSignals,
  useOverviewSummary,
  type DashboardSignals,
  type DashboardSummary,
  type TimelineItem,
} from "../hooks/overview-queries.ts";
import { RecentActivity } from "./recent-activity.tsx";
import "../texts.ts";

const route = getRouteApi("/app/");

// recharts comes in its own chunk, fetched when the overview first shows the charts.
const OverviewCharts = lazy(() => import("../../../entities/charts/components/overview-charts.tsx").then((m) => ({ default: m.OverviewCharts })));

/** How many rows each list shows before "and N more". */
const LIST_LIMIT = 6;

export function OverviewPage(): ReactNode {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate({ from: "/" });
  useDocumentTitle(t("overview.title"));

  const summary = useOverviewSummary(search);
  const signals = useOverviewSignals(search);
  const coming = useComingUp(search);
  const sectors = useSectorOptions();

  const setSearch = (next: TDashboardSearch) => void navigate({ search: next });
  const countries = (summary.data?.byCountry ?? []).filter((c) => c.countryIsoCode).map((c) => ({ code: c.countryIsoCode as string, name: c.name }));

  return (
    <div className="page">
      <PageHeader
        title={t("overview.title")}
        intro={t("overview.intro")}
        actions={
          <ButtonLink to="/map" search={search} variant="secondary" icon="map">
            {t("overview.openMap")}
          </ButtonLink>
        }
      />
      <DashboardFilterBar search={search} onChange={setSearch} sectors={sectors.data?.items} countries={countries} periodHint={t("overview.periodHint")} />

      <section className="section" aria-labelledby="key-figures">
        <h2 className="section__title" id="key-figures">
          {t("overview.keyFigures.title")}
        </h2>
        {summary.isError && !summary.data ? <QueryErrorState query={summary} /> : <KeyFigures summary={summary.data} stale={summary.isPlaceholderData} />}
      </section>

      <Suspense fallback={<div style={{ minHeight: 400 }} aria-busy="true" />}>
        <OverviewCharts search={search} />
      </Suspense>

      <div className="overview-columns">
        <section className="card overview-card" aria-labelledby="coming-up">
          <h2 className="card__title" id="coming-up">
            <Icon name="calendar" />
            {t("overview.coming.title")}
          </h2>
          <p className="overview-card__intro">{t("overview.coming.subtitle", { days: COMING_DAYS })}</p>
          {coming.isError && !coming.data ? (
            <ErrorState message={t("errors.load")} onRetry={() => void coming.refetch()} />
          ) : coming.isPending ? (
            <ListSkeleton />
          ) : coming.data.length === 0 ? (
            <EmptyState icon="folder" title={t("overview.coming.empty")} />
          ) : (
            <ComingList items={coming.data} />
          )}
        </section>

        <section className="card overview-card" aria-labelledby="signals">
          <h2 className="card__title" id="signals">
            <Icon name="bell" />
            {t("overview.signals.title")}
          </h2>
          <p className="overview-card__intro">{t("overview.signals.subtitle")}</p>
          {signals.isError && !signals.data ? (
            <ErrorState message={t("errors.load")} onRetry={() => void signals.refetch()} />
          ) : signals.isPending ? (
            <ListSkeleton />
          ) : (
            <Signals signals={signals.data} />
          )}
        </section>
      </div>

      {/* Comes with the summary: when that fails, the key figures above say so and offer the retry. */}
      {!(summary.isError && !summary.data) && (
        <section className="card overview-card overview-recent" aria-labelledby="recent-activity">
          <h2 className="card__title" id="recent-activity">
            <Icon name="refresh" />
            {t("overview.recent.title")}
          </h2>
          <p className="overview-card__intro">{t("overview.recent.subtitle")}</p>
          {!summary.data ? (
            <ListSkeleton />
          ) : (
            <div className={summary.isPlaceholderData ? "results--stale" : undefined}>
              {/* `?? []`: a server from before this block sends none. */}
              <RecentActivity items={summary.data.recentActivity ?? []} />
            </div>
          )}
        </section>
      )}
    </div>
  );
}

function KeyFigures({ summary, stale }: { summary: DashboardSummary | undefined; stale: boolean }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  // "This year" is the home region's year (the server counts meetings by it too).
  const today = useHomeToday();
  if (!summary) {
    return (
      <div className="figures" aria-busy="true">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="figure figure--loading">
            <span className="skeleton__line" />
            <span className="skeleton__line skeleton__line--wide" />
          </div>
        ))}
        <span className="visually-hidden">{t("common.loading")}</span>
      </div>
    );
  }
  const k = summary.keyFigures;
  const change = k.meetingsYearToDate - k.meetingsLastYearToDate;
  const stages = agreementStages.filter((s) => k.agreementsByStage[s] > 0);
  const maxStage = Math.max(1, ...stages.map((s) => k.agreementsByStage[s]));
  const totalAgreements = agreementStages.reduce((sum, s) => sum + k.agreementsByStage[s], 0);
  const year = dayParts(today)!.year;

  return (
    <div className={`figures-wrap${stale ? " results--stale" : ""}`}>
      <dl className="figures">
        <div className="figure">
          <dt className="figure__label">{t("overview.keyFigures.activePartners")}</dt>
          <dd className="figure__value" data-figure="activePartners">
            {format.number(k.activePartners)}
          </dd>
          <dd className="figure__note">{t("overview.keyFigures.activePartnersNote")}</dd>
        </div>
        <div className="figure">
          <dt className="figure__label">{t("overview.keyFigures.meetings", { year })}</dt>
          <dd className="figure__value" data-figure="meetingsYearToDate">
            {format.number(k.meetingsYearToDate)}
          </dd>
          <dd className={`figure__note${change > 0 ? " figure__note--up" : change < 0 ? " figure__note--down" : ""}`}>
            {t("overview.keyFigures.lastYear", {
              year: year - 1,
              to: format.dayAndMonth(k.lastYearToDate.to),
              count: k.meetingsLastYearToDate,
              formatted: format.number(k.meetingsLastYearToDate),
            })}
          </dd>
        </div>
        <div className="figure">
          <dt className="figure__label">{t("overview.keyFigures.events90")}</dt>
          <dd className="figure__value" data-figure="eventsNext90Days">
            {format.number(k.eventsNext90Days)}
          </dd>
          <dd className="figure__note">{t("overview.keyFigures.events90Note")}</dd>
        </div>
        <div className={`figure${k.overdueFollowUps > 0 ? " figure--alert" : ""}`}>
          <dt className="figure__label">{t("overview.keyFigures.overdue")}</dt>
          <dd className="figure__value" data-figure="overdueFollowUps">
            {format.number(k.overdueFollowUps)}
          </dd>
          <dd className="figure__note">{k.overdueFollowUps > 0 ? t("overview.keyFigures.overdueNote") : t("overview.keyFigures.overdueNone")}</dd>
        </div>
      </dl>

      <div className="card stage-card">
        <h3 className="card__title">
          {t("overview.keyFigures.agreements")}
          <span className="count-pill">{format.number(totalAgreements)}</span>
        </h3>
        {stages.length === 0 ? (
          <p className="muted">{t("overview.keyFigures.noAgreements")}</p>
        ) : (
          <table className="stage-bars">
            <caption className="visually-hidden">{t("overview.keyFigures.agreements")}</caption>
            <tbody>
              {stages.map((stage) => (
                <tr key={stage}>
                  <th scope="row" className="stage-bars__label">
                    {t(`enums.agreementStage.${stage}`)}
                  </th>
                  <td className="stage-bars__bar" aria-hidden="true">
                    <span
                      className={`stage-bars__fill stage-bars__fill--${stage.toLowerCase()}`}
                      style={{ width: `${(k.agreementsByStage[stage] / maxStage) * 100}%` }}
                    />
                  </td>
                  <td className="stage-bars__value">{format.number(k.agreementsByStage[stage])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}

function PartnerLinks({ partners }: { partners: Array<{ id: string; name: string }> }): ReactNode {
  return partners.map((p, i) => (
    <span key={p.id}>
      {i > 0 && ", "}
      <Link to="/partners/$partnerId" params={{ partnerId: p.id }} className="quiet-link">
        {p.name}
      </Link>
    </span>
  ));
}

function ComingList({ items }: { items: TimelineItem[] }): ReactNode {
  const { t } = useTranslation();
  const eventKind = useTermLabel("eventKind");
  const shown = items.slice(0, LIST_LIMIT * 2);
  const thisYear = dayParts(useHomeToday())!.year;
  return (
    <>
      <ol className="agenda">
        {shown.map((item) => (
          <li key={item.id} className="agenda__item">
            <AgendaDate day={item.date} precision={item.datePrecision ?? "DAY"} thisYear={thisYear} />
            <div className="agenda__body">
              {/* A tour is listed stop by stop: the stop's place leads, the tour's name follows. */}
              <p className="agenda__title">{item.kind === "tourStop" ? item.place : item.title}</p>
              {item.kind === "tourStop" && <p className="agenda__sub">{item.title}</p>}
              <p className="agenda__meta">
                <span className={`tag tag--${item.kind === "tourStop" ? "tour" : "event"}`}>
                  {item.kind === "tourStop" ? t("overview.coming.tourStop") : item.kind === "event" ? eventKind(item.subtype) : null}
                </span>
                {item.kind !== "tourStop" && "place" in item && item.place && (
                  <span className="with-icon">
                    <Icon name="pin" size={14} />
                    {item.place}
                  </span>
                )}
                {item.partners.length > 0 && (
                  <span>
                    <PartnerLinks partners={item.partners} />
                  </span>
                )}
              </p>
            </div>
          </li>
        ))}
      </ol>
      {items.length > shown.length && <p className="muted small">{t("overview.more", { count: items.length - shown.length })}</p>}
    </>
  );
}

/**
 * The agenda's date block: day and month for a day; for a date known only to its month,
 * quarter or year the period itself («декабрь 2024 г.»), never a day number it does not
 * have; «дата неизвестна» for a tour stop without a date.
 */
function AgendaDate({ day, precision, thisYear }: { day: CalendarDay | null; precision: TDatePrecision; thisYear: number }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  if (!day || !isCalendarDay(day)) {
    return (
      <span className="agenda__date agenda__date--vague">
        <span className="agenda__period">{t("overview.coming.dateUnknown")}</span>
      </span>
    );
  }
  if (precision === "MONTH" || precision === "QUARTER" || precision === "YEAR") {
    return (
      <time
        className="agenda__date agenda__date--vague"
        dateTime={precision === "MONTH" ? day.slice(0, 7) : precision === "YEAR" ? day.slice(0, 4) : undefined}
      >
        <span className="agenda__period">{format.preciseDate(day, precision)}</span>
      </time>
    );
  }
  // Formatted at the day's UTC midnight, so the viewer's time zone cannot move it.
  const at = dayToUtcDate(day);
  const { year } = dayParts(day)!;
  return (
    <time className="agenda__date" dateTime={day} title={format.preciseDate(day, precision)}>
      <span className="agenda__day">
        {precision === "APPROXIMATE" && "≈ "}
        {new Intl.DateTimeFormat(format.locale, { day: "numeric", timeZone: "UTC" }).format(at)}
      </span>
      <span className="agenda__month">{new Intl.DateTimeFormat(format.locale, { month: "short", timeZone: "UTC" }).format(at)}</span>
      {year !== thisYear && <span className="agenda__year">{year}</span>}
    </time>
  );
}

function Signals({ signals }: { signals: DashboardSignals }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const { noContactPartners, expiringAgreements, overduePlanItems } = signals;
  if (noContactPartners.length + expiringAgreements.length + overduePlanItems.length === 0) {
    return <EmptyState icon="folder" title={t("overview.signals.empty")} />;
  }
  return (
    <div className="signals">
      <SignalGroup title={t("overview.signals.noContact", { months: NO_CONTACT_MONTHS })} count={noContactPartners.length} tone="amber">
        {noContactPartners.slice(0, LIST_LIMIT).map((p) => (
          <li key={p.partnerId}>
            <Link to="/partners/$partnerId" params={{ partnerId: p.partnerId }} className="quiet-link">
              {p.name}
            </Link>
            <span className="muted small">
              {p.lastContactAt
                ? t("overview.signals.lastContact", { date: format.preciseDate(p.lastContactAt, p.lastContactPrecision ?? "DAY") })
                : t("overview.signals.neverContacted")}
            </span>
          </li>
        ))}
      </SignalGroup>
      <SignalGroup title={t("overview.signals.expiring", { days: EXPIRING_DAYS })} count={expiringAgreements.length} tone="red">
        {expiringAgreements.slice(0, LIST_LIMIT).map((a) => (
          <li key={a.agreementId}>
            <span>{a.title}</span>
            <span className="muted small">
              {t("overview.signals.expiresOn", { date: format.date(a.expiresAt) })}
              {a.partners.length > 0 && " · "}
              <PartnerLinks partners={a.partners} />
            </span>
          </li>
        ))}
      </SignalGroup>
      <SignalGroup title={t("overview.signals.overduePlan")} count={overduePlanItems.length} tone="red">
        {overduePlanItems.slice(0, LIST_LIMIT).map((item) => (
          <li key={item.id}>
            <span>{item.title}</span>
            <span className="muted small">
              {t("overview.signals.dueOn", { date: format.date(item.dueDate) })} · {item.agreement.title}
            </span>
          </li>
        ))}
      </SignalGroup>
    </div>
  );
}

function SignalGroup({ title, count, tone, children }: { title: string; count: number; tone: "amber" | "red"; children: ReactNode }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  if (count === 0) return null;
  return (
    <div className="signal-group">
      <h3 className="signal-group__title">
        <span>{title}</span>
        <span className={`badge badge--${tone}`}>{format.number(count)}</span>
      </h3>
      <ul className="signal-group__list">{children}</ul>
      {count > LIST_LIMIT && <p className="muted small">{t("overview.more", { count: count - LIST_LIMIT })}</p>}
    </div>
  );
}

function ListSkeleton(): ReactNode {
  const { t } = useTranslation();
  return (
    <div className="list-skeleton" aria-busy="true">
      {[0, 1, 2, 3].map((i) => (
        <span key={i} className="skeleton__line skeleton__line--wide" />
      ))}
      <span className="visually-hidden">{t("common.loading")}</span>
    </div>
  );
}
