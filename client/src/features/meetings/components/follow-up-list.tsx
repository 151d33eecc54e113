// The follow-up tasks of one meeting, with "done" for editors.
import type { ReactNode } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { TTaskStatus } from "@atlas/shared/enums";
import type { CalendarDay } from "@atlas/shared/calendar-day";
import { useHomeToday } from "../../../lib/home-today.ts";
import { trpc } from "../../../lib/trpc.ts";
import { invalidateAfter } from "../../../lib/invalidation.ts";
import { useFormat } from "../../../lib/format.ts";
import { errorCode, errorText } from "../../../lib/errors.ts";

import { isTaskOverdue, TaskStatusBadge } from "../../../entities/badges/task-status-badge.tsx";
import { Button } from "../../../ui/button.tsx";
import { showToast } from "../../../ui/toast.tsx";

type Task = { id: string; title: string; dueDate: CalendarDay | null; status: TTaskStatus; version: number; owner: { id: string; name: string } | null };

export function FollowUpList({ tasks, canEdit }: { tasks: Task[]; canEdit: boolean }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const today = useHomeToday();
  const queryClient = useQueryClient();
  const complete = useMutation(
    trpc.followUp.complete.mutationOptions({
      onSuccess: async (done) => {
        showToast(t("meetings.one.followUpDone", { title: done.title }));
        await invalidateAfter(queryClient, { entity: "followUp" }, { entity: "meeting" });
      },
      onError: async (error) => {
        // Someone changed the task meanwhile: show the current state instead of failing silently.
        if (errorCode(error) === "CONFLICT") await invalidateAfter(queryClient, { entity: "followUp" }, { entity: "meeting" });
        showToast(errorText(error), "info");
      },
    }),
  );

  if (tasks.length === 0) return <p className="muted">{t("meetings.one.noFollowUps")}</p>;
  return (
    <ul className="task-list">
      {tasks.map((task) => {
        const overdue = isTaskOverdue(task, today);
        const open = task.status === "OPEN" || task.status === "IN_PROGRESS";
        return (
          <li key={task.id} className={`task-list__item${overdue ? " task-list__item--overdue" : ""}`}>
            <div className="task-list__main">
              <p className={`task-list__title${task.status === "DONE" ? " task-list__title--done" : ""}`}>{task.title}</p>
              <p className="task-list__meta">
                <TaskStatusBadge status={task.status} overdue={overdue} />
                <span>
                  {t("meetings.one.due")}: {task.dueDate ? format.date(task.dueDate) : t("meetings.one.noDue")}
                </span>
                <span>
                  {t("meetings.one.owner")}: {task.owner?.name ?? t("meetings.one.noOwner")}
                </span>
              </p>
            </div>
            {canEdit && open && (
              <Button
                size="sm"
                busy={complete.isPending && complete.variables?.id === task.id}
                onClick={() => complete.mutate({ id: task.id, version: task.version })}
                aria-label={t("tasks.markDoneNamed", { title: task.title })}
              >
                {t("tasks.markDone")}
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
