import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { inferOutput } from "@trpc/tanstack-react-query";
import { trpc } from "../../../lib/trpc.ts";
import { meetingListInput, type TMeetingSearch } from "./meeting-search.ts";

export type MeetingListItem = inferOutput<typeof trpc.meeting.list>["items"][number];
export type MeetingDetail = inferOutput<typeof trpc.meeting.byId>;

/** The filtered list, page by page; the previous rows stay while a new filter loads. */
export function useMeetingList(search: TMeetingSearch) {
  return useInfiniteQuery(
    trpc.meeting.list.infiniteQueryOptions(meetingListInput(search), {
      getNextPageParam: (page) => page.nextCursor ?? undefined,
      placeholderData: keepPreviousData,
    }),
  );
}

export function useMeeting(id: string) {
  return useQuery(trpc.meeting.byId.queryOptions({ id }));
}
