import { dayOrNull } from "@atlas/shared/calendar-day";
import type { Prisma } from "../../db.ts";

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

/** The due date leaves as a calendar day (`YYYY-MM-DD`); completedAt stays an instant. */
export function toFollowUp<T extends { dueDate: Date | null }>(row: T): Omit<T, "dueDate"> & { dueDate: string | null } {
  return { ...row, dueDate: dayOrNull(row.dueDate) };
}
