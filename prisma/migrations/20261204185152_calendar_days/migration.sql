-- Business dates become calendar days (PostgreSQL `date`). Until now they were stored
-- as instants (timestamp without time zone, holding UTC), so a meeting entered as
-- 13 November at 00:30 Moscow time sat at 12 November 21:30 UTC. Each value becomes
-- the day it was in the home region's calendar: Moscow time, the zone every existing
-- database was used in (ATLAS_TIME_ZONE did not exist before this migration).
CREATE FUNCTION atlas_moscow_day(ts timestamp) RETURNS date
  LANGUAGE sql IMMUTABLE
  AS $$ SELECT (ts AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Moscow')::date $$;

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'QUARTER', 'YEAR', 'APPROXIMATE');

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "publishedPrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
ALTER COLUMN "publishedAt" SET DATA TYPE DATE USING atlas_moscow_day("publishedAt");

-- AlterTable
ALTER TABLE "Interaction" ADD COLUMN     "datePrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
ADD COLUMN     "startTime" TEXT,
ALTER COLUMN "startsAt" SET DATA TYPE DATE USING atlas_moscow_day("startsAt"),
ALTER COLUMN "endsAt" SET DATA TYPE DATE USING atlas_moscow_day("endsAt");

-- AlterTable
ALTER TABLE "Agreement" ALTER COLUMN "stageChangedAt" DROP DEFAULT,
ALTER COLUMN "stageChangedAt" SET DATA TYPE DATE USING atlas_moscow_day("stageChangedAt"),
ALTER COLUMN "signedAt" SET DATA TYPE DATE USING atlas_moscow_day("signedAt"),
ALTER COLUMN "registeredAt" SET DATA TYPE DATE USING atlas_moscow_day("registeredAt"),
ALTER COLUMN "effectiveAt" SET DATA TYPE DATE USING atlas_moscow_day("effectiveAt"),
ALTER COLUMN "expiresAt" SET DATA TYPE DATE USING atlas_moscow_day("expiresAt");

-- AlterTable
ALTER TABLE "AgreementStageChange" ADD COLUMN     "datePrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
ALTER COLUMN "changedAt" SET DATA TYPE DATE USING atlas_moscow_day("changedAt");

-- AlterTable
ALTER TABLE "PlanItem" ALTER COLUMN "dueDate" SET DATA TYPE DATE USING atlas_moscow_day("dueDate");

-- AlterTable
ALTER TABLE "FollowUp" ALTER COLUMN "dueDate" SET DATA TYPE DATE USING atlas_moscow_day("dueDate");

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "datePrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
ALTER COLUMN "startsAt" SET DATA TYPE DATE USING atlas_moscow_day("startsAt"),
ALTER COLUMN "endsAt" SET DATA TYPE DATE USING atlas_moscow_day("endsAt");

-- AlterTable
ALTER TABLE "EventStop" ADD COLUMN     "datePrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
ALTER COLUMN "date" DROP NOT NULL,
ALTER COLUMN "date" SET DATA TYPE DATE USING atlas_moscow_day("date");


DROP FUNCTION atlas_moscow_day(timestamp);
