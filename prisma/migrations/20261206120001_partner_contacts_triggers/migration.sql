-- Hand-written (Prisma cannot express triggers or an expression GiST index). PartnerContact
-- (migration partner_contacts) holds one row per link of a live interaction to a partner, with
-- the interaction's days, so that the latest contacts of a partner are an index walk of a few
-- rows (the dossier's lists and children, the signals' "no contact since") instead of a pass
-- over every meeting of its branch (issue 16).
-- Triggers keep it exact in the same transaction as every write, whoever writes;
-- atlas_rebuild_partner_contacts() recomputes it from the raw rows (`pnpm db:rebuild-aggregates`).

-- Makes the rows of the given interactions what their links and days say now. Calling it
-- twice is harmless, so every trigger may call it.
CREATE FUNCTION atlas_refresh_partner_contacts(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  -- A writer of one interaction waits for another to commit, and then reads what it wrote: without
  -- this, a link added while the meeting is being deleted would keep a row for a deleted meeting.
  PERFORM 1 FROM "Interaction" i JOIN (SELECT DISTINCT id FROM unnest(ids) AS t(id)) t ON t.id = i.id ORDER BY i.id FOR NO KEY UPDATE OF i;
  DELETE FROM "PartnerContact" pc
   USING (SELECT DISTINCT id FROM unnest(ids) AS t(id)) t
   WHERE pc."interactionId" = t.id
     AND NOT EXISTS (SELECT 1 FROM "InteractionPartner" ip JOIN "Interaction" i ON i.id = ip."interactionId" AND i."deletedAt" IS NULL
                      WHERE ip."interactionId" = pc."interactionId" AND ip."partnerId" = pc."partnerId");
  INSERT INTO "PartnerContact" ("partnerId", "interactionId", "lastDay", "startsAt", "datePrecision")
  SELECT ip."partnerId", i.id, COALESCE(i."endsAt", i."startsAt"), i."startsAt", i."datePrecision"
    FROM (SELECT DISTINCT id FROM unnest(ids) AS t(id)) t
    JOIN "Interaction" i ON i.id = t.id AND i."deletedAt" IS NULL
    JOIN "InteractionPartner" ip ON ip."interactionId" = i.id
   ORDER BY 1, 2
  ON CONFLICT ("partnerId", "interactionId") DO UPDATE
    SET "lastDay" = EXCLUDED."lastDay", "startsAt" = EXCLUDED."startsAt", "datePrecision" = EXCLUDED."datePrecision"
    WHERE ("PartnerContact"."lastDay", "PartnerContact"."startsAt", "PartnerContact"."datePrecision")
          IS DISTINCT FROM (EXCLUDED."lastDay", EXCLUDED."startsAt", EXCLUDED."datePrecision");
END $$;

CREATE FUNCTION atlas_partner_contacts_interaction_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM atlas_refresh_partner_contacts(ARRAY(SELECT id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM atlas_refresh_partner_contacts(ARRAY(SELECT id FROM old_rows));
  ELSE
    -- Only what the rows hold: a title or summary edit costs nothing here.
    PERFORM atlas_refresh_partner_contacts(ARRAY(
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
       WHERE (o."startsAt", o."endsAt", o."datePrecision", o."deletedAt" IS NULL) IS DISTINCT FROM (n."startsAt", n."endsAt", n."datePrecision", n."deletedAt" IS NULL)));
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION atlas_partner_contacts_link_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM atlas_refresh_partner_contacts(ARRAY(SELECT DISTINCT "interactionId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM atlas_refresh_partner_contacts(ARRAY(SELECT DISTINCT "interactionId" FROM old_rows));
  ELSE
    PERFORM atlas_refresh_partner_contacts(ARRAY(SELECT "interactionId" FROM new_rows UNION SELECT "interactionId" FROM old_rows));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER atlas_partner_contacts_interaction_inserted AFTER INSERT ON "Interaction" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_partner_contacts_interaction_changed();
CREATE TRIGGER atlas_partner_contacts_interaction_updated AFTER UPDATE ON "Interaction" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_partner_contacts_interaction_changed();
CREATE TRIGGER atlas_partner_contacts_interaction_deleted AFTER DELETE ON "Interaction" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_partner_contacts_interaction_changed();

CREATE TRIGGER atlas_partner_contacts_link_inserted AFTER INSERT ON "InteractionPartner" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_partner_contacts_link_changed();
CREATE TRIGGER atlas_partner_contacts_link_updated AFTER UPDATE ON "InteractionPartner" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_partner_contacts_link_changed();
CREATE TRIGGER atlas_partner_contacts_link_deleted AFTER DELETE ON "InteractionPartner" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_partner_contacts_link_changed();

-- Everything recomputed from the raw rows in one statement (the rebuild command, and this migration on existing data).
CREATE FUNCTION atlas_rebuild_partner_contacts() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "PartnerContact";
  INSERT INTO "PartnerContact" ("partnerId", "interactionId", "lastDay", "startsAt", "datePrecision")
  SELECT ip."partnerId", i.id, COALESCE(i."endsAt", i."startsAt"), i."startsAt", i."datePrecision"
    FROM "Interaction" i JOIN "InteractionPartner" ip ON ip."interactionId" = i.id
   WHERE i."deletedAt" IS NULL;
END $$;

SELECT atlas_rebuild_partner_contacts();

-- The timeline's page (services/timeline/list-timeline.ts) reads the meetings under way on the
-- window's first day, begun before it, from this index rather than every meeting of the window.
-- GREATEST keeps a range valid should a meeting's end precede its start.
CREATE INDEX "Interaction_live_days_gist" ON "Interaction" USING gist (daterange("startsAt", GREATEST("startsAt", COALESCE("endsAt", "startsAt")), '[]'))
  WHERE "deletedAt" IS NULL;
