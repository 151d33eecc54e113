// SQL fragments that apply the common filter to each kind of record, shared by the
// dashboard and the timeline so that both count and show the same records.
// Aliases passed in are constants of the calling query, never user input.
//
// Business dates are `date` columns (calendar days) and are compared with `::date`
// parameters only. A vague date (MONTH, QUARTER, YEAR) is stored as its period's first
// day in startsAt and last day in endsAt, so "in the period" is always an overlap of
// [startsAt, COALESCE(endsAt, startsAt)] with [from, to], never a test of the first day.
import type { TCommonFilter } from "@atlas/shared/common";
import type { CalendarDay } from "@atlas/shared/calendar-day";
import { Prisma, type Tx } from "../../db.ts";
import { resolvePartnerScope, spanOverlapSql } from "../common/filters.ts";
import { parseTextQuery, textSql, type TextQuery } from "../common/text-search.ts";

/** The filter in the form the SQL needs: null means "no restriction". */
export type SqlFilter = {
  /** Partner ids named by the filter plus everything below them; [] matches nothing. */
  scope: string[] | null;
  /** The partners the filter names (scope is them and everything below them); null with scope. */
  scopeRoots: string[] | null;
  sectorIds: string[] | null;
  /** The words of q with their word forms, Latin spellings and aliases (common/text-search.ts). */
  text: TextQuery;
  /** The period's first and last day (inclusive). */
  from: CalendarDay | null;
  to: CalendarDay | null;
};

export async function resolveFilter(prisma: Tx, filter: TCommonFilter): Promise<SqlFilter> {
  const scope = await resolvePartnerScope(prisma, filter);
  return {
    scope: scope?.ids ?? null,
    scopeRoots: scope?.roots ?? null,
    sectorIds: filter.sectorIds?.length ? filter.sectorIds : null,
    text: await parseTextQuery(prisma, filter.q),
    from: filter.from ?? null,
    to: filter.to ?? null,
  };
}

export const and = (parts: Prisma.Sql[]): Prisma.Sql => (parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`);
const col = (alias: string, column: string) => Prisma.raw(`${alias}."${column}"`);
const day = (d: CalendarDay) => Prisma.sql`${d}::date`;

/** Every word of q matches the column in one of its forms (see common/text-search.ts). */
export function textMatches(column: Prisma.Sql, f: SqlFilter): Prisma.Sql[] {
  return textSql(column, f.text);
}

/** A `date` column inside [from, to], both days inclusive and optional. */
export function inPeriod(column: Prisma.Sql, from: CalendarDay | null, to: CalendarDay | null): Prisma.Sql[] {
  return [...(from ? [Prisma.sql`${column} >= ${day(from)}`] : []), ...(to ? [Prisma.sql`${column} <= ${day(to)}`] : [])];
}

/** The span [start, COALESCE(end, start)] of two `date` columns overlaps [from, to]; nothing when both ends are open. */
export function spanInPeriod(start: Prisma.Sql, end: Prisma.Sql, from: CalendarDay | null, to: CalendarDay | null): Prisma.Sql[] {
  return from || to ? [spanOverlapSql(start, end, { from, to })] : [];
}

/**
 * The last day a date of some precision stands for, for rows that store only one day
 * (a stage change, a tour stop): the end of its month, quarter or year, or the day
 * itself. `date_trunc` works on the day as a timestamp without time zone, so no session
 * time zone takes part.
 */
export function periodEndSql(dayColumn: Prisma.Sql, precisionColumn: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(CASE ${precisionColumn}::text
      WHEN 'MONTH' THEN (date_trunc('month', ${dayColumn}::timestamp) + interval '1 month' - interval '1 day')::date
      WHEN 'QUARTER' THEN (date_trunc('quarter', ${dayColumn}::timestamp) + interval '3 months' - interval '1 day')::date
      WHEN 'YEAR' THEN (date_trunc('year', ${dayColumn}::timestamp) + interval '1 year' - interval '1 day')::date
      ELSE ${dayColumn} END)`;
}

/**
 * Whether an interaction has taken place by `today` (the home region's day). A contact
 * of an exact or approximate day has once it has started. One known only to its month,
 * quarter or year has once that period is over: before then nobody can tell whether
 * «в декабре» was before or after 4 December, and its first day must not decide it.
 */
export function interactionHeld(a: string, today: CalendarDay): Prisma.Sql {
  return Prisma.sql`(CASE WHEN ${col(a, "datePrecision")}::text IN ('MONTH', 'QUARTER', 'YEAR')
      THEN COALESCE(${col(a, "endsAt")}, ${col(a, "startsAt")}) <= ${day(today)}
      ELSE ${col(a, "startsAt")} <= ${day(today)} END)`;
}

type Parts = { period?: boolean; scope?: boolean };

/** Conditions on an "Interaction" row: not deleted, sector, partner scope, text, its days overlap the period. */
export function interactionConditions(a: string, f: SqlFilter, { period = true, scope = true }: Parts = {}): Prisma.Sql[] {
  const id = col(a, "id");
  return [
    Prisma.sql`${col(a, "deletedAt")} IS NULL`,
    ...(f.sectorIds
      ? [Prisma.sql`EXISTS (SELECT 1 FROM "InteractionSector" f_s WHERE f_s."interactionId" = ${id} AND f_s."sectorId" = ANY(${f.sectorIds}::uuid[]))`]
      : []),
    ...(scope && f.scope
      ? [Prisma.sql`EXISTS (SELECT 1 FROM "InteractionPartner" f_p WHERE f_p."interactionId" = ${id} AND f_p."partnerId" = ANY(${f.scope}::uuid[]))`]
      : []),
    ...textMatches(col(a, "searchText"), f),
    ...(period ? spanInPeriod(col(a, "startsAt"), col(a, "endsAt"), f.from, f.to) : []),
  ];
}

/**
 * Conditions on an "Agreement" row. An agreement is "in" a period when it changed
 * stage inside it: its history has a change whose day (or month, quarter, year)
 * overlaps it, or its current stage dates from then.
 */
export function agreementConditions(a: string, f: SqlFilter, { period = true, scope = true }: Parts = {}): Prisma.Sql[] {
  const id = col(a, "id");
  const periodParts =
    period && (f.from || f.to)
      ? spanInPeriod(Prisma.raw(`f_h."changedAt"`), periodEndSql(Prisma.raw(`f_h."changedAt"`), Prisma.raw(`f_h."datePrecision"`)), f.from, f.to)
      : [];
  return [
    Prisma.sql`${col(a, "deletedAt")} IS NULL`,
    ...(f.sectorIds
      ? [Prisma.sql`EXISTS (SELECT 1 FROM "AgreementSector" f_s WHERE f_s."agreementId" = ${id} AND f_s."sectorId" = ANY(${f.sectorIds}::uuid[]))`]
      : []),
    ...(scope && f.scope
      ? [Prisma.sql`EXISTS (SELECT 1 FROM "AgreementParty" f_p WHERE f_p."agreementId" = ${id} AND f_p."partnerId" = ANY(${f.scope}::uuid[]))`]
      : []),
    ...textMatches(col(a, "searchText"), f),
    ...(periodParts.length
      ? [
          Prisma.sql`(EXISTS (SELECT 1 FROM "AgreementStageChange" f_h WHERE f_h."agreementId" = ${id} AND ${and(periodParts)})
            OR (${and(inPeriod(col(a, "stageChangedAt"), f.from, f.to))}))`,
        ]
      : []),
  ];
}

/**
 * Conditions on an "Event" row. Partner scope matches the event's partners and its
 * stops' partners; the period matches when the event's days overlap it.
 */
export function eventConditions(e: string, f: SqlFilter, { period = true, scope = true }: Parts = {}): Prisma.Sql[] {
  const id = col(e, "id");
  return [
    Prisma.sql`${col(e, "deletedAt")} IS NULL`,
    ...(f.sectorIds ? [Prisma.sql`EXISTS (SELECT 1 FROM "EventSector" f_s WHERE f_s."eventId" = ${id} AND f_s."sectorId" = ANY(${f.sectorIds}::uuid[]))`] : []),
    ...(scope && f.scope
      ? [
          Prisma.sql`(EXISTS (SELECT 1 FROM "EventPartner" f_p WHERE f_p."eventId" = ${id} AND f_p."partnerId" = ANY(${f.scope}::uuid[]))
            OR EXISTS (SELECT 1 FROM "EventStop" f_t WHERE f_t."eventId" = ${id} AND f_t."partnerId" = ANY(${f.scope}::uuid[])))`,
        ]
      : []),
    ...textMatches(col(e, "searchText"), f),
    ...(period ? spanInPeriod(col(e, "startsAt"), col(e, "endsAt"), f.from, f.to) : []),
  ];
}

/**
 * `partner_tree(id, country_id, in_home)`: for every partner reachable from a root,
 * its nearest COUNTRY ancestor (itself for a country) and whether it is the home
 * region or below it. Use inside `WITH RECURSIVE`.
 */
export const partnerTreeCte = Prisma.sql`
  partner_tree AS (
    SELECT p.id, CASE WHEN p.level = 'COUNTRY' THEN p.id END AS country_id, p."isHome" AS in_home, 0 AS depth
    FROM "Partner" p WHERE p."parentId" IS NULL
    UNION ALL
    SELECT c.id, CASE WHEN c.level = 'COUNTRY' THEN c.id ELSE t.country_id END, t.in_home OR c."isHome", t.depth + 1
    FROM "Partner" c JOIN partner_tree t ON c."parentId" = t.id
    WHERE t.depth < 32
  )`;

/** The filter's partner scope on a partner id column, or nothing. */
export function inScope(column: Prisma.Sql, f: SqlFilter): Prisma.Sql[] {
  return f.scope ? [Prisma.sql`${column} = ANY(${f.scope}::uuid[])`] : [];
}

/** The sector filter on a sector id column, or nothing. */
export function inSectors(column: Prisma.Sql, f: SqlFilter): Prisma.Sql[] {
  return f.sectorIds ? [Prisma.sql`${column} = ANY(${f.sectorIds}::uuid[])`] : [];
}
