import { dayOrNull, periodOf, type CalendarDay, type TDatePrecision } from "@atlas/shared/calendar-day";
import type { TSourceRef } from "@atlas/shared/source";
import type { Prisma } from "../../db.ts";
import { withTimestamps, type WithTimestamps } from "../common/timestamps.ts";

export const sourceListSelect = {
  id: true,
  title: true,
  kind: true,
  url: true,
  outlet: true,
  publishedAt: true,
  publishedPrecision: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.SourceSelect;

export const sourceDetailSelect = {
  ...sourceListSelect,
  text: true,
} satisfies Prisma.SourceSelect;

/** What a record that cites a source shows of it; the date always with its precision. */
export const sourceRefSelect = {
  id: true,
  title: true,
  kind: true,
  url: true,
  outlet: true,
  publishedAt: true,
  publishedPrecision: true,
} satisfies Prisma.SourceSelect;

/**
 * The sources a meeting, agreement or event cites (its link rows), as the record lists
 * them: newest publication first, undated last. Deleted sources stay listed, as a deleted
 * source a figure cites does: the record still rests on it.
 */
export const linkedSourcesArgs = {
  select: { source: { select: sourceRefSelect } },
  orderBy: [{ source: { publishedAt: { sort: "desc" as const, nulls: "last" as const } } }, { source: { title: "asc" as const } }],
};

/** The link rows flattened into the list the API returns. */
export function toSourceRefs(links: ReadonlyArray<{ source: Prisma.SourceGetPayload<{ select: typeof sourceRefSelect }> }>): TSourceRef[] {
  return links.map((l) => toSourceDto(l.source));
}

type SourceDto<T> = WithTimestamps<Omit<T, "publishedAt">> & { publishedAt: CalendarDay | null };

/**
 * The publication date leaves as a calendar day (`YYYY-MM-DD`), next to its precision;
 * createdAt and updatedAt (when selected) as timestamps.
 */
export function toSourceDto<T extends { publishedAt: Date | null }>(row: T): SourceDto<T> {
  const { publishedAt, ...rest } = row;
  return { ...withTimestamps(rest), publishedAt: dayOrNull(publishedAt) };
}

/** `toSourceDto` for a nullable relation (the source a figure or project cites). */
export function toSourceRef<T extends { publishedAt: Date | null }>(row: T | null): SourceDto<T> | null {
  return row ? toSourceDto(row) : null;
}

/**
 * The publication date as stored: a month, quarter or year is kept as its first day (with
 * its precision), so «декабрь 2024» sent as 2024-12-13 is not filed under the 13th.
 */
export function storedPublishedAt(day: CalendarDay | null, precision: TDatePrecision): CalendarDay | null {
  return day ? periodOf(day, precision).first : null;
}
