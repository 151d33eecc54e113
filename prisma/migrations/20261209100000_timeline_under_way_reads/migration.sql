-- Hand-written (Prisma cannot express a CHECK, a partial or expression index, or INCLUDE on GiST).
-- The timeline's first page and its total read the meetings under way on the window's first day
-- and count those ending in that month before it (timeline/list-timeline.ts). At a million
-- meetings these reads grew with the meetings per day: the GiST index over every meeting's days
-- is slow to search for one day (13.8 ms for 3,456 hits: year-long ranges overlap everything), and
-- the count read each meeting's row for "deletedAt" (6,024 rows, 11.6 ms).

-- A month, quarter or year is stored as its period's first and last day (shared spanFor, which
-- every write goes through). Said by the database too, so that a reader may rely on it: the
-- meetings of a vague precision under way on a day are exactly those that start on the first day
-- of that day's month, quarter or year. A row a script wrote otherwise is first given its
-- period's days, which is what its precision already says («в мае» is all of May), so that the
-- constraint cannot stop a database from starting.
UPDATE "Interaction" i SET "startsAt" = p.first, "endsAt" = p.last
  FROM (SELECT x.id, date_trunc(u.unit, x."startsAt"::timestamp)::date AS first,
               (date_trunc(u.unit, x."startsAt"::timestamp) + u.length - interval '1 day')::date AS last
          FROM "Interaction" x
         CROSS JOIN LATERAL (SELECT CASE x."datePrecision" WHEN 'MONTH' THEN 'month' WHEN 'QUARTER' THEN 'quarter' ELSE 'year' END AS unit,
                                    CASE x."datePrecision" WHEN 'MONTH' THEN interval '1 month' WHEN 'QUARTER' THEN interval '3 months' ELSE interval '1 year' END AS length) u
         WHERE x."datePrecision" IN ('MONTH', 'QUARTER', 'YEAR')) p
 WHERE i.id = p.id AND (i."startsAt" <> p.first OR i."endsAt" IS DISTINCT FROM p.last);

ALTER TABLE "Interaction" ADD CONSTRAINT "Interaction_vague_span_check" CHECK (CASE "datePrecision"
  WHEN 'MONTH' THEN "startsAt" = date_trunc('month', "startsAt"::timestamp)::date
    AND "endsAt" IS NOT NULL AND "endsAt" = (date_trunc('month', "startsAt"::timestamp) + interval '1 month' - interval '1 day')::date
  WHEN 'QUARTER' THEN "startsAt" = date_trunc('quarter', "startsAt"::timestamp)::date
    AND "endsAt" IS NOT NULL AND "endsAt" = (date_trunc('quarter', "startsAt"::timestamp) + interval '3 months' - interval '1 day')::date
  WHEN 'YEAR' THEN "startsAt" = date_trunc('year', "startsAt"::timestamp)::date
    AND "endsAt" IS NOT NULL AND "endsAt" = (date_trunc('year', "startsAt"::timestamp) + interval '1 year' - interval '1 day')::date
  ELSE TRUE END);

-- The live vague meetings of one precision and first day, in page order: read index-only, cut at the page.
CREATE INDEX "Interaction_live_vague_start_idx" ON "Interaction" ("datePrecision", "startsAt", id)
  WHERE "deletedAt" IS NULL AND "datePrecision" IN ('MONTH', 'QUARTER', 'YEAR');

-- The live exact meetings over several days: the only others that can be under way on a day they
-- did not start on. Short ranges keep this GiST index quick to search, and INCLUDE lets the page's
-- candidates (id and first day) come from it alone.
CREATE INDEX "Interaction_live_multiday_gist" ON "Interaction" USING gist (daterange("startsAt", "endsAt", '[]')) INCLUDE ("startsAt", "endsAt", id)
  WHERE "deletedAt" IS NULL AND "datePrecision" IN ('DAY', 'APPROXIMATE') AND "endsAt" > "startsAt";

-- Live meetings by their last day, counted index-only (the columns of the expression are included,
-- which PostgreSQL needs to answer from the index).
CREATE INDEX "Interaction_live_lastDay_covering_idx" ON "Interaction" (COALESCE("endsAt", "startsAt")) INCLUDE ("startsAt", "endsAt")
  WHERE "deletedAt" IS NULL;
