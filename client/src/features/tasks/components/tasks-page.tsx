// "Мои задачи": the follow-up tasks the signed-in user answers for, everyone's
// overdue ones, and all open ones; editors mark them done here. Each task links to
// the meeting it came out of (or names the agreement / plan item).
import type { ReactNode } from "react";
import { keepPreviousData, useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import type { inferOutput } from "@trpc/tanstack-react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { trpc } from "../../../lib/trpc.ts";
import { useHomeToday } from "../../../lib/home-today.ts";
import { useFormat } from "../../../lib/format.ts";
import { useHasRole, useSessionUser } from "../../../lib/session.ts";
import { errorCode, isNetworkError, errorText } from "../../../lib/errors.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { PageHeader } from "../../../ui/page-header.tsx";
import type { Column } from "../../../ui/table.tsx";
import { EmptyState } from "../../../ui/states.tsx";
import { isTaskOverdue, TaskStatusBadge } from "../../../entities/badges/task-status-badge.tsx";
import { Button } from "../../../ui/button.tsx";
import { Checkbox } from "../../../ui/checkbox.tsx";
import { SearchField, useSearchText } from "../../../ui/search-field.tsx";
import { FilterForm } from "../../../ui/list-page/filter-fields.tsx";
import { useUrlSearch } from "../../../ui/list-page/use-url-search.ts";
import { ListResults, ListTotal, useListRows } from "../../../entities/list-page/list-results.tsx";
import { showToast } from "../../../ui/toast.tsx";
import { taskListInput, taskTabs, type TTaskTab } from "../hooks/task-search.ts";
import "../../../ui/tab-bar.css";
import "../tasks.css";
import { invalidateAfter } from "../../../lib/invalidation.ts";

const route = getRouteApi("/app/tasks");

type Task = inferOutput<typeof trpc.followUp.list>["items"][number];

export function TasksPage(): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const today = useHomeToday();
  const [search, setSearch] = useUrlSearch(route);
  const user = useSessionUser();
  const canEdit = useHasRole("EDITOR");
  const queryClient = useQueryClient();
  const tab: TTaskTab = search.tab ?? "mine";
  useDocumentTitle(t("tasks.title"));

  const { text, setText, commitNow } = useSearchText(search.q, (q) => setSearch({ ...search, q }), 300);

  const list = useInfiniteQuery(
    trpc.followUp.list.infiniteQueryOptions(taskListInput(search, user?.id ?? ""), {
      enabled: Boolean(user),
      getNextPageParam: (page) => page.nextCursor ?? undefined,
      placeholderData: keepPreviousData,
    }),
  );
  const complete = useMutation(
    trpc.followUp.complete.mutationOptions({
      onSuccess: async (done) => {
        showToast(t("tasks.doneToast", { title: done.title }));
        await invalidateAfter(queryClient, { entity: "followUp" }, { entity: "meeting" });
      },
      onError: async (error) => {
        if (errorCode(error) === "CONFLICT") await invalidateAfter(queryClient, { entity: "followUp" });
        showToast(isNetworkError(error) ? t("errors.network") : errorText(error), "info");
      },
    }),
  );

  const { total } = useListRows(list);

  const columns: Array<Column<Task>> = [
    {
      key: "title",
      header: t("tasks.columns.title"),
      primary: true,
      cell: (task) => <span className={task.status === "DONE" ? "task-done" : undefined}>{task.title}</span>,
    },
    {
      key: "due",
      header: t("tasks.columns.dueDate"),
      cell: (task) =>
        task.dueDate ? (
          <time dateTime={task.dueDate} className={isTaskOverdue(task, today) ? "task-overdue" : undefined}>
            {format.shortDate(task.dueDate)}
          </time>
        ) : (
          <span className="muted">{t("tasks.noDue")}</span>
        ),
    },
    {
      key: "status",
      header: t("tasks.columns.status"),
      cell: (task) => <TaskStatusBadge status={task.status} overdue={isTaskOverdue(task, today)} />,
    },
    { key: "owner", header: t("tasks.columns.owner"), cell: (task) => task.owner?.name ?? <span className="muted">{t("tasks.noOwner")}</span> },
    {
      key: "origin",
      header: t("tasks.columns.origin"),
      cell: (task) =>
        task.interaction ? (
          <Link to="/meetings/$meetingId" params={{ meetingId: task.interaction.id }} className="quiet-link">
            {task.interaction.title}
          </Link>
        ) : task.agreement ? (
          <span>
            {task.planItem ? `${t("tasks.planItem")}: ${task.planItem.title} — ` : `${t("tasks.agreement")}: `}
            <Link to="/agreements/$agreementId" params={{ agreementId: task.agreement.id }} className="quiet-link">
              {task.agreement.title}
            </Link>
          </span>
        ) : task.planItem ? (
          <span>
            {t("tasks.planItem")}: {task.planItem.title}
          </span>
        ) : (
          <span className="muted">{t("common.none")}</span>
        ),
    },
    ...(canEdit
      ? [
          {
            key: "actions",
            header: t("tasks.columns.actions"),
            align: "end" as const,
            cell: (task: Task) =>
              task.status === "OPEN" || task.status === "IN_PROGRESS" ? (
                <Button
                  size="sm"
                  busy={complete.isPending && complete.variables?.id === task.id}
                  aria-label={t("tasks.markDoneNamed", { title: task.title })}
                  onClick={() => complete.mutate({ id: task.id, version: task.version })}
                >
                  {t("tasks.markDone")}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <div className="page">
      <PageHeader
        title={t("tasks.title")}
        intro={t("tasks.intro")}
        meta={<ListTotal total={total} label={(count, formatted) => t("tasks.total", { count, formatted })} />}
      />

      <nav className="tab-bar" aria-label={t("tasks.tabsLabel")}>
        {taskTabs.map((name) => (
          <Link
            key={name}
            to="/tasks"
            search={{ ...search, tab: name }}
            className={`tab-bar__tab${tab === name ? " tab-bar__tab--active" : ""}`}
            aria-current={tab === name ? "page" : undefined}
          >
            {t(`tasks.tabs.${name}`)}
          </Link>
        ))}
      </nav>

      <FilterForm label={t("tasks.filterLabel")} onSubmit={commitNow}>
        <SearchField id="tasks-q" label={t("tasks.q")} placeholder={t("tasks.qPlaceholder")} text={text} onTextChange={setText} />
        {tab !== "overdue" && (
          <div className="filter-bar__field filter-bar__field--end">
            <Checkbox
              label={t("tasks.showDone")}
              checked={Boolean(search.done)}
              onChange={(e) => setSearch({ ...search, done: e.target.checked ? true : undefined })}
            />
          </div>
        )}
      </FilterForm>

      <ListResults
        download={{ list: "follow-ups", input: taskListInput(search, user?.id ?? "") }}
        list={list}
        caption={t(`tasks.tabs.${tab}`)}
        columns={columns}
        rowKey={(task) => task.id}
        rowClassName={(task) => (isTaskOverdue(task, today) ? "row--alert" : task.status === "DONE" || task.status === "CANCELLED" ? "row--muted" : undefined)}
        empty={<EmptyState icon="folder" title={t(`tasks.empty.${tab}`)} text={search.q ? t("tasks.emptyFiltered") : undefined} />}
      />
    </div>
  );
}
