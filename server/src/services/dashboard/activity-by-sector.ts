import type { TSectorActivity } from "@atlas/shared/dashboard";
import { Prisma, type Tx } from "../../db.ts";
import { agreementConditions, and, eventConditions, inSectors, interactionConditions, type SqlFilter } from "./sql-filters.ts";

/**
 * Every sector (those of the filter when it names some) with the records under the
 * filter that carry it; a record with two sectors counts in both.
 */
export async function activityBySector({ prisma, f }: { prisma: Tx; f: SqlFilter }): Promise<TSectorActivity[]> {
  return prisma.$queryRaw<TSectorActivity[]>`
    WITH tagged AS (
      SELECT 'interaction' AS kind, x."sectorId" AS sector_id
        FROM "Interaction" i JOIN "InteractionSector" x ON x."interactionId" = i.id
       WHERE ${and(interactionConditions("i", f))}
      UNION ALL
      SELECT 'agreement', x."sectorId"
        FROM "Agreement" a JOIN "AgreementSector" x ON x."agreementId" = a.id
       WHERE ${and(agreementConditions("a", f))}
      UNION ALL
      SELECT 'event', x."sectorId"
        FROM "Event" e JOIN "EventSector" x ON x."eventId" = e.id
       WHERE ${and(eventConditions("e", f))} AND e.status <> 'CANCELLED'
    )
    SELECT s.id::text AS "sectorId", s.code, s.name,
           count(t.kind) FILTER (WHERE t.kind = 'interaction')::int AS interactions,
           count(t.kind) FILTER (WHERE t.kind = 'agreement')::int AS agreements,
           count(t.kind) FILTER (WHERE t.kind = 'event')::int AS events
      FROM "Sector" s
      LEFT JOIN tagged t ON t.sector_id = s.id
     WHERE s."deletedAt" IS NULL AND ${and(inSectors(Prisma.raw(`s.id`), f))}
     GROUP BY s.id
     ORDER BY s."sortOrder", s.name, s.id`;
}
