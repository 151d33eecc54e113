// A partner's contacts newest first, read from the rows the triggers keep per link of a live
// meeting (PartnerContact, and PartnerSectorContact for a sector filter) instead of the meetings:
// "the latest contact of each partner" is then the first rows of one index walk per partner,
// whatever the number of meetings behind it (issue 16).
import type { CalendarDay } from "@atlas/shared/calendar-day";
import { Prisma } from "../../db.ts";
import type { SqlFilter } from "./sql-filters.ts";

/**
 * The contact rows that answer the filter's sector, as `FROM ${table} c WHERE ${sector}`, or null
 * when they cannot answer the filter: the rows hold no text, and a walk per sector would be
 * needed for several sectors. The partner scope is the caller's (a condition on c."partnerId").
 */
export function contactRows(f: Pick<SqlFilter, "sectorIds" | "text">): { table: Prisma.Sql; sector: (c: string) => Prisma.Sql } | null {
  if (f.text.length > 0 || (f.sectorIds?.length ?? 0) > 1) return null;
  const sectorId = f.sectorIds?.[0];
  return sectorId
    ? { table: Prisma.raw(`"PartnerSectorContact"`), sector: (c) => Prisma.sql`${Prisma.raw(`${c}."sectorId"`)} = ${sectorId}::uuid` }
    : { table: Prisma.raw(`"PartnerContact"`), sector: () => Prisma.sql`TRUE` };
}

/** interactionHeld (sql-filters.ts) on a contact row, whose lastDay is the meeting's COALESCE(endsAt, startsAt). */
export function contactHeld(c: string, today: CalendarDay): Prisma.Sql {
  return Prisma.sql`(CASE WHEN ${Prisma.raw(`${c}."datePrecision"`)}::text IN ('MONTH', 'QUARTER', 'YEAR')
      THEN ${Prisma.raw(`${c}."lastDay"`)} <= ${today}::date
      ELSE ${Prisma.raw(`${c}."startsAt"`)} <= ${today}::date END)`;
}

/**
 * The latest of a partner's contact rows that `where` keeps, as a subquery for a LATERAL join:
 * `(contact_at, contact_last, contact_precision)`, in the order of activity-by-partner.ts'
 * lastContact (last day, then first day, both descending, then precision as text). The walk is
 * ordered exactly as the index is, so that it stops at its first row; the precision, which the
 * index does not order, is then read among the rows of that very day pair alone.
 */
export function latestContact(contacts: NonNullable<ReturnType<typeof contactRows>>, partnerId: Prisma.Sql, where: (c: string) => Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(
      SELECT top."startsAt" AS contact_at, top."lastDay" AS contact_last,
             (SELECT min(t."datePrecision"::text) FROM ${contacts.table} t
               WHERE t."partnerId" = ${partnerId} AND ${contacts.sector("t")} AND ${where("t")}
                 AND t."lastDay" = top."lastDay" AND t."startsAt" = top."startsAt") AS contact_precision
        FROM (SELECT c."lastDay", c."startsAt" FROM ${contacts.table} c
               WHERE c."partnerId" = ${partnerId} AND ${contacts.sector("c")} AND ${where("c")}
               ORDER BY c."lastDay" DESC, c."startsAt" DESC
               LIMIT 1) top)`;
}
