-- Hand-written (Prisma cannot express triggers). PartnerSectorContact (migration
-- partner_sector_contacts) holds one row per link of a live interaction to a partner and per sector
-- of that interaction, with the interaction's days: under a sector filter, a partner's latest contact
-- in the sector is the first rows of an index walk, where PartnerContact would have to step over
-- every meeting of other sectors since (the overview's last contacts and active partners, issue 16).
-- Triggers keep it exact in the same transaction as every write, whoever writes;
-- atlas_rebuild_partner_sector_contacts() recomputes it from the raw rows (`pnpm db:rebuild-aggregates`).

-- Makes the rows of the given interactions what their links, sectors and days say now. Calling it
-- twice is harmless, so every trigger may call it.
CREATE FUNCTION atlas_refresh_partner_sector_contacts(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  -- A writer of one interaction waits for another to commit, and then reads what it wrote: without
  -- this, a sector added while the meeting is being deleted would keep a row for a deleted meeting.
  PERFORM 1 FROM "Interaction" i JOIN (SELECT DISTINCT id FROM unnest(ids) AS t(id)) t ON t.id = i.id ORDER BY i.id FOR NO KEY UPDATE OF i;
  DELETE FROM "PartnerSectorContact" c
   USING (SELECT DISTINCT id FROM unnest(ids) AS t(id)) t
   WHERE c."interactionId" = t.id
     AND NOT EXISTS (SELECT 1 FROM "Interaction" i
                       JOIN "InteractionPartner" ip ON ip."interactionId" = i.id AND ip."partnerId" = c."partnerId"
                       JOIN "InteractionSector" s ON s."interactionId" = i.id AND s."sectorId" = c."sectorId"
                      WHERE i.id = c."interactionId" AND i."deletedAt" IS NULL);
  INSERT INTO "PartnerSectorContact" ("partnerId", "sectorId", "interactionId", "lastDay", "startsAt", "datePrecision")
  SELECT ip."partnerId", s."sectorId", i.id, COALESCE(i."endsAt", i."startsAt"), i."startsAt", i."datePrecision"
    FROM (SELECT DISTINCT id FROM unnest(ids) AS t(id)) t
    JOIN "Interaction" i ON i.id = t.id AND i."deletedAt" IS NULL
    JOIN "InteractionPartner" ip ON ip."interactionId" = i.id
    JOIN "InteractionSector" s ON s."interactionId" = i.id
   ORDER BY 1, 2, 3
  ON CONFLICT ("partnerId", "sectorId", "interactionId") DO UPDATE
    SET "lastDay" = EXCLUDED."lastDay", "startsAt" = EXCLUDED."startsAt", "datePrecision" = EXCLUDED."datePrecision"
    WHERE ("PartnerSectorContact"."lastDay", "PartnerSectorContact"."startsAt", "PartnerSectorContact"."datePrecision")
          IS DISTINCT FROM (EXCLUDED."lastDay", EXCLUDED."startsAt", EXCLUDED."datePrecision");
END $$;

CREATE FUNCTION atlas_partner_sector_contacts_interaction_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM atlas_refresh_partner_sector_contacts(ARRAY(SELECT id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM atlas_refresh_partner_sector_contacts(ARRAY(SELECT id FROM old_rows));
  ELSE
    -- Only what the rows hold: a title or summary edit costs nothing here.
    PERFORM atlas_refresh_partner_sector_contacts(ARRAY(
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
       WHERE (o."startsAt", o."endsAt", o."datePrecision", o."deletedAt" IS NULL) IS DISTINCT FROM (n."startsAt", n."endsAt", n."datePrecision", n."deletedAt" IS NULL)));
  END IF;
  RETURN NULL;
END $$;

-- For InteractionPartner and InteractionSector: the interactions whose rows came or went.
CREATE FUNCTION atlas_partner_sector_contacts_link_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM atlas_refresh_partner_sector_contacts(ARRAY(SELECT DISTINCT "interactionId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM atlas_refresh_partner_sector_contacts(ARRAY(SELECT DISTINCT "interactionId" FROM old_rows));
  ELSE
    PERFORM atlas_refresh_partner_sector_contacts(ARRAY(SELECT "interactionId" FROM new_rows UNION SELECT "interactionId" FROM old_rows));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER atlas_partner_sector_contacts_interaction_inserted AFTER INSERT ON "Interaction" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_partner_sector_contacts_interaction_changed();
CREATE TRIGGER atlas_partner_sector_contacts_interaction_updated AFTER UPDATE ON "Interaction" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_partner_sector_contacts_interaction_changed();
CREATE TRIGGER atlas_partner_sector_contacts_interaction_deleted AFTER DELETE ON "Interaction" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_partner_sector_contacts_interaction_changed();

CREATE TRIGGER atlas_partner_sector_contacts_partner_inserted AFTER INSERT ON "InteractionPartner" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_partner_sector_contacts_link_changed();
CREATE TRIGGER atlas_partner_sector_contacts_partner_updated AFTER UPDATE ON "InteractionPartner" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_partner_sector_contacts_link_changed();
CREATE TRIGGER atlas_partner_sector_contacts_partner_deleted AFTER DELETE ON "InteractionPartner" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_partner_sector_contacts_link_changed();

CREATE TRIGGER atlas_partner_sector_contacts_sector_inserted AFTER INSERT ON "InteractionSector" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_partner_sector_contacts_link_changed();
CREATE TRIGGER atlas_partner_sector_contacts_sector_updated AFTER UPDATE ON "InteractionSector" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_partner_sector_contacts_link_changed();
CREATE TRIGGER atlas_partner_sector_contacts_sector_deleted AFTER DELETE ON "InteractionSector" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_partner_sector_contacts_link_changed();

-- Everything recomputed from the raw rows in one statement (the rebuild command, and this migration on existing data).
CREATE FUNCTION atlas_rebuild_partner_sector_contacts() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "PartnerSectorContact";
  INSERT INTO "PartnerSectorContact" ("partnerId", "sectorId", "interactionId", "lastDay", "startsAt", "datePrecision")
  SELECT ip."partnerId", s."sectorId", i.id, COALESCE(i."endsAt", i."startsAt"), i."startsAt", i."datePrecision"
    FROM "Interaction" i
    JOIN "InteractionPartner" ip ON ip."interactionId" = i.id
    JOIN "InteractionSector" s ON s."interactionId" = i.id
   WHERE i."deletedAt" IS NULL;
END $$;

SELECT atlas_rebuild_partner_sector_contacts();
