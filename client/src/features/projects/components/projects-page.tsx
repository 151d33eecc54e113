// "Проекты": joint projects with their partner, stage and site, sorted on the server.
import { useMemo, type ReactNode } from "react";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useUrlSearch } from "../../../ui/list-page/use-url-search.ts";
import { projectStages } from "@atlas/shared/enums";
import { useFormat } from "../../../lib/format.ts";
import type { Column } from "../../../ui/table.tsx";
import { useColumnVisibility } from "../../../ui/column-picker.tsx";
import { Icon } from "../../../ui/icons.tsx";
import { FilterSelect } from "../../../ui/list-page/filter-fields.tsx";
import { ListToolbar } from "../../../ui/list-page/list-toolbar.tsx";
import { useListRows } from "../../../entities/list-page/list-results.tsx";
import { RegisterHeader, RegisterResults, urlView } from "../../../entities/list-page/register-page.tsx";
import { DashboardFilterBarWithOptions } from "../../../entities/list-page/dashboard-filter.tsx";
import { projectListInput, hasActiveFilter, projectSortParams, withDashboard, type TProjectSortField } from "../hooks/project-search.ts";
import { useProjectList, type ProjectListItem } from "../hooks/project-queries.ts";
import { ProjectStageBadge } from "./project-stage-badge.tsx";
import "../projects.css";
import { projectsRegister } from "../register.ts";

const route = getRouteApi("/app/projects");

export function ProjectsPage(): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const [search, setSearch] = useUrlSearch(route);

  const list = useProjectList(search);
  const { total } = useListRows(list);

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
        cell: (p) => <time dateTime={p.updatedAt}>{format.dateTime(p.updatedAt)}</time>,
      },
    ],
    [t, format],
  );
  const { visible, picker } = useColumnVisibility("projects", columns);

  return (
    <div className="page">
      <RegisterHeader register={projectsRegister} total={total} />

      <DashboardFilterBarWithOptions search={search} onChange={(next) => setSearch(withDashboard(search, next))} periodHint={t("projects.periodHint")} />

      <ListToolbar className="projects-toolbar" end={picker}>
        <FilterSelect
          label={t("projects.columns.stage")}
          value={search.stage}
          onChange={(stage) => setSearch({ ...search, stage })}
          anyLabel={t("projects.anyStage")}
          options={projectStages.map((stage) => ({ value: stage, label: t(`enums.projectStage.${stage}`) }))}
        />
      </ListToolbar>

      <RegisterResults
        register={projectsRegister}
        list={list}
        columns={visible}
        input={projectListInput(search)}
        {...urlView(search, setSearch, projectSortParams, hasActiveFilter)}
      />
    </div>
  );
}
