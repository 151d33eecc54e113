import { dayOrNull, type CalendarDay } from "@atlas/shared/calendar-day";
import type { Prisma } from "../../db.ts";
import { withTimestamps, type WithTimestamps } from "../common/timestamps.ts";

export const followUpListSelect = {
  id: true,
  title: true,
  status: true,
  dueDate: true,
  completedAt: true,
  ownerId: true,
  interactionId: true,
  agreementId: true,
  planItemId: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  owner: { select: { id: true, name: true } },
  interaction: { select: { id: true, title: true } },
  agreement: { select: { id: true, title: true } },
  planItem: { select: { id: true, title: true } },
} satisfies Prisma.FollowUpSelect;

export const followUpDetailSelect = {
  ...followUpListSelect,
  details: true,
} satisfies Prisma.FollowUpSelect;

/**
 * The due date leaves as a calendar day (`YYYY-MM-DD`); completedAt, createdAt and
 * updatedAt are instants and leave as timestamps.
 */
export function toFollowUp<T extends { dueDate: Date | null }>(row: T): WithTimestamps<Omit<T, "dueDate">> & { dueDate: CalendarDay | null } {
  const { dueDate, ...rest } = row;
  return { ...withTimestamps(rest), dueDate: dayOrNull(dueDate) };
}
