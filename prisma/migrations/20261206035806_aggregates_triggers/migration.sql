-- Hand-written (Prisma cannot express triggers): the maintained aggregates of issue 16.
-- Triggers keep PartnerClosure and InteractionTally exact in the same transaction as every
-- write, whoever writes (the app, the seed, a script, psql); atlas_rebuild_aggregates()
-- recomputes both from the raw rows (`pnpm db:rebuild-aggregates`).

-- The last day of a contact, for "past" and "this month" edges that the monthly tallies cannot decide.
CREATE INDEX "Interaction_lastDay_idx" ON "Interaction" ((COALESCE("endsAt", "startsAt")));
CREATE INDEX "InteractionTally_scope_sector_idx" ON "InteractionTally" ("scopeKind", "sectorId", "scopeId");

-- Rewrites the closure rows of the given partners and of everything now below them; returns those partners.
CREATE FUNCTION atlas_refresh_partner_closure(changed uuid[]) RETURNS uuid[] LANGUAGE plpgsql AS $$
DECLARE
  affected uuid[];
BEGIN
  WITH RECURSIVE below AS (
    SELECT p.id, 0 AS depth FROM "Partner" p JOIN unnest(changed) AS t(id) ON t.id = p.id
    UNION
    -- The depth bound stops a cycle, which the application refuses anyway.
    SELECT c.id, b.depth + 1 FROM "Partner" c JOIN below b ON c."parentId" = b.id WHERE b.depth < 32
  )
  SELECT COALESCE(array_agg(DISTINCT id), '{}') INTO affected FROM below;
  DELETE FROM "PartnerClosure" WHERE "descendantId" = ANY(affected);
  INSERT INTO "PartnerClosure" ("ancestorId", "descendantId", "depth")
  WITH RECURSIVE up AS (
    SELECT p.id AS descendant_id, p.id AS ancestor_id, p."parentId" AS next_id, 0 AS depth FROM "Partner" p JOIN unnest(affected) AS t(id) ON t.id = p.id
    UNION ALL
    SELECT u.descendant_id, a.id, a."parentId", u.depth + 1 FROM up u JOIN "Partner" a ON a.id = u.next_id WHERE u.depth < 32
  )
  SELECT ancestor_id, descendant_id, min(depth) FROM up GROUP BY ancestor_id, descendant_id;
  RETURN affected;
END $$;

-- Brings the tallies of the given interactions from what they last added (InteractionTallyState)
-- to what they add now, and records that. Calling it twice is harmless, so every trigger may call it.
-- An interaction counts, while not deleted, under "all" and under the "subtree" of every partner
-- whose live branch (the filters' expansion: no deleted partner on the way down) holds one of its partners;
-- once with no sector (nil) and once per sector.
CREATE FUNCTION atlas_retally(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  -- Writers of the tallies take turns until they commit. Each statement of a transaction adds
  -- to other tally rows (an interaction, then its partners, then its sectors), so row locks
  -- alone would be taken in no common order and two writers could deadlock.
  PERFORM pg_advisory_xact_lock(hashtext('atlas_interaction_tally'));
  -- The second writer of one interaction then reads what the first committed.
  PERFORM 1 FROM "Interaction" i JOIN unnest(ids) AS t(id) ON t.id = i.id ORDER BY i.id FOR NO KEY UPDATE OF i;
  PERFORM 1 FROM "InteractionTallyState" s JOIN unnest(ids) AS t(id) ON t.id = s."interactionId" ORDER BY s."interactionId" FOR UPDATE OF s;

  -- Joins on the ids as a relation, never `= ANY(ids)` per row: the rebuild passes every interaction at once.
  WITH target AS (
    SELECT DISTINCT id FROM unnest(ids) AS t(id)
  ),
  cur AS (
    SELECT i.id,
           date_trunc('month', i."startsAt"::timestamp)::date AS start_month,
           date_trunc('month', COALESCE(i."endsAt", i."startsAt")::timestamp)::date AS end_month,
           i."datePrecision"::text AS precision,
           i."deletedAt" IS NULL AS live
      FROM "Interaction" i JOIN target t ON t.id = i.id
  ),
  scopes AS (
    SELECT c.id, 'all'::text AS kind, '00000000-0000-0000-0000-000000000000'::uuid AS scope_id FROM cur c WHERE c.live
    UNION
    SELECT c.id, 'subtree', pc."ancestorId"
      FROM cur c
      JOIN "InteractionPartner" ip ON ip."interactionId" = c.id
      JOIN "PartnerClosure" pc ON pc."descendantId" = ip."partnerId"
     WHERE c.live
       AND NOT EXISTS (SELECT 1 FROM "PartnerClosure" up
                         JOIN "Partner" x ON x.id = up."ancestorId" AND x."deletedAt" IS NOT NULL
                         JOIN "PartnerClosure" down ON down."descendantId" = x.id AND down."ancestorId" = pc."ancestorId"
                        WHERE up."descendantId" = ip."partnerId")
  ),
  scope_sets AS (
    SELECT id, array_agg(kind ORDER BY kind, scope_id) AS kinds, array_agg(scope_id ORDER BY kind, scope_id) AS scope_ids FROM scopes GROUP BY id
  ),
  sector_sets AS (
    SELECT x."interactionId" AS id, array_agg(x."sectorId" ORDER BY x."sectorId") AS sector_ids
      FROM "InteractionSector" x JOIN target t ON t.id = x."interactionId" GROUP BY x."interactionId"
  ),
  new_state AS (
    SELECT c.id, c.start_month, c.end_month, c.precision,
           COALESCE(sc.kinds, '{}') AS scope_kinds, COALESCE(sc.scope_ids, '{}') AS scope_ids, COALESCE(se.sector_ids, '{}') AS sector_ids
      FROM cur c LEFT JOIN scope_sets sc ON sc.id = c.id LEFT JOIN sector_sets se ON se.id = c.id
  ),
  contributions AS (
    SELECT k.kind, k.scope_id, x.sector_id, s."startMonth" AS start_month, s."endMonth" AS end_month, s."precision", -1 AS delta
      FROM "InteractionTallyState" s
      JOIN target t ON t.id = s."interactionId"
     CROSS JOIN LATERAL unnest(s."scopeKinds", s."scopeIds") AS k(kind, scope_id)
     CROSS JOIN LATERAL unnest(array_prepend('00000000-0000-0000-0000-000000000000'::uuid, s."sectorIds")) AS x(sector_id)
    UNION ALL
    SELECT k.kind, k.scope_id, x.sector_id, n.start_month, n.end_month, n.precision, 1
      FROM new_state n
     CROSS JOIN LATERAL unnest(n.scope_kinds, n.scope_ids) AS k(kind, scope_id)
     CROSS JOIN LATERAL unnest(array_prepend('00000000-0000-0000-0000-000000000000'::uuid, n.sector_ids)) AS x(sector_id)
  ),
  saved AS (
    INSERT INTO "InteractionTallyState" ("interactionId", "scopeKinds", "scopeIds", "sectorIds", "startMonth", "endMonth", "precision")
    SELECT id, scope_kinds, scope_ids, sector_ids, start_month, end_month, precision FROM new_state
    ON CONFLICT ("interactionId") DO UPDATE
      SET "scopeKinds" = EXCLUDED."scopeKinds", "scopeIds" = EXCLUDED."scopeIds", "sectorIds" = EXCLUDED."sectorIds",
          "startMonth" = EXCLUDED."startMonth", "endMonth" = EXCLUDED."endMonth", "precision" = EXCLUDED."precision"
  ),
  gone AS (
    DELETE FROM "InteractionTallyState" s USING target t
     WHERE s."interactionId" = t.id AND NOT EXISTS (SELECT 1 FROM cur c WHERE c.id = t.id)
  )
  INSERT INTO "InteractionTally" ("scopeKind", "scopeId", "sectorId", "startMonth", "endMonth", "precision", "count")
  SELECT kind, scope_id, sector_id, start_month, end_month, precision, sum(delta)::int
    FROM contributions
   GROUP BY kind, scope_id, sector_id, start_month, end_month, precision
  HAVING sum(delta) <> 0
   ORDER BY kind, scope_id, sector_id, start_month, end_month, precision
  ON CONFLICT ("scopeKind", "scopeId", "sectorId", "startMonth", "endMonth", "precision") DO UPDATE
    SET "count" = "InteractionTally"."count" + EXCLUDED."count";
END $$;

CREATE FUNCTION atlas_interaction_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM atlas_retally(ARRAY(SELECT id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM atlas_retally(ARRAY(SELECT id FROM old_rows));
  ELSE
    -- Only what the tallies depend on: a title or summary edit costs nothing here.
    PERFORM atlas_retally(ARRAY(
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
       WHERE (o."startsAt", o."endsAt", o."datePrecision", o."deletedAt" IS NULL) IS DISTINCT FROM (n."startsAt", n."endsAt", n."datePrecision", n."deletedAt" IS NULL)));
  END IF;
  RETURN NULL;
END $$;

-- For InteractionPartner and InteractionSector: the interactions whose rows came or went.
CREATE FUNCTION atlas_interaction_link_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM atlas_retally(ARRAY(SELECT DISTINCT "interactionId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM atlas_retally(ARRAY(SELECT DISTINCT "interactionId" FROM old_rows));
  ELSE
    PERFORM atlas_retally(ARRAY(SELECT "interactionId" FROM new_rows UNION SELECT "interactionId" FROM old_rows));
  END IF;
  RETURN NULL;
END $$;

-- A partner created, moved to another parent, deleted or restored: its closure rows (and those of
-- everything below it) are rewritten, and the interactions of that branch counted again.
CREATE FUNCTION atlas_partner_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  branch uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM atlas_refresh_partner_closure(ARRAY(SELECT id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    DELETE FROM "PartnerClosure" WHERE "descendantId" IN (SELECT id FROM old_rows) OR "ancestorId" IN (SELECT id FROM old_rows);
  ELSE
    branch := atlas_refresh_partner_closure(ARRAY(
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
       WHERE o."parentId" IS DISTINCT FROM n."parentId" OR (o."deletedAt" IS NULL) <> (n."deletedAt" IS NULL)));
    PERFORM atlas_retally(ARRAY(SELECT DISTINCT ip."interactionId" FROM "InteractionPartner" ip WHERE ip."partnerId" = ANY(branch)));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER atlas_interaction_inserted AFTER INSERT ON "Interaction" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_interaction_changed();
CREATE TRIGGER atlas_interaction_updated AFTER UPDATE ON "Interaction" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_interaction_changed();
CREATE TRIGGER atlas_interaction_deleted AFTER DELETE ON "Interaction" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_interaction_changed();

CREATE TRIGGER atlas_interaction_partner_inserted AFTER INSERT ON "InteractionPartner" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_interaction_link_changed();
CREATE TRIGGER atlas_interaction_partner_updated AFTER UPDATE ON "InteractionPartner" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_interaction_link_changed();
CREATE TRIGGER atlas_interaction_partner_deleted AFTER DELETE ON "InteractionPartner" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_interaction_link_changed();

CREATE TRIGGER atlas_interaction_sector_inserted AFTER INSERT ON "InteractionSector" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_interaction_link_changed();
CREATE TRIGGER atlas_interaction_sector_updated AFTER UPDATE ON "InteractionSector" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_interaction_link_changed();
CREATE TRIGGER atlas_interaction_sector_deleted AFTER DELETE ON "InteractionSector" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_interaction_link_changed();

CREATE TRIGGER atlas_partner_inserted AFTER INSERT ON "Partner" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_partner_changed();
CREATE TRIGGER atlas_partner_updated AFTER UPDATE ON "Partner" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_partner_changed();
CREATE TRIGGER atlas_partner_deleted AFTER DELETE ON "Partner" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_partner_changed();

-- Everything recomputed from the raw rows (the rebuild command, and this migration on existing data).
CREATE FUNCTION atlas_rebuild_aggregates() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "PartnerClosure";
  DELETE FROM "InteractionTally";
  DELETE FROM "InteractionTallyState";
  PERFORM atlas_refresh_partner_closure(ARRAY(SELECT id FROM "Partner"));
  PERFORM atlas_retally(ARRAY(SELECT id FROM "Interaction"));
END $$;

SELECT atlas_rebuild_aggregates();
