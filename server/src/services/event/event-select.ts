import { dayOrNull, utcDateToDay, type CalendarDay } from "@atlas/shared/calendar-day";
import type { Prisma } from "../../db.ts";
import { linkedSourcesArgs, toSourceRefs } from "../source/source-select.ts";
import { withTimestamps } from "../common/timestamps.ts";

const partners = {
  select: { partner: { select: { id: true, name: true, level: true } } },
  orderBy: { partner: { name: "asc" } },
} satisfies Prisma.Event$partnersArgs;
const sectors = {
  select: { sector: { select: { id: true, code: true, name: true } } },
  orderBy: [{ sector: { sortOrder: "asc" } }, { sector: { name: "asc" } }],
} satisfies Prisma.Event$sectorsArgs;

/** What the map and the timeline need to draw a tour's route. */
const stopListSelect = {
  id: true,
  position: true,
  place: true,
  date: true,
  datePrecision: true,
  latitude: true,
  longitude: true,
  partner: { select: { id: true, name: true } },
} satisfies Prisma.EventStopSelect;

/** The event's own columns that its list row shows and its update reads. */
const eventColumnsSelect = {
  id: true,
  title: true,
  kind: true,
  status: true,
  startsAt: true,
  endsAt: true,
  datePrecision: true,
  place: true,
  latitude: true,
  longitude: true,
  version: true,
  updatedAt: true,
} satisfies Prisma.EventSelect;

export const eventListSelect = {
  ...eventColumnsSelect,
  createdAt: true,
  partners,
  sectors,
  // Only tours have stops (the services enforce it), so this is empty for every other kind.
  stops: { select: stopListSelect, orderBy: { position: "asc" } },
} satisfies Prisma.EventSelect;

export const eventDetailSelect = {
  ...eventListSelect,
  description: true,
  sources: linkedSourcesArgs,
  stops: { select: { ...stopListSelect, partnerId: true, notes: true }, orderBy: { position: "asc" } },
  // The meetings held as part of the event (Interaction.eventId), newest first.
  interactions: {
    where: { deletedAt: null },
    select: { id: true, title: true, startsAt: true, datePrecision: true },
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
  },
} satisfies Prisma.EventSelect;

/**
 * What update reads inside its transaction: the event's own columns only (stops and
 * links are read by separate queries), because Prisma fetches several relations of
 * one query concurrently, and on a transaction's single pg connection that queues
 * queries (deprecated in pg 8.19, removed in pg 9). The full record is read after the commit.
 */
export const eventWriteSelect = { ...eventColumnsSelect, description: true } satisfies Prisma.EventSelect;

type ListRow = Prisma.EventGetPayload<{ select: typeof eventListSelect }>;
type DetailRow = Prisma.EventGetPayload<{ select: typeof eventDetailSelect }>;

/** A tour stop with its date as a calendar day (or null: a stop the source names without a day). */
function toStop<T extends { date: Date | null }>({ date, ...stop }: T): Omit<T, "date"> & { date: CalendarDay | null } {
  return { ...stop, date: dayOrNull(date) };
}

/** Partners and sectors as plain lists, the number of stops, dates as calendar days. */
export function toEventListItem(row: ListRow) {
  const { startsAt, endsAt, partners, sectors, stops, ...rest } = row;
  return {
    ...withTimestamps(rest),
    startsAt: utcDateToDay(startsAt),
    endsAt: dayOrNull(endsAt),
    partners: partners.map((p) => p.partner),
    sectors: sectors.map((s) => s.sector),
    stops: stops.map(toStop),
    stopCount: stops.length,
  };
}

export function toEventDetail(row: DetailRow) {
  const { startsAt, endsAt, partners, sectors, stops, sources, interactions, ...rest } = row;
  return {
    ...withTimestamps(rest),
    startsAt: utcDateToDay(startsAt),
    endsAt: dayOrNull(endsAt),
    sources: toSourceRefs(sources),
    partners: partners.map((p) => p.partner),
    sectors: sectors.map((s) => s.sector),
    stops: stops.map(toStop),
    stopCount: stops.length,
    meetings: interactions.map((m) => ({ ...m, startsAt: utcDateToDay(m.startsAt) })),
  };
}
