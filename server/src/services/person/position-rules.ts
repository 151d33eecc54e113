// A person's posts over time (PersonPosition): how they are stored, which one is current,
// and which one a person held on a meeting's day.
import { dateOrNull, dayOrNull, type CalendarDay } from "@atlas/shared/calendar-day";
import { currentPositionIndex, positionOnDayIndex, type TPersonPosition } from "@atlas/shared/person";
import type { Prisma, Tx } from "../../db.ts";

/** A position as the services handle it: days as calendar days. */
export type PositionValues = { post: string; organisation: string | null; startsOn: CalendarDay | null; endsOn: CalendarDay | null };
/** The post and organisation a person is shown with. */
export type PostFields = { post: string | null; organisation: string | null };

export const positionSelect = { id: true, post: true, organisation: true, startsOn: true, endsOn: true } satisfies Prisma.PersonPositionSelect;

/** Newest first: posts held now (no end), then by the end, then by the start; unknown starts last. */
export const positionOrder = [
  { endsOn: { sort: "desc", nulls: "first" } },
  { startsOn: { sort: "desc", nulls: "last" } },
  { createdAt: "asc" },
  { id: "asc" },
] satisfies Prisma.PersonPositionOrderByWithRelationInput[];

type PositionRow = { post: string; organisation: string | null; startsOn: Date | null; endsOn: Date | null };

/** Prisma reads `date` columns as UTC midnight; the API speaks calendar days. */
export const toPositionValues = (row: PositionRow): PositionValues => ({
  post: row.post,
  organisation: row.organisation,
  startsOn: dayOrNull(row.startsOn),
  endsOn: dayOrNull(row.endsOn),
});
export const toPosition = (row: PositionRow & { id: string }): TPersonPosition => ({ id: row.id, ...toPositionValues(row) });

/** The current post (see currentPositionIndex), or `fallback` for a person with no positions. */
export function currentPost(positions: ReadonlyArray<PositionValues>, fallback: PostFields): PostFields {
  const current = positions[currentPositionIndex(positions)];
  return current ? { post: current.post, organisation: current.organisation } : fallback;
}

/** Replaces the person's positions with `positions` (inside the caller's transaction). */
export async function replacePositions(tx: Tx, personId: string, positions: ReadonlyArray<PositionValues>): Promise<void> {
  await tx.personPosition.deleteMany({ where: { personId } });
  if (positions.length === 0) return;
  await tx.personPosition.createMany({
    data: positions.map((p) => ({ personId, post: p.post, organisation: p.organisation, startsOn: dateOrNull(p.startsOn), endsOn: dateOrNull(p.endsOn) })),
  });
}

/** Positions as the change log keeps them: in a fixed order, so an unchanged set compares equal. */
export function loggedPositions(positions: ReadonlyArray<PositionValues>): PositionValues[] {
  const key = (p: PositionValues) => `${p.endsOn ?? "~"}|${p.startsOn ?? ""}|${p.post}|${p.organisation ?? ""}`;
  return positions
    .map(({ post, organisation, startsOn, endsOn }) => ({ post, organisation, startsOn, endsOn }))
    .sort((a, b) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0));
}

/**
 * The post each of `personIds` held on `day`, for the participants of a meeting on that
 * day: the position covering the day, else the person's current post (a meeting before
 * any recorded position, or a person with none). One query for all the people.
 */
export async function postsOnDay(tx: Tx, personIds: readonly string[], day: CalendarDay): Promise<Map<string, PostFields>> {
  if (personIds.length === 0) return new Map();
  const people = await tx.person.findMany({
    where: { id: { in: [...personIds] } },
    select: { id: true, post: true, organisation: true, positions: { select: { post: true, organisation: true, startsOn: true, endsOn: true } } },
  });
  return new Map(
    people.map((person) => {
      const positions = person.positions.map(toPositionValues);
      const held = positions[positionOnDayIndex(positions, day)];
      return [person.id, held ? { post: held.post, organisation: held.organisation } : { post: person.post, organisation: person.organisation }];
    }),
  );
}
