// Calendar feeds: a private iCalendar address per user and filter (the events page's
// filter: countries or partners, sectors). The token is shown once, when the feed is made.
import { z } from "zod";
import { requiredText, ZCommonFilter, ZId } from "./common.ts";

export const calendarFeedNameMaxLength = 80;

export const ZCalendarFeedFilter = ZCommonFilter.pick({ partnerIds: true, countryCodes: true, sectorIds: true });
export type TCalendarFeedFilter = z.infer<typeof ZCalendarFeedFilter>;

export const ZCreateCalendarFeedInput = z.object({
  name: requiredText(calendarFeedNameMaxLength),
  filter: ZCalendarFeedFilter.default({}),
});
export type TCreateCalendarFeedInput = z.input<typeof ZCreateCalendarFeedInput>;

export const ZRevokeCalendarFeedInput = z.object({ id: ZId });

/** The feed's address on this server: /calendar/<token>.ics. */
export const calendarFeedPath = (token: string) => `/calendar/${token}.ics`;
