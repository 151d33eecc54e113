// The tasks page's view in the URL: which tab, whether finished tasks show, the text.
import { z } from "zod";
import type { TListFollowUpsInput } from "@atlas/shared/follow-up";
import { openTaskStatuses } from "@atlas/shared/follow-up";

export const taskTabs = ["mine", "overdue", "open"] as const;
export type TTaskTab = (typeof taskTabs)[number];

export type TTaskSearch = { tab?: Exclude<TTaskTab, "mine">; done?: true; q?: string };

const ZTab = z.enum(taskTabs);

export function parseTaskSearch(raw: Record<string, unknown>): TTaskSearch {
  const search: TTaskSearch = {};
  const tab = ZTab.safeParse(raw.tab).data;
  if (tab && tab !== "mine") search.tab = tab;
  if (raw.done === true || raw.done === "1" || raw.done === "true") search.done = true;
  const q = typeof raw.q === "string" ? raw.q.trim().slice(0, 200) : "";
  if (q) search.q = q;
  return search;
}

export const PAGE_SIZE = 50;

/** Mine: what I answer for (open ones unless finished are asked for); overdue: everyone's, past due and still open. */
export function taskListInput(search: TTaskSearch, userId: string): TListFollowUpsInput {
  const tab = search.tab ?? "mine";
  const q = search.q ? { q: search.q } : {};
  if (tab === "overdue") return { filter: { ...q, overdue: true }, sort: { field: "dueDate", direction: "asc" }, limit: PAGE_SIZE };
  const statuses = search.done ? {} : { statuses: [...openTaskStatuses] };
  return {
    filter: { ...q, ...statuses, ...(tab === "mine" ? { ownerId: userId } : {}) },
    sort: { field: "dueDate", direction: "asc" },
    limit: PAGE_SIZE,
  };
}
