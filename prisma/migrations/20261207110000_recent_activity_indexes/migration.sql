-- Hand-written (Prisma cannot express expression or partial indexes). The overview's recent
-- activity (services/dashboard/recent-activity.ts) lists each kind's newest rows; these indexes
-- hold them in the order it lists them, so that it reads a page's worth of rows instead of
-- sorting every meeting, stage change or event ever recorded (issue 16). The sort day is the
-- last day of a date known only to its month, quarter or year, else the first day; its CASE
-- compares the enum itself, as the queries do, because a cast of an enum to text is not immutable.

-- The newest live meetings, with no partner scope.
CREATE INDEX "Interaction_live_sortDay_idx" ON "Interaction" (
  (CASE WHEN "datePrecision" IN ('MONTH', 'QUARTER', 'YEAR') THEN COALESCE("endsAt", "startsAt") ELSE "startsAt" END) DESC, id DESC
) WHERE "deletedAt" IS NULL;

-- The newest live meetings of one partner (PartnerContact holds a meeting's days).
CREATE INDEX "PartnerContact_partnerId_sortDay_idx" ON "PartnerContact" (
  "partnerId", (CASE WHEN "datePrecision" IN ('MONTH', 'QUARTER', 'YEAR') THEN "lastDay" ELSE "startsAt" END) DESC, "interactionId" DESC
);

-- Stage changes by the last day of their date.
CREATE INDEX "AgreementStageChange_sortDay_idx" ON "AgreementStageChange" (
  (CASE "datePrecision"
     WHEN 'MONTH' THEN (date_trunc('month', "changedAt"::timestamp) + interval '1 month' - interval '1 day')::date
     WHEN 'QUARTER' THEN (date_trunc('quarter', "changedAt"::timestamp) + interval '3 months' - interval '1 day')::date
     WHEN 'YEAR' THEN (date_trunc('year', "changedAt"::timestamp) + interval '1 year' - interval '1 day')::date
     ELSE "changedAt" END) DESC, id DESC
);

-- Live events that are not cancelled.
CREATE INDEX "Event_held_sortDay_idx" ON "Event" (
  (CASE WHEN "datePrecision" IN ('MONTH', 'QUARTER', 'YEAR') THEN COALESCE("endsAt", "startsAt") ELSE "startsAt" END) DESC, id DESC
) WHERE "deletedAt" IS NULL AND status <> 'CANCELLED';

-- Live projects by when they were put on record.
CREATE INDEX "Project_live_createdAt_idx" ON "Project" ("createdAt" DESC, id DESC) WHERE "deletedAt" IS NULL;

-- Statistics on the new expressions now, not at autovacuum's next pass: without them the planner
-- misjudges how many meetings a range of sort days holds and sorts a whole period instead of walking.
ANALYZE "Interaction", "PartnerContact", "AgreementStageChange", "Event", "Project";
