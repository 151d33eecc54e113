// SQL fragments that apply the common filter to each kind of record, shared by the
// dashboard and the timeline so that both count and show the same records.
// Aliases passed in are constants of the calling query, never user input.
import { searchTerms } from "@atlas/shared/search-text";
import type { TCommonFilter } from "@atlas/shared/common";
import { Prisma, type Tx } from "../../db.ts";
import { partnerScope } from "../common/filters.ts";

/** The filter in the form the SQL needs: null means "no restriction". */
export type SqlFilter = {
  /** Partner ids named by the filter plus everything below them; [] matches nothing. */
  scope: string[] | null;
  sectorIds: string[] | null;
  /** LIKE patterns, one per normalised word of q. */
  patterns: string[];
  from: Date | null;
  to: Date | null;
};

export async function resolveFilter(prisma: Tx, filter: TCommonFilter): Promise<SqlFilter> {
  return {
    scope: await partnerScope(prisma, filter),
    sectorIds: filter.sectorIds?.length ? filter.sectorIds : null,
    patterns: searchTerms(filter.q).map((term) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`),
    from: filter.from ?? null,
    to: filter.to ?? null,
  };
}

export const and = (parts: Prisma.Sql[]): Prisma.Sql => (parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`);
const col = (alias: string, column: string) => Prisma.raw(`${alias}."${column}"`);
const ts = (d: Date) => Prisma.sql`${d}::timestamp`;

/** Every word of q occurs in the column (backslash escapes % and _ typed by the user). */
export function textMatches(column: Prisma.Sql, f: SqlFilter): Prisma.Sql[] {
  return f.patterns.map((p) => Prisma.sql`${column} LIKE ${p}`);
}

/** A timestamp column inside [from, to], both ends inclusive and optional. */
export function inPeriod(column: Prisma.Sql, from: Date | null, to: Date | null): Prisma.Sql[] {
  return [...(from ? [Prisma.sql`${column} >= ${ts(from)}`] : []), ...(to ? [Prisma.sql`${column} <= ${ts(to)}`] : [])];
}

type Parts = { period?: boolean; scope?: boolean };

/** Conditions on an "Interaction" row: not deleted, sector, partner scope, text, start inside the period. */
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
    ...(period ? inPeriod(col(a, "startsAt"), f.from, f.to) : []),
  ];
}

/**
 * Conditions on an "Agreement" row. An agreement is "in" a period when it changed
 * stage inside it: its history has a change then, or its current stage dates from then.
 */
export function agreementConditions(a: string, f: SqlFilter, { period = true, scope = true }: Parts = {}): Prisma.Sql[] {
  const id = col(a, "id");
  const periodParts = period && (f.from || f.to) ? inPeriod(Prisma.raw(`f_h."changedAt"`), f.from, f.to) : [];
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
    ...(f.sectorIds
      ? [Prisma.sql`EXISTS (SELECT 1 FROM "EventSector" f_s WHERE f_s."eventId" = ${id} AND f_s."sectorId" = ANY(${f.sectorIds}::uuid[]))`]
      : []),
    ...(scope && f.scope
      ? [
          Prisma.sql`(EXISTS (SELECT 1 FROM "EventPartner" f_p WHERE f_p."eventId" = ${id} AND f_p."partnerId" = ANY(${f.scope}::uuid[]))
            OR EXISTS (SELECT 1 FROM "EventStop" f_t WHERE f_t."eventId" = ${id} AND f_t."partnerId" = ANY(${f.scope}::uuid[])))`,
        ]
      : []),
    ...textMatches(col(e, "searchText"), f),
    ...(period && f.to ? [Prisma.sql`${col(e, "startsAt")} <= ${ts(f.to)}`] : []),
    ...(period && f.from ? [Prisma.sql`COALESCE(${col(e, "endsAt")}, ${col(e, "startsAt")}) >= ${ts(f.from)}`] : []),
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

/** `months` later (earlier when negative), in UTC, clamped to the month's last day. */
export function addMonths(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const result = new Date(date);
  result.setUTCFullYear(y, m, Math.min(date.getUTCDate(), lastDay));
  return result;
}

export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}
