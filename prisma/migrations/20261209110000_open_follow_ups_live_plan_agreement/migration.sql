-- Hand-written (functions). A follow-up of an agreement's plan item belongs to the agreement's parties
-- only while the agreement is not deleted, as a follow-up of the agreement itself does. The follow-ups
-- list and the overview's key figures (followUpConditions) already left such a follow-up out when its
-- agreement was deleted; the dossier, read from OpenFollowUp, still listed and counted it.

-- The rows OpenFollowUp should hold for the given follow-ups now: the partners of its meeting, the
-- parties of its agreement and those of its plan item's agreement, each when not deleted.
CREATE OR REPLACE FUNCTION atlas_open_follow_ups_of(ids uuid[])
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
         SELECT ap."partnerId" FROM "PlanItem" pi
           JOIN "Agreement" a ON a.id = pi."agreementId" AND a."deletedAt" IS NULL
           JOIN "AgreementParty" ap ON ap."agreementId" = a.id
          WHERE pi.id = f."planItemId") p(partner_id)
   WHERE f."deletedAt" IS NULL AND f.status IN ('OPEN', 'IN_PROGRESS')
$$;

-- An agreement deleted or restored: its own open follow-ups and those of its plan items.
CREATE OR REPLACE FUNCTION atlas_open_follow_ups_agreement_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  agreements uuid[];
BEGIN
  agreements := ARRAY(SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (o."deletedAt" IS NULL) <> (n."deletedAt" IS NULL));
  IF cardinality(agreements) = 0 THEN
    RETURN NULL;
  END IF;
  PERFORM atlas_refresh_open_follow_ups(ARRAY(
    SELECT f.id FROM "FollowUp" f WHERE f."agreementId" = ANY(agreements) AND f."deletedAt" IS NULL AND f.status IN ('OPEN', 'IN_PROGRESS')
    UNION
    SELECT f.id FROM "PlanItem" pi JOIN "FollowUp" f ON f."planItemId" = pi.id AND f."deletedAt" IS NULL AND f.status IN ('OPEN', 'IN_PROGRESS')
     WHERE pi."agreementId" = ANY(agreements)));
  RETURN NULL;
END $$;

SELECT atlas_rebuild_open_follow_ups();
