// A follow-up task's status as the task list and a meeting's follow-ups both show it:
// an open task whose due day is over says "overdue" instead of its status.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { TTaskStatus } from "@atlas/shared/enums";
import type { CalendarDay } from "@atlas/shared/calendar-day";
import { Badge, type BadgeTone } from "../../ui/badge.tsx";

const statusTones: Record<TTaskStatus, BadgeTone> = { OPEN: "blue", IN_PROGRESS: "amber", DONE: "green", CANCELLED: "neutral" };

/** Open and its due day is over in the home region (due on the 4th: overdue from the 5th), as the server's "overdue" tab counts. */
export function isTaskOverdue(task: { dueDate: CalendarDay | null; status: TTaskStatus }, today: CalendarDay): boolean {
  return (task.status === "OPEN" || task.status === "IN_PROGRESS") && task.dueDate !== null && task.dueDate < today;
}

export function TaskStatusBadge({ status, overdue }: { status: TTaskStatus; overdue: boolean }): ReactNode {
  const { t } = useTranslation();
  return overdue ? <Badge tone="red">{t("tasks.overdueBadge")}</Badge> : <Badge tone={statusTones[status]}>{t(`enums.taskStatus.${status}`)}</Badge>;
}
