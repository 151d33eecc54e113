import { dayOrNull, utcDateToDay } from "@atlas/shared/calendar-day";
import { openTaskStatuses } from "@atlas/shared/follow-up";
import type { Prisma } from "../../db.ts";

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
  sourceId: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  source: { select: { id: true, title: true, url: true } },
  partners: partnersSelect,
  sectors: sectorsSelect,
  participants: {
    select: { role: true, person: { select: { id: true, fullName: true, post: true, side: true } } },
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

export function toMeetingDetail({ partners, sectors, participants, followUps, ...row }: DetailRow) {
  return {
    ...row,
    ...days(row),
    followUps: followUps.map((f) => ({ ...f, dueDate: dayOrNull(f.dueDate) })),
    partners: partners.map((p) => p.partner),
    sectors: sectors.map((s) => s.sector),
    participants: participants.map(({ role, person }) => ({
      personId: person.id,
      fullName: person.fullName,
      post: person.post,
      side: person.side,
      role,
    })),
  };
}
export type MeetingDetail = ReturnType<typeof toMeetingDetail>;
