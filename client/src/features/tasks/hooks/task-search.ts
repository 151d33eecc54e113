// The tasks page's view in the URL: which tab, whether finished tasks show, the text.
import { z } from "zod";
import type { TListFollowUpsInput } from "@atlas/shared/follow-up";
import { openTaskStatuses } from "@atlas/shared/list-values";
import { compactSearch, searchFlag, searchOption, searchText } from "../../../lib/search-params.ts";

export const taskTabs = ["mine", "overdue", "open"] as const;
export type TTaskTab = (typeof taskTabs)[number];

export type TTaskSearch = { tab?: Exclude<TTaskTab, "mine">; done?: true; q?: string };

/** The route's `validateSearch`: the default tab ("mine") stays out of the URL; broken values are dropped. */
export const ZTaskSearch = z
  .object({ tab: searchOption(taskTabs), done: searchFlag, q: searchText })
  .transform(({ tab, ...rest }): TTaskSearch => compactSearch({ ...rest, tab: tab === "mine" ? undefined : tab }));

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
