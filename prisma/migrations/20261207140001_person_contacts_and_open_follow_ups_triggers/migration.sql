-- Hand-written (Prisma cannot express triggers): the partner dossier's people and follow-ups read
-- maintained tables instead of every meeting of the branch (issue 16).
--   PersonContact:      every participant of a live contact, once under each partner whose live branch
--                       holds one of the contact's partners (InteractionTally's "subtree" scope).
--   PersonContactTally: per branch and person, how many rows PersonContact holds and the latest of them.
--   OpenFollowUp:       every open, not deleted follow-up with each partner it belongs to.
-- Triggers keep them exact in the same transaction as every write, whoever writes;
-- atlas_rebuild_person_contacts() and atlas_rebuild_open_follow_ups() recompute them from the raw
-- rows (`pnpm db:rebuild-aggregates`).
--
-- Every refresh first takes the tallies' advisory lock (atlas_retally), so writers of these tables
-- take turns with each other and with the tallies' writers until they commit: the later one reads
-- what the earlier committed (a participant added while another writer links the meeting to a
-- partner, a party added while a follow-up moves to that agreement), and one lock for all of them
-- cannot be taken in two orders.

-- ---- The people of a branch ----

-- The rows PersonContact should hold for the given interactions now.
CREATE FUNCTION atlas_person_contacts_of(ids uuid[])
RETURNS TABLE (scope_id uuid, person_id uuid, interaction_id uuid, last_day date, starts_at date) LANGUAGE sql STABLE AS $$
  WITH live AS (
    SELECT i.id, COALESCE(i."endsAt", i."startsAt") AS last_day, i."startsAt" AS starts_at
      FROM (SELECT DISTINCT id FROM unnest(ids) AS t(id)) t JOIN "Interaction" i ON i.id = t.id
     WHERE i."deletedAt" IS NULL
  ),
  -- The partners whose live branch (no deleted partner on the way down) holds a partner of the contact.
  scopes AS (
    SELECT DISTINCT l.id, pc."ancestorId" AS scope_id
      FROM live l
      JOIN "InteractionPartner" ip ON ip."interactionId" = l.id
      JOIN "PartnerClosure" pc ON pc."descendantId" = ip."partnerId"
     WHERE NOT EXISTS (SELECT 1 FROM "PartnerClosure" up
                         JOIN "Partner" x ON x.id = up."ancestorId" AND x."deletedAt" IS NOT NULL
                         JOIN "PartnerClosure" down ON down."descendantId" = x.id AND down."ancestorId" = pc."ancestorId"
                        WHERE up."descendantId" = ip."partnerId")
  )
  SELECT s.scope_id, x."personId", l.id, l.last_day, l.starts_at
    FROM live l JOIN scopes s ON s.id = l.id JOIN "InteractionParticipant" x ON x."interactionId" = l.id
$$;

-- Makes the rows of the given interactions what their participants, partners and days say now, and
-- brings the tallies of the (branch, person) pairs whose rows changed along. Calling it twice is
-- harmless, so every trigger may call it.
CREATE FUNCTION atlas_refresh_person_contacts(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  changed_scopes uuid[];
  changed_people uuid[];
  changed_by int[];
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('atlas_interaction_tally'));

  -- Rows that go, come and move touch different keys, so the three may run in one statement.
  WITH target AS (
    SELECT DISTINCT id FROM unnest(ids) AS t(id)
  ),
  wanted AS (
    SELECT * FROM atlas_person_contacts_of(ids)
  ),
  had AS (
    SELECT pc.* FROM "PersonContact" pc JOIN target t ON t.id = pc."interactionId"
  ),
  gone AS (
    DELETE FROM "PersonContact" pc USING target t
     WHERE pc."interactionId" = t.id
       AND NOT EXISTS (SELECT 1 FROM wanted w WHERE w.interaction_id = pc."interactionId" AND w.person_id = pc."personId" AND w.scope_id = pc."scopeId")
    RETURNING pc."scopeId" AS scope_id, pc."personId" AS person_id, -1 AS delta
  ),
  came AS (
    INSERT INTO "PersonContact" ("scopeId", "personId", "interactionId", "lastDay", "startsAt")
    SELECT w.scope_id, w.person_id, w.interaction_id, w.last_day, w.starts_at FROM wanted w
     WHERE NOT EXISTS (SELECT 1 FROM had h WHERE h."interactionId" = w.interaction_id AND h."personId" = w.person_id AND h."scopeId" = w.scope_id)
     ORDER BY 3, 2, 1
    RETURNING "scopeId" AS scope_id, "personId" AS person_id, 1 AS delta
  ),
  moved AS (
    UPDATE "PersonContact" pc SET "lastDay" = w.last_day, "startsAt" = w.starts_at
      FROM wanted w
     WHERE pc."interactionId" = w.interaction_id AND pc."personId" = w.person_id AND pc."scopeId" = w.scope_id
       AND (pc."lastDay", pc."startsAt") IS DISTINCT FROM (w.last_day, w.starts_at)
    RETURNING pc."scopeId" AS scope_id, pc."personId" AS person_id, 0 AS delta
  )
  SELECT array_agg(c.scope_id), array_agg(c.person_id), array_agg(c.delta)
    INTO changed_scopes, changed_people, changed_by
    FROM (SELECT * FROM gone UNION ALL SELECT * FROM came UNION ALL SELECT * FROM moved) c;
  IF changed_scopes IS NULL THEN
    RETURN;
  END IF;

  -- A new statement: it sees the rows written above. The count moves by what came and went (counting
  -- a person's rows would read their whole history); the latest is the first row of the index.
  WITH touched AS (
    SELECT c.scope_id, c.person_id, sum(c.delta)::int AS delta
      FROM unnest(changed_scopes, changed_people, changed_by) AS c(scope_id, person_id, delta)
     GROUP BY c.scope_id, c.person_id
  ),
  latest AS (
    SELECT t.scope_id, t.person_id, t.delta, l."lastDay", l."startsAt", l."interactionId"
      FROM touched t
     CROSS JOIN LATERAL (
           SELECT pc."lastDay", pc."startsAt", pc."interactionId" FROM "PersonContact" pc
            WHERE pc."scopeId" = t.scope_id AND pc."personId" = t.person_id
            ORDER BY pc."lastDay" DESC, pc."startsAt" DESC, pc."interactionId"
            LIMIT 1) l
  ),
  emptied AS (
    DELETE FROM "PersonContactTally" pt USING touched t
     WHERE pt."scopeId" = t.scope_id AND pt."personId" = t.person_id
       AND NOT EXISTS (SELECT 1 FROM latest l WHERE l.scope_id = t.scope_id AND l.person_id = t.person_id)
  )
  INSERT INTO "PersonContactTally" ("scopeId", "personId", "contacts", "lastDay", "startsAt", "interactionId")
  SELECT scope_id, person_id, delta, "lastDay", "startsAt", "interactionId" FROM latest ORDER BY 1, 2
  ON CONFLICT ("scopeId", "personId") DO UPDATE
    SET "contacts" = "PersonContactTally"."contacts" + EXCLUDED."contacts",
        "lastDay" = EXCLUDED."lastDay", "startsAt" = EXCLUDED."startsAt", "interactionId" = EXCLUDED."interactionId";
END $$;

-- A contact deleted, restored or given other days; only what the rows hold, so a title or summary
-- edit costs nothing here. (A new contact has no participants yet; one removed for good takes its
-- participants with it, which their trigger sees.)
CREATE FUNCTION atlas_person_contacts_interaction_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM atlas_refresh_person_contacts(ARRAY(
    SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
     WHERE (o."startsAt", o."endsAt", o."deletedAt" IS NULL) IS DISTINCT FROM (n."startsAt", n."endsAt", n."deletedAt" IS NULL)));
  RETURN NULL;
END $$;

-- For InteractionParticipant and InteractionPartner: the interactions whose rows came, went or changed.
CREATE FUNCTION atlas_person_contacts_link_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM atlas_refresh_person_contacts(ARRAY(SELECT DISTINCT "interactionId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM atlas_refresh_person_contacts(ARRAY(SELECT DISTINCT "interactionId" FROM old_rows));
  ELSE
    PERFORM atlas_refresh_person_contacts(ARRAY(SELECT "interactionId" FROM new_rows UNION SELECT "interactionId" FROM old_rows));
  END IF;
  RETURN NULL;
END $$;

-- A partner moved to another parent, deleted or restored: the branches above it change, so every
-- contact of the partner and of those below it is placed again. Its trigger's name sorts after
-- atlas_partner_updated, which rewrites PartnerClosure first.
CREATE FUNCTION atlas_person_contacts_partner_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM atlas_refresh_person_contacts(ARRAY(
    SELECT DISTINCT ip."interactionId"
      FROM "PartnerClosure" c JOIN "InteractionPartner" ip ON ip."partnerId" = c."descendantId"
     WHERE c."ancestorId" IN (SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
                               WHERE o."parentId" IS DISTINCT FROM n."parentId" OR (o."deletedAt" IS NULL) <> (n."deletedAt" IS NULL))));
  RETURN NULL;
END $$;

CREATE TRIGGER atlas_person_contacts_interaction_updated AFTER UPDATE ON "Interaction" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_person_contacts_interaction_changed();

CREATE TRIGGER atlas_person_contacts_participant_inserted AFTER INSERT ON "InteractionParticipant" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_person_contacts_link_changed();
CREATE TRIGGER atlas_person_contacts_participant_updated AFTER UPDATE ON "InteractionParticipant" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_person_contacts_link_changed();
CREATE TRIGGER atlas_person_contacts_participant_deleted AFTER DELETE ON "InteractionParticipant" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_person_contacts_link_changed();

CREATE TRIGGER atlas_person_contacts_partner_link_inserted AFTER INSERT ON "InteractionPartner" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_person_contacts_link_changed();
CREATE TRIGGER atlas_person_contacts_partner_link_updated AFTER UPDATE ON "InteractionPartner" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_person_contacts_link_changed();
CREATE TRIGGER atlas_person_contacts_partner_link_deleted AFTER DELETE ON "InteractionPartner" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_person_contacts_link_changed();

CREATE TRIGGER atlas_person_contacts_partner_updated AFTER UPDATE ON "Partner" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_person_contacts_partner_changed();

-- Everything recomputed from the raw rows (the rebuild command, and this migration on existing data).
CREATE FUNCTION atlas_rebuild_person_contacts() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('atlas_interaction_tally'));
  DELETE FROM "PersonContact";
  DELETE FROM "PersonContactTally";
  INSERT INTO "PersonContact" ("scopeId", "personId", "interactionId", "lastDay", "startsAt")
  SELECT scope_id, person_id, interaction_id, last_day, starts_at FROM atlas_person_contacts_of(ARRAY(SELECT id FROM "Interaction"));
  INSERT INTO "PersonContactTally" ("scopeId", "personId", "contacts", "lastDay", "startsAt", "interactionId")
  SELECT DISTINCT ON (pc."scopeId", pc."personId") pc."scopeId", pc."personId", count(*) OVER (PARTITION BY pc."scopeId", pc."personId")::int,
         pc."lastDay", pc."startsAt", pc."interactionId"
    FROM "PersonContact" pc
   ORDER BY pc."scopeId", pc."personId", pc."lastDay" DESC, pc."startsAt" DESC, pc."interactionId";
END $$;

SELECT atlas_rebuild_person_contacts();

-- ---- The open follow-ups of a partner ----

-- The rows OpenFollowUp should hold for the given follow-ups now: the partners of its meeting (when
-- not deleted), the parties of its agreement (when not deleted) and those of its plan item's agreement
-- (deleted or not: the dossier has always listed those).
CREATE FUNCTION atlas_open_follow_ups_of(ids uuid[])
RETURNS TABLE (follow_up_id uuid, partner_id uuid, due_date date, created_at timestamp(3)) LANGUAGE sql STABLE AS $$
  SELECT DISTINCT f.id, p.partner_id, f."dueDate", f."createdAt"
    FROM (SELECT DISTINCT id FROM unnest(ids) AS t(id)) t
    JOIN "FollowUp" f ON f.id = t.id
   CROSS JOIN LATERAL (
         SELECT ip."partnerId" FROM "Interaction" i JOIN "InteractionPartner" ip ON ip."interactionId" = i.id
          WHERE i.id = f."interactionId" AND i."deletedAt" IS NULL
         UNION ALL
         SELECT ap."partnerId" FROM "Agreement" a JOIN "AgreementParty" ap ON ap."agreementId" = a.id
          WHERE a.id = f."agreementId" AND a."deletedAt" IS NULL
         UNION ALL
         SELECT ap."partnerId" FROM "PlanItem" pi JOIN "AgreementParty" ap ON ap."agreementId" = pi."agreementId"
          WHERE pi.id = f."planItemId") p(partner_id)
   WHERE f."deletedAt" IS NULL AND f.status IN ('OPEN', 'IN_PROGRESS')
$$;

-- Makes the rows of the given follow-ups what they and their links say now. Calling it twice is harmless.
CREATE FUNCTION atlas_refresh_open_follow_ups(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('atlas_interaction_tally'));
  -- The rows that go and those that stay or come have different keys.
  WITH wanted AS (
    SELECT * FROM atlas_open_follow_ups_of(ids)
  ),
  gone AS (
    DELETE FROM "OpenFollowUp" o USING (SELECT DISTINCT id FROM unnest(ids) AS t(id)) t
     WHERE o."followUpId" = t.id
       AND NOT EXISTS (SELECT 1 FROM wanted w WHERE w.follow_up_id = o."followUpId" AND w.partner_id = o."partnerId")
  )
  INSERT INTO "OpenFollowUp" ("followUpId", "partnerId", "dueDate", "createdAt")
  SELECT follow_up_id, partner_id, due_date, created_at FROM wanted ORDER BY 1, 2
  ON CONFLICT ("followUpId", "partnerId") DO UPDATE
    SET "dueDate" = EXCLUDED."dueDate", "createdAt" = EXCLUDED."createdAt"
    WHERE ("OpenFollowUp"."dueDate", "OpenFollowUp"."createdAt") IS DISTINCT FROM (EXCLUDED."dueDate", EXCLUDED."createdAt");
END $$;

-- Finds a plan item's open follow-ups when its agreement's parties change.
CREATE INDEX "FollowUp_open_planItemId_idx" ON "FollowUp" ("planItemId")
  WHERE "planItemId" IS NOT NULL AND "deletedAt" IS NULL AND status IN ('OPEN', 'IN_PROGRESS');

CREATE FUNCTION atlas_open_follow_ups_follow_up_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM atlas_refresh_open_follow_ups(ARRAY(SELECT id FROM new_rows WHERE "deletedAt" IS NULL AND status IN ('OPEN', 'IN_PROGRESS')));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM atlas_refresh_open_follow_ups(ARRAY(SELECT id FROM old_rows WHERE "deletedAt" IS NULL AND status IN ('OPEN', 'IN_PROGRESS')));
  ELSE
    -- Open before or after, and changed in what the rows depend on: a title edit costs nothing here.
    PERFORM atlas_refresh_open_follow_ups(ARRAY(
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
       WHERE ((o."deletedAt" IS NULL AND o.status IN ('OPEN', 'IN_PROGRESS')) OR (n."deletedAt" IS NULL AND n.status IN ('OPEN', 'IN_PROGRESS')))
         AND (o."deletedAt" IS NULL, o.status, o."dueDate", o."createdAt", o."interactionId", o."agreementId", o."planItemId")
             IS DISTINCT FROM (n."deletedAt" IS NULL, n.status, n."dueDate", n."createdAt", n."interactionId", n."agreementId", n."planItemId")));
  END IF;
  RETURN NULL;
END $$;

-- The open follow-ups of meetings deleted or restored. (A meeting removed for good sets its
-- follow-ups' interactionId to null, which the trigger on FollowUp sees.)
CREATE FUNCTION atlas_open_follow_ups_interaction_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM atlas_refresh_open_follow_ups(ARRAY(
    SELECT f.id FROM "FollowUp" f
     WHERE f."interactionId" IN (SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (o."deletedAt" IS NULL) <> (n."deletedAt" IS NULL))
       AND f."deletedAt" IS NULL AND f.status IN ('OPEN', 'IN_PROGRESS')));
  RETURN NULL;
END $$;

-- The open follow-ups of meetings whose partners changed.
CREATE FUNCTION atlas_open_follow_ups_interaction_link_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  meetings uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    meetings := ARRAY(SELECT DISTINCT "interactionId" FROM new_rows);
  ELSIF TG_OP = 'DELETE' THEN
    meetings := ARRAY(SELECT DISTINCT "interactionId" FROM old_rows);
  ELSE
    meetings := ARRAY(SELECT "interactionId" FROM new_rows UNION SELECT "interactionId" FROM old_rows);
  END IF;
  PERFORM atlas_refresh_open_follow_ups(ARRAY(
    SELECT f.id FROM "FollowUp" f WHERE f."interactionId" = ANY(meetings) AND f."deletedAt" IS NULL AND f.status IN ('OPEN', 'IN_PROGRESS')));
  RETURN NULL;
END $$;

-- The open follow-ups of agreements deleted or restored (those of their plan items stay).
CREATE FUNCTION atlas_open_follow_ups_agreement_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM atlas_refresh_open_follow_ups(ARRAY(
    SELECT f.id FROM "FollowUp" f
     WHERE f."agreementId" IN (SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (o."deletedAt" IS NULL) <> (n."deletedAt" IS NULL))
       AND f."deletedAt" IS NULL AND f.status IN ('OPEN', 'IN_PROGRESS')));
  RETURN NULL;
END $$;

-- The open follow-ups of agreements whose parties changed, and of those agreements' plan items.
CREATE FUNCTION atlas_open_follow_ups_party_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  agreements uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    agreements := ARRAY(SELECT DISTINCT "agreementId" FROM new_rows);
  ELSIF TG_OP = 'DELETE' THEN
    agreements := ARRAY(SELECT DISTINCT "agreementId" FROM old_rows);
  ELSE
    agreements := ARRAY(SELECT "agreementId" FROM new_rows UNION SELECT "agreementId" FROM old_rows);
  END IF;
  PERFORM atlas_refresh_open_follow_ups(ARRAY(
    SELECT f.id FROM "FollowUp" f WHERE f."agreementId" = ANY(agreements) AND f."deletedAt" IS NULL AND f.status IN ('OPEN', 'IN_PROGRESS')
    UNION
    SELECT f.id FROM "PlanItem" pi JOIN "FollowUp" f ON f."planItemId" = pi.id AND f."deletedAt" IS NULL AND f.status IN ('OPEN', 'IN_PROGRESS')
     WHERE pi."agreementId" = ANY(agreements)));
  RETURN NULL;
END $$;

-- The open follow-ups of plan items moved to another agreement. (A plan item removed sets its
-- follow-ups' planItemId to null, which the trigger on FollowUp sees.)
CREATE FUNCTION atlas_open_follow_ups_plan_item_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM atlas_refresh_open_follow_ups(ARRAY(
    SELECT f.id FROM "FollowUp" f
     WHERE f."planItemId" IN (SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE o."agreementId" IS DISTINCT FROM n."agreementId")
       AND f."deletedAt" IS NULL AND f.status IN ('OPEN', 'IN_PROGRESS')));
  RETURN NULL;
END $$;

CREATE TRIGGER atlas_open_follow_ups_follow_up_inserted AFTER INSERT ON "FollowUp" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_open_follow_ups_follow_up_changed();
CREATE TRIGGER atlas_open_follow_ups_follow_up_updated AFTER UPDATE ON "FollowUp" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_open_follow_ups_follow_up_changed();
CREATE TRIGGER atlas_open_follow_ups_follow_up_deleted AFTER DELETE ON "FollowUp" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_open_follow_ups_follow_up_changed();

CREATE TRIGGER atlas_open_follow_ups_interaction_updated AFTER UPDATE ON "Interaction" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_open_follow_ups_interaction_changed();

CREATE TRIGGER atlas_open_follow_ups_interaction_link_inserted AFTER INSERT ON "InteractionPartner" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_open_follow_ups_interaction_link_changed();
CREATE TRIGGER atlas_open_follow_ups_interaction_link_updated AFTER UPDATE ON "InteractionPartner" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_open_follow_ups_interaction_link_changed();
CREATE TRIGGER atlas_open_follow_ups_interaction_link_deleted AFTER DELETE ON "InteractionPartner" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_open_follow_ups_interaction_link_changed();

CREATE TRIGGER atlas_open_follow_ups_agreement_updated AFTER UPDATE ON "Agreement" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_open_follow_ups_agreement_changed();

CREATE TRIGGER atlas_open_follow_ups_party_inserted AFTER INSERT ON "AgreementParty" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_open_follow_ups_party_changed();
CREATE TRIGGER atlas_open_follow_ups_party_updated AFTER UPDATE ON "AgreementParty" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_open_follow_ups_party_changed();
CREATE TRIGGER atlas_open_follow_ups_party_deleted AFTER DELETE ON "AgreementParty" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_open_follow_ups_party_changed();

CREATE TRIGGER atlas_open_follow_ups_plan_item_updated AFTER UPDATE ON "PlanItem" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_open_follow_ups_plan_item_changed();

-- Everything recomputed from the raw rows (the rebuild command, and this migration on existing data).
CREATE FUNCTION atlas_rebuild_open_follow_ups() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('atlas_interaction_tally'));
  DELETE FROM "OpenFollowUp";
  INSERT INTO "OpenFollowUp" ("followUpId", "partnerId", "dueDate", "createdAt")
  SELECT follow_up_id, partner_id, due_date, created_at
    FROM atlas_open_follow_ups_of(ARRAY(SELECT id FROM "FollowUp" WHERE "deletedAt" IS NULL AND status IN ('OPEN', 'IN_PROGRESS')));
END $$;

SELECT atlas_rebuild_open_follow_ups();
