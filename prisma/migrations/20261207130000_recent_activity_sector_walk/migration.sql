-- Hand-written (Prisma cannot express an expression index). The overview's recent activity under a
-- partner scope and a sector (recent-activity.ts) walks PartnerSectorContact (migration
-- partner_sector_contacts) one partner and sector at a time, newest first by the day the overview
-- lists a meeting by: the last day of a date known only to its month, quarter or year, else the
-- first day (the CASE compares the enum itself: a cast of an enum to text is not immutable).
CREATE INDEX "PartnerSectorContact_partnerId_sectorId_sortDay_idx" ON "PartnerSectorContact" (
  "partnerId", "sectorId", (CASE WHEN "datePrecision" IN ('MONTH', 'QUARTER', 'YEAR') THEN "lastDay" ELSE "startsAt" END) DESC, "interactionId" DESC
);

-- Without fresh statistics the planner sorted a whole period instead of walking the new index.
ANALYZE "PartnerSectorContact";
