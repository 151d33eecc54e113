// Building blocks for list filters shared by every entity.
import type { TCommonFilter } from "@atlas/shared/common";
import { addDays, dayToUtcDate, type CalendarDay } from "@atlas/shared/calendar-day";
import { Prisma } from "@atlas/db/generated/prisma/client";
import type { Tx } from "../../db.ts";

/** The partners a filter names and everything below them; `roots` are the named ones that exist and are not deleted. */
export type PartnerScope = { ids: string[]; roots: string[] };

/**
 * The partners named by a filter (by id or by country ISO code) and every partner below
 * them in the hierarchy, read from the closure table (one indexed join, however deep the
 * tree). A partner below a deleted one is out, as is the deleted one: no deleted partner
 * may lie on the way down from the named one. Returns null when the filter names no
 * partner (no restriction), empty lists when it names unknown ones.
 */
export async function resolvePartnerScope(tx: Tx, filter: Pick<TCommonFilter, "partnerIds" | "countryCodes">): Promise<PartnerScope | null> {
  const ids = filter.partnerIds ?? [];
  const codes = filter.countryCodes ?? [];
  if (ids.length === 0 && codes.length === 0) return null;
  const rows = await tx.$queryRaw<Array<{ id: string; root: boolean }>>`
    SELECT c."descendantId"::text AS id, bool_or(c.depth = 0) AS root
      FROM "Partner" r
      JOIN "PartnerClosure" c ON c."ancestorId" = r.id
     WHERE r."deletedAt" IS NULL
       AND (r.id = ANY(${ids}::uuid[]) OR (r.level = 'COUNTRY' AND r."isoCode" = ANY(${codes}::text[])))
       AND NOT EXISTS (SELECT 1 FROM "PartnerClosure" up
                         JOIN "Partner" x ON x.id = up."ancestorId" AND x."deletedAt" IS NOT NULL
                         JOIN "PartnerClosure" down ON down."descendantId" = x.id AND down."ancestorId" = r.id
                        WHERE up."descendantId" = c."descendantId")
     GROUP BY c."descendantId"`;
  return { ids: rows.map((r) => r.id), roots: rows.filter((r) => r.root).map((r) => r.id) };
}

/** The ids of resolvePartnerScope: null for no restriction, [] when nothing matches. */
export async function partnerScope(tx: Tx, filter: Pick<TCommonFilter, "partnerIds" | "countryCodes">): Promise<string[] | null> {
  return (await resolvePartnerScope(tx, filter))?.ids ?? null;
}

/**
 * A `date` column (a calendar day) inside [from, to], both days inclusive, either end
 * open. Prisma reads and writes a `date` as UTC midnight, so the days go in as that.
 */
export function dateRange(from: CalendarDay | undefined, to: CalendarDay | undefined): Prisma.DateTimeFilter | undefined {
  if (!from && !to) return undefined;
  return { ...(from ? { gte: dayToUtcDate(from) } : {}), ...(to ? { lte: dayToUtcDate(to) } : {}) };
}

type SpanConditions<S extends string, E extends string> = Array<
  { [K in S]?: Prisma.DateTimeFilter } | { OR: Array<{ [K in E]?: Prisma.DateTimeNullableFilter | null } & { [K in S]?: Prisma.DateTimeFilter }> }
>;

/**
 * Records whose span [start, COALESCE(end, start)] of two `date` columns overlaps the
 * period [from, to] (days, inclusive, either end open): `start <= to AND
 * COALESCE(end, start) >= from`. A meeting «в декабре 2024» (stored 2024-12-01..2024-12-31)
 * is in a filter from 2024-12-15, and not in November's. Spread the result into an AND:
 * `AND: [...spanOverlap("startsAt", "endsAt", filter)]`; empty when both ends are open.
 */
export function spanOverlap<S extends string, E extends string>(
  start: S,
  end: E,
  period: { from?: CalendarDay | null | undefined; to?: CalendarDay | null | undefined },
): SpanConditions<S, E> {
  const conditions: SpanConditions<S, E> = [];
  if (period.to) conditions.push({ [start]: { lte: dayToUtcDate(period.to) } } as { [K in S]?: Prisma.DateTimeFilter });
  if (period.from) {
    const from = dayToUtcDate(period.from);
    // COALESCE is not in Prisma's where language: an end on or after `from`, or no end and a start on or after it.
    conditions.push({
      OR: [
        { [end]: { gte: from } } as { [K in E]?: Prisma.DateTimeNullableFilter },
        { [end]: null, [start]: { gte: from } } as { [K in E]?: null } & { [K in S]?: Prisma.DateTimeFilter },
      ],
    } as { OR: Array<{ [K in E]?: Prisma.DateTimeNullableFilter | null } & { [K in S]?: Prisma.DateTimeFilter }> });
  }
  return conditions;
}

/**
 * Records with a period of two `date` columns, periodStart and periodEnd, set together:
 * those whose period overlaps [from, to] (either end open) end on or after `from` and
 * start on or before `to`. A record without a period drops out once either end is given.
 */
export function periodOverlap(period: { from?: CalendarDay | null; to?: CalendarDay | null }): {
  periodEnd?: Prisma.DateTimeFilter;
  periodStart?: Prisma.DateTimeFilter;
} {
  return {
    ...(period.from ? { periodEnd: { gte: dayToUtcDate(period.from) } } : {}),
    ...(period.to ? { periodStart: { lte: dayToUtcDate(period.to) } } : {}),
  };
}

/**
 * The same overlap for raw SQL: `start` and `end` are column expressions
 * (Prisma.sql`i."startsAt"`); the days are compared as `date` parameters. TRUE when
 * both ends of the period are open, so it can always be ANDed in.
 */
export function spanOverlapSql(
  start: Prisma.Sql,
  end: Prisma.Sql,
  period: { from?: CalendarDay | null | undefined; to?: CalendarDay | null | undefined },
): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (period.to) parts.push(Prisma.sql`${start} <= ${period.to}::date`);
  if (period.from) parts.push(Prisma.sql`COALESCE(${end}, ${start}) >= ${period.from}::date`);
  return parts.length > 0 ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
}

/** The instant a day begins in a time zone (IANA name): 2024-12-01 in Europe/Moscow is 2024-11-30T21:00Z. */
export function startOfDayIn(day: CalendarDay, timeZone: string): Date {
  const utcMidnight = dayToUtcDate(day).getTime();
  // The zone's offset at an instant, from what its wall clock shows then.
  const offsetAt = (instant: number) => {
    const parts = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    }).formatToParts(new Date(instant));
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    return Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second")) - instant;
  };
  // Twice, so that a change of offset between UTC midnight and local midnight is followed.
  const guess = utcMidnight - offsetAt(utcMidnight);
  return new Date(utcMidnight - offsetAt(guess));
}

/**
 * An instant column (createdAt) inside the days [from, to] of the home calendar: from the
 * start of `from` to before the start of the day after `to`, both in the home time zone.
 */
export function instantRange(from: CalendarDay | undefined, to: CalendarDay | undefined, timeZone: string): Prisma.DateTimeFilter | undefined {
  if (!from && !to) return undefined;
  return { ...(from ? { gte: startOfDayIn(from, timeZone) } : {}), ...(to ? { lt: startOfDayIn(addDays(to, 1), timeZone) } : {}) };
}
