-- Hand-written (Prisma cannot express partial indexes). The overview's key figures (key-figures.ts,
-- and the report's overdue list) read what they count from indexes of the rows they count, not the
-- whole history (issue 16):
-- the open follow-ups due before today, and the deleted interactions and agreements, few, which
-- take their follow-ups with them (an anti-join instead of a look-up per follow-up);
CREATE INDEX "FollowUp_open_dueDate_idx" ON "FollowUp" ("dueDate") INCLUDE ("interactionId", "agreementId", "planItemId")
  WHERE "deletedAt" IS NULL AND status IN ('OPEN', 'IN_PROGRESS');
CREATE INDEX "Interaction_deleted_idx" ON "Interaction" (id) WHERE "deletedAt" IS NOT NULL;
CREATE INDEX "Agreement_deleted_idx" ON "Agreement" (id) WHERE "deletedAt" IS NOT NULL;
-- the meetings held in the days of a month so far: one of a day (or approximate) by its first day,
-- one of a month, quarter or year by its last (counted from the index alone).
CREATE INDEX "Interaction_live_exact_startsAt_idx" ON "Interaction" ("startsAt") INCLUDE (id)
  WHERE "deletedAt" IS NULL AND "datePrecision" NOT IN ('MONTH', 'QUARTER', 'YEAR');
CREATE INDEX "Interaction_live_vague_lastDay_idx" ON "Interaction" ((COALESCE("endsAt", "startsAt")), "startsAt") INCLUDE (id)
  WHERE "deletedAt" IS NULL AND "datePrecision" IN ('MONTH', 'QUARTER', 'YEAR');
