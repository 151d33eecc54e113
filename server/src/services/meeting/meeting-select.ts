import { dayOrNull, utcDateToDay } from "@atlas/shared/calendar-day";
import { openTaskStatuses } from "@atlas/shared/follow-up";
import type { Prisma } from "../../db.ts";
import { linkedSourcesArgs, toSourceRefs } from "../source/source-select.ts";

const partnersSelect = {
  select: { partner: { select: { id: true, name: true, level: true } } },
  orderBy: { partner: { name: "asc" } },
} satisfies Prisma.Interaction$partnersArgs;

const sectorsSelect = {
  select: { sector: { select: { id: true, code: true, name: true } } },
  orderBy: { sector: { sortOrder: "asc" } },
} satisfies Prisma.Interaction$sectorsArgs;

export const meetingListSelect = {
  id: true,
  title: true,
  kind: true,
  direction: true,
  format: true,
  startsAt: true,
  endsAt: true,
  datePrecision: true,
  startTime: true,
  place: true,
  version: true,
  partners: partnersSelect,
  sectors: sectorsSelect,
  // Counted in the same query (a correlated count per row), not one query per meeting.
  _count: {
    select: {
      participants: true,
      followUps: { where: { deletedAt: null, status: { in: [...openTaskStatuses] } } },
    },
  },
} satisfies Prisma.InteractionSelect;

export const meetingDetailSelect = {
  id: true,
  title: true,
  kind: true,
  direction: true,
  format: true,
  startsAt: true,
  endsAt: true,
  datePrecision: true,
  startTime: true,
  place: true,
  summary: true,
  outcomes: true,
  eventId: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  sources: linkedSourcesArgs,
  // deletedAt read so that a deleted event shows as none (a to-one relation takes no filter).
  event: { select: { id: true, title: true, startsAt: true, datePrecision: true, deletedAt: true } },
  // A deleted agreement drops out; its link stays, for when it is restored.
  agreements: {
    where: { agreement: { deletedAt: null } },
    select: { mention: true, agreement: { select: { id: true, title: true, stage: true } } },
    orderBy: { agreement: { title: "asc" } },
  },
  partners: partnersSelect,
  sectors: sectorsSelect,
  participants: {
    select: { role: true, post: true, organisation: true, person: { select: { id: true, fullName: true, post: true, organisation: true, side: true } } },
    orderBy: { person: { fullName: "asc" } },
  },
  followUps: {
    where: { deletedAt: null },
    select: { id: true, title: true, dueDate: true, status: true, version: true, owner: { select: { id: true, name: true } } },
    orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
  },
} satisfies Prisma.InteractionSelect;

type ListRow = Prisma.InteractionGetPayload<{ select: typeof meetingListSelect }>;
type DetailRow = Prisma.InteractionGetPayload<{ select: typeof meetingDetailSelect }>;

/** The meeting's days as calendar days (`YYYY-MM-DD`), never as instants. */
const days = (row: { startsAt: Date; endsAt: Date | null }) => ({ startsAt: utcDateToDay(row.startsAt), endsAt: dayOrNull(row.endsAt) });

/** Flattens the join rows into plain lists for the client. */
export function toMeetingListItem({ partners, sectors, _count, ...row }: ListRow) {
  return {
    ...row,
    ...days(row),
    partners: partners.map((p) => p.partner),
    sectors: sectors.map((s) => s.sector),
    participantCount: _count.participants,
    openFollowUpCount: _count.followUps,
  };
}

export function toMeetingDetail({ partners, sectors, participants, followUps, event, agreements, sources, ...row }: DetailRow) {
  return {
    ...row,
    ...days(row),
    sources: toSourceRefs(sources),
    event: event && !event.deletedAt ? { id: event.id, title: event.title, startsAt: utcDateToDay(event.startsAt), datePrecision: event.datePrecision } : null,
    agreements: agreements.map(({ mention, agreement }) => ({ ...agreement, mention })),
    followUps: followUps.map((f) => ({ ...f, dueDate: dayOrNull(f.dueDate) })),
    partners: partners.map((p) => p.partner),
    sectors: sectors.map((s) => s.sector),
    // `post` is the one held on the meeting's day, recorded when the meeting was written;
    // rows written before posts were recorded per meeting have none, so they show the
    // person's current post. `currentPost` lets the page say when it has changed since.
    participants: participants.map(({ role, post, organisation, person }) => {
      const recorded = post !== null || organisation !== null;
      return {
        personId: person.id,
        fullName: person.fullName,
        post: recorded ? post : person.post,
        organisation: recorded ? organisation : person.organisation,
        currentPost: person.post,
        side: person.side,
        role,
      };
    }),
  };
}
export type MeetingDetail = ReturnType<typeof toMeetingDetail>;
