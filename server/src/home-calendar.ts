// "Today" is a day of the home region's calendar, the same for every user and every
// server: a follow-up due on 4 December is overdue from 5 December in Vologda, not
// from whenever 5 December begins where the server or the browser happens to be.
import { todayIn, type CalendarDay } from "@atlas/shared/calendar-day";

/** The default home time zone (ATLAS_TIME_ZONE). */
export const defaultHomeTimeZone = "Europe/Moscow";

export type HomeCalendar = {
  /** IANA name of the home region's time zone. */
  timeZone: string;
  /** The home region's day at this moment. */
  today(): CalendarDay;
};

export function homeCalendar(timeZone: string = defaultHomeTimeZone, now: () => Date = () => new Date()): HomeCalendar {
  return { timeZone, today: () => todayIn(timeZone, now()) };
}
