// "Проекты": joint projects with their partner, stage and site, sorted on the server.
import { useId, useMemo, type ReactNode } from "react";
import { getRouteApi, Link, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { projectStages, type TProjectStage } from "@atlas/shared/enums";
import { useFormat } from "../../../lib/format.ts";
import { useHasRole } from "../../../lib/session.ts";
import { isNetworkError } from "../../../lib/errors.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { PageHeader } from "../../../ui/page-header.tsx";
import { Table, type Column } from "../../../ui/table.tsx";
import { useColumnVisibility } from "../../../ui/column-picker.tsx";
import { DashboardFilterBar } from "../../../ui/dashboard-filter-bar.tsx";
import { useCountryOptions } from "../../../lib/country-options.ts";
import { useSectorOptions } from "../../../lib/reference-queries.ts";
import { EmptyState, ErrorState } from "../../../ui/states.tsx";
import { Button, buttonClass } from "../../../ui/button.tsx";
import { Icon } from "../../../ui/icons.tsx";
import { Spinner } from "../../../ui/spinner.tsx";
import { defaultDirection, hasActiveFilter, parseProjectSearch, projectSort, withDashboard, withSort, type TProjectSearch, type TProjectSortField } from "../hooks/project-search.ts";
import { useProjectList, type ProjectListItem } from "../hooks/project-queries.ts";
import { ProjectStageBadge } from "./project-stage-badge.tsx";
import "../projects.css";

const route = getRouteApi("/app/projects");

export function ProjectsPage(): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const search = route.useSearch();
  const navigate = useNavigate({ from: "/projects" });
  const canEdit = useHasRole("EDITOR");
  const ids = useId();
  useDocumentTitle(t("projects.title"));

  const list = useProjectList(search);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const total = list.data?.pages[0]?.total ?? null;
  const sort = projectSort(search);
  const filtered = hasActiveFilter(search);
  const setSearch = (next: TProjectSearch) => void navigate({ search: parseProjectSearch(next as Record<string, unknown>) });
  const sectors = useSectorOptions();
  const countries = useCountryOptions();

  const columns = useMemo<Array<Column<ProjectListItem, TProjectSortField>>>(
    () => [
      {
        key: "title",
        header: t("projects.columns.title"),
        sortKey: "title",
        primary: true,
        hideable: false,
        width: "30%",
        cell: (p) => (
          <Link to="/projects/$projectId" params={{ projectId: p.id }} className="cell-title__link">
            {p.title}
          </Link>
        ),
      },
      {
        key: "partner",
        header: t("projects.columns.partner"),
        cell: (p) => (
          <Link to="/partners/$partnerId" params={{ partnerId: p.partner.id }} className="quiet-link">
            {p.partner.name}
          </Link>
        ),
      },
      { key: "stage", header: t("projects.columns.stage"), sortKey: "stage", cell: (p) => <ProjectStageBadge stage={p.stage} /> },
      {
        key: "site",
        header: t("projects.columns.site"),
        cell: (p) => {
          const chosen = p.sites.find((s) => s.status === "CHOSEN");
          if (chosen) return <span className="with-icon"><Icon name="pin" size={14} />{chosen.name}</span>;
          const candidates = p.sites.filter((s) => s.status === "CANDIDATE").length;
          return candidates ? t("projects.candidates", { count: candidates }) : <span className="muted">{t("common.none")}</span>;
        },
      },
      { key: "sector", header: t("projects.columns.sector"), cell: (p) => p.sector?.name ?? <span className="muted">{t("common.none")}</span> },
      {
        key: "updatedAt",
        header: t("projects.columns.updatedAt"),
        sortKey: "updatedAt",
        cell: (p) => <time dateTime={new Date(p.updatedAt).toISOString()}>{format.dateTime(p.updatedAt)}</time>,
      },
    ],
    [t, format],
  );
  const { visible, picker } = useColumnVisibility("projects", columns);

  const addLink = canEdit ? (
    <Link to="/projects/new" className={buttonClass("primary")}>
      <Icon name="plus" />
      <span>{t("projects.add")}</span>
    </Link>
  ) : null;

  return (
    <div className="page">
      <PageHeader
        title={t("projects.title")}
        intro={t("projects.intro")}
        meta={total !== null ? <span className="count">{t("projects.total", { count: total, formatted: format.number(total) })}</span> : null}
        actions={addLink}
      />

      <DashboardFilterBar
        search={search}
        onChange={(next) => setSearch(withDashboard(search, next))}
        sectors={sectors.data?.items}
        countries={countries.data}
        periodHint={t("projects.periodHint")}
      />

      <div className="projects-toolbar">
        <div className="filter-bar__field filter-bar__field--select">
          <label className="field__label" htmlFor={`${ids}-stage`}>
            {t("projects.columns.stage")}
          </label>
          <select
            id={`${ids}-stage`}
            className="input select"
            value={search.stage?.[0] ?? ""}
            onChange={(e) => setSearch({ ...search, stage: e.target.value ? [e.target.value as TProjectStage] : undefined })}
          >
            <option value="">{t("projects.anyStage")}</option>
            {projectStages.map((s) => (
              <option key={s} value={s}>
                {t(`enums.projectStage.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="projects-toolbar__end">{picker}</div>
      </div>

      {list.isError && !list.data ? (
        <ErrorState message={isNetworkError(list.error) ? t("errors.network") : t("errors.load")} onRetry={() => void list.refetch()} />
      ) : (
        <section className={`results${list.isPlaceholderData ? " results--stale" : ""}`} aria-busy={list.isFetching || undefined}>
          <Table
            caption={t("projects.caption")}
            columns={visible}
            rows={rows}
            rowKey={(p) => p.id}
            loading={list.isPending}
            sort={{ key: sort.field, direction: sort.direction }}
            sortLabel={(header) => t("projects.sortBy", { column: header })}
            onSort={(next) => setSearch(withSort(search, next.key, next.key === sort.field ? next.direction : defaultDirection(next.key)))}
            empty={
              filtered ? (
                <EmptyState
                  title={t("projects.emptyFiltered.title")}
                  text={t("projects.emptyFiltered.text")}
                  action={
                    <Button onClick={() => setSearch({ sort: search.sort, dir: search.dir })}>{t("projects.resetFilter")}</Button>
                  }
                />
              ) : (
                <EmptyState icon="folder" title={t("projects.empty.title")} text={t("projects.empty.text")} action={addLink} />
              )
            }
          />
          {rows.length > 0 && total !== null && (
            <div className="results__footer">
              <p className="results__count" aria-live="polite">
                {t("common.shown", { shown: format.number(rows.length), total: format.number(total) })}
              </p>
              {list.hasNextPage && (
                <Button onClick={() => void list.fetchNextPage()} busy={list.isFetchingNextPage}>
                  {list.isFetchingNextPage ? t("common.loadingMore") : t("common.loadMore")}
                </Button>
              )}
              {list.isFetching && !list.isFetchingNextPage && <Spinner size="sm" label={t("common.loading")} />}
            </div>
          )}
          {list.isError && list.data && <ErrorState message={t("errors.load")} onRetry={() => void list.refetch()} />}
        </section>
      )}
    </div>
  );
}
