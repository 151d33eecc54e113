// The iCalendar text of a feed: the filter's events that are not cancelled and not long
// over, each as an all-day VEVENT (its days are calendar days, so DTSTART;VALUE=DATE and
// an exclusive DTEND: no time zone can move them), and each dated stop of a tour as its
// own VEVENT. UIDs are built from record ids so a calendar that polls the feed updates
// its entries instead of adding copies; SEQUENCE follows the record's version.
import ical, { ICalCalendarMethod } from "ical-generator";
import { addDays, utcDateToDay, type CalendarDay } from "@atlas/shared/calendar-day";
import type { TCalendarFeedFilter } from "@atlas/shared/calendar-feed";
import type { Prisma, Tx } from "../../db.ts";
import { partnerScope, spanOverlap } from "../common/filters.ts";

/** Past events stay in the feed this long, so last month's entries do not vanish from calendars. */
const keepPastDays = 365;
/** A feed is for planning, not an archive: at most this many events. */
const maxEvents = 2000;
const uidDomain = "cooperation-atlas";

const statusRu: Record<string, string> = {
  PLANNED: "запланировано",
  CONFIRMED: "подтверждено",
  HELD: "состоялось",
  POSTPONED: "перенесено",
  CANCELLED: "отменено",
};

export const eventUid = (eventId: string) => `event-${eventId}@${uidDomain}`;
/** A tour's stops are rewritten on every save; the route position is what stays the same. */
export const stopUid = (eventId: string, position: number) => `event-${eventId}-stop-${position}@${uidDomain}`;

/** `today` is the home region's day (home-calendar.ts). No entry has a time of day, so the feed needs no VTIMEZONE. */
export type FeedOptions = { prisma: Tx; name: string; filter: TCalendarFeedFilter; today: CalendarDay; origin: string };

export async function feedCalendar({ prisma, name, filter, today, origin }: FeedOptions): Promise<string> {
  const scope = await partnerScope(prisma, filter);
  const inScope = scope ? new Set(scope) : null;
  const where: Prisma.EventWhereInput = {
    deletedAt: null,
    status: { not: "CANCELLED" },
    ...(filter.sectorIds?.length ? { sectors: { some: { sectorId: { in: filter.sectorIds } } } } : {}),
    AND: [
      ...spanOverlap("startsAt", "endsAt", { from: addDays(today, -keepPastDays) }),
      // A tour concerns a country when one of its stops does, as on the events page.
      ...(scope ? [{ OR: [{ partners: { some: { partnerId: { in: scope } } } }, { stops: { some: { partnerId: { in: scope } } } }] }] : []),
    ],
  };
  const events = await prisma.event.findMany({
    where,
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: maxEvents,
    select: {
      id: true,
      title: true,
      status: true,
      startsAt: true,
      endsAt: true,
      datePrecision: true,
      place: true,
      description: true,
      version: true,
      updatedAt: true,
      kindTerm: { select: { name: true } },
      partners: { select: { partnerId: true, partner: { select: { name: true } } } },
      stops: { orderBy: { position: "asc" }, select: { position: true, place: true, partnerId: true, date: true, datePrecision: true, notes: true } },
    },
  });

  const calendar = ical({ name, prodId: { company: "Cooperation Atlas", product: "Atlas", language: "RU" }, method: ICalCalendarMethod.PUBLISH });
  for (const event of events) {
    const link = `${origin}/events/${event.id}`;
    const first = utcDateToDay(event.startsAt);
    const last = event.endsAt ? utcDateToDay(event.endsAt) : first;
    const vague = event.datePrecision !== "DAY";
    const partners = event.partners.map((p) => p.partner.name).join(", ");
    calendar.createEvent({
      id: eventUid(event.id),
      sequence: event.version,
      stamp: event.updatedAt,
      allDay: true,
      start: first,
      end: addDays(last, 1),
      summary: event.title + (vague ? " (дата уточняется)" : ""),
      location: event.place,
      url: link,
      description: lines([
        `${event.kindTerm.name}, ${statusRu[event.status] ?? event.status}`,
        vague ? `Точная дата неизвестна: указан период ${first} — ${last}` : null,
        partners ? `Партнёры: ${partners}` : null,
        event.description,
        link,
      ]),
    });
    // Only the stops in the filter when the tour matched by them alone (a Kazakhstan feed gets the Kazakh stops of a tour).
    const matchedByPartners = !inScope || event.partners.some((p) => inScope.has(p.partnerId));
    for (const stop of event.stops) {
      if (!stop.date || (!matchedByPartners && !(stop.partnerId && inScope?.has(stop.partnerId)))) continue;
      const day = utcDateToDay(stop.date);
      const stopVague = stop.datePrecision !== "DAY";
      calendar.createEvent({
        id: stopUid(event.id, stop.position),
        sequence: event.version,
        stamp: event.updatedAt,
        allDay: true,
        start: day,
        end: addDays(day, 1),
        summary: `${event.title}: ${stop.place}` + (stopVague ? " (дата уточняется)" : ""),
        location: stop.place,
        url: link,
        description: lines([`Остановка ${stop.position + 1} тура «${event.title}»`, stop.notes, link]),
      });
    }
  }
  return calendar.toString();
}

const lines = (parts: Array<string | null | undefined>) => parts.filter(Boolean).join("\n");
