import type { TSectorActivity } from "@atlas/shared/dashboard";
import { Prisma, type Tx } from "../../db.ts";
import { interactionTally } from "./interaction-tally.ts";
import { agreementConditions, and, eventConditions, inSectors, interactionConditions, type SqlFilter } from "./sql-filters.ts";

/**
 * Every sector (those of the filter when it names some) with the records under the
 * filter that carry it; a record with two sectors counts in both. Interactions are
 * counted by the maintained tallies when they can answer the filter (interaction-tally.ts),
 * else row by row like the others.
 */
export async function activityBySector({ prisma, f }: { prisma: Tx; f: SqlFilter }): Promise<TSectorActivity[]> {
  const tally = interactionTally(f, { from: f.from, to: f.to });
  const tagged = [
    ...(tally
      ? [Prisma.sql`SELECT 'interaction' AS kind, t.sector_id, t.n FROM (${tally}) t`]
      : [
          Prisma.sql`SELECT 'interaction' AS kind, x."sectorId" AS sector_id, 1 AS n
            FROM "Interaction" i JOIN "InteractionSector" x ON x."interactionId" = i.id
           WHERE ${and(interactionConditions("i", f))}`,
        ]),
    Prisma.sql`SELECT 'agreement', x."sectorId", 1
      FROM "Agreement" a JOIN "AgreementSector" x ON x."agreementId" = a.id
     WHERE ${and(agreementConditions("a", f))}`,
    Prisma.sql`SELECT 'event', x."sectorId", 1
      FROM "Event" e JOIN "EventSector" x ON x."eventId" = e.id
     WHERE ${and(eventConditions("e", f))} AND e.status <> 'CANCELLED'`,
  ];
  return prisma.$queryRaw<TSectorActivity[]>`
    WITH tagged AS (${Prisma.join(tagged, " UNION ALL ")})
    SELECT s.id::text AS "sectorId", s.code, s.name,
           COALESCE(sum(t.n) FILTER (WHERE t.kind = 'interaction'), 0)::int AS interactions,
           COALESCE(sum(t.n) FILTER (WHERE t.kind = 'agreement'), 0)::int AS agreements,
           COALESCE(sum(t.n) FILTER (WHERE t.kind = 'event'), 0)::int AS events
      FROM "Sector" s
      LEFT JOIN tagged t ON t.sector_id = s.id
     WHERE s."deletedAt" IS NULL AND ${and(inSectors(Prisma.raw(`s.id`), f))}
     GROUP BY s.id
     ORDER BY s."sortOrder", s.name, s.id`;
}
