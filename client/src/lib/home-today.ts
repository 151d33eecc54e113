// «Today» in the interface is the home region's day (the server's ATLAS_TIME_ZONE, sent
// with the session), the same day the server uses for overdue marks and "upcoming": a
// user in Kamchatka or New York sees Vologda's today, not their browser's.
import { useQuery } from "@tanstack/react-query";
import { todayIn, type CalendarDay } from "@atlas/shared/calendar-day";
import { sessionQueryOptions } from "./session.ts";

/** The server's default (server/src/home-calendar.ts), for a session that did not say. */
const fallbackHomeTimeZone = "Europe/Moscow";

export function useHomeTimeZone(): string {
  // Signed-in pages load the session before they render, so the fallback is for a server that did not say.
  const session = useQuery(sessionQueryOptions()).data;
  return session?.homeTimeZone || fallbackHomeTimeZone;
}

/** The home region's day now. Computed on every render, so a page open past midnight moves on with the next render. */
export function useHomeToday(): CalendarDay {
  return todayIn(useHomeTimeZone());
}
