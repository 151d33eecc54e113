import { dayOrNull, utcDateToDay } from "@atlas/shared/calendar-day";
import { openTaskStatuses } from "@atlas/shared/follow-up";
import { Prisma, type Tx } from "../../db.ts";
import { linkedSourcesArgs, toSourceRefs } from "../source/source-select.ts";
import { withTimestamps } from "../common/timestamps.ts";

const partnersSelect = {
  select: { partner: { select: { id: true, name: true, level: true } } },
  orderBy: { partner: { name: "asc" } },
} satisfies Prisma.Interaction$partnersArgs;

const sectorsSelect = {
  select: { sector: { select: { id: true, code: true, name: true } } },
  orderBy: { sector: { sortOrder: "asc" } },
} satisfies Prisma.Interaction$sectorsArgs;

/** The meeting's own columns that its list row shows; its page and its update read them too. */
export const meetingColumnsSelect = {
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
} satisfies Prisma.InteractionSelect;

export const meetingListSelect = {
  ...meetingColumnsSelect,
  partners: partnersSelect,
  sectors: sectorsSelect,
  // No `_count` of participants and open follow-ups here: Prisma 6.19 compiles it into a
  // LEFT JOIN onto a GROUP BY over every participant and every open follow-up in the
  // database, so the page is cut only after the whole history has been counted and
  // sorted. meetingListCounts counts for the page's rows alone.
} satisfies Prisma.InteractionSelect;

export type MeetingListCounts = { participantCount: number; openFollowUpCount: number };

/**
 * The participants and open follow-ups of the meetings on one page, in one statement:
 * correlated counts per id (primary-key and interactionId indexes), so the cost follows
 * the page's size, not the number of meetings. The statuses go as single values: an
 * array parameter of an enum type fails on the embedded database when the enum was
 * created after it started (a fresh data folder migrated at start), as PGlite reads
 * the array types it can send only once, when it opens.
 */
export async function meetingListCounts(prisma: Tx, ids: string[]): Promise<Map<string, MeetingListCounts>> {
  if (!ids.length) return new Map();
  const rows = await prisma.$queryRaw<Array<MeetingListCounts & { id: string }>>`
    SELECT m.id::text AS id,
           (SELECT count(*) FROM "InteractionParticipant" x WHERE x."interactionId" = m.id)::int AS "participantCount",
           (SELECT count(*) FROM "FollowUp" f
             WHERE f."interactionId" = m.id AND f."deletedAt" IS NULL AND f.status IN (${Prisma.join([...openTaskStatuses])}))::int AS "openFollowUpCount"
      FROM unnest(${ids}::uuid[]) AS m(id)`;
  return new Map(rows.map(({ id, ...counts }) => [id, counts]));
}

export const meetingDetailSelect = {
  ...meetingColumnsSelect,
  summary: true,
  outcomes: true,
  eventId: true,
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
export function toMeetingListItem({ partners, sectors, ...row }: ListRow, counts: MeetingListCounts | undefined) {
  return {
    ...row,
    ...days(row),
    partners: partners.map((p) => p.partner),
    sectors: sectors.map((s) => s.sector),
    participantCount: counts?.participantCount ?? 0,
    openFollowUpCount: counts?.openFollowUpCount ?? 0,
  };
}

export function toMeetingDetail({ partners, sectors, participants, followUps, event, agreements, sources, ...row }: DetailRow) {
  return {
    // createdAt, updatedAt as timestamps; the days (below) as calendar days.
    ...withTimestamps(row),
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
