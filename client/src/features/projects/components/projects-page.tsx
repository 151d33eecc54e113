// "Проекты": joint projects with their partner, stage and site, sorted on the server.
import { useId, useMemo, type ReactNode } from "react";
import { getRouteApi, Link, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { projectStages, type TProjectStage } from "@atlas/shared/enums";
import { useFormat } from "../../../lib/format.ts";
import { useHasRole } from "../../../lib/session.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { PageHeader } from "../../../ui/page-header.tsx";
import type { Column } from "../../../ui/table.tsx";
import { useColumnVisibility } from "../../../ui/column-picker.tsx";
import { DashboardFilterBar } from "../../../ui/dashboard-filter-bar.tsx";
import { useCountryOptions, useSectorOptions } from "../../../entities/options/reference-options.ts";
import { buttonClass } from "../../../ui/button.tsx";
import { Icon } from "../../../ui/icons.tsx";
import { ListEmptyState, ListResults, ListTotal, useListRows } from "../../../entities/list-page/list-results.tsx";
import { projectListInput, hasActiveFilter, projectSortParams, withDashboard, type TProjectSearch, type TProjectSortField } from "../hooks/project-search.ts";
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
  const { total } = useListRows(list);
  const sort = projectSortParams.current(search);
  const setSearch = (next: TProjectSearch) => void navigate({ search: next });
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
          if (chosen)
            return (
              <span className="with-icon">
                <Icon name="pin" size={14} />
                {chosen.name}
              </span>
            );
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
        meta={<ListTotal total={total} label={(count, formatted) => t("projects.total", { count, formatted })} />}
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

      <ListResults
        download={{ list: "projects", input: projectListInput(search) }}
        list={list}
        caption={t("projects.caption")}
        columns={visible}
        rowKey={(p) => p.id}
        sort={{ key: sort.field, direction: sort.direction }}
        sortLabel={(header) => t("projects.sortBy", { column: header })}
        onSort={(next) => setSearch(projectSortParams.clicked(search, next))}
        empty={
          <ListEmptyState
            filtered={hasActiveFilter(search)}
            filteredTitle={t("projects.emptyFiltered.title")}
            filteredText={t("projects.emptyFiltered.text")}
            resetLabel={t("projects.resetFilter")}
            onReset={() => setSearch({ sort: search.sort, dir: search.dir })}
            title={t("projects.empty.title")}
            text={t("projects.empty.text")}
            action={addLink}
          />
        }
      />
    </div>
  );
}
