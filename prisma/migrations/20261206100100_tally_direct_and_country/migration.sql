-- Hand-written (Prisma cannot express functions): two more scope kinds in InteractionTally, so that
-- the overview's activity per partner and per country (activity-by-partner.ts) sums tally rows instead
-- of pairing every meeting with every partner (issue 16):
--   "direct":  scopeId is a partner of the interaction itself (not its subtree), deleted or not;
--   "country": scopeId is the country of a live partner of the interaction outside the home region,
--              where a meeting with a country and its region counts once.
-- atlas_retally adds both; the partner trigger now also recounts a branch whose level or home flag
-- changed, since the countries depend on them. Existing rows are rebuilt at the end.

CREATE OR REPLACE FUNCTION atlas_retally(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
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
  parties AS (
    SELECT c.id, ip."partnerId" AS partner_id
      FROM cur c JOIN "InteractionPartner" ip ON ip."interactionId" = c.id
     WHERE c.live
  ),
  scopes AS (
    SELECT c.id, 'all'::text AS kind, '00000000-0000-0000-0000-000000000000'::uuid AS scope_id FROM cur c WHERE c.live
    UNION
    SELECT pa.id, 'subtree', pc."ancestorId"
      FROM parties pa
      JOIN "PartnerClosure" pc ON pc."descendantId" = pa.partner_id
     WHERE NOT EXISTS (SELECT 1 FROM "PartnerClosure" up
                         JOIN "Partner" x ON x.id = up."ancestorId" AND x."deletedAt" IS NOT NULL
                         JOIN "PartnerClosure" down ON down."descendantId" = x.id AND down."ancestorId" = pc."ancestorId"
                        WHERE up."descendantId" = pa.partner_id)
    UNION
    -- Every partner of the interaction, deleted or not (the reader leaves deleted partners out).
    SELECT pa.id, 'direct', pa.partner_id FROM parties pa
    UNION
    -- The country of each live partner outside the home region: its nearest COUNTRY ancestor (or
    -- itself) with no deleted partner on the way down, as activity-by-partner.ts places partners.
    SELECT pa.id, 'country', nc.country_id
      FROM parties pa
      JOIN "Partner" p ON p.id = pa.partner_id AND p."deletedAt" IS NULL
     CROSS JOIN LATERAL (
           SELECT a."ancestorId" AS country_id, a.depth
             FROM "PartnerClosure" a JOIN "Partner" ap ON ap.id = a."ancestorId" AND ap.level = 'COUNTRY'
            WHERE a."descendantId" = pa.partner_id
            ORDER BY a.depth LIMIT 1) nc
     WHERE NOT EXISTS (SELECT 1 FROM "PartnerClosure" h JOIN "Partner" hp ON hp.id = h."ancestorId" AND hp."isHome"
                        WHERE h."descendantId" = pa.partner_id)
       AND NOT EXISTS (SELECT 1 FROM "PartnerClosure" w JOIN "Partner" wp ON wp.id = w."ancestorId" AND wp."deletedAt" IS NOT NULL
                        WHERE w."descendantId" = pa.partner_id AND w.depth <= nc.depth)
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

CREATE OR REPLACE FUNCTION atlas_partner_changed() RETURNS trigger LANGUAGE plpgsql AS $$
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
       WHERE o."parentId" IS DISTINCT FROM n."parentId" OR (o."deletedAt" IS NULL) <> (n."deletedAt" IS NULL)
          -- The "country" tallies also follow where the countries and the home region are.
          OR o.level IS DISTINCT FROM n.level OR o."isHome" IS DISTINCT FROM n."isHome"));
    PERFORM atlas_retally(ARRAY(SELECT DISTINCT ip."interactionId" FROM "InteractionPartner" ip WHERE ip."partnerId" = ANY(branch)));
  END IF;
  RETURN NULL;
END $$;

-- The new kinds for every existing interaction.
SELECT atlas_rebuild_aggregates();
