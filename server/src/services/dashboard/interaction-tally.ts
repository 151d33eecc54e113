// Interaction counts read from the maintained tallies (InteractionTally, kept by triggers:
// migration `aggregates_triggers`) instead of the meetings themselves, so that the
// dashboard and the dossier cost the same at a million meetings as at a thousand.
//
// A tally row counts the live interactions of one scope (everything, or a partner and
// everything under it as the filters expand it), one sector (or any: the nil id), one
// span of months and one date precision. That answers a filter exactly when it has no
// text, names at most one partner (counts of a union of branches would count a meeting
// of two of them twice), and its period starts on the first day of a month. A period
// ending inside a month takes that month's meetings one by one (scopeContacts: an indexed
// range of at most one month per partner), since the tally cannot tell the days apart.
//
// Two more scope kinds (migration `tally_direct_and_country`) count per partner itself
// ("direct") and per country as the map places partners ("country"); activity-by-partner.ts
// and key-figures.ts read them.
import { addDays, dayParts, makeDay, type CalendarDay } from "@atlas/shared/calendar-day";
import { Prisma } from "../../db.ts";
import { and, spanInPeriod, type SqlFilter } from "./sql-filters.ts";

/** The sector id of the rows that count every interaction of a scope, whatever its sectors. */
export const anySector = "00000000-0000-0000-0000-000000000000";

/** The first day of a day's month. */
export const monthOf = (day: CalendarDay) => {
  const p = dayParts(day)!;
  return makeDay(p.year, p.month, 1);
};

/**
 * How the tallies cover a period, or null when they cannot (it starts inside a month):
 * tally rows end on or after `from` and start on or before `toMonth`, except that a
 * `partialMonth` (the period ends inside it) is left to the meetings themselves.
 */
export function tallyPeriod({ from, to }: { from: CalendarDay | null; to: CalendarDay | null }): {
  from: CalendarDay | null;
  toMonth: CalendarDay | null;
  partialMonth: CalendarDay | null;
} | null {
  if (from && monthOf(from) !== from) return null;
  const toMonth = to ? monthOf(to) : null;
  // The last month is whole when the period ends on its last day; otherwise its days decide.
  const partialMonth = to && toMonth && monthOf(addDays(to, 1)) === addDays(to, 1) ? null : toMonth;
  return { from, toMonth, partialMonth };
}

/** Conditions on the tally rows `t` of a period (see tallyPeriod): only months the tallies answer whole. */
export function tallyPeriodConditions(t: string, p: NonNullable<ReturnType<typeof tallyPeriod>>): Prisma.Sql[] {
  const start = Prisma.raw(`${t}."startMonth"`);
  const end = Prisma.raw(`${t}."endMonth"`);
  return [
    ...(p.from ? [Prisma.sql`${end} >= ${p.from}::date`] : []),
    ...(p.toMonth ? [p.partialMonth ? Prisma.sql`${start} < ${p.toMonth}::date` : Prisma.sql`${start} <= ${p.toMonth}::date`] : []),
  ];
}

/** The tally scope a filter's partners come to, or null when the tallies cannot answer it. */
export function tallyScope(f: Pick<SqlFilter, "scope" | "scopeRoots" | "text">): { kind: "all" | "subtree"; id: string } | null {
  if (f.text.length > 0) return null;
  if (f.scope === null) return { kind: "all", id: anySector };
  if (f.scopeRoots?.length === 1) return { kind: "subtree", id: f.scopeRoots[0]! };
  return null;
}

/**
 * The live interactions under the filter's partners and text whose days overlap
 * [from, to], as a relation `(sector_id, start_month, end_month, precision, n)`: per
 * sector, and once with sector_id = anySector; only the rows of `onlySector` (a sector id
 * or anySector) when the caller needs no other. The filter's sectors are not applied (the
 * caller picks the sector rows it needs). Null when the tallies cannot answer exactly.
 */
export function interactionTally(
  f: SqlFilter,
  period: { from: CalendarDay | null; to: CalendarDay | null },
  { onlySector }: { onlySector?: string } = {},
): Prisma.Sql | null {
  const scope = tallyScope(f);
  if (!scope) return null;
  const covered = tallyPeriod(period);
  if (!covered) return null;
  const { from, to } = period;
  const { partialMonth } = covered;
  const tallied = [
    Prisma.sql`t."scopeKind" = ${scope.kind}`,
    Prisma.sql`t."scopeId" = ${scope.id}::uuid`,
    ...(onlySector ? [Prisma.sql`t."sectorId" = ${onlySector}::uuid`] : []),
    ...tallyPeriodConditions("t", covered),
  ];
  const tallyRows = Prisma.sql`
    SELECT t."sectorId" AS sector_id, t."startMonth" AS start_month, t."endMonth" AS end_month, t.precision, t.count AS n
      FROM "InteractionTally" t
     WHERE ${and(tallied)}`;
  if (!partialMonth) return tallyRows;
  // The partial month's meetings, from the day-indexed contacts: one index range per partner
  // of the scope (PartnerContact, partnerId + startsAt), not every link of the branch.
  const edgeDays = [Prisma.sql`c."startsAt" >= ${partialMonth}::date`, ...spanInPeriod(Prisma.raw(`c."startsAt"`), Prisma.raw(`c."lastDay"`), from, to)];
  const edgeRow = (sectorId: Prisma.Sql) =>
    Prisma.sql`${sectorId}, date_trunc('month', e.starts_at::timestamp)::date, date_trunc('month', e.last_day::timestamp)::date, e.date_precision, 1`;
  if (onlySector) {
    const edge = scopeContacts(scope, f, onlySector === anySector ? null : onlySector, edgeDays);
    return Prisma.sql`${tallyRows}
    UNION ALL
    SELECT ${edgeRow(Prisma.sql`${onlySector}::uuid`)} FROM (${edge}) e`;
  }
  const edge = scopeContacts(scope, f, null, edgeDays);
  return Prisma.sql`${tallyRows}
    UNION ALL
    SELECT ${edgeRow(Prisma.sql`x.sector_id`)}
      FROM (${edge}) e
     CROSS JOIN LATERAL (SELECT ${anySector}::uuid UNION ALL SELECT s."sectorId" FROM "InteractionSector" s WHERE s."interactionId" = e.id) x(sector_id)`;
}

/**
 * The live interactions of a tally scope (and of one sector, unless null) that meet
 * `conditions` on the alias `c`, whose columns are "startsAt", "lastDay" (COALESCE(endsAt,
 * startsAt)) and "datePrecision": as a relation `(id, starts_at, last_day, date_precision)`,
 * each interaction once. A branch reads its partners' maintained contacts (PartnerContact,
 * or PartnerSectorContact under a sector), whose indexes lead with the partner and then a
 * day, so a bounded span of days costs a few index ranges however long the history; a
 * meeting with two partners of the branch is one row. The whole register (scope "all") reads
 * the meetings themselves.
 */
export function scopeContacts(
  scope: NonNullable<ReturnType<typeof tallyScope>>,
  f: Pick<SqlFilter, "scope">,
  sectorId: string | null,
  conditions: Prisma.Sql[],
): Prisma.Sql {
  if (scope.kind === "all") {
    const meetings = Prisma.sql`(SELECT i.id, i."startsAt", COALESCE(i."endsAt", i."startsAt") AS "lastDay", i."datePrecision" FROM "Interaction" i WHERE i."deletedAt" IS NULL)`;
    const inSector = sectorId
      ? [Prisma.sql`EXISTS (SELECT 1 FROM "InteractionSector" f_s WHERE f_s."interactionId" = c.id AND f_s."sectorId" = ${sectorId}::uuid)`]
      : [];
    return Prisma.sql`SELECT c.id, c."startsAt" AS starts_at, c."lastDay" AS last_day, c."datePrecision"::text AS date_precision
      FROM ${meetings} c WHERE ${and([...conditions, ...inSector])}`;
  }
  const contacts = Prisma.raw(sectorId ? `"PartnerSectorContact"` : `"PartnerContact"`);
  const inSector = sectorId ? [Prisma.sql`c."sectorId" = ${sectorId}::uuid`] : [];
  // The rows of one interaction carry the same days (the triggers copy them from it).
  return Prisma.sql`SELECT DISTINCT c."interactionId" AS id, c."startsAt" AS starts_at, c."lastDay" AS last_day, c."datePrecision"::text AS date_precision
      FROM ${contacts} c WHERE c."partnerId" = ANY(${f.scope ?? []}::uuid[]) AND ${and([...inSector, ...conditions])}`;
}
